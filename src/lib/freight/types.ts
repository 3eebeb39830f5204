/** One band of a rounding rule: additional weight is rounded up to `stepKg` while the chargeable weight is below `belowKg`. */
export interface RoundingBand {
  /** Upper bound (exclusive) of the chargeable weight for this band; the last band has none. @example 10 */
  belowKg?: number;
  /** Rounding step in kg. @example 0.1 */
  stepKg: number;
}

/** Prices of one zone: 首重 (first weight) and 续重 (additional weight, per kg). */
export interface ZonePrice {
  /** 首重 in kg. @example 1 */
  firstKg: number;
  /** Price of the first weight in yuan. @example 10 */
  firstYuan: number;
  /** Price of each kg of additional weight in yuan. @example 5 */
  perKgYuan: number;
}

/** A carrier's billing rules and prices (all 教学示例). */
export interface CarrierProfile {
  /** Stable ID. @example 'sf-style' */
  id: string;
  /** Name shown to students. */
  name: string;
  /** One-line description of the rule. */
  rule: string;
  /** Default volumetric divisor. @example 6000 */
  divisor: number;
  /** Heaviest chargeable weight accepted, in kg. */
  maxKg: number;
  /** Rounding bands, lightest first. */
  rounding: RoundingBand[];
  /** Prices keyed by zone ID. */
  prices: Record<string, ZonePrice>;
}

/** A shipping zone such as 江浙沪. */
export interface Zone {
  /** Stable ID. @example 'neighbour' */
  id: string;
  /** Chinese name. @example '江浙沪' */
  name: string;
}

/** A destination province and the zone it falls in. */
export interface Destination {
  /** Province name. @example '新疆' */
  name: string;
  /** Zone ID. */
  zone: string;
}

/** The whole freight table (教学示例). */
export interface FreightTable {
  /** Where the shop ships from. */
  origin: string;
  zones: Zone[];
  destinations: Destination[];
  carriers: CarrierProfile[];
}

/** A parcel in exact integer units. */
export interface Parcel {
  /** Actual weight in grams. */
  grams: number;
  /** Length, width, height in millimetres, or null when not measured. */
  mm: [number, number, number] | null;
}

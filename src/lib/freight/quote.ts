import { ceilDiv, cmText, kgText, toUnits, yuanText } from './decimal.ts';
import type { CarrierProfile, Parcel, RoundingBand, ZonePrice } from './types.ts';

/** Mistakes a student can make; `quote` can reproduce each one to recognise a wrong answer. */
export interface QuoteMistakes {
  /** Uses the actual weight only (forgot the volumetric weight). */
  noVolumetric?: boolean;
  /** Charges the additional weight exactly, without rounding up. */
  noRounding?: boolean;
  /** Charges every kg at the additional price without taking off the first weight. */
  noFirstWeight?: boolean;
}

/** One worked step, as a label and a line with the numbers. */
export interface QuoteStep {
  /** What the step computes. @example '体积重量' */
  label: string;
  /** The line with the numbers. @example '体积重量 = 40 × 30 × 20 ÷ 6000 = 4 kg' */
  text: string;
}

/** The price of one parcel and how it was reached; all amounts in grams and fen. */
export interface FreightQuote {
  volumetricGrams: number | null;
  chargeableGrams: number;
  additionalGrams: number;
  roundedAdditionalGrams: number;
  stepGrams: number;
  fen: number;
  steps: QuoteStep[];
}

/** The rounding step (grams) that applies to a chargeable weight. */
export function stepFor(rounding: readonly RoundingBand[], chargeableGrams: number): number {
  const band = rounding.find((b) => b.belowKg === undefined || chargeableGrams < toUnits(b.belowKg, 1000)) ?? rounding[rounding.length - 1]!;
  return toUnits(band.stepKg, 1000);
}

/** Volumetric weight in grams, rounded up to the gram: L × W × H (cm) ÷ divisor, from millimetres. */
export function volumetricGrams(mm: readonly [number, number, number], divisor: number): number {
  // cm³ ÷ divisor = kg, and mm³ = 1000 cm³, so mm³ ÷ divisor = grams; the product stays below 2^53.
  return ceilDiv(mm[0] * mm[1] * mm[2], divisor);
}

const stepText = (grams: number) => (grams === 1000 ? '按整千克进位' : `按 ${kgText(grams)} kg 进位`);

/** Prices one parcel with a carrier's zone price and rounding rule, and writes the worked steps. */
export function quote(parcel: Parcel, carrier: Pick<CarrierProfile, 'rounding'>, price: ZonePrice, divisor: number, mistakes: QuoteMistakes = {}): FreightQuote {
  const steps: QuoteStep[] = [{ label: '实际重量', text: `实际重量 = ${kgText(parcel.grams)} kg` }];
  let volumetric: number | null = null;
  if (parcel.mm && !mistakes.noVolumetric) {
    volumetric = volumetricGrams(parcel.mm, divisor);
    const exact = (parcel.mm[0] * parcel.mm[1] * parcel.mm[2]) % divisor === 0;
    steps.push({ label: '体积重量', text: `体积重量 = ${parcel.mm.map(cmText).join(' × ')} ÷ ${divisor} ${exact ? '=' : '≈'} ${kgText(volumetric)} kg` });
  }
  const chargeable = Math.max(parcel.grams, volumetric ?? 0);
  steps.push({
    label: '计费重量',
    text: volumetric === null ? `计费重量 = 实际重量 = ${kgText(chargeable)} kg（未量尺寸，不算体积重量）` : `计费重量 = max(${kgText(parcel.grams)}, ${kgText(volumetric)}) = ${kgText(chargeable)} kg`,
  });
  const firstG = mistakes.noFirstWeight ? 0 : toUnits(price.firstKg, 1000);
  const step = stepFor(carrier.rounding, chargeable);
  const additional = Math.max(0, chargeable - firstG);
  const rounded = mistakes.noRounding ? additional : ceilDiv(additional, step) * step;
  const firstFen = toUnits(price.firstYuan, 100);
  const perKgFen = toUnits(price.perKgYuan, 100);
  // Exact in fen when the data passes the schema (step × 续重单价 is whole fen); unrounded mistakes round half-up.
  const fen = firstFen + Math.round((rounded * perKgFen) / 1000);
  if (additional === 0) {
    steps.push({ label: '续重', text: `计费重量 ${kgText(chargeable)} kg 不超过首重 ${kgText(firstG)} kg，没有续重` });
    steps.push({ label: '运费', text: `运费 = 首重价 ${yuanText(firstFen)} 元` });
  } else {
    steps.push({ label: '续重', text: `续重 = ${kgText(chargeable)} − ${kgText(firstG)} = ${kgText(additional)} kg → 进位后 ${kgText(rounded)} kg（${stepText(step)}）` });
    steps.push({ label: '运费', text: `运费 = ${yuanText(firstFen)} + ${kgText(rounded)} × ${yuanText(perKgFen)} = ${yuanText(fen)} 元` });
  }
  return { volumetricGrams: volumetric, chargeableGrams: chargeable, additionalGrams: additional, roundedAdditionalGrams: rounded, stepGrams: step, fen, steps };
}

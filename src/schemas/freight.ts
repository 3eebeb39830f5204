import { z } from './zod.ts';

const id = z.string().regex(/^[a-z][a-z0-9-]*$/);
/** A decimal with at most `digits` decimals, so it converts to whole grams / fen exactly. */
const decimals = (digits: number) => z.number().refine((n) => Math.abs(n * 10 ** digits - Math.round(n * 10 ** digits)) < 1e-6, `最多 ${digits} 位小数`);

/** One rounding band of a carrier. */
export const roundingBandSchema = z.object({
  /** Upper bound (exclusive) of the chargeable weight, kg; omitted on the last band. @example 10 */
  belowKg: decimals(3).positive().optional(),
  /** Rounding step of the additional weight, kg. @example 0.1 */
  stepKg: decimals(3).positive().max(5),
});

/** First / additional weight prices of one zone. */
export const zonePriceSchema = z.object({
  /** 首重, kg. @example 1 */
  firstKg: decimals(3).positive().max(5),
  /** 首重价, yuan. @example 10 */
  firstYuan: decimals(2).positive().max(1000),
  /** 续重单价 per kg, yuan. @example 5 */
  perKgYuan: decimals(2).positive().max(1000),
});

/** A carrier profile (教学示例). */
export const carrierSchema = z
  .object({
    id,
    name: z.string().min(1).refine((s) => s.includes('教学示例'), '承运商名称必须标明“教学示例”'),
    rule: z.string().min(1),
    /** Default volumetric divisor. @default 6000 */
    divisor: z.union([z.literal(5000), z.literal(6000), z.literal(8000), z.literal(12000)]),
    maxKg: z.number().positive().max(1000),
    rounding: z.array(roundingBandSchema).min(1),
    prices: z.record(z.string(), zonePriceSchema),
  })
  .superRefine((carrier, ctx) => {
    const bands = carrier.rounding;
    bands.forEach((band, i) => {
      const last = i === bands.length - 1;
      if (last !== (band.belowKg === undefined)) ctx.addIssue({ code: 'custom', path: ['rounding', i, 'belowKg'], message: '只有最后一档不写 belowKg，其余各档都要写' });
      const prev = bands[i - 1];
      if (prev?.belowKg !== undefined && band.belowKg !== undefined && band.belowKg <= prev.belowKg) ctx.addIssue({ code: 'custom', path: ['rounding', i, 'belowKg'], message: '各档的 belowKg 必须从小到大' });
      // A coarser step must be a multiple of the finer one below it, or a heavier parcel could cost less.
      if (prev && Math.round(band.stepKg * 1000) % Math.round(prev.stepKg * 1000) !== 0) ctx.addIssue({ code: 'custom', path: ['rounding', i, 'stepKg'], message: `进位单位 ${band.stepKg} kg 必须是上一档 ${prev.stepKg} kg 的整数倍，否则更重的包裹可能更便宜` });
    });
    for (const [zone, price] of Object.entries(carrier.prices)) {
      for (const [i, band] of bands.entries()) {
        if ((Math.round(band.stepKg * 1000) * Math.round(price.perKgYuan * 100)) % 1000 !== 0) ctx.addIssue({ code: 'custom', path: ['prices', zone, 'perKgYuan'], message: `续重单价 ${price.perKgYuan} 元 × 进位单位 ${band.stepKg} kg 不是整分（第 ${i + 1} 档）` });
      }
    }
  });

/** The freight table: zones, destinations and carriers (all 教学示例). */
export const freightTableSchema = z
  .object({
    /** Where the shop ships from. @example '浙江' */
    origin: z.string().min(1),
    zones: z.array(z.object({ id, name: z.string().min(1) })).min(1),
    destinations: z.array(z.object({ name: z.string().min(1), zone: id })).min(1),
    carriers: z.array(carrierSchema).min(1),
  })
  .superRefine((table, ctx) => {
    const zoneIds = new Set(table.zones.map((z) => z.id));
    const dup = <T>(items: T[]) => items.filter((x, i) => items.indexOf(x) !== i);
    for (const d of dup(table.zones.map((z) => z.id))) ctx.addIssue({ code: 'custom', path: ['zones'], message: `分区 ID 重复：${d}` });
    for (const d of dup(table.destinations.map((x) => x.name))) ctx.addIssue({ code: 'custom', path: ['destinations'], message: `目的地重复：${d}` });
    for (const d of dup(table.carriers.map((c) => c.id))) ctx.addIssue({ code: 'custom', path: ['carriers'], message: `承运商 ID 重复：${d}` });
    table.destinations.forEach((d, i) => {
      if (!zoneIds.has(d.zone)) ctx.addIssue({ code: 'custom', path: ['destinations', i, 'zone'], message: `未知分区 ${d.zone}` });
    });
    table.carriers.forEach((c, i) => {
      for (const zone of zoneIds) if (!c.prices[zone]) ctx.addIssue({ code: 'custom', path: ['carriers', i, 'prices', zone], message: `缺少分区 ${zone} 的价格` });
      for (const zone of Object.keys(c.prices)) if (!zoneIds.has(zone)) ctx.addIssue({ code: 'custom', path: ['carriers', i, 'prices', zone], message: `未知分区 ${zone}` });
    });
  });

/** Freight table as authors write it. */
export type FreightTableInput = z.input<typeof freightTableSchema>;
/** Freight table after validation. */
export type FreightTableOutput = z.output<typeof freightTableSchema>;

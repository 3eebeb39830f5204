import { passMark } from './bands.ts';
import type { RowOutcome } from './roster.ts';
import type { GradeBands } from './scheme.ts';

/** Class statistics at full precision over scored, non-duplicate rows (免考 rows excluded). */
export interface ClassStats {
  count: number;
  exempt: number;
  mean?: number;
  median?: number;
  max?: number;
  min?: number;
  /** Fraction 0–1 of counted students at or above the pass mark. */
  passRate?: number;
  /** Students per band, in the bands' order (highest first). */
  histogram: { band: string; count: number }[];
}

/** Median of numbers (mean of the two middle values for an even count). */
export function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1]! + s[mid]!) / 2;
}

/** Mean, median, max, min, pass rate and band counts of a class. */
export function classStats(outcomes: RowOutcome[], bands: GradeBands): ClassStats {
  const counted = outcomes.filter((o) => o.status === 'scored' && o.row.duplicateOf === undefined);
  const totals = counted.map((o) => o.result!.total!);
  const pass = passMark(bands);
  const order = [...bands].sort((a, b) => b.min - a.min);
  return {
    count: totals.length,
    exempt: outcomes.filter((o) => o.status === 'exempt' && o.row.duplicateOf === undefined).length,
    mean: totals.length ? totals.reduce((s, t) => s + t, 0) / totals.length : undefined,
    median: median(totals),
    max: totals.length ? Math.max(...totals) : undefined,
    min: totals.length ? Math.min(...totals) : undefined,
    // 优秀（技能大赛） students pass by definition even if their score is below the pass mark.
    passRate: totals.length ? counted.filter((o) => o.result!.total! >= pass || o.row.flags.includes('excellent')).length / totals.length : undefined,
    histogram: order.map((b) => ({ band: b.name, count: counted.filter((o) => o.band === b.name).length })),
  };
}

/** One finished attempt at a quiz. */
export interface Attempt {
  /** Time of submission (ms since epoch). */
  at: number;
  points: number;
  max: number;
}

/** How many attempts a quiz keeps (the newest), so storage cannot grow without limit. */
export const attemptsKept = 20;

/** Keeps the newest attempts. */
export function addAttempt(history: readonly Attempt[], attempt: Attempt, keep = attemptsKept): Attempt[] {
  return [...history, attempt].slice(-keep);
}

/** Best and last attempt, as percentages, for the score line. */
export function summarise(history: readonly Attempt[]): { best?: number; last?: number; count: number } {
  const pct = (a: Attempt) => (a.max > 0 ? (a.points / a.max) * 100 : 0);
  if (history.length === 0) return { count: 0 };
  return { best: Math.max(...history.map(pct)), last: pct(history.at(-1)!), count: history.length };
}

/**
 * Points for display, as the score code carries them (`src/lib/handin/format.ts`): two decimals, half-up, no
 * trailing zeros, so what a student reads is what the teacher scans. @example formatPoints(2 / 7) === '0.29'
 */
export function formatPoints(value: number): string {
  return String(Math.round(value * 100 + Number.EPSILON) / 100);
}

/** A percentage for display: one decimal, half-up, no trailing .0. @example formatPercent(87.25) === '87.3' */
export function formatPercent(value: number): string {
  const rounded = Math.round(value * 10 + Number.EPSILON) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

import type { ReadingScope } from './script-text.ts';
import type { RateBand } from './rate.ts';

/** How a reading was timed. */
export type TimingMethod = 'recording' | 'stopwatch';

/** One timed reading, as saved in the learner's history. */
export interface TimingAttempt {
  /** When it ended (ms since 1970). */
  at: number;
  method: TimingMethod;
  scope: ReadingScope;
  /** Spoken characters of the agent's lines read. */
  characters: number;
  /** Reading time. */
  ms: number;
  /** 字/分, rounded. */
  rate: number;
  band: RateBand;
}

/** Most attempts kept per script: enough to see progress, small enough for storage. */
export const historyLimit = 20;

/** The history with a new attempt first, the oldest dropped beyond the limit. */
export function withAttempt(history: readonly TimingAttempt[], attempt: TimingAttempt, limit = historyLimit): TimingAttempt[] {
  return [attempt, ...history].slice(0, limit);
}

/** The attempt closest to the target rate, or `undefined` for an empty history. */
export function closestToTarget(history: readonly TimingAttempt[], target: number): TimingAttempt | undefined {
  return history.reduce<TimingAttempt | undefined>((best, a) => (best === undefined || Math.abs(a.rate - target) < Math.abs(best.rate - target) ? a : best), undefined);
}

import { shownAccuracy, shownSpeed } from './metrics.ts';
import type { TypingMode, TypingResult } from './session.ts';

/** One saved attempt (the history's stored shape; see src/stores/typing.ts). */
export interface TypingAttempt {
  /** When it ended (epoch milliseconds). */
  at: number;
  mode: TypingMode;
  /** Time limit of a timed attempt in minutes. */
  minutes?: number;
  /** Phrase category key, or `mixed`. */
  source: string;
  correct: number;
  typed: number;
  /** Time counted, from the first commit. */
  ms: number;
  /** 字/分, one decimal. */
  speed: number;
  /** 0–1, four decimals. */
  accuracy: number;
}

/** How many attempts the history keeps; the oldest go first. */
export const historyLimit = 200;

/** The record to save for a finished session (speed to 0.1 字/分, accuracy to 0.01 %). */
export function attemptOf(result: TypingResult, info: { at: number; mode: TypingMode; minutes?: number; source: string }): TypingAttempt {
  const { minutes, ...rest } = info;
  return {
    ...rest,
    ...(info.mode === 'timed' && minutes !== undefined ? { minutes } : {}),
    correct: result.correct,
    typed: result.typed,
    ms: Math.round(result.elapsedMs),
    speed: Math.round(result.speed * 10) / 10,
    accuracy: Math.round((result.accuracy ?? 0) * 10_000) / 10_000,
  };
}

/** Appends an attempt, keeping the newest `historyLimit`. */
export const withAttempt = (attempts: readonly TypingAttempt[], attempt: TypingAttempt): TypingAttempt[] => [...attempts, attempt].slice(-historyLimit);

/** The best attempt: highest shown speed, then higher accuracy, then the earlier one. */
export function bestAttempt(attempts: readonly TypingAttempt[]): TypingAttempt | undefined {
  let best: TypingAttempt | undefined;
  for (const a of attempts) {
    if (!best) best = a;
    else {
      const bySpeed = shownSpeed(a.speed) - shownSpeed(best.speed);
      if (bySpeed > 0 || (bySpeed === 0 && shownAccuracy(a.accuracy) > shownAccuracy(best.accuracy))) best = a;
    }
  }
  return best;
}

/** Chinese name of a mode, with the limit for a timed attempt. @example modeLabel('timed', 3) === '限时 3 分钟' */
export const modeLabel = (mode: TypingMode, minutes?: number): string => (mode === 'timed' ? `限时 ${minutes ?? '?'} 分钟` : '整段练习');

/** Date and time as a learner reads it, in the browser's time zone. @example '11月24日 09:05' */
export function attemptDate(at: number, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('zh-CN', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('month')}月${get('day')}日 ${get('hour')}:${get('minute')}`;
}

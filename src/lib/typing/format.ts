import { shownAccuracy, shownSpeed } from './metrics.ts';

/** Minutes and seconds of a duration, seconds rounded down. @example clockText(65_400) === '1:05' */
export function clockText(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Speed for display. @example speedText(59.6) === '60 字/分' */
export const speedText = (speed: number): string => `${shownSpeed(speed)} 字/分`;

/** Accuracy for display, or a dash while nothing is typed. @example accuracyText(0.9512) === '95.1%' */
export const accuracyText = (accuracy: number | undefined): string => (accuracy === undefined ? '—' : `${shownAccuracy(accuracy)}%`);

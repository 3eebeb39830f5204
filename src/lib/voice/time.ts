/** Whole seconds of a duration, never negative. */
const seconds = (ms: number) => Math.max(0, Math.floor(ms / 1000));

/** A stopwatch reading. @example formatClock(65_400) === '01:05' */
export function formatClock(ms: number): string {
  const s = seconds(ms);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** A duration in words, rounded to the second. @example formatDuration(65_400) === '1 分 5 秒' */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(s / 60);
  return minutes > 0 ? `${minutes} 分 ${s % 60} 秒` : `${s} 秒`;
}

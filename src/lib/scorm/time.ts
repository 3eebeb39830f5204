/**
 * SCORM 1.2 CMITimespan, `HHHH:MM:SS.SS` (hours of two to four digits), for cmi.core.session_time and
 * cmi.interactions.n.latency. Longer spans are capped at 9999:59:59.99, the largest the format holds.
 * @example sessionTime(3_723_450) === '0001:02:03.45'
 */
export function sessionTime(ms: number): string {
  const centis = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360_000 + 359_999);
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = Math.floor((centis % 6000) / 100);
  const rest = centis % 100;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${two(seconds)}.${two(rest)}`;
}

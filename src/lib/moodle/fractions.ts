/**
 * The answer fractions Moodle accepts on import and in its editor (question_bank::fraction_options_full),
 * compared with a tolerance of 1e-5; each also counts negated. See docs/lms.md.
 */
export const moodleFractions = [1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05];

/** Whether Moodle accepts `fraction` (−1…1) as an answer's grade. */
export function isMoodleFraction(fraction: number): boolean {
  return fraction === 0 || moodleFractions.some((f) => Math.abs(f - Math.abs(fraction)) < 1e-5);
}

/** A fraction as the percentage Moodle XML writes in `fraction="…"`, to five decimals. @example percent(1 / 3) === '33.33333' */
export function percent(fraction: number): string {
  return String(Number((100 * fraction).toFixed(5)));
}

/** How one character of the passage stands: typed right, typed wrong, or not typed yet. */
export type CharMark = 'correct' | 'wrong' | 'pending';

/** Correct and typed character counts (punctuation included). */
export interface Tally {
  /** Characters typed that match the passage at the same position. */
  correct: number;
  /** Characters typed, right or wrong (never more than the passage holds). */
  typed: number;
}

/** Splits text into characters by code point, so a rare character outside the BMP counts once. */
export const charsOf = (text: string): string[] => Array.from(text);

/** Marks each passage character against the committed text, position by position. */
export function markChars(target: string, committed: string): CharMark[] {
  const typed = charsOf(committed);
  return charsOf(target).map((char, i) => (i >= typed.length ? 'pending' : typed[i] === char ? 'correct' : 'wrong'));
}

/** Counts correct and typed characters of one passage; text beyond its end is not counted here. */
export function tallyOf(target: string, committed: string): Tally {
  const marks = markChars(target, committed);
  return { correct: marks.filter((m) => m === 'correct').length, typed: marks.filter((m) => m !== 'pending').length };
}

/** Adds tallies of several passages. */
export const addTallies = (...tallies: Tally[]): Tally =>
  tallies.reduce((sum, t) => ({ correct: sum.correct + t.correct, typed: sum.typed + t.typed }), { correct: 0, typed: 0 });

/** 速度 = 正确字数（含标点）÷ 用时（分钟）; 0 before any time has passed. */
export const speedOf = (correct: number, elapsedMs: number): number => (elapsedMs > 0 ? correct / (elapsedMs / 60_000) : 0);

/** 准确率 = 正确字数 ÷ 已输入字数, from 0 to 1; `undefined` while nothing is typed. */
export const accuracyOf = ({ correct, typed }: Tally): number | undefined => (typed > 0 ? correct / typed : undefined);

/** Speed as shown: whole 字/分, rounded half up. Levels and targets use this shown value. */
export const shownSpeed = (speed: number): number => Math.round(speed);

/** Accuracy as shown: a percentage with one decimal, rounded half up. */
export const shownAccuracy = (accuracy: number): number => Math.round(accuracy * 1000) / 10;

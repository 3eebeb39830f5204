import type { Question } from '../../schemas/question.ts';

/**
 * Answer cues in a question bank: patterns that let a student who doesn't read the questions score
 * anyway. Measured per module and over the whole course; the limits below are checked when the banks
 * load (src/data/questions/index.ts), like the coverage check.
 * - single choice: share of keys in each option position, and share of keys that are the uniquely
 *   longest option;
 * - multiple choice: share of keys that are simply the first k options, and pairs of options keyed
 *   together in every question where both appear;
 * - true / false: share keyed 错误.
 */

/** The limits a bank must keep. */
export const CUE_LIMITS = {
  /** No option position holds more than this share of single-choice keys. */
  position: 0.35,
  /** The keyed option is the uniquely longest in at most this share. */
  longest: 0.35,
  /** At most this share of multiple-choice keys are the first k options. */
  firstK: 0.25,
  /** 错误 keys among true/false: within this range. */
  falseShare: [0.4, 0.6],
} as const;

/** Figures of one set of questions. */
export interface CueFigures {
  single: number;
  /** Share of keys per position (a, b, c, d, …: index 0, 1, 2, 3 …). */
  positions: number[];
  longest: number;
  multiple: number;
  firstK: number;
  /** Option positions (as 'a+b') keyed together in every multiple-choice question that has both. */
  alwaysTogether: string[];
  truefalse: number;
  falseShare: number;
}

const letter = (i: number) => String.fromCharCode(97 + i);
const length = (text: string) => [...text].length;
const share = (n: number, of: number) => (of === 0 ? 0 : n / of);

/** Measures the cues of a set of questions. Options count by their position as written in the bank. */
export function cueFigures(questions: readonly Question[]): CueFigures {
  const singles = questions.filter((q) => q.type === 'single');
  const positions: number[] = [];
  let longest = 0;
  for (const q of singles) {
    const at = q.options.findIndex((o) => o.id === q.answer);
    positions[at] = (positions[at] ?? 0) + 1;
    const keyed = length(q.options[at]!.text);
    if (q.options.every((o, i) => i === at || length(o.text) < keyed)) longest++;
  }
  const multiples = questions.filter((q) => q.type === 'multiple');
  let firstK = 0;
  const together = new Map<string, { both: number; keyed: number }>();
  for (const q of multiples) {
    const keyed = new Set(q.answer);
    const at = q.options.map((o) => keyed.has(o.id));
    if (at.slice(0, keyed.size).every(Boolean)) firstK++;
    for (let i = 0; i < at.length; i++) {
      for (let j = i + 1; j < at.length; j++) {
        const pair = `${letter(i)}+${letter(j)}`;
        const entry = together.get(pair) ?? { both: 0, keyed: 0 };
        entry.both++;
        if (at[i] && at[j]) entry.keyed++;
        together.set(pair, entry);
      }
    }
  }
  const truefalse = questions.filter((q) => q.type === 'truefalse');
  return {
    single: singles.length,
    positions: Array.from({ length: Math.max(0, ...singles.map((q) => q.options.length)) }, (_, i) => share(positions[i] ?? 0, singles.length)),
    longest: share(longest, singles.length),
    multiple: multiples.length,
    firstK: share(firstK, multiples.length),
    alwaysTogether: [...together].filter(([, e]) => e.both >= 2 && e.keyed === e.both).map(([pair]) => pair),
    truefalse: truefalse.length,
    falseShare: share(truefalse.filter((q) => q.answer === false).length, truefalse.length),
  };
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** What breaks the limits in one set of questions, in Chinese; [] when none. `where` names the set. */
export function cueProblems(where: string, questions: readonly Question[]): string[] {
  const f = cueFigures(questions);
  const problems: string[] = [];
  if (f.single > 0) {
    f.positions.forEach((p, i) => {
      if (p > CUE_LIMITS.position) problems.push(`${where}：单选题答案在选项 ${letter(i).toUpperCase()} 的占 ${pct(p)}，超过 ${pct(CUE_LIMITS.position)}；请调整选项顺序`);
    });
    if (f.longest > CUE_LIMITS.longest) problems.push(`${where}：单选题正确选项是唯一最长选项的占 ${pct(f.longest)}，超过 ${pct(CUE_LIMITS.longest)}；请改写选项，让干扰项同样具体`);
  }
  if (f.multiple > 0) {
    if (f.firstK > CUE_LIMITS.firstK) problems.push(`${where}：多选题答案恰好是前几个选项的占 ${pct(f.firstK)}，超过 ${pct(CUE_LIMITS.firstK)}；请调整选项顺序`);
    if (f.alwaysTogether.length > 0) problems.push(`${where}：多选题选项 ${f.alwaysTogether.map((p) => p.toUpperCase()).join('、')} 总是同时为答案；请调整选项顺序`);
  }
  if (f.truefalse > 0 && (f.falseShare < CUE_LIMITS.falseShare[0] || f.falseShare > CUE_LIMITS.falseShare[1])) {
    problems.push(`${where}：判断题答案为“错误”的占 ${pct(f.falseShare)}，应在 ${pct(CUE_LIMITS.falseShare[0])}～${pct(CUE_LIMITS.falseShare[1])} 之间`);
  }
  return problems;
}

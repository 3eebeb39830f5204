import { grade } from '../quiz/grade.ts';
import type { Question } from '../quiz/types.ts';
import { collectQuiz, shortPrompt, type AnalysisQuiz, type StudentRef } from './analysis-input.ts';
import { markedScore } from './marking.ts';
import type { ClassBook } from './types.ts';

/**
 * Item analysis (试题分析) of one quiz or exam across the class, the classical test theory figures a
 * teacher can act on. Formulas, thresholds and why: docs/class-loop.md.
 *
 * - score of a student on a question: the fraction of its points earned (0–1), by the site's `grade()`;
 *   short answers by the teacher's mark, or left out (未批改) while there is none. A question that was
 *   not on a student's paper (exams draw per-student papers) is left out for that student.
 * - total of a student: points earned ÷ points at stake over the questions scored for them, so papers of
 *   different questions compare.
 * - difficulty p: the mean score of a question (the share of its points the class earned).
 * - discrimination D: mean score of the upper 27 % by total minus that of the lower 27 %, among the
 *   students scored on that question.
 * - point-biserial: the corrected item–total correlation, Pearson's r between the question's score and
 *   the student's total over the other questions (the item is taken out, so it does not correlate with
 *   itself). For right/wrong questions this is the point-biserial correlation.
 */

/** Below this many students D and the correlation are shown as unreliable. */
export const minReliableStudents = 10;
/** Share of the class in the upper and in the lower group. */
export const groupShare = 0.27;
/** Thresholds of the flags. */
export const thresholds = { easy: 0.9, hard: 0.2, lowD: 0.2 } as const;

/** A flag on a question, with its explanation for the teacher. */
export interface Flag {
  kind: 'easy' | 'hard' | 'low-discrimination' | 'negative' | 'unused-distractor' | 'distractor-upper' | 'unmarked';
  text: string;
}

/** How often an option was chosen, overall and in the upper and lower groups. */
export interface ChoiceCount {
  /** Option ID; `true` / `false` for true/false questions; '' for 未作答. */
  id: string;
  label: string;
  /** Part of the answer key. */
  key: boolean;
  count: number;
  upper: number;
  lower: number;
}

/** The figures of one question. */
export interface QuestionAnalysis {
  question: Question;
  /** The prompt in one line. */
  prompt: string;
  /** Students scored on it. */
  scored: number;
  /** Short answers without the teacher's mark yet. */
  unmarked: number;
  /** Difficulty p, 0–1 (null when nobody was scored). */
  p: number | null;
  /** Discrimination index D, −1–1 (null with fewer than 2 students scored). */
  d: number | null;
  /** Corrected item–total (point-biserial) correlation (null when a score does not vary). */
  r: number | null;
  /** Option counts of single, multiple and true/false questions, 未作答 last. */
  choices?: ChoiceCount[];
  flags: Flag[];
}

/** The analysis of a quiz or exam. */
export interface ItemAnalysis {
  /** Students whose answers are in it. */
  students: number;
  /** Students who only showed a score code (no answers to analyse). */
  scoreOnly: StudentRef[];
  /** At least `minReliableStudents` students. */
  reliable: boolean;
  /** Students in each of the upper and lower groups. */
  groupSize: number;
  questions: QuestionAnalysis[];
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Pearson's r, or null when either side does not vary or there are fewer than 3 pairs. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length < 3 || xs.length !== ys.length) return null;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const dx = x - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  return sxx < 1e-12 || syy < 1e-12 ? null : sxy / Math.sqrt(sxx * syy);
}

/** Size of each of the upper and lower groups among `n` students. */
export const groupSizeOf = (n: number) => (n < 2 ? 0 : Math.max(1, Math.min(Math.floor(n / 2), Math.round(n * groupShare))));

/** The options of a choice question as [id, label, in the key]. */
function optionsOf(question: Question): [string, string, boolean][] | undefined {
  if (question.type === 'single') return question.options.map((o, i) => [o.id, `${String.fromCharCode(65 + i)}. ${o.text}`, o.id === question.answer]);
  if (question.type === 'multiple') return question.options.map((o, i) => [o.id, `${String.fromCharCode(65 + i)}. ${o.text}`, question.answer.includes(o.id)]);
  if (question.type === 'truefalse') return [['true', '对', question.answer], ['false', '错', !question.answer]];
  return undefined;
}

/** The option IDs a response chose. */
function chosen(response: unknown): string[] {
  const r = response as { type?: string; choice?: string; choices?: string[]; value?: boolean } | undefined;
  if (r?.type === 'single') return r.choice ? [r.choice] : [];
  if (r?.type === 'multiple') return [...new Set(r.choices ?? [])];
  if (r?.type === 'truefalse') return r.value === undefined ? [] : [String(r.value)];
  return [];
}

/** Analyses one quiz or exam from the class book. */
export function analyseQuiz(book: ClassBook, quiz: AnalysisQuiz): ItemAnalysis {
  const { students, scoreOnly } = collectQuiz(book, quiz);
  // Per student and question: score 0–1, or undefined when not asked or not marked yet.
  const scores = students.map((s) => {
    const asked = new Set(s.asked);
    return quiz.questions.map((q) => {
      if (!asked.has(q.id)) return undefined;
      if (q.type === 'short') return markedScore(book, s.studentNo, quiz.item, q);
      return grade(q, s.responses[q.id]).score;
    });
  });
  const earned = scores.map((row) => row.reduce<number>((sum, x, i) => sum + (x ?? 0) * quiz.questions[i]!.points, 0));
  const atStake = scores.map((row) => row.reduce<number>((sum, x, i) => sum + (x === undefined ? 0 : quiz.questions[i]!.points), 0));
  const totals = earned.map((e, k) => (atStake[k]! > 0 ? e / atStake[k]! : 0));
  const reliable = students.length >= minReliableStudents;

  const questions = quiz.questions.map((question, i): QuestionAnalysis => {
    const askedOf = students.map((s, k) => k).filter((k) => students[k]!.asked.includes(question.id));
    const scoredOf = askedOf.filter((k) => scores[k]![i] !== undefined);
    const unmarked = askedOf.length - scoredOf.length;
    const itemScores = scoredOf.map((k) => scores[k]![i]!);
    const p = scoredOf.length ? mean(itemScores) : null;

    // Upper and lower groups by total among the students scored here; ties broken by 学号 so runs agree.
    const ranked = scoredOf.toSorted((a, b) => totals[b]! - totals[a]! || students[a]!.studentNo.localeCompare(students[b]!.studentNo));
    const size = groupSizeOf(ranked.length);
    const upper = ranked.slice(0, size);
    const lower = size ? ranked.slice(-size) : [];
    const d = size ? mean(upper.map((k) => scores[k]![i]!)) - mean(lower.map((k) => scores[k]![i]!)) : null;

    const rest = scoredOf.map((k) => {
      const otherStake = atStake[k]! - question.points;
      return otherStake > 0 ? (earned[k]! - scores[k]![i]! * question.points) / otherStake : 0;
    });
    const r = pearson(itemScores, rest);

    const options = optionsOf(question);
    const choices = options && [
      ...options.map(([id, label, key]) => {
        const picks = (ks: number[]) => ks.filter((k) => chosen(students[k]!.responses[question.id]).includes(id)).length;
        return { id, label, key, count: picks(askedOf), upper: picks(upper), lower: picks(lower) };
      }),
      (() => {
        const none = (ks: number[]) => ks.filter((k) => chosen(students[k]!.responses[question.id]).length === 0).length;
        return { id: '', label: '未作答', key: false, count: none(askedOf), upper: none(upper), lower: none(lower) };
      })(),
    ];

    const flags: Flag[] = [];
    if (unmarked) flags.push({ kind: 'unmarked', text: `${unmarked} 份简答还未批改，未计入本题的数字。` });
    if (p !== null && p > thresholds.easy) flags.push({ kind: 'easy', text: `太容易：全班拿到了 ${pct(p)} 的分，这道题几乎分不出谁掌握得好。` });
    if (p !== null && p < thresholds.hard) flags.push({ kind: 'hard', text: `太难：全班只拿到 ${pct(p)} 的分，请检查是否讲过、题意是否清楚。` });
    if (d !== null && d < 0) flags.push({ kind: 'negative', text: '负区分：总分低的学生反而答得更好，请先核对答案是否标错，再看题目有没有歧义。' });
    else if (d !== null && d < thresholds.lowD) {
      flags.push({ kind: 'low-discrimination', text: '区分度低：总分高和总分低的学生答得差不多，这道题没能分出掌握程度。' });
    }
    for (const c of choices ?? []) {
      if (c.key || c.id === '' || question.type === 'truefalse') continue;
      if (c.count === 0 && askedOf.length > 0) flags.push({ kind: 'unused-distractor', text: `干扰项“${c.label}”没有人选：可能一看就错，可以换成更像正确答案的说法。` });
      else if (c.upper > c.lower) flags.push({ kind: 'distractor-upper', text: `干扰项“${c.label}”高分组选的人（${c.upper}）比低分组（${c.lower}）多：这个选项可能也说得通，或题干有歧义。` });
    }
    return { question, prompt: shortPrompt(question.prompt), scored: scoredOf.length, unmarked, p, d, r, choices, flags };
  });

  return { students: students.length, scoreOnly, reliable, groupSize: groupSizeOf(students.length), questions };
}

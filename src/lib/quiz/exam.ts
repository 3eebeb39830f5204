import type { Question } from './types.ts';
import { draw, paperCode, seededRandom, shuffle } from './random.ts';

/** ID an exam paper is saved under: a module's 单元测验, or the 期末模拟考试. @example examId(1) === 'exam-m1' */
export const examId = (module: number | 'final'): string => (module === 'final' ? 'exam-final' : `exam-m${module}`);

/** An exam paper: which questions, in which order, with which limit. */
export interface Paper {
  /** Paper code; the same code and settings give the same paper. */
  seed: string;
  ids: string[];
  started: number;
  /** Minutes, or 0 for no limit. */
  limit: number;
  submitted?: number;
}

/** Normalises a paper code typed by a learner (case, spaces, full-width letters). Empty when invalid. */
export function cleanPaperCode(raw: string): string {
  const code = raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  return /^[A-Z0-9]{4,12}$/.test(code) ? code : '';
}

/** A new random paper code. */
export const newPaperCode = () => paperCode(seededRandom(`${Date.now()}:${Math.random()}`));

/** Draws a paper: `count` questions in the order the code dictates (every learner gets the same). */
export function makePaper(questions: readonly Question[], count: number, seed: string, limit: number, now: number): Paper {
  return { seed, ids: draw(questions, count, `${seed}:${count}`).map((q) => q.id), started: now, limit };
}

/** Module of a question, from its ID (m3.q.… → 3). */
const moduleOf = (question: Question) => Number(/^m(\d+)\./.exec(question.id)?.[1] ?? 0);

/** What a slot of the blueprint asks for: a question of this module, type and points. */
const slotKey = (question: Question) => `${moduleOf(question)}:${question.type}:${question.points}`;

/**
 * The blueprint of a paper code: module, type and points of each question, in the reference paper's
 * order (the paper `makePaper` draws for the code). Every student's paper follows it.
 */
export function blueprint(questions: readonly Question[], count: number, code: string): string[] {
  return draw(questions, count, `${code}:${count}`).map(slotKey);
}

/**
 * A student's own paper for a code: the same blueprint as every classmate (per module the same number
 * of questions of each type and points, so the same requirements are examined and the same marks are
 * at stake), filled with questions drawn for this student (preferring one that examines a requirement
 * of the reference question), in an order of the student's own. An empty 学号 gives the reference
 * paper, which is what every student got before papers were per student.
 */
export function makeStudentPaper(questions: readonly Question[], count: number, code: string, studentNo: string, limit: number, now: number): Paper {
  const reference = draw(questions, count, `${code}:${count}`);
  if (studentNo === '') return { seed: code, ids: reference.map((q) => q.id), started: now, limit };
  const seed = `${code}:${count}:${studentNo}`;
  const used = new Set<string>();
  const ids = reference.map((slot, i) => {
    const candidates = shuffle(questions.filter((q) => slotKey(q) === slotKey(slot) && !used.has(q.id)), `${seed}:${i}`);
    const sameRequirement = candidates.find((q) => q.requirements.some((r) => slot.requirements.includes(r)));
    const chosen = sameRequirement ?? candidates[0] ?? slot;
    used.add(chosen.id);
    return chosen.id;
  });
  return { seed: code, ids: shuffle(ids, `${seed}:order`), started: now, limit };
}

/**
 * The code a teacher reads out when students may see the answers of a submitted paper (4 digits,
 * from the paper code). A static site cannot keep it secret: anyone who reads the site's code can
 * work it out, so it keeps honest students honest and no more (see the README).
 * @example releaseCode('K7M2QX') // e.g. '4821'
 */
export function releaseCode(code: string): string {
  return String(Math.floor(seededRandom(`${code}:release`)() * 10_000)).padStart(4, '0');
}

/** Milliseconds left, or undefined when the paper has no limit. Never negative. */
export function timeLeft(paper: Paper, now: number): number | undefined {
  if (!paper.limit) return undefined;
  return Math.max(0, paper.started + paper.limit * 60_000 - now);
}

/** Remaining time as 分:秒 for the timer. @example formatClock(125_000) === '2:05' */
export function formatClock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

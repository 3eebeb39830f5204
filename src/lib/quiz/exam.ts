import type { Question } from './types.ts';
import { draw, paperCode, seededRandom } from './random.ts';

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

/** Draws a paper: `count` questions in the order the code dictates. */
export function makePaper(questions: readonly Question[], count: number, seed: string, limit: number, now: number): Paper {
  return { seed, ids: draw(questions, count, `${seed}:${count}`).map((q) => q.id), started: now, limit };
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

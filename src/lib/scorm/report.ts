import { displaySeed } from '../quiz/display.ts';
import { grade } from '../quiz/grade.ts';
import { shownResponse } from '../quiz/session.ts';
import type { Question, Response } from '../quiz/types.ts';
import { storagePrefix, writeTimesKey } from '../../stores/keys.ts';
import { toInteraction, type Interaction } from './interactions.ts';
import { moduleStatus, percent, type LessonStatus } from './status.ts';

/** What a module's launch page knows about its module (written by scripts/package-scorm.ts). */
export interface ScoConfig {
  module: number;
  title: string;
  /** The module's first page, relative to the package root. */
  start: string;
  /** The module's lesson codes. */
  lessons: string[];
  /** Lesson quizzes: ID → questions. */
  quizzes: Record<string, Question[]>;
  /** The module test's ID and its question pool (a paper draws from it), if the module has a test. */
  exam?: { id: string; pool: Question[] };
  mastery?: number;
}

/**
 * Storage keys as the site names them (src/stores/keys.ts; the areas `visits`, `learner` and `quiz` of
 * src/stores/progress.ts, learner.ts and quiz.ts, whose stores this page does not load).
 */
export const keys = {
  prefix: storagePrefix,
  visits: `${storagePrefix}visits`,
  learner: `${storagePrefix}learner`,
  writeTimes: writeTimesKey,
  quiz: (id: string) => `${storagePrefix}quiz:${id}`,
};

interface SavedQuiz {
  responses: Record<string, Response>;
  checked: Record<string, boolean>;
  solved: Record<string, boolean>;
  attempts: { at: number; points: number; max: number }[];
  paper?: { ids: string[]; seed: string; started: number };
  round?: number;
}

/** A stored value's data (the `{v, data}` envelope of src/lib/storage-codec.ts), or undefined if unreadable. */
function stored<T>(text: string | undefined): T | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as { data?: T };
    return parsed && typeof parsed === 'object' ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The state of a module for the LMS. */
export interface ScoReport {
  status: LessonStatus;
  /** The module test's latest score in percent, once it was taken. */
  score?: number;
  /** Interactions of attempts not yet reported, in the order they were made. */
  interactions: Interaction[];
  /** Attempt markers (`quiz@time`) these interactions belong to. */
  reported: string[];
}

/**
 * Reads the module's saved items (storage key → text) and says what to tell the LMS: status, score,
 * and the answers of every quiz attempt not in `reported` as interactions. `latency` is the time
 * spent in the module this session, given to each question of a new attempt (the site does not time
 * single questions).
 */
export function scoReport(config: ScoConfig, items: Readonly<Record<string, string | undefined>>, reported: ReadonlySet<string>, latency?: string): ScoReport {
  const visits = stored<Record<string, unknown>>(items[keys.visits]) ?? {};
  const interactions: Interaction[] = [];
  const marked: string[] = [];
  // Options show in each learner's own order (src/lib/quiz/display.ts); an ordering question left as shown is answered in that order.
  const learner = stored<{ id?: string }>(items[keys.learner])?.id ?? '';
  const attempts: { id: string; at: number; questions: Question[]; saved: SavedQuiz; seed: string }[] = [];
  for (const [id, questions] of Object.entries(config.quizzes)) {
    const saved = stored<SavedQuiz>(items[keys.quiz(id)]);
    const last = saved?.attempts.at(-1);
    if (saved && last) attempts.push({ id, at: last.at, questions, saved, seed: displaySeed(learner, id, saved.round ?? 0) });
  }
  const examSaved = config.exam ? stored<SavedQuiz>(items[keys.quiz(config.exam.id)]) : undefined;
  const examLast = examSaved?.attempts.at(-1);
  if (config.exam && examSaved && examLast) {
    const pool = new Map(config.exam.pool.map((q) => [q.id, q]));
    const questions = (examSaved.paper?.ids ?? []).flatMap((id) => pool.get(id) ?? []);
    const seed = examSaved.paper ? displaySeed(learner, config.exam.id, `${examSaved.paper.seed}:${examSaved.paper.started}`) : '';
    attempts.push({ id: config.exam.id, at: examLast.at, questions, saved: examSaved, seed });
  }
  for (const { id, at, questions, saved, seed } of attempts.sort((a, b) => a.at - b.at)) {
    const mark = `${id}@${at}`;
    if (reported.has(mark)) continue;
    marked.push(mark);
    for (const q of questions) {
      const response = shownResponse({ ...saved, responses: saved.responses ?? {}, checked: saved.checked ?? {}, solved: saved.solved ?? {} }, q, seed);
      interactions.push(toInteraction(q, response, grade(q, response), latency));
    }
  }
  const test = examLast && examLast.max > 0 ? { points: examLast.points, max: examLast.max } : undefined;
  return {
    status: moduleStatus({ lessons: config.lessons, visited: new Set(Object.keys(visits)), test, mastery: config.mastery }),
    ...(test ? { score: percent(test) } : {}),
    interactions,
    reported: marked,
  };
}

/**
 * Every saved key, most important first, for suspend_data: the learner's ID (it orders the options), the module test, the module's lesson
 * quizzes, the visit record, then the rest, most recently written first. When the record must be cut
 * to fit 4,096 characters, it is cut from the end.
 */
export function suspendOrder(config: ScoConfig, savedKeys: readonly string[], times: Readonly<Record<string, number>>): string[] {
  const first = [keys.learner, ...(config.exam ? [keys.quiz(config.exam.id)] : []), ...Object.keys(config.quizzes).map(keys.quiz), keys.visits];
  const rest = savedKeys.filter((k) => k.startsWith(keys.prefix) && !first.includes(k)).sort((a, b) => (times[b] ?? 0) - (times[a] ?? 0) || a.localeCompare(b));
  return [...first.filter((k) => savedKeys.includes(k)), ...rest];
}

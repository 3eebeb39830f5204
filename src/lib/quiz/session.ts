import type { Question, Response } from './types.ts';
import { emptyResponse, grade, isAttempted, total } from './grade.ts';
import { addAttempt, type Attempt } from './history.ts';
import { shuffleUnsolved } from './random.ts';

/** The part of a quiz's saved state the pure transitions touch. */
export interface QuizProgress {
  responses: Record<string, Response>;
  checked: Record<string, boolean>;
  solved: Record<string, boolean>;
  attempts: Attempt[];
  /** How many times the answers were cleared for a new attempt (seeds the display order); absent is 0. */
  round?: number;
}

/** The learner's current answer to a question (empty when none is saved, or the type changed). */
export function responseFor(state: QuizProgress, question: Question): Response {
  const saved = state.responses[question.id];
  return saved && saved.type === question.type ? saved : emptyResponse(question);
}

/**
 * The order an ordering question first shows: seeded by the learner's attempt (`seed`, see
 * display.ts) and the question's ID; by the ID alone before the page knows the learner.
 */
export function startOrder(question: Extract<Question, { type: 'ordering' }>, seed = ''): string[] {
  return shuffleUnsolved(question.items.map((i) => i.id), seed === '' ? question.id : `${seed}:${question.id}`);
}

/**
 * The answer as the learner sees it: an untouched ordering question counts as its shown order, so a
 * learner who believes that order is right can check it without moving anything.
 */
export function shownResponse(state: QuizProgress, question: Question, seed = ''): Response {
  const response = responseFor(state, question);
  if (question.type === 'ordering' && response.type === 'ordering' && response.order.length === 0) {
    return { type: 'ordering', order: startOrder(question, seed) };
  }
  return response;
}

/** Whether every question has been checked, so the quiz can be scored. */
export function allChecked(state: QuizProgress, questions: readonly Question[]): boolean {
  return questions.every((q) => state.checked[q.id]);
}

/** Scores the whole quiz and records the attempt in the history. */
export function submit<S extends QuizProgress>(state: S, questions: readonly Question[], now: number, seed = ''): S {
  const score = total(questions.map((q) => grade(q, shownResponse(state, q, seed))));
  const checked = Object.fromEntries(questions.map((q) => [q.id, true]));
  return { ...state, checked: { ...state.checked, ...checked }, attempts: addAttempt(state.attempts, { at: now, ...score }) };
}

/** Clears answers, checks and solutions, keeping the attempt history. */
export function resetAnswers<S extends QuizProgress>(state: S): S {
  // A new attempt: options show in a new order (display.ts).
  return { ...state, responses: {}, checked: {}, solved: {}, round: (state.round ?? 0) + 1 };
}

/** Whether the solution may be shown: after an attempt, or when the teacher reveals answers. */
export function canShowSolution(state: QuizProgress, question: Question, teacherReveal: boolean): boolean {
  return teacherReveal || Boolean(state.checked[question.id]) || isAttempted(state.responses[question.id]);
}

/**
 * What a quiz that has saved nothing yet takes over from the quiz that asked its questions before
 * (a lesson quiz's `carriesFrom`): the answers, checks and solved marks of `questionIds` only, never
 * the other quiz's attempts. `null` when this quiz already holds something or there is nothing to take,
 * so a learner's own work here is never overwritten.
 */
export function carryOver<S extends QuizProgress>(own: S, earlier: QuizProgress, questionIds: readonly string[]): S | null {
  const started = Object.keys(own.responses).length > 0 || own.attempts.length > 0;
  const ids = questionIds.filter((id) => id in earlier.responses);
  if (started || ids.length === 0) return null;
  const pick = <T>(record: Record<string, T>) => Object.fromEntries(ids.filter((id) => id in record).map((id) => [id, record[id]!]));
  return { ...own, responses: pick(earlier.responses), checked: pick(earlier.checked), solved: pick(earlier.solved) };
}

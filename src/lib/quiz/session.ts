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
}

/** The learner's current answer to a question (empty when none is saved, or the type changed). */
export function responseFor(state: QuizProgress, question: Question): Response {
  const saved = state.responses[question.id];
  return saved && saved.type === question.type ? saved : emptyResponse(question);
}

/** The order an ordering question first shows, seeded by its ID so server and browser agree. */
export function startOrder(question: Extract<Question, { type: 'ordering' }>): string[] {
  return shuffleUnsolved(question.items.map((i) => i.id), question.id);
}

/**
 * The answer as the learner sees it: an untouched ordering question counts as its shown order, so a
 * learner who believes that order is right can check it without moving anything.
 */
export function shownResponse(state: QuizProgress, question: Question): Response {
  const response = responseFor(state, question);
  if (question.type === 'ordering' && response.type === 'ordering' && response.order.length === 0) {
    return { type: 'ordering', order: startOrder(question) };
  }
  return response;
}

/** Whether every question has been checked, so the quiz can be scored. */
export function allChecked(state: QuizProgress, questions: readonly Question[]): boolean {
  return questions.every((q) => state.checked[q.id]);
}

/** Scores the whole quiz and records the attempt in the history. */
export function submit<S extends QuizProgress>(state: S, questions: readonly Question[], now: number): S {
  const score = total(questions.map((q) => grade(q, shownResponse(state, q))));
  const checked = Object.fromEntries(questions.map((q) => [q.id, true]));
  return { ...state, checked: { ...state.checked, ...checked }, attempts: addAttempt(state.attempts, { at: now, ...score }) };
}

/** Clears answers, checks and solutions, keeping the attempt history. */
export function resetAnswers<S extends QuizProgress>(state: S): S {
  return { ...state, responses: {}, checked: {}, solved: {} };
}

/** Whether the solution may be shown: after an attempt, or when the teacher reveals answers. */
export function canShowSolution(state: QuizProgress, question: Question, teacherReveal: boolean): boolean {
  return teacherReveal || Boolean(state.checked[question.id]) || isAttempted(state.responses[question.id]);
}

import type { HandInLesson } from '../lib/handin/build.ts';
import { forms } from './forms/index.ts';
import { questionsByIds } from './questions/index.ts';
import { quizzesOfLesson } from './quizzes/index.ts';
import { scenarios } from './scenarios/index.ts';

/** Texts a student reads that marking and counting never look at. */
const readOnlyTexts = new Set(['prompt', 'explanation', 'feedback', 'text', 'reference', 'hint', 'instructions', 'table', 'requirements', 'description']);

/**
 * A definition without the texts only a reader needs, so the lesson page carries the hand-in's data
 * in few bytes (docs/budgets.md): IDs, types, points, answer keys, checklists and fixed cells stay.
 */
export function withoutTexts<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutTexts) as T;
  if (value && typeof value === 'object') {
    const blank = (v: unknown) => (typeof v === 'string' ? [''] : Array.isArray(v) ? [[]] : []);
    return Object.fromEntries(Object.entries(value).flatMap(([key, v]) => (readOnlyTexts.has(key) ? blank(v).map((b) => [key, b]) : [[key, withoutTexts(v)]]))) as T;
  }
  return value;
}

/**
 * What a lesson's 提交给老师 needs to build the hand-in file, from the declarations in src/data:
 * its quizzes with their questions (to mark them), its forms (to count filled cells) and its mock
 * chats (by ID and title). `typing` says whether the lesson page has the typing trainer.
 */
export function handInLesson(code: string, title: string, typing: boolean): HandInLesson {
  return {
    code,
    title,
    quizzes: quizzesOfLesson(code).map((q) => ({ id: q.id, title: q.title, questions: withoutTexts(questionsByIds(q.questions, `src/data/quizzes/lessons.ts (${q.id})`)) })),
    forms: Object.values(forms).filter((f) => f.lesson === code).map(withoutTexts),
    chats: scenarios.filter((s) => s.lesson === code).map((s) => ({ id: s.id, title: s.title })),
    typing,
  };
}

import type { HandInLesson } from '../lib/handin/build.ts';
import { forms } from './forms/index.ts';
import { questionsByIds } from './questions/index.ts';
import { quizzesOfLesson } from './quizzes/index.ts';
import { scenarios } from './scenarios/index.ts';

/**
 * What a lesson's 提交给老师 needs to build the hand-in file, from the declarations in src/data:
 * its quizzes with their questions (to mark them), its forms (to count filled cells) and its mock
 * chats (by ID and title). `typing` says whether the lesson page has the typing trainer.
 */
export function handInLesson(code: string, title: string, typing: boolean): HandInLesson {
  return {
    code,
    title,
    quizzes: quizzesOfLesson(code).map((q) => ({ id: q.id, title: q.title, questions: questionsByIds(q.questions, `src/data/quizzes/lessons.ts (${q.id})`) })),
    forms: Object.values(forms).filter((f) => f.lesson === code),
    chats: scenarios.filter((s) => s.lesson === code).map((s) => ({ id: s.id, title: s.title })),
    typing,
  };
}

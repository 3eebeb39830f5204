import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/lib/content-error.ts';
import { outline } from '../../../src/data/index.ts';
import { checkLessonQuizzes, lessonQuizzes, quizzesOfLesson } from '../../../src/data/quizzes/index.ts';
import { lessonQuizData } from '../../../src/data/quizzes/lessons.ts';
import type { LessonQuizInput } from '../../../src/schemas/quiz.ts';

const context = { file: 'src/data/quizzes/test.ts', outline, questionIds: new Set(['m1.q.a', 'm1.q.b', 'm2.q.c']) };
const quiz = (change: Partial<LessonQuizInput> = {}): LessonQuizInput => ({ id: 'lesson-1-1', lesson: '1.1', questions: ['m1.q.a', 'm1.q.b'], ...change });
const problems = (list: LessonQuizInput[]) => formatProblems(checkLessonQuizzes(list, context).problems);

describe('checkLessonQuizzes', () => {
  it('accepts a valid quiz and fills in the default title', () => {
    expect(checkLessonQuizzes([quiz()], context)).toEqual({ quizzes: [{ ...quiz(), title: '课堂小测' }], problems: [] });
  });

  it.each<[string, LessonQuizInput[], string]>([
    ['an unknown question', [quiz({ questions: ['m1.q.a', 'm1.q.zzz'] })], `  - src/data/quizzes/test.ts: quiz "lesson-1-1" asks question "m1.q.zzz", which is in no bank (src/data/questions/)`],
    ['a question of another module', [quiz({ questions: ['m2.q.c'] })], `  - src/data/quizzes/test.ts: quiz "lesson-1-1" of lesson 1.1 asks question "m2.q.c"; expected a question of module 1 (m1.q.…)`],
    ['a lesson not in the outline', [quiz({ lesson: '1.9' })], `  - src/data/quizzes/test.ts: quiz "lesson-1-1" names lesson 1.9, which is not in the outline (src/data/outline.ts)`],
    ['a duplicate ID', [quiz(), quiz()], `  - src/data/quizzes/test.ts: quiz ID "lesson-1-1" is declared twice; each quiz needs its own ID`],
    ['an empty quiz, named by its ID', [quiz({ questions: [] })], `  - src/data/quizzes/test.ts: lesson-1-1 字段 questions：测验至少有 1 道题；实际为 []`],
  ])('reports %s against the file', (_, list, expected) => {
    expect(problems(list)).toBe(expected);
  });
});

describe('the lesson quiz declarations', () => {
  it('pass every check, in lesson order, and each lesson finds its own', () => {
    expect(lessonQuizzes.map((q) => q.id)).toEqual(lessonQuizData.map((q) => q.id));
    const order = (code: string) => outline.findIndex((e) => e.code === code);
    expect(lessonQuizzes.map((q) => order(q.lesson))).toEqual(lessonQuizzes.map((q) => order(q.lesson)).toSorted((a, b) => a - b));
    expect(quizzesOfLesson('2.3').map((q) => [q.id, q.title])).toEqual([['practice-2-3', '订单状态分类练习'], ['lesson-2-3', '课堂小测'], ['homework-2-3', '课后练习']]);
  });
});

import { describe, expect, it } from 'vitest';
import { questionsByIds } from '../../../src/data/questions/index.ts';
import { lessonQuiz, lessonQuizzes } from '../../../src/data/quizzes/index.ts';
import { readLessonFiles } from '../helpers/lesson-files.ts';

// The 总结归纳 segment has 4 minutes (docs/curriculum.md): its quiz holds at most three quick items that
// need no writing. What a lesson asked there before moved to the 课后练习 of 作业布置 with stable IDs.
const quick = new Set(['single', 'multiple', 'truefalse']);

/** The quiz IDs placed under one H2 section of a lesson body, in page order. */
function quizzesUnder(body: string, section: string): string[] {
  const part = body.split(/^## /m).find((s) => s.startsWith(`${section}\n`)) ?? '';
  return [...part.matchAll(/<Quiz id="([^"]+)"/g)].map((m) => m[1]!);
}

describe.each(readLessonFiles().map((l) => [String(l.data.code), l.body] as const))('第 %s 课', (code, body) => {
  const summary = quizzesUnder(body, '总结归纳');

  it('总结归纳 has at most one quiz, of at most three quick items', () => {
    expect(summary.length).toBeLessThanOrEqual(1);
    for (const id of summary) {
      const questions = questionsByIds(lessonQuiz(id)!.questions, id);
      expect(questions.length, id).toBeLessThanOrEqual(3);
      expect(questions.filter((q) => !quick.has(q.type)).map((q) => `${q.id} (${q.type})`)).toEqual([]);
    }
  });

  it('a quiz that carries answers over stands after the quiz it carries them from', () => {
    for (const quiz of lessonQuizzes.filter((q) => q.lesson === code && q.carriesFrom)) {
      expect(body.indexOf(`<Quiz id="${quiz.carriesFrom}"`), quiz.id).toBeGreaterThanOrEqual(0);
      expect(quizzesUnder(body, '作业布置')).toContain(quiz.id);
    }
  });
});

it('keeps every question the summary quizzes asked before: moved ones sit in the 课后练习 of the same lesson', () => {
  // The 26 summary quizzes asked 6 or 7 questions each before the summary was sized to its minutes.
  const homework = lessonQuizzes.filter((q) => q.carriesFrom);
  expect(homework).toHaveLength(26);
  for (const hw of homework) {
    const summary = lessonQuiz(hw.carriesFrom!)!;
    const asked = summary.questions.length + hw.questions.length;
    expect(asked, hw.id).toBeGreaterThanOrEqual(6);
    expect(new Set([...summary.questions, ...hw.questions]).size, hw.id).toBe(asked);
  }
});

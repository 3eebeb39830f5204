import { describe, expect, it } from 'vitest';
import { forms, formsOfLesson } from '../../../src/data/forms/index.ts';
import { questionsByIds } from '../../../src/data/questions/index.ts';
import { completion } from '../../../src/lib/form/completion.ts';
import { lessonQuizzes } from '../../../src/data/quizzes/index.ts';
import { lessonExercises, type DeclaredExercises, type ModuleCatalog } from '../../../src/lib/progress/catalog.ts';
import { slimForm } from '../../../src/lib/progress/slim-form.ts';
import { courseStatus, percentOf, type SavedProgress } from '../../../src/lib/progress/summary.ts';
import { readLessonFiles } from '../helpers/lesson-files.ts';

describe('lessonExercises', () => {
  const declared: DeclaredExercises = {
    quizzes: [
      { id: 'm5-1-practice', lesson: '5.1', title: '练一练', questions: ['a', 'b'] },
      { id: 'lesson-5-1', lesson: '5.1', title: '课堂小测', questions: ['a', 'b', 'c'] },
      { id: 'lesson-5-2', lesson: '5.2', title: '课堂小测', questions: ['d'] },
    ],
    forms: [{ id: 'f1', lesson: '5.1', title: '表1' }],
    chats: [{ id: 'c1', lesson: '5.2', title: '对话' }, { id: 'free', title: '自由练习' }],
    scripts: [],
  };

  it('lists the exercises a lesson declares, in declared order, with question counts', () => {
    expect(lessonExercises('5.1', declared)).toEqual({
      quizzes: [
        { id: 'm5-1-practice', title: '练一练', questions: 2 },
        { id: 'lesson-5-1', title: '课堂小测', questions: 3 },
      ],
      forms: [{ id: 'f1', title: '表1' }],
      chats: [],
      scripts: [],
    });
    expect(lessonExercises('9.9', declared)).toEqual({ quizzes: [], forms: [], chats: [], scripts: [] });
  });

  it('gives every lesson quiz of the course to its lesson, with real questions', () => {
    const codes = [...new Set(lessonQuizzes.map((q) => q.lesson))];
    const found = codes.flatMap((code) => lessonExercises(code, { quizzes: lessonQuizzes, forms: [], chats: [], scripts: [] }).quizzes);
    expect(found.map((q) => q.id)).toEqual(lessonQuizzes.map((q) => q.id));
    expect(found.length).toBeGreaterThan(20);
    for (const quiz of lessonQuizzes) expect(questionsByIds(quiz.questions, quiz.id).length).toBe(quiz.questions.length);
  });
});

describe('slimForm', () => {
  it('counts completion exactly like the full form, for every form', () => {
    for (const form of Object.values(forms)) {
      const cells = Object.fromEntries(form.rows.map((row) => [row.id, Object.fromEntries(form.columns.map((c) => [c.id, c.type === 'number' ? '3' : '文字']))]));
      const values = { name: '', className: '', cells, added: [] };
      expect(completion(slimForm(form), values)).toEqual(completion(form, values));
      expect(JSON.stringify(slimForm(form))).not.toContain('"reference"');
    }
  });
});

const catalog: ModuleCatalog[] = [
  {
    number: 1, label: '模块1 认识客服', examId: 'exam-m1',
    lessons: [
      { code: '1.1', title: '甲', href: '/1-1/', quizzes: [{ id: 'q1', title: '课堂小测', questions: 5 }], forms: [{ id: 'f1', title: '表1' }], chats: [], scripts: [] },
      { code: '1.2', title: '乙', href: '/1-2/', quizzes: [], forms: [], chats: [{ id: 'c1', title: '对话' }], scripts: [{ id: 's1', title: '话术' }] },
    ],
  },
  { number: 2, label: '模块2', lessons: [{ code: '2.1', title: '丙', href: '/2-1/', quizzes: [], forms: [], chats: [], scripts: [] }] },
];
const none: SavedProgress = { visits: {}, quizzes: {}, forms: {}, chats: {}, scripts: {} };

describe('courseStatus', () => {
  it.each([
    ['nothing saved', none, 0, [0, 0]],
    ['one lesson read', { ...none, visits: { '1.1': { count: 2, last: 1 } } }, 14, [16, 0]],
    [
      'module 1 all done',
      {
        visits: { '1.1': { count: 1, last: 1 }, '1.2': { count: 1, last: 1 } },
        quizzes: { q1: { attempts: 2, best: 80 }, 'exam-m1': { attempts: 1, best: 70 } },
        forms: { f1: { filled: 3, total: 3, complete: true } },
        chats: { c1: { count: 1, best: 90 } },
        scripts: { s1: { attempts: 1, checks: 5 } },
      },
      85,
      [100, 0],
    ],
    ['a half-filled form and an untimed script are not done', { ...none, forms: { f1: { filled: 1, total: 3, complete: false } }, scripts: { s1: { attempts: 0, checks: 5 } } }, 0, [0, 0]],
  ] as const)('%s', (_, saved, overall, perModule) => {
    const status = courseStatus(catalog, saved as SavedProgress);
    expect(status.percent).toBe(overall);
    expect(status.modules.map((m) => m.percent)).toEqual(perModule);
    expect(status.lessons).toBe(3);
    expect(status.exercises).toBe(4);
  });

  it('explains each exercise in a short note', () => {
    const saved: SavedProgress = { ...none, quizzes: { q1: { attempts: 2, best: 87.5 }, 'exam-m1': { attempts: 1, best: 70 } }, forms: { f1: { filled: 1, total: 3, complete: false } }, scripts: { s1: { attempts: 0, checks: 2 } } };
    const [m1] = courseStatus(catalog, saved).modules;
    expect(m1!.lessons[0]!.exercises.map((e) => [e.kind, e.done, e.note])).toEqual([['小测', true, '最好 88%（提交 2 次）'], ['表格', false, '已填 1/3 格']]);
    expect(m1!.lessons[1]!.exercises.map((e) => e.note)).toEqual(['未完成', '自查已勾 2 项，未计时']);
    expect(m1!.examBest).toBe(70);
  });

  it.each([[0, 0, 0], [1, 3, 33], [2, 3, 66], [3, 3, 100]])('percentOf(%i, %i) = %i', (part, whole, pct) => expect(percentOf(part, whole)).toBe(pct));

  it('covers every form of the course through formsOfLesson', () => {
    const codes = new Set(readLessonFiles().map((f) => String(f.data.code)));
    expect([...codes].flatMap((c) => formsOfLesson(c)).length).toBe(Object.keys(forms).length);
  });
});

import { describe, expect, it } from 'vitest';
import { buildAnalysisCatalog, expandAnalysisCatalog } from '../../../src/lib/classbook/analysis-catalog.ts';
import type { ClassCatalog } from '../../../src/lib/classbook/catalog.ts';
import type { Question } from '../../../src/lib/quiz/types.ts';
import type { FormExercise } from '../../../src/schemas/form.ts';

const question = (id: string) => ({ id, type: 'truefalse', prompt: id, answer: true, points: 1 }) as unknown as Question;
const catalog: ClassCatalog = {
  modules: [{ number: 1, label: '模块一' }],
  lessons: [{ code: '1.1', title: '第一课', module: 1, quizzes: [{ id: 'lesson-1-1', title: '小测', questions: ['a', 'b', 'gone'] }], forms: [{ id: 'f1', title: '表' }, { id: 'missing', title: '无' }], chats: [] }],
  exams: [{ id: 'exam-m1', title: '模块一测验', module: 1 }],
};

describe('the catalog 批改与分析 loads', () => {
  const file = buildAnalysisCatalog(catalog, (id) => (id === 'gone' ? undefined : question(id)), () => [question('a'), question('c')], (id) => (id === 'f1' ? ({ id: 'f1', title: '岗位表' } as FormExercise) : undefined));

  it('keeps each question once, however many quizzes and exams ask it', () => {
    expect(Object.keys(file.questions).sort()).toEqual(['a', 'b', 'c']);
    expect(file.quizzes).toEqual([
      { item: 'lesson:1.1', id: 'lesson-1-1', title: '1.1 小测', questions: ['a', 'b'] },
      { item: 'exam-m1', id: 'exam-m1', title: '模块一测验', questions: ['a', 'c'] },
    ]);
    expect(file.forms).toEqual([{ item: 'lesson:1.1', id: 'f1', title: '1.1 岗位表', form: { id: 'f1', title: '岗位表' } }]);
  });

  it('expands back to quizzes holding their questions, through JSON', () => {
    const expanded = expandAnalysisCatalog(JSON.parse(JSON.stringify(file)));
    expect(expanded.quizzes.map((q) => q.questions.map((x) => x.id))).toEqual([['a', 'b'], ['a', 'c']]);
    expect(expanded.forms).toHaveLength(1);
  });
});

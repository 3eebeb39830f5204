import { describe, expect, it } from 'vitest';
import { catalogExam, catalogLesson } from '../../../src/lib/classbook/catalog.ts';
import { catalog } from '../helpers/class-files.ts';

describe('buildClassCatalog', () => {
  it('lists lessons with their quizzes’ questions, forms and chats, and names the exams', () => {
    expect(catalogLesson(catalog, '1.1')).toMatchObject({ module: 1, quizzes: [{ id: 'lesson-1-1', questions: ['m1.q.a', 'm1.q.b'] }], forms: [{ id: 'form-1-1' }, { id: 'form-1-1b' }], chats: [{ id: 'scn-1', title: '咨询' }] });
    expect(catalog.exams).toEqual([{ id: 'exam-m1', title: '模块1 认识客服 单元测验', module: 1 }, { id: 'exam-final', title: '期末模拟考试', module: 9 }]);
    expect(catalogExam(catalog, 'exam-m9')).toBeUndefined();
    expect(catalog.modules.map((m) => m.number)).toEqual([1, 9]);
  });
});

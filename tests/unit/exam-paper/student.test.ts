import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { learnerSchema } from '../../../src/stores/learner.ts';
import { readStudent } from '../../../src/components/exercises/exam-paper/student.ts';
import { quizSavedSchema } from '../../../src/stores/quiz.ts';
import { parseImport } from '../../../src/stores/transfer.ts';

const blank = { studentNo: '', name: '', className: '' };

describe('who sits the paper (考生信息)', () => {
  it.each([
    ['a plain 学号', { ...blank, studentNo: '202301015' }, { studentNo: '202301015', name: '', className: '' }],
    ['letters and dashes, tidied', { studentNo: ' ｄｓ2023-15 ', name: ' 林小悦 ', className: '电商2301' }, { studentNo: 'DS2023-15', name: '林小悦', className: '电商2301' }],
    ['32 characters', { ...blank, studentNo: '1'.repeat(32) }, { studentNo: '1'.repeat(32), name: '', className: '' }],
  ])('accepts %s', (_what, input, student) => {
    expect(readStudent(input)).toEqual({ ok: true, student });
  });

  it.each([
    ['no 学号', blank, 'studentNo', '请填写学号'],
    ['a space inside', { ...blank, studentNo: '2023 015' }, 'studentNo', '只能包含字母、数字和短横线'],
    ['33 characters', { ...blank, studentNo: '1'.repeat(33) }, 'studentNo', '最多 32 位'],
    ['Chinese characters', { ...blank, studentNo: '二〇二三' }, 'studentNo', '只能包含字母、数字和短横线'],
    ['a long name', { ...blank, studentNo: '1', name: '林'.repeat(41) }, 'name', '姓名最多 40 个字'],
    ['a long class', { ...blank, studentNo: '1', className: '班'.repeat(41) }, 'className', '班级最多 40 个字'],
  ])('refuses %s with a Chinese message on that field', (_what, input, field, message) => {
    const read = readStudent(input);
    expect(read.ok).toBe(false);
    expect(read.ok ? undefined : read.errors[field as 'studentNo']).toContain(message);
  });

  it('names every field that needs fixing at once', () => {
    const read = readStudent({ studentNo: '', name: '林'.repeat(41), className: '' });
    expect(read.ok ? [] : Object.keys(read.errors).sort()).toEqual(['name', 'studentNo']);
  });
});

describe('saved records from before students were named still load', () => {
  it.each([
    ['a learner record with only its ID', learnerSchema, { id: 'k3f9x2ab' }, true],
    ['a learner record with a student', learnerSchema, { id: 'k3f9x2ab', studentNo: '2023-0415', name: '林小悦', className: '' }, true],
    ['a learner record with a bad 学号', learnerSchema, { id: 'k3f9x2ab', studentNo: '2023 0415' }, false],
    ['an older paper', quizSavedSchema, { responses: {}, checked: {}, solved: {}, attempts: [], paper: { seed: 'K7M2QX', ids: ['m1.q.a'], started: 1, limit: 0 } }, true],
    ['a paper with its settings and student', quizSavedSchema, { responses: {}, checked: {}, solved: {}, attempts: [], paper: { seed: 'K7M2QX', ids: [], started: 1, reveal: 'code', released: false, student: { studentNo: '7', name: '', className: '' } } }, true],
    ['a paper with an unknown reveal mode', quizSavedSchema, { responses: {}, checked: {}, solved: {}, attempts: [], paper: { seed: 'K7M2QX', ids: [], started: 1, reveal: 'later' } }, false],
  ])('%s', (_what, schema, data, ok) => {
    expect(v.safeParse(schema as v.GenericSchema, data).success).toBe(ok);
  });

  it('the progress import checks the learner record with the same schema', () => {
    const file = (data: unknown) => JSON.stringify({ app: 'kefu-course', format: 1, exportedAt: '2026-12-01T08:00:00.000Z', prefix: 'kefu:v1:', items: { 'kefu:v1:learner': { value: { v: 1, data } } } });
    const read = (data: unknown) => parseImport(file(data), 300).ok;
    expect(read({ id: 'k3f9x2ab', studentNo: '2023-0415' })).toBe(true);
    expect(read({ id: 'k3f9x2ab', studentNo: '学号' })).toBe(false);
  });
});

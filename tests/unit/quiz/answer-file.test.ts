import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { answerFileHeader, answerFileText, makeAnswerFile, readAnswerFile, readOutCode, type AnswerFileBody } from '../../../src/lib/quiz/answer-file.ts';

const body: AnswerFileBody = {
  ...answerFileHeader(1_700_000_900_000),
  exam: { id: 'exam-final', title: '期末模拟考试', code: 'K7M2QX', limit: 45, questions: ['m1.q.kpi-formula', 'm1.q.short-service'] },
  student: { studentNo: '202301015', name: '林小悦', className: '电商2301' },
  startedAt: 1_700_000_000_000,
  submittedAt: 1_700_000_900_000,
  responses: { 'm1.q.kpi-formula': { type: 'single', choice: 'b' }, 'm1.q.short-service': { type: 'short', text: '先倾听，再道歉，<b>再</b>给方案', checked: [] } },
  marked: { points: 1, max: 1 },
  pending: [{ id: 'm1.q.short-service', points: 2, checklist: ['倾听', '道歉', '给出方案'] }],
};

describe('answer file (kind answers, version 2)', () => {
  it('round-trips: what is written is read back the same, checksum and all', () => {
    const file = makeAnswerFile(body);
    const read = readAnswerFile(answerFileText(file));
    expect(read).toEqual({ ok: true, file });
  });

  it('has a six-character 核对码 to read out, the same for the same content', () => {
    const file = makeAnswerFile(body);
    expect(readOutCode(file.checksum)).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(readOutCode(makeAnswerFile({ ...body }).checksum)).toBe(readOutCode(file.checksum));
    expect(readOutCode(makeAnswerFile({ ...body, marked: { points: 0, max: 1 } }).checksum)).not.toBe(readOutCode(file.checksum));
  });

  it('does not depend on key order', () => {
    const file = makeAnswerFile(body);
    const { checksum, student, ...rest } = file;
    const reordered = { checksum, student, ...rest };
    expect(readAnswerFile(JSON.stringify(reordered)).ok).toBe(true);
  });

  it.each<[string, (text: string) => string, string]>([
    ['an edited score', (t) => t.replace('"points": 1,', '"points": 9,'), '核对码对不上'],
    ['cut off', (t) => t.slice(0, 40), '文件不完整'],
    ['not JSON', () => 'hello', '不是有效的答题文件'],
    ['another kind of course file', (t) => t.replace('"kind": "answers"', '"kind": "form"'), '这是本课程的表格文件，不是答题文件'],
    ['a newer version', (t) => t.replace('"version": 2', '"version": 3'), '格式版本 3'],
    ['a missing part', (t) => t.replace(/"student": \{[^}]*\},/, ''), '内容不完整'],
  ])('refuses %s with a Chinese reason', (_what, spoil, reason) => {
    const read = readAnswerFile(spoil(answerFileText(makeAnswerFile(body))));
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.reason).toContain(reason);
  });
});

describe('answer files handed in before the shared header (version 1)', () => {
  const first = readFileSync('tests/fixtures/course-files/answers-v1.json', 'utf8');

  it('are read, with the checksum (and 核对码) the student read out', () => {
    const read = readAnswerFile(first);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file.checksum).toBe(JSON.parse(first).checksum);
    expect(read.file.student.studentNo).toBe('202301015');
    expect(read.file.created).toBe(new Date(1_700_000_900_000).toISOString());
  });

  it('are refused when edited', () => {
    expect(readAnswerFile(first.replace('"points": 1,', '"points": 9,'))).toMatchObject({ ok: false, reason: expect.stringContaining('核对码对不上') });
  });
});

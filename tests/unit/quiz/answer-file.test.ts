import { describe, expect, it } from 'vitest';
import { ANSWER_FILE, answerFileText, makeAnswerFile, readAnswerFile, readOutCode, type AnswerFileBody } from '../../../src/lib/quiz/answer-file.ts';

const body: AnswerFileBody = {
  ...ANSWER_FILE,
  exam: { id: 'exam-final', title: '期末模拟考试', code: 'K7M2QX', limit: 45, questions: ['m1.q.kpi-formula', 'm1.q.short-service'] },
  student: { studentNo: '202301015', name: '林小悦', className: '电商2301' },
  startedAt: 1_700_000_000_000,
  submittedAt: 1_700_000_900_000,
  responses: { 'm1.q.kpi-formula': { type: 'single', choice: 'b' }, 'm1.q.short-service': { type: 'short', text: '先倾听，再道歉，<b>再</b>给方案', checked: [] } },
  marked: { points: 1, max: 1 },
  pending: [{ id: 'm1.q.short-service', points: 2, checklist: ['倾听', '道歉', '给出方案'] }],
};

describe('answer file (kefu-answers, version 1)', () => {
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
    ['not JSON', () => '{"format": "kefu-answers"', '不是 JSON'],
    ['another format', (t) => t.replace('kefu-answers', 'kefu-form'), '不是本课程的答题文件'],
    ['a newer version', (t) => t.replace('"version": 1', '"version": 2'), '版本是 2'],
    ['a missing part', (t) => t.replace(/"student": \{[^}]*\},/, ''), '内容不完整'],
  ])('refuses %s with a Chinese reason', (_what, spoil, reason) => {
    const read = readAnswerFile(spoil(answerFileText(makeAnswerFile(body))));
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.reason).toContain(reason);
  });
});

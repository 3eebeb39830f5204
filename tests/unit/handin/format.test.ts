import { describe, expect, it } from 'vitest';
import { at, sampleHandIn } from '../helpers/hand-in.ts';
import { handInFileName, handInScores, makeHandIn, readHandIn, readScoreCode, scoreCodeText } from '../../../src/lib/handin/format.ts';
import { readAnswerFile } from '../../../src/lib/quiz/answer-file.ts';

describe('hand-in files', () => {
  it('round-trip through their text, with the checksum checked', () => {
    const file = makeHandIn(sampleHandIn());
    expect(readHandIn(JSON.stringify(file))).toEqual({ ok: true, file });
  });

  it('catch a score edited by hand, and say it is not the student’s file as sent', () => {
    const file = makeHandIn(sampleHandIn());
    const edited = JSON.stringify({ ...file, quizzes: [{ ...file.quizzes[0], marked: { points: 4, max: 4 } }] });
    expect(readHandIn(edited)).toEqual({ ok: false, reason: expect.stringContaining('核对码对不上') });
  });

  it('name other course files and foreign files for what they are', () => {
    expect(readHandIn('{"app":"kefu-course","kind":"answers","version":2}')).toEqual({ ok: false, reason: expect.stringContaining('这是本课程的答题文件，不是作业提交文件') });
    expect(readHandIn('{"hello":1}')).toEqual({ ok: false, reason: expect.stringContaining('不是本课程网站导出的作业提交文件') });
    expect(readHandIn(JSON.stringify(makeHandIn(sampleHandIn())).slice(0, 200))).toEqual({ ok: false, reason: expect.stringContaining('不完整') });
  });

  it('are not answer files', () => {
    expect(readAnswerFile(JSON.stringify(makeHandIn(sampleHandIn())))).toMatchObject({ ok: false, reason: expect.stringContaining('作业提交文件') });
  });

  it('are named by student and lesson', () => {
    expect(handInFileName('2023-0415', '1.1', new Date(2026, 11, 5))).toBe('作业-2023-0415-第1.1课-2026-12-05.json');
  });
});

describe('score codes', () => {
  it('carry a lesson’s scores and who handed them in, and read back the same', () => {
    const body = sampleHandIn();
    const code = { of: 'lesson' as const, ref: '1.1', student: body.student, submittedAt: at, entries: handInScores(body) };
    const text = scoreCodeText(code);
    expect(text).toMatch(/^KF1\|L\|1\.1\|2023-0415\|林小悦\|电商2301\|/);
    expect(new TextEncoder().encode(text).length).toBeLessThan(200);
    expect(readScoreCode(text)).toEqual({ ok: true, code });
  });

  it('keep a name with the separator in it readable', () => {
    const code = { of: 'exam' as const, ref: 'exam-m1', student: { studentNo: '7', name: 'a|b', className: '' }, submittedAt: at, entries: [{ kind: 'exam' as const, id: 'exam-m1', points: 31.5, max: 40 }] };
    expect(readScoreCode(scoreCodeText(code))).toMatchObject({ ok: true, code: { student: { name: 'a｜b' }, entries: [{ points: 31.5 }] } });
  });

  it('refuse an altered score and a code from elsewhere', () => {
    const text = scoreCodeText({ of: 'lesson', ref: '1.1', student: sampleHandIn().student, submittedAt: at, entries: [{ kind: 'quiz', id: 'lesson-1-1', points: 2, max: 4 }] });
    expect(readScoreCode(text.replace(':2/4', ':4/4'))).toEqual({ ok: false, reason: expect.stringContaining('核对码对不上') });
    expect(readScoreCode('https://example.com/')).toEqual({ ok: false, reason: expect.stringContaining('不是本课程网站的成绩码') });
  });
});

import { describe, expect, it } from 'vitest';
import { allQuestions } from '../../../src/data/questions/index.ts';
import { answerKey, emptyResponse, makeStudentPaper, releaseCode, type Question, type Response } from '../../../src/lib/quiz/index.ts';
import { answerFileText, makeAnswerFile, readAnswerFile } from '../../../src/lib/quiz/answer-file.ts';
import { answerBody, answerFileName, answersShown, deliveryText, isHanded, isReleaseCode, isWeChat, markPaper, type HandedPaper } from '../../../src/components/exercises/exam-paper/hand-in.ts';

const byId = new Map(allQuestions.map((q) => [q.id, q]));
const drawn = makeStudentPaper(allQuestions, 30, 'K7M2QX', '2023-0415', 45, 1_700_000_000_000);
const questions = drawn.ids.map((id) => byId.get(id)!) as Question[];
const shorts = questions.filter((q) => q.type === 'short');
const objective = questions.filter((q) => q.type !== 'short');
const sum = (qs: Question[]) => qs.reduce((n, q) => n + q.points, 0);
const responses = (pick: (q: Question) => Response) => Object.fromEntries(questions.map((q) => [q.id, pick(q)]));
const paper: HandedPaper = { ...drawn, submitted: 1_700_000_900_000, reveal: 'code', student: { studentNo: '2023-0415', name: '林小悦', className: '电商2301' } };

describe('marking a handed-in paper', () => {
  it('the drawn paper has short answers to leave to the teacher', () => {
    expect(shorts.length).toBeGreaterThan(0);
  });

  it.each<[string, (q: Question) => Response, number]>([
    ['the answer key', answerKey, sum(objective)],
    ['blank answers', emptyResponse, 0],
  ])('%s: objective questions marked, short answers pending with points and checklist', (_what, pick, points) => {
    const marks = markPaper(questions, responses(pick));
    expect(marks.marked).toEqual({ points, max: sum(objective) });
    expect(marks.pending).toEqual(shorts.map((q) => ({ id: q.id, points: q.points, checklist: q.type === 'short' ? q.checklist : [] })));
  });

  it('a short answer the student ticked earns nothing on the site: the teacher marks it', () => {
    expect(markPaper(shorts, responses(answerKey)).marked).toEqual({ points: 0, max: 0 });
  });
});

describe('the answer file of a paper', () => {
  const body = answerBody({ id: 'exam-final', title: '期末模拟考试' }, paper, questions, responses(answerKey));

  it('names the paper, the student and the times, with the questions in the order shown', () => {
    expect(body.exam).toEqual({ id: 'exam-final', title: '期末模拟考试', code: 'K7M2QX', limit: 45, questions: drawn.ids });
    expect(body.student).toEqual(paper.student);
    expect([body.startedAt, body.submittedAt]).toEqual([1_700_000_000_000, 1_700_000_900_000]);
    expect(Object.keys(body.responses).sort()).toEqual([...drawn.ids].sort());
  });

  it('reads back with readAnswerFile, checksum and all', () => {
    const file = makeAnswerFile(body);
    expect(readAnswerFile(answerFileText(file))).toEqual({ ok: true, file });
  });

  it.each([
    [undefined, false],
    [{ ...drawn }, false],
    [{ ...drawn, submitted: 1 }, false],
    [paper, true],
  ])('a paper has an answer file only once handed in by a named student (%#)', (candidate, expected) => {
    expect(isHanded(candidate)).toBe(expected);
  });

  it('is named after the 学号 and the paper code', () => {
    expect(answerFileName('2023-0415', 'K7M2QX', new Date(2026, 11, 5))).toBe('答题-2023-0415-K7M2QX-2026-12-05.json');
  });
});

describe('when answers show', () => {
  it.each([
    ['before 交卷', { ...drawn, reveal: 'now' as const }, false],
    ['an older paper (no setting): at once, as before', { ...drawn, submitted: 1 }, true],
    ['交卷后立即显示', { ...drawn, submitted: 1, reveal: 'now' as const }, true],
    ['waiting for the 查看码', { ...drawn, submitted: 1, reveal: 'code' as const }, false],
    ['after the right 查看码', { ...drawn, submitted: 1, reveal: 'code' as const, released: true }, true],
  ])('%s', (_when, candidate, expected) => {
    expect(answersShown(candidate)).toBe(expected);
  });

  const code = releaseCode('K7M2QX');
  const fullWidth = code.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  it.each([
    [code, true],
    [` ${code} `, true],
    [fullWidth, true],
    [releaseCode('K7M2QY') === code ? '0000' : releaseCode('K7M2QY'), false],
    ['', false],
  ])('the 查看码 %j is %s', (typed, expected) => {
    expect(isReleaseCode('K7M2QX', typed)).toBe(expected);
  });
});

describe('handing the file over', () => {
  it.each([
    ['Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36 MicroMessenger/8.0.49', true],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile Safari/604.1', false],
  ])('spots WeChat’s in-app browser: %s', (ua, expected) => {
    expect(isWeChat(ua)).toBe(expected);
  });

  it.each([
    ['shared', '答题-1-K7M2QX.json'],
    ['downloaded', '答题-1-K7M2QX.json'],
    ['cancelled', '再次下载答题文件'],
    ['wechat', '请点右上角 ··· 选择“在浏览器中打开”后再下载'],
  ] as const)('tells the student what happened when %s', (delivery, text) => {
    expect(deliveryText(delivery, '答题-1-K7M2QX.json')).toContain(text);
  });
});

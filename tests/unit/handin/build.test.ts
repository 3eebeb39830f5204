import { describe, expect, it } from 'vitest';
import { handInLesson } from '../../../src/data/hand-in.ts';
import { buildHandIn, handInDeliveryText, handInFile, handInSummary, lessonScoreCode, summaryText, type HandInSaved } from '../../../src/lib/handin/build.ts';
import { examScoreCode } from '../../../src/lib/handin/exam-score.ts';
import { makeHandIn, readHandIn, readScoreCode, scoreCodeText } from '../../../src/lib/handin/format.ts';
import { answerKey, emptyResponse, type Response } from '../../../src/lib/quiz/index.ts';
import { at } from '../helpers/hand-in.ts';

const student = { studentNo: '2023-0415', name: '林小悦', className: '电商2301' };
const nothing: HandInSaved = { quizzes: {}, forms: {}, chats: {}, visits: {} };
const lesson11 = handInLesson('1.1', '认识电商客服岗位', false);
// Lesson 1.1 has its 课堂小测 (lesson-1-1) and its 课后练习 (homework-1-1); the latter holds a short answer.
const quiz = lesson11.quizzes.find((q) => q.questions.some((x) => x.type === 'short'))!;
const objective = quiz.questions.filter((q) => q.type !== 'short');
const short = quiz.questions.find((q) => q.type === 'short')!;
const form = lesson11.forms[0]!;
const row = form.rows.find((r) => form.columns.some((c) => r.cells[c.id]?.value === undefined))!;
const column = form.columns.find((c) => row.cells[c.id]?.value === undefined && (c.type === 'text' || c.type === 'longtext'))!;

describe('a lesson with nothing saved', () => {
  const body = buildHandIn(lesson11, nothing, student, at);

  it('lists every quiz and form of the lesson, unanswered and empty, and no chat', () => {
    expect(lesson11.quizzes.map((q) => q.id)).toEqual(['lesson-1-1', 'homework-1-1']);
    expect(body.quizzes.map((q) => [q.id, q.attempts, Object.keys(q.responses).length])).toEqual([['lesson-1-1', 0, 0], ['homework-1-1', 0, 0]]);
    expect(body.quizzes.filter((q) => q.id === quiz.id)).toEqual([{ id: quiz.id, title: quiz.title, questions: quiz.questions.map((q) => q.id), responses: {}, marked: { points: 0, max: objective.reduce((n, q) => n + q.points, 0) }, pending: [{ id: short.id, points: short.points, checklist: short.type === 'short' ? short.checklist : [] }], attempts: 0 }]);
    expect(body.forms.map((f) => [f.id, f.filled])).toEqual(lesson11.forms.map((f) => [f.id, 0]));
    expect(body.forms.every((f) => f.total > 0)).toBe(true);
    expect(body.chats).toEqual([]);
    expect(body.typing).toBeUndefined();
    expect(body.visits).toBeUndefined();
  });

  it('is a hand-in file the teacher can read, named for the student and the lesson', () => {
    const read = readHandIn(JSON.stringify(makeHandIn(body)));
    expect(read.ok && read.file.student).toEqual(student);
    expect(read.ok && read.file.lesson).toEqual({ code: '1.1', title: '认识电商客服岗位' });
    expect(handInSummary(lesson11, body)).toEqual({ quizzes: { answered: 0, total: 2 }, forms: { filled: 0, total: lesson11.forms.length }, chats: { done: 0, total: 0 } });
  });
});

describe('a lesson worked on', () => {
  const responses: Record<string, Response> = Object.fromEntries(quiz.questions.map((q, i) => [q.id, i === 0 ? emptyResponse(q) : answerKey(q)]));
  const saved: HandInSaved = {
    quizzes: { [quiz.id]: { responses, attempts: [{ at: at - 9, points: 3, max: 9 }, { at: at - 5, points: 7, max: 9 }, { at: at - 1, points: 5, max: 9 }] } },
    forms: { [form.id]: { name: '林小悦', className: '电商2301', cells: { [row.id]: { [column.id]: '主动询问顾客需求' }, nowhere: { [column.id]: '丢弃' } }, added: [] } },
    chats: { 'first-contact-wangwang': { best: { at, total: 88, outcome: '成交', rubric: [{ id: 'polite', label: '礼貌', points: 20, max: 20 }] }, count: 2 } },
    typing: { at, speed: 62.5, accuracy: 0.97 },
    visits: { '1.1': { first: at - 1000, last: at, count: 3 } },
  };
  const body = buildHandIn(lesson11, saved, student, at);

  it('hands in the answers given, marked as the exam marks them, with the attempts and the best score', () => {
    const [first, ...rest] = quiz.questions;
    const q = body.quizzes.find((x) => x.id === quiz.id)!;
    // The first question was left blank: it is not an answer.
    expect(Object.keys(q.responses)).toEqual(rest.map((x) => x.id));
    expect(q.marked.points).toBe(objective.filter((x) => x.id !== first!.id).reduce((n, x) => n + x.points, 0));
    expect(q.attempts).toBe(3);
    expect(q.best).toEqual({ points: 7, max: 9 });
  });

  it('hands in the form as typed, counting the filled cell and dropping text of no cell', () => {
    const f = body.forms[0]!;
    expect(f.values.cells).toEqual({ [row.id]: { [column.id]: '主动询问顾客需求' } });
    expect(f.filled).toBe(1);
  });

  it('keeps a chat only when it belongs to the lesson, the typing result only where the lesson has the trainer', () => {
    expect(body.chats).toEqual([]);
    expect(body.typing).toBeUndefined();
    const lesson22 = handInLesson('2.2', '接待顾客', false);
    expect(buildHandIn(lesson22, saved, student, at).chats).toEqual([{ id: 'first-contact-wangwang', title: lesson22.chats[0]!.title, best: saved.chats['first-contact-wangwang']!.best, count: 2 }]);
    expect(buildHandIn(handInLesson('2.1', '', true), saved, student, at).typing).toEqual({ at, speed: 62.5, accuracy: 0.97 });
  });

  it('records the visits of this lesson only', () => {
    expect(body.visits).toEqual({ first: at - 1000, last: at, count: 3 });
    expect(buildHandIn(handInLesson('1.2', '', false), saved, student, at).visits).toBeUndefined();
  });

  it('gives a score code with the same scores that reads back', () => {
    const read = readScoreCode(scoreCodeText(lessonScoreCode(body)));
    expect(read.ok && read.code).toEqual({ of: 'lesson', ref: '1.1', student, submittedAt: at, entries: [
      ...body.quizzes.map((q) => ({ kind: 'quiz', id: q.id, points: q.marked.points, max: q.marked.max })),
      ...body.forms.map((f) => ({ kind: 'form', id: f.id, points: f.filled, max: f.total })),
    ] });
    expect(handInSummary(lesson11, body).quizzes.answered).toBe(1);
    expect(handInSummary(lesson11, body).forms.filled).toBe(1);
  });
});

it('cuts a title or report text too long for the file, so the file stays readable', () => {
  const long = '长'.repeat(100);
  const lesson = { ...handInLesson('2.2', long, false), quizzes: [] };
  const saved: HandInSaved = { ...nothing, chats: { 'first-contact-wangwang': { best: { at, total: 50, outcome: long, rubric: [{ id: 'x', label: long, points: 1, max: 2 }] }, count: 1 } } };
  const body = buildHandIn(lesson, saved, student, at);
  expect(readHandIn(JSON.stringify(makeHandIn(body))).ok).toBe(true);
  expect(body.lesson.title).toHaveLength(80);
});

it('an exam score code carries the exam and its objective points', () => {
  const read = readScoreCode(scoreCodeText(examScoreCode('exam-m1', student, at, { points: 12.5, max: 20 })));
  expect(read.ok && read.code).toEqual({ of: 'exam', ref: 'exam-m1', student, submittedAt: at, entries: [{ kind: 'exam', id: 'exam-m1', points: 12.5, max: 20 }] });
});

describe('what the student reads', () => {
  it('names the file for the student, the lesson and the day, and the teacher can read it back', () => {
    const body = buildHandIn(lesson11, nothing, student, at);
    const file = handInFile(body);
    expect(file.name).toBe('作业-2023-0415-第1.1课-2026-12-05.json');
    expect(readHandIn(file.text).ok).toBe(true);
  });

  it.each([
    ['shared', '已打开分享：把“作业.json”发给老师。没发出去的话，再点一次“发送作业文件”。'],
    ['downloaded', '已下载“作业.json”，一般在本设备的“下载”文件夹里。请按老师的要求把它交上去。'],
    ['cancelled', '作业文件没有分享出去。再点一次“发送作业文件”即可重新发送。'],
    ['wechat', '请点右上角 ··· 选择“在浏览器中打开”后再下载'],
  ] as const)('after the file was %s', (delivery, text) => {
    expect(handInDeliveryText(delivery, '作业.json')).toBe(text);
  });

  it('sums up what will be handed in, leaving out what the lesson lacks', () => {
    expect(summaryText({ quizzes: { answered: 1, total: 1 }, forms: { filled: 2, total: 5 }, chats: { done: 0, total: 0 } })).toBe('小测已答 1/1 个，表格已填 2/5 张。');
    expect(summaryText({ quizzes: { answered: 0, total: 0 }, forms: { filled: 0, total: 0 }, chats: { done: 1, total: 1 } })).toBe('模拟实战已完成 1/1 个。');
    expect(summaryText({ quizzes: { answered: 0, total: 0 }, forms: { filled: 0, total: 0 }, chats: { done: 0, total: 0 } })).toBe('本课没有小测、表格或模拟实战，文件只记录你读过本课。');
  });
});

it('the lesson page carries the definitions without their texts, and they mark and count as the full ones do', async () => {
  const { questionsByIds } = await import('../../../src/data/questions/index.ts');
  const { forms } = await import('../../../src/data/forms/index.ts');
  const full = { ...lesson11, quizzes: lesson11.quizzes.map((q) => ({ ...q, questions: questionsByIds(q.questions.map((x) => x.id), 'test') })), forms: lesson11.forms.map((f) => forms[f.id]!) };
  const bytes = (x: unknown) => new TextEncoder().encode(JSON.stringify(x)).length;
  expect(bytes(lesson11)).toBeLessThan(bytes(full) / 2);
  expect(JSON.stringify(lesson11)).not.toContain(forms[form.id]!.instructions);
  for (const pick of [answerKey, emptyResponse]) {
    const saved: HandInSaved = { ...nothing, quizzes: { [quiz.id]: { responses: Object.fromEntries(full.quizzes.find((q) => q.id === quiz.id)!.questions.map((q) => [q.id, pick(q)])), attempts: [] } }, forms: { [form.id]: { name: '', className: '', cells: { [row.id]: { [column.id]: '有' } }, added: [] } } };
    expect(buildHandIn(lesson11, saved, student, at)).toEqual(buildHandIn(full, saved, student, at));
  }
});

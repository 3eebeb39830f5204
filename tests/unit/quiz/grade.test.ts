import { describe, expect, it } from 'vitest';
import { questionSchema, type QuestionInput } from '../../../src/schemas/question.ts';
import { answerKey, emptyResponse, grade, isAttempted, multipleRule, verdictText, type Response } from '../../../src/lib/quiz/index.ts';
import { allQuestions } from '../../../src/data/questions/index.ts';

const q = (input: QuestionInput) => questionSchema.parse(input);
const base = { prompt: '下面哪一项正确？', explanation: '因为如此。' };
const single = q({ ...base, id: 'm1.q.s', type: 'single', options: [{ id: 'a', text: '欢迎语' }, { id: 'b', text: '结束语', feedback: '结束语在最后说。' }], answer: 'a' });
const multiple = q({ ...base, id: 'm1.q.m', type: 'multiple', points: 2, options: [{ id: 'a', text: '甲' }, { id: 'b', text: '乙' }, { id: 'c', text: '丙', feedback: '丙不对' }, { id: 'd', text: '丁' }], answer: ['a', 'b'] });
const tf = q({ ...base, id: 'm1.q.t', type: 'truefalse', answer: false });
const blank = q({ ...base, id: 'm1.q.b', type: 'blank', prompt: '询单转化率 = {{x}} ÷ {{y}} × 100%', blanks: [{ id: 'x', accept: ['下单人数'] }, { id: 'y', accept: ['咨询人数', '询单人数'] }] });
const sevenDays = q({ ...base, id: 'm1.q.n', type: 'blank', prompt: '无理由退货期限为 {{d}} 天', blanks: [{ id: 'd', accept: ['7'], numerals: true }] });
const ordering = q({ ...base, id: 'm1.q.o', type: 'ordering', items: [{ id: 'a', text: '问候' }, { id: 'b', text: '询问需求' }, { id: 'c', text: '推荐' }, { id: 'd', text: '道别' }] });
const matching = q({ ...base, id: 'm1.q.x', type: 'matching', categories: [{ id: 'pre', text: '售前' }, { id: 'post', text: '售后' }], items: [{ id: 'a', text: '介绍商品', category: 'pre' }, { id: 'b', text: '退换货', category: 'post' }, { id: 'c', text: '处理差评', category: 'post' }, { id: 'd', text: '推荐尺码', category: 'pre' }] });
const short = q({ ...base, id: 'm1.q.sh', type: 'short', reference: '先道歉，再说明原因，最后给方案。', checklist: ['道歉', '说明原因', '给出方案'] });

describe('grade', () => {
  it.each<[string, typeof single, Response, number, string]>([
    ['single right', single, { type: 'single', choice: 'a' }, 1, 'correct'],
    ['single wrong', single, { type: 'single', choice: 'b' }, 0, 'incorrect'],
    ['multiple exact', multiple, { type: 'multiple', choices: ['a', 'b'] }, 1, 'correct'],
    ['multiple half', multiple, { type: 'multiple', choices: ['a'] }, 0.5, 'partial'],
    ['multiple one right one wrong', multiple, { type: 'multiple', choices: ['a', 'c'] }, 0, 'incorrect'],
    ['multiple all ticked', multiple, { type: 'multiple', choices: ['a', 'b', 'c', 'd'] }, 0, 'incorrect'],
    ['multiple duplicates count once', multiple, { type: 'multiple', choices: ['a', 'a'] }, 0.5, 'partial'],
    ['true/false right', tf, { type: 'truefalse', value: false }, 1, 'correct'],
    ['true/false wrong', tf, { type: 'truefalse', value: true }, 0, 'incorrect'],
    ['blanks both right, extra spaces and full-width', blank, { type: 'blank', values: { x: ' 下单人数 ', y: '询单人数' } }, 1, 'correct'],
    ['blanks one right', blank, { type: 'blank', values: { x: '下单人数', y: '访客数' } }, 0.5, 'partial'],
    ['numerals: 七 for 7', sevenDays, { type: 'blank', values: { d: '七' } }, 1, 'correct'],
    ['numerals: full-width digit', sevenDays, { type: 'blank', values: { d: '７' } }, 1, 'correct'],
    ['ordering right', ordering, { type: 'ordering', order: ['a', 'b', 'c', 'd'] }, 1, 'correct'],
    ['ordering two swapped', ordering, { type: 'ordering', order: ['a', 'c', 'b', 'd'] }, 0.5, 'partial'],
    ['matching all right', matching, { type: 'matching', placements: { a: 'pre', b: 'post', c: 'post', d: 'pre' } }, 1, 'correct'],
    ['matching three of four', matching, { type: 'matching', placements: { a: 'pre', b: 'post', c: 'pre', d: 'pre' } }, 0.75, 'partial'],
    ['short self-check two of three', short, { type: 'short', text: '先道歉再给方案', checked: [0, 2] }, 2 / 3, 'self'],
    ['short without text scores nothing', short, { type: 'short', text: '', checked: [0, 1, 2] }, 0, 'self'],
  ])('%s', (_, question, response, score, status) => {
    const g = grade(question, response);
    expect(g.score).toBeCloseTo(score);
    expect(g.status).toBe(status);
    expect(g.points).toBeCloseTo(score * question.points);
  });

  it('shows the feedback of each wrongly chosen option', () => {
    expect(grade(single, { type: 'single', choice: 'b' }).feedback).toEqual(['结束语在最后说。']);
    expect(grade(multiple, { type: 'multiple', choices: ['a', 'c'] }).feedback).toEqual(['丙不对']);
  });

  it('marks each part so the view can show ✓ and ✗', () => {
    expect(grade(blank, { type: 'blank', values: { x: '下单人数', y: '' } }).parts).toEqual({ x: true, y: false });
  });

  it('scores a response of another type as 0 instead of throwing', () => {
    expect(grade(single, { type: 'truefalse', value: true }).score).toBe(0);
  });

  it('states the partial-credit rule', () => {
    expect(multipleRule).toContain('每选错一项扣同样的分');
    expect(verdictText(grade(multiple, { type: 'multiple', choices: ['a'] }))).toBe('部分正确，得 1 / 2 分。可以再试一次，或查看答案。');
  });
});

describe('every question in every bank', () => {
  it('exists', () => expect(allQuestions.length).toBeGreaterThanOrEqual(25));

  describe.each(allQuestions.map((question) => [question.id, question] as const))('%s', (_, question) => {
    it('accepts its own answer key with full marks', () => {
      expect(grade(question, answerKey(question))).toMatchObject({ score: 1 });
    });
    it('gives a blank attempt no points', () => {
      const empty = emptyResponse(question);
      expect(isAttempted(empty)).toBe(false);
      expect(grade(question, empty).points).toBe(0);
    });
  });
});

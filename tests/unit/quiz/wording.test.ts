import { describe, expect, it } from 'vitest';
import { questionSchema, type QuestionInput } from '../../../src/schemas/question.ts';
import { describeKey, grade, plainPrompt, verdictText, type Grade, type Question } from '../../../src/lib/quiz/index.ts';

// What a learner reads after 检查答案, and the one-line key a teacher reads on the banks page and in a GIFT preview.
type Draft = QuestionInput extends infer T ? (T extends unknown ? Omit<T, 'prompt' | 'explanation'> & { prompt?: string } : never) : never;
const q = (input: Draft) => questionSchema.parse({ prompt: '下面哪一项正确？', explanation: '因为如此，所以这样。', ...input });
const options = [{ id: 'a', text: '欢迎语' }, { id: 'b', text: '结束语' }, { id: 'c', text: '以上都是' }];

describe('the verdict a learner reads', () => {
  const g = (status: Grade['status'], points: number, max: number): Grade => ({ status, points, max, score: points / max, parts: {}, feedback: [] });
  it.each<[Grade, string]>([
    [g('correct', 2, 2), '回答正确，得 2 分。'],
    [g('partial', 2 / 3, 2), '部分正确，得 0.67 / 2 分。可以再试一次，或查看答案。'],
    [g('incorrect', 0, 1), '回答不正确，再想想，或查看答案。'],
    [g('self', 1.5, 3), '自评得 1.5 / 3 分。'],
  ])('%j → %s', (grade, text) => {
    expect(verdictText(grade)).toBe(text);
  });

  it('never says “正确” for a wrong answer', () => {
    const single = q({ id: 'm9.q.word-single', type: 'single', options, answer: 'a' });
    expect(verdictText(grade(single, { type: 'single', choice: 'b' }))).not.toMatch(/^回答正确/);
  });
});

describe('the answer key a teacher reads', () => {
  it.each<[string, Question, string]>([
    ['single: the option’s text, not its ID', q({ id: 'm9.q.word-s', type: 'single', options, answer: 'b' }), '答案：结束语'],
    ['multiple: every right option', q({ id: 'm9.q.word-m', type: 'multiple', options, answer: ['a', 'b'] }), '答案：欢迎语；结束语'],
    ['true/false', q({ id: 'm9.q.word-t', type: 'truefalse', answer: false }), '答案：错误'],
    [
      'blanks: every accepted answer, blank by blank',
      q({ id: 'm9.q.word-b', type: 'blank', prompt: '询单转化率 = {{x}} ÷ {{y}}', blanks: [{ id: 'x', accept: ['下单人数'] }, { id: 'y', accept: ['咨询人数', '询单人数'] }] }),
      '答案：第 1 空 下单人数；第 2 空 咨询人数 / 询单人数',
    ],
    ['ordering: the right order', q({ id: 'm9.q.word-o', type: 'ordering', items: [{ id: 'a', text: '问候' }, { id: 'b', text: '询问' }, { id: 'c', text: '道别' }] }), '正确顺序：问候 → 询问 → 道别'],
    [
      'matching: each category with its items',
      q({ id: 'm9.q.word-x', type: 'matching', categories: [{ id: 'pre', text: '售前' }, { id: 'post', text: '售后' }], items: [{ id: 'a', text: '介绍商品', category: 'pre' }, { id: 'b', text: '退换货', category: 'post' }, { id: 'c', text: '推荐尺码', category: 'pre' }] }),
      '售前：介绍商品、推荐尺码；售后：退换货',
    ],
    ['short: the reference answer', q({ id: 'm9.q.word-sh', type: 'short', reference: '先道歉，再给方案。', checklist: ['道歉', '方案'] }), '参考答案：先道歉，再给方案。'],
  ])('%s', (_, question, text) => {
    expect(describeKey(question)).toBe(text);
  });

  it('shows a blank question’s prompt with underscores instead of markers', () => {
    const blank = q({ id: 'm9.q.word-p', type: 'blank', prompt: '无理由退货期限为 {{days}} 天，运费由{{who}}承担', blanks: [{ id: 'days', accept: ['7'] }, { id: 'who', accept: ['买家'] }] });
    expect(plainPrompt(blank)).toBe('无理由退货期限为 ______ 天，运费由______承担');
  });
});

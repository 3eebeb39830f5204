import { describe, expect, it } from 'vitest';
import { allQuestions } from '../../../src/data/questions/index.ts';
import { answerLines, blankLabel, choiceColumns, itemLabel, letter, paperQuestion, printedWidth, type PaperPiece } from '../../../src/lib/paper/question.ts';
import { sampleQuestions } from './fixtures.ts';

const text = (pieces: PaperPiece[]) => pieces.map((p) => ('text' in p ? p.text : `[${p.blank}]`)).join('');
const sample = (type: string) => sampleQuestions.find((q) => q.type === type)!;

describe.each([
  [0, 'A'],
  [3, 'D'],
  [5, 'F'],
])('letter(%i)', (i, l) => it(`is ${l}`, () => expect(letter(i)).toBe(l)));

describe.each([
  [1, '①'],
  [7, '⑦'],
  [20, '⑳'],
  [21, '(21)'],
])('blankLabel(%i)', (n, l) => it(`is ${l}`, () => expect(blankLabel(n)).toBe(l)));

describe.each([
  [['正确', '错误', '不一定', '以上都是'], 4],
  [['网络客服岗位的地位', '打字速度', '客单价'], 2],
  [['网络客服是顾客在购物过程中唯一能直接对话的人，代表着店铺的态度'], 1],
  [[], 4],
])('choiceColumns(%j)', (texts, columns) => it(`is ${columns}`, () => expect(choiceColumns(texts)).toBe(columns)));

describe('small helpers', () => {
  it.each([
    ['abc', 3],
    ['客服', 4],
    ['A. 售前', 7],
  ])('printedWidth(%s) = %i', (t, w) => expect(printedWidth(t)).toBe(w));
  it.each([
    [1, 4],
    [2, 6],
    [5, 10],
  ])('answerLines(%i) = %i', (p, n) => expect(answerLines(p)).toBe(n));
  it('labels items to classify (1), (2) …', () => expect([0, 1].map(itemLabel)).toEqual(['(1)', '(2)']));
});

describe('paperQuestion', () => {
  it('prints options A, B, C in the bank’s order and keys them by letter', () => {
    const q = paperQuestion(sample('single'), 1, 'ABCD12');
    expect(q.choices).toEqual([{ label: 'A', text: '结束语' }, { label: 'B', text: '欢迎语' }, { label: 'C', text: '催付语' }]);
    expect(q.key.answer).toBe('B');
    expect(q.bracket).toBe(true);
  });

  it('keeps every choice question of the banks in its canonical order, the key on the right options', () => {
    for (const bank of allQuestions) {
      if (bank.type !== 'single' && bank.type !== 'multiple') continue;
      const q = paperQuestion(bank, 1, 'K7M2QX');
      expect(q.choices.map((c) => c.text)).toEqual(bank.options.map((o) => o.text));
      const keys = bank.type === 'single' ? [bank.answer] : bank.answer;
      expect([...q.key.answer].map((l) => bank.options[l.charCodeAt(0) - 65]!.id).sort()).toEqual([...keys].sort());
    }
  });

  it('numbers several blanks ①, ② in reading order and lists the other accepted answers', () => {
    const q = paperQuestion(sample('blank'), 4, 'ABCD12');
    expect(text(q.prompt)).toBe('询单转化率 = [①] ÷ [②] × 100%');
    expect(q.blanks).toBe(2);
    expect(q.key.answer).toBe('① 下单人数（也可答：成交人数）；② 咨询人数');
  });

  it('leaves a lone blank unlabelled and lays out a blank table cell by cell', () => {
    const table = allQuestions.find((q) => q.id === 'm1.q.kpi-formulas')!;
    const q = paperQuestion(table, 1, 'ABCD12');
    expect(q.table!.columns).toEqual(['考核指标', '计算公式']);
    expect(q.table!.rows[0]!.map(text)).toEqual(['询单转化率', '[①] ÷ [②] × 100%']);
    const lone = paperQuestion({ ...sample('blank'), prompt: '客服要做到{{num}}。', blanks: [{ id: 'num', accept: ['热情'], numerals: false, contains: false }] } as typeof sampleQuestions[number], 1, 'ABCD12');
    expect(text(lone.prompt)).toBe('客服要做到[]。');
    expect(lone.key.answer).toBe('热情');
  });

  it('shuffles the items of every ordering question by the code, never in the answer’s order, and keys the letters', () => {
    for (const bank of allQuestions) {
      if (bank.type !== 'ordering') continue;
      const q = paperQuestion(bank, 1, 'K7M2QX');
      expect(q.choices.map((c) => c.text)).not.toEqual(bank.items.map((i) => i.text));
      const order = q.key.inline.map((l) => q.choices.find((c) => c.label === l)!.text);
      expect(order).toEqual(bank.items.map((i) => i.text));
      expect(q.key.answer).toBe(q.key.inline.join(' → '));
      expect(q.orderBoxes).toBe(bank.items.length);
      expect(paperQuestion(bank, 9, 'K7M2QX').choices).toEqual(q.choices);
    }
  });

  it('prints classes A, B in the bank’s order and the items to classify shuffled, with each item’s class as its key', () => {
    const bank = sample('matching');
    if (bank.type !== 'matching') throw new Error('matching sample');
    const q = paperQuestion(bank, 6, 'ABCD12');
    expect(q.categories).toEqual([{ label: 'A', text: '售前' }, { label: 'B', text: '售后' }]);
    expect(q.choices.map((c) => c.text)).not.toEqual(bank.items.map((i) => i.text));
    q.choices.forEach((c, i) => expect(q.key.inline[i]).toBe(bank.items.find((it) => it.text === c.text)!.category === 'pre' ? 'A' : 'B'));
    expect(q.key.answer).toBe(q.key.inline.map((c, i) => `(${i + 1}) ${c}`).join('　'));
  });

  it('leaves ruled lines for a short answer and keeps its reference and checklist for the teacher', () => {
    const q = paperQuestion(sample('short'), 7, 'ABCD12');
    expect(q.lines).toBe(6);
    expect(q.key).toMatchObject({ answer: '', reference: '解答咨询，促成交易。', checklist: ['解答咨询', '促成交易'] });
  });
});

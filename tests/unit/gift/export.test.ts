import { parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { toGift } from '../../../src/lib/gift/index.ts';
import { q, supported, unsupported } from './fixtures.ts';

describe('the exported GIFT file', () => {
  const { text } = toGift(Object.values(supported), { category: '$course$/电子商务客户服务/模块一' });

  it('has a stable format', () => {
    expect(text).toMatchInlineSnapshot(`
      "// 《电子商务客户服务》题库 · GIFT 格式：在 Moodle 的“题库 → 导入”中选择“GIFT 格式”即可导入。

      $CATEGORY: $course$/电子商务客户服务/模块一

      // [tag:m1.know.kpi]
      ::m1.q.first-reply::顾客进店咨询后，客服首次响应时间一般要求在多少秒以内？{
      	=10 秒#对：多数店铺以 10 秒为考核线。
      	~60 秒#太慢了，顾客可能已经离开。
      	~5 分钟
      	####首次响应时间直接影响询单转化率，平台考核一般以 10 秒为线。
      }

      ::m2.q.pre-sale::以下哪些属于售前客服的工作？{
      	~%33.33333%解答商品咨询
      	~%33.33333%处理议价#议价发生在下单前，属于售前。
      	~%-33.33333%办理退货#退货属于售后。
      	~%33.33333%催付
      	####售前客服负责成交前的一切沟通：咨询、议价、催付。
      }

      ::m3.q.seven-days::所有商品都适用“七天无理由退货”。{FALSE####定制商品、鲜活易腐商品等不适用七天无理由退货。}

      ::m1.q.conversion::询单转化率 \\= {=下单人数 =成交人数####询单转化率衡量客服把咨询变成订单的能力。} ÷ 询单人数 × 100%。

      ::m1.q.hiring-line::客服岗位招聘常见的打字速度要求是每分钟多少字？{=60 =60字####60 字/分是常见的招聘线，80 字/分以上为优秀。}

      ::m4.q.stages::把下列工作归入对应的服务阶段。{
      	=解答尺码咨询 -> 售前
      	=处理退换货 -> 售后
      	=议价 -> 售前
      	=修改收货地址 -> 售中
      	####以下单和收货为界划分售前、售中、售后。
      }

      ::m5.q.bad-review::顾客给了差评，客服应该如何回复？{####【参考答案】\\n先真诚致歉，再说明原因，最后给出补救方案。\\n语气要诚恳，不与顾客争辩。\\n【评分要点】\\n- 真诚致歉\\n- 说明原因\\n- 给出补救方案\\n【解析】\\n回复差评是给以后的顾客看的，态度比辩解更重要。}
      "
    `);
  });

  it('reads the same in an independent GIFT parser (gift-pegjs)', () => {
    const read = parse(text).filter((item) => item.type !== 'Category');
    expect(read.map((item) => [item.type, item.title])).toEqual([
      ['MC', 'm1.q.first-reply'],
      ['MC', 'm2.q.pre-sale'],
      ['TF', 'm3.q.seven-days'],
      ['Short', 'm1.q.conversion'],
      ['Short', 'm1.q.hiring-line'],
      ['Matching', 'm4.q.stages'],
      ['Essay', 'm5.q.bad-review'],
    ]);
    const [single, multiple, tf, blank, , matching] = read as never as Record<string, never>[];
    expect((single!.choices as { isCorrect: boolean; text: { text: string } }[]).filter((c) => c.isCorrect).map((c) => c.text.text)).toEqual(['10 秒']);
    expect((multiple!.choices as { weight: number }[]).map((c) => c.weight)).toEqual([33.33333, 33.33333, -33.33333, 33.33333]);
    expect(tf!.isTrue).toBe(false);
    expect(blank!.stem).toEqual({ format: 'moodle', text: '询单转化率 = _____ ÷ 询单人数 × 100%。' });
    expect((matching!.matchPairs as { subanswer: string }[]).map((p) => p.subanswer)).toEqual(['售前', '售后', '售前', '售中']);
  });
});

describe.each(unsupported)('skipping %s', (_name, question, word) => {
  const { text, skipped } = toGift([supported.single, question]);

  it('lists the question with a Chinese reason', () => {
    expect(skipped).toEqual([{ id: question.id, reason: expect.stringContaining(word) }]);
    expect(skipped[0]!.reason).toMatch(/已跳过。$/);
  });

  it('leaves it out of the file but keeps the others', () => {
    expect(text).not.toContain(question.id);
    expect(text).toContain(supported.single.id);
  });
});

describe.each([
  [2, 4, '50'],
  [3, 5, '33.33333'],
  [4, 6, '25'],
  [6, 8, '16.66667'],
  [7, 9, '14.28571'],
  [9, 10, '11.11111'],
  [10, 12, '10'],
])('multiple choice with %i correct of %i options', (k, n, percent) => {
  const question = q({
    ...supported.multiple,
    options: Array.from({ length: n }, (_, i) => ({ id: `o${i}`, text: `选项${i}` })),
    answer: Array.from({ length: k }, (_, i) => `o${i}`),
  });
  const { text } = toGift([question]);

  it(`weights correct options ${percent}% and wrong ones -${percent}%`, () => {
    expect(text.match(new RegExp(`~%${percent}%`, 'g'))).toHaveLength(k);
    expect(text.match(new RegExp(`~%-${percent}%`, 'g'))).toHaveLength(n - k);
  });
});

it('skips a multiple choice whose share per option Moodle cannot store', () => {
  const question = q({
    ...supported.multiple,
    options: Array.from({ length: 12 }, (_, i) => ({ id: `o${i}`, text: `选项${i}` })),
    answer: Array.from({ length: 11 }, (_, i) => `o${i}`),
  });
  expect(toGift([question]).skipped).toEqual([{ id: question.id, reason: expect.stringContaining('11 个正确选项') }]);
});

describe.each([
  ['a prompt with <', { ...supported.truefalse, prompt: '价格 <100 元的商品包邮。' }, true],
  ['an option with &', { ...supported.single, options: [{ id: 'a', text: '售前 & 售后' }, { id: 'b', text: '售中' }] }, true],
  ['plain Chinese text', supported.truefalse, false],
])('text format for %s', (_name, question, plain) => {
  it(plain ? 'is marked [plain] so Moodle shows it as text' : 'is left as Moodle’s default', () => {
    expect(toGift([q(question)]).text.includes(`::${question.id}::[plain]`)).toBe(plain);
  });
});

describe.each([
  ['points other than 1', q({ ...supported.truefalse, points: 2 }), '本题分值为 2 分'],
  ['a matching question with only two answers', q({
    ...supported.matching,
    categories: [{ id: 'x', text: '售前' }, { id: 'y', text: '售后' }],
    items: [{ id: 'a', text: '议价', category: 'x' }, { id: 'b', text: '退货', category: 'y' }],
  }), '至少 3 个答案'],
  ['matching feedback', q({
    ...supported.matching,
    items: supported.matching.items.map((i) => ({ ...i, feedback: '想想下单时间' })),
  }), '反馈无法用 GIFT 表示'],
  ['a blank that accepts Chinese numerals', q({ ...supported.blankEnd, blanks: [{ id: 'speed', accept: ['六十'], numerals: true }] }), '判分规则无法用 GIFT 表示'],
])('a comment warns about %s', (_name, question, words) => {
  it('above the question, where Moodle ignores it', () => {
    const { text, skipped } = toGift([question]);
    expect(skipped).toEqual([]);
    const lines = text.split('\n');
    const note = lines.findIndex((l) => l.startsWith('// 提示：') && l.includes(words));
    expect(note).toBeGreaterThan(0);
    expect(lines[note + 1]).toMatch(/^(\/\/|::)/);
  });
});

describe.each([
  ['a category no item uses becomes a distractor', q({
    ...supported.matching,
    categories: [{ id: 'x', text: '售前' }, { id: 'y', text: '售后' }, { id: 'z', text: '物流' }],
    items: [{ id: 'a', text: '议价', category: 'x' }, { id: 'b', text: '退货', category: 'y' }],
  }), '\t= -> 物流'],
  ['an asterisk in a blank answer is literal for Moodle', q({ ...supported.blankEnd, blanks: [{ id: 'speed', accept: ['6*10'] }] }), '{=6\\*10'],
  ['an answer that looks like a weight gets an explicit one', q({ ...supported.blankEnd, blanks: [{ id: 'speed', accept: ['%50%'] }] }), '{=%100%%50%'],
  ['a wrong option that looks like a weight gets 0%', q({ ...supported.single, options: [{ id: 'a', text: '对' }, { id: 'b', text: '%50% 折扣' }] }), '\t~%0%%50% 折扣'],
  ['a line break is written \\n', q({ ...supported.truefalse, prompt: '第一行\n第二行' }), '第一行\\n第二行'],
  ['a colon is escaped as Moodle does', q({ ...supported.truefalse, prompt: '时间 12:30 之后下单的订单次日发货。' }), '12\\:30'],
])('export detail: %s', (_name, question, fragment) => {
  it('appears in the file', () => {
    expect(toGift([question]).text).toContain(fragment);
  });
});

it('leaves two same-named categories out, since GIFT tells categories apart by name', () => {
  const question = q({
    ...supported.matching,
    categories: [{ id: 'x', text: '售前' }, { id: 'y', text: '售前' }],
    items: [{ id: 'a', text: '议价', category: 'x' }, { id: 'b', text: '咨询', category: 'y' }],
  });
  expect(toGift([question]).skipped).toEqual([{ id: question.id, reason: expect.stringContaining('同名类别') }]);
});

it('writes only the header for an empty bank', () => {
  const { text, skipped } = toGift([]);
  expect(text.trim().split('\n')).toHaveLength(1);
  expect(text.startsWith('//')).toBe(true);
  expect(skipped).toEqual([]);
});

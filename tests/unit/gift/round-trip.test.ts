import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromGift, toGift } from '../../../src/lib/gift/index.ts';
import { questionSchema, type Question } from '../../../src/schemas/question.ts';
import { q, supported } from './fixtures.ts';
import { meaning } from './meaning.ts';

/** Export one question, import it back into the same module. */
function roundTrip(question: Question, module = Number(/^m(\d+)/.exec(question.id)![1])) {
  const exported = toGift([question]);
  return { exported, imported: fromGift(exported.text, { module }) };
}

describe.each(Object.entries(supported))('round trip of %s', (_name, question) => {
  const { exported, imported } = roundTrip(question);

  it('exports the question and imports it back without issues', () => {
    expect(exported.skipped).toEqual([]);
    expect(imported.issues).toEqual([]);
    expect(imported.questions).toHaveLength(1);
  });

  it('keeps prompt, options, answer, feedback and explanation', () => {
    expect(meaning(imported.questions[0]!)).toEqual(meaning(question));
  });

  it('keeps the question ID when imported into the same module', () => {
    expect(imported.questions[0]!.id).toBe(question.id);
  });
});

const special = '= ~ # { } : \\ 以及 ->、%50%、[html]、\\n';

describe.each([
  ['Chinese prompt with every reserved character', { prompt: `等号=波浪号~井号#左括号{右括号}冒号：英文冒号:反斜杠\\ 结束` }],
  ['Latin prompt with every reserved character', { prompt: 'a=b, x~y, #1, {set}, 12:30, C:\\temp' }],
  ['prompt on two lines', { prompt: '第一行：说明情况\n第二行：请选择' }],
  ['prompt that looks like a format tag', { prompt: '[html]<b>不是 HTML</b>' }],
  ['HTML-like text stays text', { prompt: '价格 <100 元 & 包邮的商品有哪些？' }],
  ['explanation with specials', { explanation: `总体反馈里也有 ${special}` }],
  ['prompt starting with a title marker', { prompt: '::不是标题:: 而是题干' }],
  ['prompt starting with a comment marker', { prompt: '// 不是注释，而是题干' }],
  ['prompt starting with $CATEGORY', { prompt: '$CATEGORY: 不是分类' }],
])('escaping: %s', (_name, patch) => {
  it.each(Object.entries(supported))('survives in a %s question', (_type, question) => {
    const patched = questionSchema.parse({
      ...question,
      ...patch,
      // A blank's prompt must keep its marker.
      ...(question.type === 'blank' && 'prompt' in patch ? { prompt: `${patch.prompt}（{{${question.blanks[0]!.id}}}）` } : {}),
    });
    const { imported } = roundTrip(patched);
    expect(imported.issues).toEqual([]);
    expect(meaning(imported.questions[0]!)).toEqual(meaning(patched));
  });
});

describe.each([
  ['options', q({
    ...supported.single,
    options: [
      { id: 'a', text: '=等号开头', feedback: '反馈里有 # 和 ~' },
      { id: 'b', text: '~波浪号开头' },
      { id: 'c', text: '%50% 像分值的文字', feedback: '{花括号}' },
      { id: 'd', text: '#井号开头' },
      { id: 'e', text: '[markdown] 像格式标记' },
      { id: 'f', text: 'a -> b' },
    ],
    answer: 'c',
  })],
  ['multiple-choice weights look-alikes', q({
    ...supported.multiple,
    options: [
      { id: 'a', text: '%-50%减半' },
      { id: 'b', text: '%100%全对' },
      { id: 'c', text: '普通选项：冒号' },
    ],
    answer: ['a', 'b'],
  })],
  ['blank answers', q({
    ...supported.blankMiddle,
    blanks: [{ id: 'b1', accept: ['a=b', '1:2', '%50%', '星号*不是通配符', 'C:\\路径\\*', '[plain]格式'] }],
  })],
  ['matching texts', q({
    ...supported.matching,
    categories: [{ id: 'x', text: '类别 -> 含箭头' }, { id: 'y', text: '类别=等号' }],
    items: [{ id: 'a', text: '项目#1', category: 'x' }, { id: 'b', text: '项目{2}', category: 'y' }, { id: 'c', text: '项目~3', category: 'y' }],
  })],
  ['short answer sections', q({
    ...supported.short,
    reference: '- 以连字符开头的参考答案行\n#### 不是总体反馈',
    checklist: ['- 以连字符开头的要点', '要点=等号', '多行要点\n第二行'],
  })],
])('escaping in %s', (_name, question) => {
  it('round-trips exactly', () => {
    const { exported, imported } = roundTrip(question);
    expect(exported.skipped).toEqual([]);
    expect(imported.issues).toEqual([]);
    expect(meaning(imported.questions[0]!)).toEqual(meaning(question));
  });
});

describe('round trip of random questions', () => {
  const unit = fc.constantFrom(...'客服售前售后退货议价订单顾客满意', ...'abXY09', ...'=~#{}:\\%-[]*<&', ' ', '　', '\n');
  const text = (min: number, max = 24, chars = unit) =>
    fc.string({ unit: chars, minLength: min, maxLength: max }).filter((s) => s.trim() === s && s.length >= min);
  const oneLine = (min: number) => fc.string({ unit: fc.constantFrom(...'客服订单ab9=~#{}:%-*', ' '), minLength: min, maxLength: 12 }).filter((s) => s.trim() === s && s.length >= min);
  const base = (n: number) => ({ id: fc.constant(`m${n}.q.random`), prompt: text(4), explanation: text(4), requirements: fc.subarray(['m1.know.kpi', 'm2.skill.chat']) });
  const options = (min: number) => fc.uniqueArray(fc.record({ text: text(1), feedback: fc.option(text(1), { nil: undefined }) }), { minLength: min, maxLength: 6, selector: (o) => o.text });
  const withIds = (opts: { text: string; feedback?: string }[]) => opts.map((o, i) => ({ id: `o${i}`, text: o.text, ...(o.feedback ? { feedback: o.feedback } : {}) }));
  // Blank prompts and matching items avoid braces and `>` (a `{{x}}` or `->` in them means something else).
  const plain = fc.constantFrom(...'客服订单顾客ab9=~#:%*', ' ');
  const question = fc.oneof(
    fc.record({ ...base(1), type: fc.constant('single' as const), options: options(2), pick: fc.nat() })
      .map(({ pick, options: o, ...rest }) => ({ ...rest, options: withIds(o), answer: `o${pick % o.length}` })),
    fc.record({ ...base(2), type: fc.constant('multiple' as const), options: options(3), k: fc.nat() })
      .map(({ k, options: o, ...rest }) => ({ ...rest, options: withIds(o), answer: o.slice(0, 2 + (k % (o.length - 2))).map((_, i) => `o${i}`) })),
    fc.record({ ...base(3), type: fc.constant('truefalse' as const), answer: fc.boolean() }),
    fc.record({ ...base(4), type: fc.constant('blank' as const), before: fc.string({ unit: plain, maxLength: 10 }), after: fc.string({ unit: plain, maxLength: 10 }), accept: fc.uniqueArray(oneLine(1), { minLength: 1, maxLength: 3 }) })
      .filter(({ before, after }) => before.trimStart() === before && after.trimEnd() === after)
      .map(({ before, after, accept, prompt: _p, ...rest }) => ({ ...rest, prompt: `${before}{{b1}}${after}`, blanks: [{ id: 'b1', accept }] })),
    fc.record({ ...base(5), type: fc.constant('matching' as const), cats: fc.uniqueArray(oneLine(1), { minLength: 2, maxLength: 4 }), items: fc.uniqueArray(fc.record({ text: text(1, 12, plain), c: fc.nat() }), { minLength: 2, maxLength: 5, selector: (i) => i.text }) })
      .map(({ cats, items, ...rest }) => ({ ...rest, categories: cats.map((t, i) => ({ id: `c${i}`, text: t })), items: items.map((it, i) => ({ id: `i${i}`, text: it.text, category: `c${it.c % cats.length}` })) })),
    fc.record({ ...base(6), type: fc.constant('short' as const), reference: text(4), checklist: fc.array(oneLine(2), { minLength: 2, maxLength: 4 }) }),
  );

  it('gives back a question equal in meaning, with no issues', () => {
    fc.assert(
      fc.property(question, (input) => {
        const parsed = questionSchema.safeParse(input);
        fc.pre(parsed.success);
        const original = parsed.data!;
        const { exported, imported } = roundTrip(original);
        expect(exported.skipped).toEqual([]);
        expect(imported.issues).toEqual([]);
        expect(meaning(imported.questions[0]!)).toEqual(meaning(original));
      }),
      { numRuns: 400 },
    );
  });
});

describe('importing into another module', () => {
  it('keeps the slug and takes the new module number', () => {
    const { imported } = roundTrip(supported.single, 7);
    expect(imported.questions[0]!.id).toBe('m7.q.first-reply');
  });
});

describe('a bank that went through Moodle', () => {
  // What Moodle's own GIFT export writes after importing our file (qformat_gift::writequestion):
  // a comment per question, short answers with explicit weights and the blank as `_____`.
  const moodle = [
    '// question: 101  name: m1.q.first-reply',
    '// [tag:m1.know.kpi]',
    '::m1.q.first-reply::顾客进店咨询后，客服首次响应时间一般要求在多少秒以内？{',
    '\t=10 秒#对：多数店铺以 10 秒为考核线。',
    '\t~60 秒#太慢了，顾客可能已经离开。',
    '\t~5 分钟',
    '\t####首次响应时间直接影响询单转化率，平台考核一般以 10 秒为线。',
    '}',
    '',
    '// question: 102  name: m2.q.pre-sale',
    '::m2.q.pre-sale::以下哪些属于售前客服的工作？{',
    '\t~%33.33333%解答商品咨询',
    '\t~%33.33333%处理议价#议价发生在下单前，属于售前。',
    '\t~%-33.33333%办理退货#退货属于售后。',
    '\t~%33.33333%催付',
    '\t####售前客服负责成交前的一切沟通：咨询、议价、催付。',
    '}',
    '',
    '// question: 103  name: m1.q.conversion',
    '::m1.q.conversion::询单转化率 \\= _____ ÷ 询单人数 × 100%。{',
    '\t=%100%下单人数#',
    '\t=%100%成交人数#',
    '\t####询单转化率衡量客服把咨询变成订单的能力。',
    '}',
  ].join('\n');

  it('comes back equal in meaning, blank in place', () => {
    const back = fromGift(moodle, { module: 1 });
    expect(back.issues).toEqual([]);
    expect(back.questions.map(meaning)).toEqual([supported.single, { ...supported.multiple, id: 'm1.q.pre-sale' }, supported.blankMiddle].map(meaning));
  });
});

import { describe, expect, it } from 'vitest';
import { checkSamples, evaluate, loadToSimplified, matchesAccepted, type RuleSet } from '../../../src/lib/answer/index.ts';

const toSimplified = await loadToSimplified();

/** 顾客：“这件衣服不合适，可以退吗？” — how a learner answers a return question. */
const returnQuestion: RuleSet = {
  numerals: true,
  groups: [
    {
      id: 'brush-off',
      when: [{ containsAny: ['不知道', '不清楚', '自己看'] }],
      feedback: '不要用“不知道”“自己看”回应顾客，应主动查询并给出答复。',
      points: 0,
      correctness: 'incorrect',
      misconception: '推卸责任',
      mood: -2,
    },
    {
      id: 'refuses',
      when: [{ containsAny: ['不可以退', '不能退', '不支持', '不给退', '不退'] }],
      feedback: '该商品支持七天无理由退货，不能拒绝顾客的合理退货要求。',
      points: 0,
      correctness: 'incorrect',
      misconception: '把“七天无理由”说成“不能退”',
      mood: -1,
    },
    {
      id: 'full',
      when: [{ containsAll: ['七天无理由', ['退货', '退换']] }, { containsAny: ['亲', '您'] }],
      feedback: '很好：称呼得体，说明了七天无理由退货。',
      points: 2,
      correctness: 'correct',
      next: 'ask-order',
      mood: 1,
    },
    {
      id: 'no-greeting',
      when: [{ containsAll: ['七天无理由', ['退货', '退换']] }],
      feedback: '政策说对了，记得称呼顾客“亲”或“您”。',
      points: 1,
      correctness: 'partial',
      next: 'ask-order',
    },
    {
      id: 'vague-yes',
      when: [{ containsAny: ['可以退', '能退', '支持退'] }],
      feedback: '可以退，但要说明依据：七天无理由退货。',
      points: 1,
      correctness: 'partial',
    },
  ],
  fallback: { id: 'other', feedback: '没有回答能否退货，请直接回应顾客的问题。', points: 0, correctness: 'incorrect', mood: -1 },
};

/** 顾客：“你们的是正品吗？” — absolute claims are against the advertising law. */
const genuineQuestion: RuleSet = {
  groups: [
    {
      id: 'absolute',
      when: [{ containsAny: ['绝对正品', '百分百正品', '100%正品'] }],
      feedback: '“绝对”“百分百”属于绝对化用语，应避免。',
      points: 0,
      correctness: 'incorrect',
      misconception: '使用绝对化用语',
    },
    {
      id: 'good',
      when: [{ containsAny: ['正品'] }, { containsAny: ['授权', '发票', '专柜', '假一赔'] }, { notContains: ['应该是吧', '不知道'] }],
      feedback: '说明了正品依据，令人信服。',
      points: 2,
      correctness: 'correct',
    },
    { id: 'bare', when: [{ containsAny: ['正品'] }], feedback: '请说明正品的依据（授权、发票等）。', points: 1, correctness: 'partial' },
  ],
  fallback: { id: 'other', feedback: '请正面回答是否为正品。', points: 0, correctness: 'incorrect' },
};

describe('evaluate: first group whose rules all hold wins', () => {
  it.each<[string, string, string]>([
    ['亲，支持七天无理由退货哦😊', 'full', 'correct reply'],
    ['亲，支持7天无理由退货哦', 'full', 'digits for numerals'],
    ['亲，支持７天无理由退货哦', 'full', 'full-width digit'],
    ['親，支持七天無理由退貨哦', 'full', 'Traditional input'],
    ['您好，本店商品均支持七天无理由退换', 'full', 'synonym 退换 and 您'],
    ['非常抱歉亲，支持七天无理由退货', 'full', '非常 does not negate'],
    ['亲，七天无理由退货，不影响二次销售就可以', 'full', '不 elsewhere does not negate the keywords'],
    ['支持七天无理由退货', 'no-greeting', 'no greeting'],
    ['亲，不可以退货哦', 'refuses', 'negation trap'],
    ['亲，这款不支持七天无理由退货', 'refuses', 'negated policy'],
    ['不能退', 'refuses', 'short refusal'],
    ['可以退的亲', 'vague-yes', 'yes without the policy'],
    ['这个我也不知道，您自己看详情页吧', 'brush-off', 'forbidden phrase'],
    ['这个我不清楚哦', 'brush-off', 'forbidden phrase starting with a negator'],
    ['亲，在的', 'other', 'does not answer'],
    ['', 'other', 'empty reply'],
    ['     ', 'other', 'spaces only'],
    ['😊😊😊', 'other', 'emoji only'],
  ])('%s → %s (%s)', (reply, expected) => {
    expect(evaluate(returnQuestion, reply, { toSimplified }).group.id).toBe(expected);
  });

  it.each<[string, string]>([
    ['亲，我们是品牌授权的正品，支持开具发票', 'good'],
    ['亲，绝对正品，放心购买', 'absolute'],
    ['100%正品哦亲', 'absolute'],
    ['正品，应该是吧', 'bare'],
    ['是正品的亲', 'bare'],
    ['不是正品', 'other'],
    ['非正品假一赔十', 'other'],
    ['我们有授权，不是绝对正品那种说法，是专柜正品', 'good'],
  ])('genuine question: %s → %s', (reply, expected) => {
    expect(evaluate(genuineQuestion, reply).group.id).toBe(expected);
  });

  it('returns the group without its rules, with misconception, next state and mood', () => {
    expect(evaluate(returnQuestion, '亲，不可以退货哦').group).toEqual({
      id: 'refuses',
      feedback: '该商品支持七天无理由退货，不能拒绝顾客的合理退货要求。',
      points: 0,
      correctness: 'incorrect',
      misconception: '把“七天无理由”说成“不能退”',
      mood: -1,
    });
    expect(evaluate(returnQuestion, '您好，支持七天无理由退货').group).toMatchObject({ next: 'ask-order', mood: 1, points: 2 });
  });

  it('reports where in the raw reply the winning rules matched, for highlighting', () => {
    const raw = '亲😊，支持７天無理由退貨哦';
    const verdict = evaluate(returnQuestion, raw, { toSimplified });
    expect(verdict.matches.map((m) => [m.term, raw.slice(m.start, m.end)])).toEqual([
      ['亲', '亲'],
      ['七天无理由', '７天無理由'],
      ['退货', '退貨'],
    ]);
    expect(verdict.normalised.raw).toBe(raw);
  });

  it('has no matches for the fallback', () => {
    expect(evaluate(returnQuestion, '在的').matches).toEqual([]);
  });

  it('judges a 10,000-character reply correctly', () => {
    const filler = '亲您好欢迎光临本店'.repeat(1200);
    const long = `${filler.slice(0, 9980)}支持七天无理由退货哦`;
    expect(long.length).toBeGreaterThanOrEqual(9990);
    expect(evaluate(returnQuestion, long, { toSimplified }).group.id).toBe('full');
    expect(evaluate(returnQuestion, `${filler.slice(0, 9990)}不可以退货`).group.id).toBe('refuses');
    expect(evaluate({ ...returnQuestion, groups: [{ ...returnQuestion.groups[2]!, when: [{ fuzzy: ['七天无理由退货'] }] }] }, long).group.id).toBe('full');
  });

  it('treats a group without rules as always holding', () => {
    const set: RuleSet = { groups: [{ id: 'any', when: [], feedback: '收到', points: 0, correctness: 'partial' }], fallback: returnQuestion.fallback };
    expect(evaluate(set, '').group.id).toBe('any');
  });

  it('lists samples that land in the wrong group', () => {
    const set: RuleSet = {
      ...returnQuestion,
      samples: [
        { reply: '亲，支持七天无理由退货', expect: 'full' },
        { reply: '不可以退货', expect: 'vague-yes' },
      ],
    };
    expect(checkSamples(set)).toEqual([{ reply: '不可以退货', expected: 'vague-yes', actual: 'refuses' }]);
  });
});

describe('matchesAccepted (fill-in blanks)', () => {
  it.each<[string, string, string[], { numerals?: boolean; contains?: boolean }?, boolean?]>([
    ['exact', '询单转化率', ['询单转化率'], {}, true],
    ['another accepted answer', '成交人数', ['下单人数', '成交人数'], {}, true],
    ['spaces and punctuation ignored', ' 询单 转化率。', ['询单转化率'], {}, true],
    ['Latin case ignored', 'dsr', ['DSR'], {}, true],
    ['full-width Latin', 'ＤＳＲ', ['DSR'], {}, true],
    ['wrong answer', '客单价', ['询单转化率'], {}, false],
    ['longer answer without contains', 'A. 售前', ['售前'], {}, false],
    ['longer answer with contains', 'A. 售前', ['售前'], { contains: true }, true],
    ['negated answer with contains', '不是售前', ['售前'], { contains: true }, false],
    ['numerals off', '7天', ['七天'], {}, false],
    ['numerals on', '7天', ['七天'], { numerals: true }, true],
    ['numerals on, digits accepted', '十五', ['15'], { numerals: true }, true],
    ['empty answer', '', ['售前'], {}, false],
    ['punctuation-only answer', '。。', ['售前'], {}, false],
    ['decimal point matters', '25', ['2.5'], {}, false],
  ])('%s', (_name, answer, accepted, options, expected) => {
    expect(matchesAccepted(answer, accepted, options)).toBe(expected);
  });

  it('accepts Traditional answers when the converter is given', () => {
    expect(matchesAccepted('運費險', ['运费险'])).toBe(false);
    expect(matchesAccepted('運費險', ['运费险'], { toSimplified })).toBe(true);
  });
});

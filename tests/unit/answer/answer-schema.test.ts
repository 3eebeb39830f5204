import { describe, expect, it } from 'vitest';
import { evaluate, type RuleSet } from '../../../src/lib/answer/index.ts';
import { ruleSchema, ruleSetSchema, type RuleSetInput } from '../../../src/schemas/answer.ts';

const valid: RuleSetInput = {
  numerals: true,
  groups: [
    { id: 'refuses', when: [{ containsAny: ['不可以退', '不能退'] }], feedback: '该商品支持七天无理由退货。', points: 0, correctness: 'incorrect', misconception: '把“七天无理由”说成“不能退”', mood: -1 },
    { id: 'full', when: [{ containsAll: ['七天无理由', ['退货', '退换']] }, { startsWith: ['亲', '您好'] }], feedback: '很好。', points: 2, correctness: 'correct', next: 'ask-order' },
    { id: 'long-enough', when: [{ lengthBetween: [4, 200] }, { fuzzy: ['七天无理由'] }, { regex: '退(货|换)' }, { notContains: ['不知道'] }], feedback: '基本正确。', points: 1, correctness: 'partial' },
  ],
  fallback: { id: 'other', feedback: '请直接回答能否退货。', points: 0, correctness: 'incorrect' },
  samples: [
    { reply: '亲，支持7天无理由退货哦', expect: 'full' },
    { reply: '不可以退货', expect: 'refuses' },
    { reply: '支持七天无理由退换', expect: 'long-enough' },
    { reply: '在的', expect: 'other' },
  ],
};

/** Messages of a failed parse ('' when it passes). */
function messages(data: unknown, schema: { safeParse: (d: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } } = ruleSetSchema): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const withGroup = (patch: object): RuleSetInput => ({ ...valid, samples: [], groups: [{ ...valid.groups[0]!, ...patch }] });

describe('ruleSetSchema', () => {
  it('accepts a complete rule set whose samples land where expected, and the engine takes the result', () => {
    const parsed = ruleSetSchema.parse(valid);
    const ruleSet: RuleSet = parsed;
    expect(evaluate(ruleSet, '您好，七天无理由退货').group.id).toBe('full');
  });

  it('defaults numerals to off and samples to none', () => {
    const { numerals: _n, samples: _s, ...rest } = valid;
    expect(ruleSetSchema.parse(rest)).toMatchObject({ numerals: false, samples: [] });
  });

  it.each<[string, unknown, string[]]>([
    ['regex that does not compile', withGroup({ when: [{ regex: '退(货' }] }), ['groups.0.when.0.regex: 正则表达式 /退(货/ 无法编译，请检查括号和转义']],
    ['meaningless regex flag', withGroup({ when: [{ regex: '退货', flags: 'g' }] }), ['groups.0.when.0.flags: 正则标志只能用 d、i、m、s、u、v（g、y 无意义）']],
    ['fuzzy term too short', withGroup({ when: [{ fuzzy: ['运费险'] }] }), ['groups.0.when.0.fuzzy.0: 模糊匹配的关键词 “运费险” 不足 4 个字，请改用 containsAny 精确匹配']],
    ['lengthBetween reversed', withGroup({ when: [{ lengthBetween: [10, 2] }] }), ['groups.0.when.0.lengthBetween: lengthBetween 的最小值大于最大值：[10,2]']],
    ['negative length', withGroup({ when: [{ lengthBetween: [-1, 2] }] }), ['groups.0.when.0.lengthBetween.0: 长度不能为负数']],
    ['empty term list', withGroup({ when: [{ containsAny: [] }] }), ['groups.0.when.0.containsAny: 关键词列表不能为空']],
    ['empty synonym group', withGroup({ when: [{ containsAll: ['退货', []] }] }), ['groups.0.when.0.containsAll.1: 同义词组不能为空']],
    ['keyword that normalises to nothing', withGroup({ when: [{ notContains: ['！！'] }] }), ['groups.0.when.0.notContains.0: 关键词 “！！” 去掉空格、标点和表情后为空，无法匹配']],
    ['two kinds in one rule', withGroup({ when: [{ containsAny: ['亲'], startsWith: ['亲'] }] }), ['groups.0.when.0: 每条规则只写一种，且只能是：containsAny、containsAll、notContains、startsWith、regex、lengthBetween、fuzzy、affirms、act']],
    ['unknown rule kind', withGroup({ when: [{ contains: ['亲'] }] }), ['groups.0.when.0: 每条规则只写一种，且只能是：containsAny、containsAll、notContains、startsWith、regex、lengthBetween、fuzzy、affirms、act']],
    ['group without rules', withGroup({ when: [] }), ['groups.0.when: 分组至少要有一条规则（兜底反馈请写在 fallback 中）']],
    ['bad group ID', withGroup({ id: 'Full Marks' }), ['groups.0.id: 分组编号只用小写字母、数字和连字符，如 offers-return']],
    ['unknown correctness', withGroup({ correctness: 'right' }), ['groups.0.correctness: 正误只能是 correct、partial 或 incorrect']],
    ['negative points', withGroup({ points: -1 }), ['groups.0.points: 得分不能为负数']],
    ['duplicate group IDs', { ...valid, samples: [], groups: [valid.groups[0], valid.groups[0]] }, ['groups.1.id: 分组编号 “refuses” 重复']],
    ['fallback ID reused', { ...valid, samples: [], fallback: { ...valid.fallback, id: 'full' } }, ['fallback.id: 兜底分组的编号 “full” 与某个分组重复']],
    ['no groups', { ...valid, groups: [], samples: [] }, ['groups: 至少要有一个答案分组']],
    [
      'fuzzy term too short once numerals become digits',
      withGroup({ when: [{ fuzzy: ['一百二十'] }] }),
      ['groups.0.when.0.fuzzy.0: 模糊匹配的关键词 “一百二十” 转成数字后不足 4 个字'],
    ],
    [
      'sample expecting an unknown group',
      { ...valid, samples: [{ reply: '亲', expect: 'greeting' }] },
      ['samples: 示例 “亲” 期望的分组 “greeting” 不存在（现有：refuses、full、long-enough、other）'],
    ],
    [
      'sample, but only once the groups are valid',
      { ...valid, groups: [{ ...valid.groups[0], when: [{ regex: '(' }] }], samples: [{ reply: '亲', expect: 'refuses' }] },
      ['groups.0.when.0.regex: 正则表达式 /(/ 无法编译，请检查括号和转义'],
    ],
    [
      'sample landing in another group',
      { ...valid, samples: [{ reply: '亲，不能退哦', expect: 'full' }] },
      ['samples: 示例 “亲，不能退哦” 应落入分组 “full”，实际落入 “refuses”'],
    ],
  ])('rejects a %s', (_name, data, expected) => {
    expect(messages(data)).toEqual(expected);
  });
});

describe('ruleSchema', () => {
  it.each<[unknown]>([
    [{ containsAny: ['包邮', '免运费'] }],
    [{ containsAll: [['退货', '退换'], '运费险'] }],
    [{ notContains: ['不知道'] }],
    [{ startsWith: ['亲'] }],
    [{ regex: '\\d{6,}', flags: 'u' }],
    [{ lengthBetween: [0, 0] }],
    [{ fuzzy: ['七天无理由', 'DSR评分'] }],
  ])('accepts %j', (rule) => {
    expect(messages(rule, ruleSchema)).toEqual([]);
  });
});

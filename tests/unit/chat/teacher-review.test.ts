import { describe, expect, it } from 'vitest';
import { factsEnv, judgeReply, type TalkState } from '../../../src/lib/chat/index.ts';
import { scenarioById } from '../../../src/data/scenarios/index.ts';

/** Replies a teacher tried when reviewing the judge, and what a teacher expects of them. */
const judged = (id: string, state: string, text: string) => {
  const scenario = scenarioById(id)!;
  return judgeReply(scenario.states[state] as TalkState, text, factsEnv, [], scenario).verdict;
};

describe('refusals and warnings written with 不 / 没 are read as such', () => {
  it.each([
    ['payment-reminder', 'hesitate', '亲，理解您想多比比，不过价格是公司统一定的，客服没有权限改价。我们内胆是304食品级不锈钢，第一次用前烧开两三壶水倒掉就不会有怪味了，今天下单还送一盒除垢剂，支持七天无理由退货。'],
    ['scam-fake-xiaoer', 'deposit', '平台不会让商家扫码交保证金，这是诈骗，我已截图报告主管。'],
    ['final-assessment', 'price', '亲，价格是公司统一定的，我这边改不了。不过这款有可视窗口，还送烘焙油纸50张和菜谱，整机保修一年；您在店铺首页领满350减20的店铺券还能再省20元。'],
    ['objection-price', 'ask-cheaper', '亲，理解您想买得实惠，不过价格是公司统一定的，我改不了。这款是高硼硅玻璃壶身、304不锈钢底盘，整机一年质保，今天下单我帮您向主管申请一个滤茶网。'],
  ])('%s / %s: full marks', (id, state, text) => {
    expect(judged(id, state, text)).toMatchObject({ points: 2, correctness: 'correct' });
  });
});

describe('keyword salads are not answers', () => {
  it.each([
    ['payment-reminder', 'hesitate', '304 烧开 赠 质保'],
    ['shipping-delay', 'angry', '抱歉 查'],
    ['bad-review', 'solution', '免费 寄 密封圈 运费 我们 承担 换新'],
  ])('%s / %s: %s is capped below full marks as 像关键词堆砌', (id, state, text) => {
    const verdict = judged(id, state, text);
    expect(verdict.points).toBeLessThan(2);
    expect(verdict.decidedBy).toBe('sentence-form');
  });
  it('a salad with every point, in a group that only takes points off for the manner, keeps its partial mark; one with part of the points goes lower', () => {
    // bad-review/diagnose: tip-curt (检查的要点都对，语气生硬) is manner-only; other partial groups are not.
    expect(judged('bad-review', 'diagnose', '密封圈 装正 杯盖 拧紧 热水 预热')).toMatchObject({ points: 1, groupId: 'tip-curt', decidedBy: 'sentence-form' });
    expect(judged('shipping-delay', 'angry', '抱歉 查')).toMatchObject({ points: 0, decidedBy: 'sentence-form' });
  });
  it('a list long enough to name the points of a partial group keeps its partial mark; a few words do not', () => {
    expect(judged('bad-review', 'review-talk', '评价权利 不要求删除 密封圈今天寄出 到货回访')).toMatchObject({ points: 1, groupId: 'follow-only', decidedBy: 'sentence-form' });
    expect(judged('upsell-bundle', 'confirm', '藏青 杯刷 地址')).toMatchObject({ points: 0, decidedBy: 'sentence-form' });
  });
});

describe('the scam scenario', () => {
  it('model replies stop engaging: no word addressed to the scammer, every one reports and keeps evidence', () => {
    const scenario = scenarioById('scam-fake-xiaoer')!;
    for (const state of Object.values(scenario.states)) {
      if ('end' in state) continue;
      expect(state.model).not.toMatch(/你|您/);
      expect(state.model).toMatch(/截图留证/);
      expect(state.model).toMatch(/报告主管/);
    }
  });
});

describe('typography around numbers', () => {
  it('a space between a Han character and a digit does not end a refusal (没办法按 150 给您改 keeps full points)', () => {
    expect(judged('objection-price', 'ask-cheaper', '不过很抱歉，我们客服没有议价权限，没办法按 150 给您改。这款壶用的是高硼硅玻璃。').points).toBe(2);
  });
  it('a space before a Chinese numeral stays a gap (实付198 一只也可以 is not 1981 只)', () => {
    expect(judged('upsell-bundle', 'suggest', '两只218元，满199减20实付198 一只也可以，您看需要').groupId).not.toBe('two-no-choice');
  });
});


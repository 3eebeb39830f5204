import { describe, expect, it } from 'vitest';
import { checkScenario, walk, type Scenario, type TalkState } from '../../../src/lib/chat/index.ts';
import { copy, genuine, returns } from './fixtures.ts';

/** The talking state `id` of a scenario copy, to break on purpose. */
function talk(scenario: Scenario, id: string): TalkState {
  const state = scenario.states[id];
  if (!state || 'end' in state) throw new Error(`no talking state ${id}`);
  return state;
}

const at = (state: string) => `场景 “test-genuine” 状态 “${state}”：`;

describe('checkScenario', () => {
  it.each([genuine, returns])('the fixture $id is fine', (scenario) => {
    expect(checkScenario(scenario)).toEqual([]);
  });

  it.each<[string, (s: Scenario) => void, string[]]>([
    [
      'a sample that lands in another group',
      (s) => (talk(s, 'genuine').judge.samples.find((x) => x.reply === '是正品的')!.expect = 'proof'),
      [`${at('genuine')}示例 “是正品的” 应落入分组 “proof”，实际落入 “bare-yes”`],
    ],
    [
      'a model reply in a partial group',
      (s) => (talk(s, 'genuine').model = '是正品的哦'),
      [`${at('genuine')}参考回复判为“bare-yes”（部分正确，要点关键词规则），应落入正确分组`],
    ],
    [
      'a sample with an amount the scenario does not give, expected to be right',
      (s) => talk(s, 'genuine').judge.samples.push({ reply: '亲，本店是品牌官方授权店，支持专柜验货，今天只要 99 元', expect: 'proof' }),
      [`${at('genuine')}示例 “亲，本店是品牌官方授权店，支持专柜验货，今天只要 99 元” 里的金额或容量在情景资料中找不到，会被判错，却期望落入分组 “proof”`],
    ],
    [
      'a model reply with a 禁用语',
      (s) => (talk(s, 'genuine').model = '亲，我们是官方授权店，绝对正品'),
      [`${at('genuine')}参考回复含禁用语“绝对正品”，会被直接判错`],
    ],
    [
      'a group shadowed by earlier groups',
      (s) => talk(s, 'genuine').judge.groups.push({ id: 'shadowed', when: [{ containsAny: ['授权'] }], feedback: '永远到不了', points: 1, correctness: 'partial' }),
      [`${at('genuine')}没有示例回复落入分组 “shadowed”，请补一条；若写不出，说明它被前面的分组挡住了`],
    ],
    [
      'a fallback without a sample',
      (s) => {
        const judge = talk(s, 'genuine').judge;
        judge.samples = judge.samples.filter((x) => x.expect !== 'other');
      },
      [`${at('genuine')}没有示例回复落入分组 “other”，请补一条；若写不出，说明它被前面的分组挡住了`],
    ],
    [
      'a sample with a 禁用语 expected to be right',
      (s) => {
        const judge = talk(s, 'bargain').judge;
        judge.groups.unshift({ id: 'lowest', when: [{ containsAny: ['最低价'] }], feedback: '说明价格优势', points: 2, correctness: 'correct', next: 'deal' });
        judge.samples.push({ reply: '亲，这已经是最低价了', expect: 'lowest' });
      },
      [`${at('bargain')}示例 “亲，这已经是最低价了” 含禁用语“最低价”，会被直接判错，却期望落入正确分组 “lowest”`],
    ],
    [
      'a sample that moves the deal off the platform expected to be right',
      (s) => talk(s, 'bargain').judge.samples.push({ reply: '亲，加我微信送您杯套', expect: 'gift' }),
      [`${at('bargain')}示例 “亲，加我微信送您杯套” 含站外交易“加我微信”，会被直接判错，却期望落入正确分组 “gift”`],
    ],
    [
      'a correct group that leads nowhere',
      (s) => delete talk(s, 'genuine').judge.groups[1]!.next,
      [`${at('genuine')}正确分组 “proof” 没有下一状态（next），答对后对话会停住`],
    ],
  ])('%s', (_, breakIt, problems) => {
    const broken = copy(genuine);
    breakIt(broken);
    expect(checkScenario(broken)).toEqual(problems);
  });
});

describe('walk', () => {
  it('plays replies 5 s apart from `start` and stops at the end', () => {
    const session = walk(genuine, ['亲，授权店，支持验货', '亲，送您一个杯套哦', '还在吗'], 60_000);
    expect(session.ended).toEqual({ outcome: '成交', at: 70_000 });
    expect(session.messages.filter((m) => m.from === 'agent').map((m) => m.at)).toEqual([65_000, 70_000]);
    expect(session.messages.at(-1)).toMatchObject({ from: 'customer', text: '好的，那我拍了！', at: 70_000 });
  });
});

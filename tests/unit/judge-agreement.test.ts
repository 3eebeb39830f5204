import { describe, expect, it } from 'vitest';
import { HELD_OUT_FLOOR, judgeCorpus, TARGETS, TUNING_FLOOR, type PartResult } from '../../scripts/judge/measure.ts';
import { scenarios } from '../../src/data/scenarios/index.ts';

/**
 * The chat judge agrees with the teachers' labels (tests/judge-corpus/, `npm run judge`): a count
 * check over the whole corpus, tuning and held-out parts separately.
 */
const { parts } = await judgeCorpus(['tuning', 'held-out']);
const talkStates = scenarios.flatMap((s) => Object.entries(s.states).flatMap(([id, state]) => ('end' in state ? [] : [`${s.id}/${id}`])));
const show = (list: PartResult['cases']) => list.map((c) => `${c.scenario}/${c.state} 教师 ${c.points} 程序 ${c.got}：${c.reply}`);

// The counts are checked; the held-out replies are not printed: nobody reads them while tuning.
describe.each([
  ['tuning', TUNING_FLOOR],
  ['held-out', HELD_OUT_FLOOR],
] as const)('judge corpus, %s part: no worse than its floor (agreement meets the 95 % target; the zero counts are not met yet)', (name, floor) => {
  const result = parts.find((p) => p.part === name)!;
  const listed = (list: PartResult['cases']) => (name === 'tuning' ? show(list).join('\n') : `${list.length} 条`);

  it(`agrees exactly with at least ${floor.agreement * 100} % of the labels (target ${TARGETS.agreement * 100} %)`, () => {
    expect(result.agreement).toBeGreaterThanOrEqual(floor.agreement);
  });

  it.each([
    ['labelled good replies given 0 (target: none)', 'goodZero', floor.goodZero],
    ["keyword salads given the state's top points (target: none)", 'saladTop', floor.saladTop],
    ['traps given points (target: none)', 'trapPoints', floor.trapPoints],
    ['feedback asking for what the reply already has (target: none)', 'askedTwice', floor.askedTwice],
  ] as const)('%s: at most the floor', (_what, key, most) => {
    expect(result[key].length, listed(result[key])).toBeLessThanOrEqual(most);
  });

  it('covers every talking state of every scenario', () => {
    expect(new Set(result.cases.map((c) => `${c.scenario}/${c.state}`))).toEqual(new Set(talkStates));
  });
});

describe('judge corpus', () => {
  const all = parts.flatMap((p) => p.cases);
  it.each(talkStates)('%s has ≥ 8 replies: ≥ 3 good, a partial, a trap, a keyword salad, an off-topic and a noisy one', (key) => {
    const cases = all.filter((c) => `${c.scenario}/${c.state}` === key);
    const kinds = (kind: string) => cases.filter((c) => c.kind === kind).length;
    expect(cases.length).toBeGreaterThanOrEqual(8);
    expect(kinds('good')).toBeGreaterThanOrEqual(3);
    for (const kind of ['partial', 'trap', 'salad', 'off-topic', 'noisy']) expect(kinds(kind), kind).toBeGreaterThanOrEqual(1);
  });
});

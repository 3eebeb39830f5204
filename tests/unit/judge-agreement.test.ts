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

const tuning = parts.find((p) => p.part === 'tuning')!;
const heldOut = parts.find((p) => p.part === 'held-out')!;

describe('judge corpus, tuning part: the targets', () => {
  it(`agrees exactly with at least ${TARGETS.agreement * 100} % of the labels`, () => {
    expect(tuning.agreement).toBeGreaterThanOrEqual(TARGETS.agreement);
  });

  it('never gives a labelled good reply 0 points', () => {
    expect(show(tuning.goodZero)).toEqual([]);
  });

  // Target: no trap gets points. The spent held-out files that joined the tuning part brought 21 traps
  // the rules still miss (tests/judge-corpus/README.md); until they are fixed the count may not grow.
  it(`gives points to at most ${TUNING_FLOOR.trapPoints} traps (target: none)`, () => {
    expect(tuning.trapPoints.length, show(tuning.trapPoints).join('\n')).toBeLessThanOrEqual(TUNING_FLOOR.trapPoints);
  });

  it('never asks in its feedback for a point the reply already makes', () => {
    expect(show(tuning.askedTwice)).toEqual([]);
  });
});

// The counts are checked, the replies are not printed: nobody reads the held-out part while tuning.
describe('judge corpus, held-out part: no worse than the floor (the targets are not met yet)', () => {
  it(`agrees exactly with at least ${HELD_OUT_FLOOR.agreement * 100} % of the labels`, () => {
    expect(heldOut.agreement).toBeGreaterThanOrEqual(HELD_OUT_FLOOR.agreement);
  });

  it.each([
    ['labelled good replies given 0', () => heldOut.goodZero.length, HELD_OUT_FLOOR.goodZero],
    ["keyword salads given the state's top points", () => heldOut.saladTop.length, HELD_OUT_FLOOR.saladTop],
    ['traps given points', () => heldOut.trapPoints.length, HELD_OUT_FLOOR.trapPoints],
    ['feedback asking for what the reply has', () => heldOut.askedTwice.length, HELD_OUT_FLOOR.askedTwice],
  ] as const)('%s: at most the floor', (_what, count, floor) => {
    expect(count()).toBeLessThanOrEqual(floor);
  });
});

describe.each(parts.map((p) => [p.part, p] as const))('judge corpus, %s part', (_part, result) => {
  // One tuning reply, three questions typed without punctuation (几个人用 想做什么吃的 帮您选容量), is
  // labelled a salad; the sentence-form check reads two of its chunks as phrases. It is the only one.
  it("gives a keyword salad the state's top points at most once (target: never)", () => {
    expect(result.saladTop.length).toBeLessThanOrEqual(result.part === 'tuning' ? 1 : HELD_OUT_FLOOR.saladTop);
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

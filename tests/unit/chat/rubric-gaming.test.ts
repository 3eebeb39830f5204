import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { report, walk, type ChatSession, type Scenario } from '../../../src/lib/chat/index.ts';
import { scenarios } from '../../../src/data/scenarios/index.ts';

/**
 * The rubric can't be gamed (lesson 9.1): adding 亲 to every reply, or saying a scoring word twice,
 * never raises a conversation's total. Conversations are random walks through the real scenarios with
 * the replies their authors wrote (samples and model replies) and the judge's own matches.
 */

const replies = (scenario: Scenario) =>
  Object.values(scenario.states).flatMap((state) => ('end' in state ? [] : [state.model, ...state.judge.samples.map((s) => s.reply)]));

const total = (scenario: Scenario, lines: string[]) => report(scenario, walk(scenario, lines)).total;

/**
 * Each reply with the first word the judge matched in it (in `session`, the walk of `lines`) said
 * twice (a number said twice is another number, so numbers are left alone).
 */
function repeatScoringWord(session: ChatSession, lines: string[]): string[] {
  const agent = session.messages.filter((m) => m.from === 'agent');
  return lines.map((line, i) => {
    const match = agent[i]?.text === line ? agent[i]!.verdict?.matches.find((m) => !/\d/.test(line.slice(m.start, m.end))) : undefined;
    return match ? line.slice(0, match.end) + line.slice(match.start, match.end) + line.slice(match.end) : line;
  });
}

describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
  const pool = replies(scenario);
  const conversation = fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 10 });

  it('adding 亲 to every reply never raises the total', () => {
    fc.assert(
      fc.property(conversation, (lines) => {
        expect(total(scenario, lines.map((line) => `亲，${line}`))).toBeLessThanOrEqual(total(scenario, lines));
      }),
      { numRuns: 40 },
    );
  });

  it('repeating a scoring word never raises the total', () => {
    fc.assert(
      fc.property(conversation, (lines) => {
        // One walk of the plain conversation serves both the matches and the total to beat.
        const session = walk(scenario, lines);
        expect(total(scenario, repeatScoringWord(session, lines))).toBeLessThanOrEqual(report(scenario, session).total);
      }),
      { numRuns: 40 },
    );
  });
});

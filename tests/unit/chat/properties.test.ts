import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metrics, report, walk } from '../../../src/lib/chat/index.ts';
import { genuine, returns } from './fixtures.ts';

const pool = ['亲，授权店，支持验货', '是正品的', '我不知道', '加我微信吧', '亲，送您一个杯套哦', '不能便宜的', '嗯', '亲，支持七天无理由退货', '不能退', '絕對正品'];
const reply = fc.oneof(fc.constantFrom(...pool), fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }));

describe.each([genuine, returns])('any replies to $id', (scenario) => {
  it('keep the mood in −2…2, the score in 0…100 and every highlight inside its message', () => {
    fc.assert(
      fc.property(fc.array(reply, { maxLength: 12 }), (replies) => {
        const session = walk(scenario, replies);
        expect(session.mood).toBeGreaterThanOrEqual(-2);
        expect(session.mood).toBeLessThanOrEqual(2);
        const r = report(scenario, session);
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(100);
        for (const line of r.rubric) expect(line.points).toBeLessThanOrEqual(line.max);
        for (const message of session.messages) {
          for (const m of message.verdict?.matches ?? []) {
            expect(0 <= m.start && m.start < m.end && m.end <= message.text.length).toBe(true);
          }
        }
        // Every message appears in exactly one report turn, in order.
        expect(r.turns.flatMap((t) => t.messages)).toEqual(session.messages);
        const m = metrics(session);
        expect(m.responseTimesMs.every((t) => t === 5000)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { closestToTarget, historyLimit, withAttempt, type TimingAttempt } from '../../../src/lib/voice/history.ts';

const attempt = (at: number, rate: number): TimingAttempt => ({ at, method: 'stopwatch', scope: 'all', characters: 120, ms: 60_000, rate, band: 'fitting' });

describe('timing history', () => {
  it.each([
    ['an empty history', 0, 1],
    ['a short history', 3, 4],
    ['a full history drops the oldest', historyLimit, historyLimit],
  ])('%s: a new attempt goes first', (_, before, after) => {
    const history = Array.from({ length: before }, (_, i) => attempt(before - i, 120));
    const next = withAttempt(history, attempt(999, 130));
    expect(next).toHaveLength(after);
    expect(next[0]!.at).toBe(999);
    if (before === historyLimit) expect(next.at(-1)!.at).toBe(2);
  });

  it.each([
    [[], undefined],
    [[attempt(1, 150), attempt(2, 118), attempt(3, 95)], 2],
    [[attempt(1, 125), attempt(2, 115)], 1],
  ] as const)('closest to 120 字/分 in %j is attempt %s (the earlier one on a tie)', (history, at) => {
    expect(closestToTarget(history, 120)?.at).toBe(at);
  });
});

import { describe, expect, it } from 'vitest';
import { rateBand, speakingRate, suggestedMs, type RateBand } from '../../../src/lib/voice/rate.ts';
import { formatClock, formatDuration } from '../../../src/lib/voice/time.ts';

const minute = 60_000;

describe('speakingRate: characters ÷ minutes, rounded, with its band', () => {
  it.each<[string, number, number, number, RateBand]>([
    ['the guidance rate exactly', 120, minute, 120, 'fitting'],
    ['a 370-character script in three minutes', 370, 3 * minute, 123, 'fitting'],
    ['the same script in two minutes', 370, 2 * minute, 185, 'fast'],
    ['the same script in five minutes', 370, 5 * minute, 74, 'slow'],
    ['90 seconds for 180 characters', 180, 90_000, 120, 'fitting'],
    ['99.5 rounds up to 100, the slow limit, which is 适中', 199, 120_000, 100, 'fitting'],
    ['99.4 rounds down to 99: 偏慢', 994, 600_000, 99, 'slow'],
    ['exactly 140 is still 适中', 140, minute, 140, 'fitting'],
    ['140.5 rounds to 141: 偏快', 281, 120_000, 141, 'fast'],
    ['the three-second minimum', 6, 3000, 120, 'fitting'],
  ])('%s', (_, characters, ms, rate, band) => {
    expect(speakingRate(characters, ms)).toEqual({ ok: true, characters, ms, rate, band });
  });

  it.each([
    ['a reading under three seconds', 100, 2999, 'too-short'],
    ['no time at all', 100, 0, 'too-short'],
    ['a negative time (clock moved back)', 100, -5000, 'too-short'],
    ['a time that is not a number', 100, Number.NaN, 'too-short'],
    ['a scope without agent lines', 0, minute, 'no-text'],
  ])('gives no rate for %s', (_, characters, ms, reason) => {
    expect(speakingRate(characters, ms)).toEqual({ ok: false, reason });
  });

  it.each<[number, RateBand]>([
    [0, 'slow'],
    [99, 'slow'],
    [100, 'fitting'],
    [120, 'fitting'],
    [140, 'fitting'],
    [141, 'fast'],
  ])('rateBand(%i) is %s with the default bands', (rate, band) => {
    expect(rateBand(rate)).toBe(band);
  });

  it('uses the bands a teacher sets', () => {
    expect(rateBand(125, { slowBelow: 110, fastAbove: 124 })).toBe('fast');
    expect(rateBand(105, { slowBelow: 110, fastAbove: 124 })).toBe('slow');
  });
});

describe('timing text', () => {
  it.each([
    [120, 120, minute],
    [370, 120, 185_000],
    [60, 100, 36_000],
  ])('reading %i characters at %i 字/分 takes %i ms', (characters, rate, ms) => {
    expect(suggestedMs(characters, rate)).toBe(ms);
  });

  it.each([
    [0, '00:00', '0 秒'],
    [999, '00:00', '1 秒'],
    [65_400, '01:05', '1 分 5 秒'],
    [185_000, '03:05', '3 分 5 秒'],
    [600_000, '10:00', '10 分 0 秒'],
    [-2000, '00:00', '0 秒'],
  ])('%i ms shows as %s on the clock and “%s” in words', (ms, clock, words) => {
    expect(formatClock(ms)).toBe(clock);
    expect(formatDuration(ms)).toBe(words);
  });
});

import { describe, expect, it } from 'vitest';
import { accuracyOf, addTallies, charsOf, markChars, shownAccuracy, shownSpeed, speedOf, tallyOf } from '../../../src/lib/typing/metrics.ts';
import { levelOf, targetsMet } from '../../../src/lib/typing/levels.ts';

describe('marking the passage in place', () => {
  it.each([
    { target: '亲，在的', typed: '', marks: ['pending', 'pending', 'pending', 'pending'] },
    { target: '亲，在的', typed: '亲，', marks: ['correct', 'correct', 'pending', 'pending'] },
    { target: '亲，在的', typed: '琴，在', marks: ['wrong', 'correct', 'correct', 'pending'] },
    { target: '亲，在的', typed: '亲,在的', marks: ['correct', 'wrong', 'correct', 'correct'] },
    { target: '亲，在的', typed: '亲，在的！多', marks: ['correct', 'correct', 'correct', 'correct'] },
    { target: '𠮷好', typed: '𠮷', marks: ['correct', 'pending'] },
  ])('"$typed" against "$target"', ({ target, typed, marks }) => {
    expect(markChars(target, typed)).toEqual(marks);
  });
});

describe('counting', () => {
  it.each([
    { target: '您好！欢迎光临。', typed: '', correct: 0, typed_: 0, accuracy: undefined },
    { target: '您好！欢迎光临。', typed: '您好！', correct: 3, typed_: 3, accuracy: 1 },
    { target: '您好！欢迎光临。', typed: '您号！欢', correct: 3, typed_: 4, accuracy: 0.75 },
    { target: '您好！欢迎光临。', typed: '您好!欢迎光临.', correct: 6, typed_: 8, accuracy: 0.75 },
    { target: '您好', typed: '您好您好', correct: 2, typed_: 2, accuracy: 1 },
  ])('"$typed" → $correct correct of $typed_ typed (punctuation counts)', ({ target, typed, correct, typed_, accuracy }) => {
    const tally = tallyOf(target, typed);
    expect(tally).toEqual({ correct, typed: typed_ });
    expect(accuracyOf(tally)).toBe(accuracy);
  });

  it('adds passages together', () => {
    expect(addTallies({ correct: 100, typed: 104 }, { correct: 20, typed: 20 })).toEqual({ correct: 120, typed: 124 });
  });

  it('counts a character outside the BMP once', () => {
    expect(charsOf('𠮷野家')).toHaveLength(3);
  });
});

describe('speed = correct characters ÷ minutes', () => {
  it.each([
    { correct: 120, ms: 120_000, speed: 60 },
    { correct: 60, ms: 60_000, speed: 60 },
    { correct: 80, ms: 60_000, speed: 80 },
    { correct: 150, ms: 180_000, speed: 50 },
    { correct: 45, ms: 30_000, speed: 90 },
    { correct: 10, ms: 0, speed: 0 },
  ])('$correct in $ms ms → $speed 字/分', ({ correct, ms, speed }) => {
    expect(speedOf(correct, ms)).toBeCloseTo(speed, 9);
  });

  it.each([
    [59.5, 60],
    [59.49, 59],
    [0.4, 0],
  ])('shows %f as %i 字/分', (speed, shown) => expect(shownSpeed(speed)).toBe(shown));

  it.each([
    [0.95, 95],
    [0.9496, 95],
    [0.9494, 94.9],
    [1, 100],
  ])('shows accuracy %f as %f %%', (accuracy, shown) => expect(shownAccuracy(accuracy)).toBe(shown));
});

describe('levels and targets (docs/domain.md)', () => {
  it.each([
    [0, 'below', '未到初级'],
    [19.4, 'below', '未到初级'],
    [19.5, 'beginner', '初级'],
    [40, 'beginner', '初级'],
    [41, 'intermediate', '中级'],
    [70, 'intermediate', '中级'],
    [71, 'advanced', '高级'],
    [150, 'advanced', '高级'],
  ])('%f 字/分 → %s', (speed, id, label) => expect(levelOf(speed)).toEqual({ id, label }));

  it.each([
    { speed: 59.4, accuracy: 1, hiring: false, advanced: false },
    { speed: 59.5, accuracy: 0.8, hiring: true, advanced: false },
    { speed: 85, accuracy: 0.94, hiring: true, advanced: false },
    { speed: 80, accuracy: 0.95, hiring: true, advanced: true },
    { speed: 79.4, accuracy: 1, hiring: true, advanced: false },
  ])('$speed 字/分 at $accuracy → hiring $hiring, advanced $advanced', ({ speed, accuracy, hiring, advanced }) => {
    expect(targetsMet(speed, accuracy)).toEqual({ hiring, advanced });
  });
});

describe('display text', async () => {
  const { accuracyText, clockText, speedText } = await import('../../../src/lib/typing/format.ts');
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [65_400, '1:05'],
    [180_000, '3:00'],
    [-5, '0:00'],
  ])('%i ms → %s', (ms, text) => expect(clockText(ms)).toBe(text));
  it.each([
    [59.6, '60 字/分'],
    [0, '0 字/分'],
  ])('speed %f → %s', (speed, text) => expect(speedText(speed)).toBe(text));
  it.each([
    [undefined, '—'],
    [0.9512, '95.1%'],
    [1, '100%'],
  ])('accuracy %s → %s', (accuracy, text) => expect(accuracyText(accuracy)).toBe(text));
});

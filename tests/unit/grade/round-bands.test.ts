import { describe, expect, it } from 'vitest';
import { gradeBands } from '../../../src/data/index.ts';
import { formatScore, roundHalfUp } from '../../../src/lib/grade/round.ts';
import { bandOf, bandProblems, passMark } from '../../../src/lib/grade/bands.ts';

describe('rounding half-up for display only', () => {
  it.each([
    [2.35, 1, '2.4'],
    [89.95, 1, '90.0'],
    [89.94999, 1, '89.9'],
    [1.005, 2, '1.01'],
    [59.45, 0, '59'],
    [59.5, 0, '60'],
    [100, 1, '100.0'],
  ])('%f at %i decimals → %s', (value, decimals, text) => {
    expect(formatScore(value, decimals)).toBe(text);
    expect(roundHalfUp(value, decimals)).toBe(Number(text));
  });
});

describe('bands use the full-precision score', () => {
  it.each([
    [100, '优秀'],
    [90, '优秀'],
    [89.96, '良好'], // displays as 90.0 but is not 90
    [80, '良好'],
    [79.9, '中等'],
    [70, '中等'],
    [69.99, '及格'],
    [60, '及格'],
    [59.99, '不及格'],
    [0, '不及格'],
  ])('%f → %s', (score, band) => {
    expect(bandOf(score, gradeBands)).toBe(band);
  });

  it('pass mark is 60 by default', () => expect(passMark(gradeBands)).toBe(60));

  it.each([
    [[{ name: 'A', min: 50 }], ['必须有一个等级的下限为 0 分']],
    [[{ name: 'A', min: 0 }, { name: 'A', min: 50 }], ['等级名称不能重复']],
    [gradeBands, []],
  ])('band problems of %j', (bands, problems) => {
    expect(bandProblems(bands)).toEqual(problems);
  });
});

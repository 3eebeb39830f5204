import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gradingSchemes } from '../../../src/data/index.ts';
import { computeScore, renormalise, type ItemScores } from '../../../src/lib/grade/compute.ts';
import { flattenItems, weightProblems, withWeight } from '../../../src/lib/grade/scheme.ts';
import { formulaWithNumbers } from '../../../src/lib/grade/formula.ts';

const [standard, processFinal] = gradingSchemes as [typeof gradingSchemes[0], typeof gradingSchemes[0]];
const ids = flattenItems(standard).map((i) => i.id);
const all = (values: number[]): ItemScores => Object.fromEntries(ids.map((id, k) => [id, values[k]]));

describe('worked examples (arithmetic by hand)', () => {
  it.each([
    {
      title: 'standard scheme, every item filled',
      // 学习态度 = 90×20% + 80×40% + 100×20% + 70×20% = 18 + 32 + 20 + 14 = 84
      // 学习过程 = 60×20% + 80×25% + 100×15% + 90×20% + 70×20% = 12 + 20 + 15 + 18 + 14 = 79
      // 学习结果 = 75×40% + 85×60% = 30 + 51 = 81
      // 学期成绩 = 84×30% + 79×30% + 81×40% = 25.2 + 23.7 + 32.4 = 81.3
      scheme: standard,
      scores: all([90, 80, 100, 70, 60, 80, 100, 90, 70, 75, 85]),
      blank: 'exclude' as const,
      bonus: 0,
      total: 81.3,
    },
    {
      title: 'standard scheme, 期中考试 blank and excluded',
      // 学习态度 = 100 (all items 100), 学习过程 = 50 (all 50)
      // 学习结果: only 期末考试 60 is present → its share becomes 60/60 = 100 % → 60
      // 学期成绩 = 100×30% + 50×30% + 60×40% = 30 + 15 + 24 = 69
      scheme: standard,
      scores: { ...all([100, 100, 100, 100, 50, 50, 50, 50, 50, 0, 60]), 'result.midterm': undefined },
      blank: 'exclude' as const,
      bonus: 0,
      total: 69,
    },
    {
      title: 'same, blank counted as 0',
      // 学习结果 = 0×40% + 60×60% = 36 → 学期成绩 = 30 + 15 + 36×40% = 30 + 15 + 14.4 = 59.4
      scheme: standard,
      scores: { ...all([100, 100, 100, 100, 50, 50, 50, 50, 50, 0, 60]), 'result.midterm': undefined },
      blank: 'zero' as const,
      bonus: 0,
      total: 59.4,
    },
    {
      title: 'process + final + bonus, capped at 100',
      // 总评 = 88×50% + 96×50% + 加分 10 = 44 + 48 + 10 = 102 → 100
      scheme: processFinal,
      scores: { 'process.overall': 88, 'final.exam': 96 },
      blank: 'exclude' as const,
      bonus: 10,
      total: 100,
    },
    {
      title: 'process + final + bonus, bonus above max is clamped',
      // 总评 = 70×50% + 60×50% + min(15, 10) = 35 + 30 + 10 = 75
      scheme: processFinal,
      scores: { 'process.overall': 70, 'final.exam': 60 },
      blank: 'exclude' as const,
      bonus: 15,
      total: 75,
    },
  ])('$title → $total', ({ scheme, scores, blank, bonus, total }) => {
    expect(computeScore(scheme, scores, blank, bonus).total).toBeCloseTo(total, 9);
  });

  it('shows the formula with the numbers filled in', () => {
    const r = computeScore(standard, all([90, 80, 100, 70, 60, 80, 100, 90, 70, 75, 85]), 'exclude');
    expect(formulaWithNumbers(r)).toBe('学习态度 84.0 × 30% + 学习过程 79.0 × 30% + 学习结果 81.0 × 40% = 81.3');
  });

  it('returns no total when nothing is filled in', () => {
    expect(computeScore(standard, {}, 'exclude').total).toBeUndefined();
  });
});

describe('weights', () => {
  it.each([
    { change: 'attitude', to: 30, problems: 0 },
    { change: 'attitude', to: 40, problems: 1 },
    { change: 'attitude.attendance', to: 10, problems: 1 },
  ])('setting $change to $to gives $problems weight problem(s)', ({ change, to, problems }) => {
    expect(weightProblems(withWeight(standard, change, to))).toHaveLength(problems);
  });
});

const score = fc.double({ min: 0, max: 100, noNaN: true });
const maybe = fc.option(score, { nil: undefined });
const blankRule = fc.constantFrom('exclude' as const, 'zero' as const);

describe('properties', () => {
  it('the result stays within 0–100', () => {
    fc.assert(
      fc.property(fc.array(maybe, { minLength: ids.length, maxLength: ids.length }), blankRule, (values, blank) => {
        const t = computeScore(standard, all(values as number[]), blank).total;
        return t === undefined || (t >= 0 && t <= 100 + 1e-9);
      }),
    );
  });

  it('raising any item never lowers the total', () => {
    fc.assert(
      fc.property(fc.array(score, { minLength: ids.length, maxLength: ids.length }), fc.nat(ids.length - 1), score, blankRule, (values, k, up, blank) => {
        const before = computeScore(standard, all(values), blank).total!;
        const raised = [...values];
        raised[k] = Math.max(values[k]!, up);
        return computeScore(standard, all(raised), blank).total! >= before - 1e-9;
      }),
    );
  });

  it('renormalised weights sum to 1', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0.01, max: 100, noNaN: true }), fc.boolean()), { minLength: 1 }), (pairs) => {
        fc.pre(pairs.some(([, p]) => p));
        const shares = renormalise(pairs.map(([w]) => w), pairs.map(([, p]) => p));
        return Math.abs(shares.reduce((s, x) => s + x, 0) - 1) < 1e-9;
      }),
    );
  });

  it('the weights computeScore uses after dropping blanks sum to 1 (components, and items within each)', () => {
    fc.assert(
      fc.property(fc.array(maybe, { minLength: ids.length, maxLength: ids.length }), (values) => {
        const r = computeScore(standard, all(values as number[]), 'exclude');
        fc.pre(r.total !== undefined);
        const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
        return (
          Math.abs(sum(r.components.map((c) => c.weight)) - 1) < 1e-9 &&
          r.components.every((c) => c.score === undefined || Math.abs(sum(c.items.map((i) => i.weight)) - 1) < 1e-9)
        );
      }),
    );
  });

  it('equal items give that value back', () => {
    fc.assert(
      fc.property(score, blankRule, (v, blank) => Math.abs(computeScore(standard, all(ids.map(() => v)), blank).total! - v) < 1e-9),
    );
  });
});

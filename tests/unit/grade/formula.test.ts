import { describe, expect, it } from 'vitest';
import { gradingSchemes } from '../../../src/data/index.ts';
import { computeScore } from '../../../src/lib/grade/compute.ts';
import { componentFormula, formulaWithNumbers } from '../../../src/lib/grade/formula.ts';

// The working a teacher (or a student checking a grade) reads under one student's result.
const [standard, processFinal] = gradingSchemes as [typeof gradingSchemes[0], typeof gradingSchemes[0]];

describe('one component’s working', () => {
  it('lists each filled item with its share of the component', () => {
    const r = computeScore(standard, { 'result.midterm': 75, 'result.final': 85 }, 'exclude');
    expect(componentFormula(r.components.find((c) => c.id === 'result')!)).toBe('学习结果 = 期中考试 75.0 × 40% + 期末考试 85.0 × 60% = 81.0');
  });

  it('shows that a blank item is left out and the others’ shares grow (blank excluded)', () => {
    const r = computeScore(standard, { 'result.final': 60 }, 'exclude');
    expect(componentFormula(r.components.find((c) => c.id === 'result')!)).toBe('学习结果 = 期末考试 60.0 × 100% = 60.0');
  });

  it('says a wholly blank component does not count', () => {
    const r = computeScore(standard, { 'result.final': 60 }, 'exclude');
    expect(componentFormula(r.components.find((c) => c.id === 'attitude')!)).toBe('学习态度 = — = （全部空白，不计入）');
  });

  it('uses the chosen number of decimals', () => {
    const r = computeScore(standard, { 'result.midterm': 75.25, 'result.final': 85 }, 'exclude');
    expect(componentFormula(r.components.find((c) => c.id === 'result')!, 2)).toBe('学习结果 = 期中考试 75.25 × 40% + 期末考试 85.00 × 60% = 81.10');
  });
});

describe('the whole grade’s working', () => {
  it('adds the bonus and says when the total is capped at 100', () => {
    const r = computeScore(processFinal, { 'process.overall': 98, 'final.exam': 96 }, 'exclude', 8);
    expect(formulaWithNumbers(r)).toBe('过程性评价 98.0 × 50% + 期末考试 96.0 × 50% + 加分 8.0 = 100.0（超过 100 分按 100 分计）');
  });

  it('adds a bonus that stays under 100 without a note', () => {
    const r = computeScore(processFinal, { 'process.overall': 70, 'final.exam': 60 }, 'exclude', 5);
    expect(formulaWithNumbers(r)).toBe('过程性评价 70.0 × 50% + 期末考试 60.0 × 50% + 加分 5.0 = 70.0');
  });

  it('says so when nothing is filled in yet', () => {
    expect(formulaWithNumbers(computeScore(standard, {}, 'exclude'))).toBe('尚未填写任何分数');
  });
});

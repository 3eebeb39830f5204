import { describe, expect, it } from 'vitest';
import { cueFigures, cueProblems, type Question } from '../../../src/lib/quiz/index.ts';
import { allQuestions, banks, bankOf } from '../../../src/data/questions/index.ts';

/** The banks give no answer away by position, length or habit (src/lib/quiz/cues.ts). */
describe('answer cues in the banks', () => {
  it.each(banks.map((b) => [b.module, b] as const))('module %i has none', (module, bank) => {
    expect(cueProblems(`模块 ${module}`, bank.questions)).toEqual([]);
  });

  it('the whole course has none, and a student picking B / abcd / 错误 throughout scores no better than chance', () => {
    expect(cueProblems('全部题库', allQuestions)).toEqual([]);
    const f = cueFigures(allQuestions);
    expect(Math.max(...f.positions)).toBeLessThanOrEqual(0.35);
    expect(f.firstK).toBeLessThanOrEqual(0.25);
  });

  const moved = (question: Question, to: number): Question => {
    if (question.type !== 'single') return question;
    const key = question.options.find((o) => o.id === question.answer)!;
    const rest = question.options.filter((o) => o !== key);
    return { ...question, options: [...rest.slice(0, to), key, ...rest.slice(to)] };
  };

  it('fails when one question is rekeyed to break the position limit', () => {
    const bank = bankOf(4)!.questions as Question[];
    const atA = bank.filter((q) => q.type === 'single' && q.options[0]!.id === q.answer).length;
    const victim = bank.find((q) => q.type === 'single' && q.options[0]!.id !== q.answer)!;
    const broken = bank.map((q) => (q === victim ? moved(q, 0) : q));
    expect(cueFigures(broken).positions[0]).toBeCloseTo((atA + 1) / cueFigures(bank).single);
    expect(cueProblems('模块 4', broken)).toEqual([expect.stringContaining('单选题答案在选项 A 的占')]);
  });

  it('fails when true/false keys lean to 错误', () => {
    const bank = bankOf(3)!.questions as Question[];
    const flipped = bank.find((q) => q.type === 'truefalse' && q.answer === true)!;
    const broken = bank.map((q) => (q === flipped && q.type === 'truefalse' ? { ...q, answer: false } : q));
    expect(cueProblems('模块 3', broken)).toEqual([expect.stringContaining('判断题答案为“错误”的占 66.7%')]);
  });

  it('fails when the keyed option is the longest too often', () => {
    const bank = bankOf(8)!.questions as Question[];
    const padded = bank.map((q) => (q.type === 'single' ? { ...q, options: q.options.map((o) => (o.id === q.answer ? { ...o, text: `${o.text}（这一项写得最详细、最完整）` } : o)) } : q));
    expect(cueProblems('模块 8', padded)).toEqual([expect.stringContaining('唯一最长')]);
  });

  it('fails when multiple-choice keys are the first options', () => {
    const bank = bankOf(7)!.questions as Question[];
    const sorted = bank.map((q) => (q.type === 'multiple' ? { ...q, options: [...q.options].sort((a, b) => Number(q.answer.includes(b.id)) - Number(q.answer.includes(a.id))) } : q));
    const problems = cueProblems('模块 7', sorted);
    expect(problems).toContainEqual(expect.stringContaining('多选题答案恰好是前几个选项的占 100%'));
    expect(problems).toContainEqual(expect.stringContaining('总是同时为答案'));
  });
});

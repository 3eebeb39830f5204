import { describe, expect, it } from 'vitest';
import { m1Bank } from '../../src/data/questions/m1.ts';
import { curriculumData } from '../../src/data/curriculum.ts';
import { bankSchema, type Question, type QuestionType } from '../../src/schemas/question.ts';
import { formatProblems, issuesToProblems } from '../../src/lib/content-error.ts';

const file = 'src/data/questions/m1.ts';
const parsed = bankSchema.safeParse(m1Bank);
const questions: Question[] = parsed.success ? parsed.data.questions : [];

const module1 = curriculumData.modules.find((m) => m.number === 1)!;
const module1Ids = [...(module1.know ?? []), ...(module1.skill ?? []), ...(module1.attitude ?? [])].map((r) => r.id);

describe('模块一题库', () => {
  it('通过题库 schema 的全部检查', () => {
    // Print the Chinese problems so the author sees which field to fix.
    const report = parsed.success ? '' : formatProblems(issuesToProblems(file, m1Bank, parsed.error.issues));
    expect(report).toBe('');
  });

  it('至少有 30 道题，编号不重复', () => {
    const ids = questions.map((q) => q.id);
    expect(ids.length).toBeGreaterThanOrEqual(30);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each<[QuestionType, number]>([
    ['single', 8],
    ['multiple', 5],
    ['truefalse', 5],
    ['blank', 4],
    ['ordering', 2],
    ['matching', 2],
    ['short', 2],
  ])('%s 题至少 %i 道', (type, min) => {
    expect(questions.filter((q) => q.type === type).length).toBeGreaterThanOrEqual(min);
  });

  it.each(module1Ids)('要求 %s 至少由一道题考查', (req) => {
    expect(questions.some((q) => q.requirements.includes(req))).toBe(true);
  });

  it('每道题都标注了要求，且只引用模块一的要求编号', () => {
    const wrong = questions.flatMap((q) => (q.requirements.length ? q.requirements.filter((r) => !module1Ids.includes(r)) : [`${q.id}（未标注要求）`]));
    expect(wrong).toEqual([]);
  });

  it('单选题和多选题的每个错误选项都有反馈', () => {
    const missing = questions.flatMap((q) => {
      if (q.type !== 'single' && q.type !== 'multiple') return [];
      const keys = q.type === 'single' ? [q.answer] : q.answer;
      return q.options.filter((o) => !keys.includes(o.id) && !o.feedback).map((o) => `${q.id}:${o.id}`);
    });
    expect(missing).toEqual([]);
  });

  it('不用“以上都对”之类的选项', () => {
    const lazy = questions.flatMap((q) => ('options' in q ? q.options : [])).filter((o) => /以上(都|全|均)/.test(o.text));
    expect(lazy).toEqual([]);
  });

  it('填空题里有一句多空的题、一道表格题，以及允许中文数字的空', () => {
    const blanks = questions.filter((q) => q.type === 'blank');
    expect(blanks.some((q) => !q.table && q.blanks.length >= 2)).toBe(true);
    expect(blanks.some((q) => q.table)).toBe(true);
    expect(blanks.some((q) => q.blanks.some((b) => b.numerals))).toBe(true);
  });

  it('简答题有参考答案和 3～5 条自查要点', () => {
    const shorts = questions.filter((q) => q.type === 'short');
    expect(shorts.every((q) => q.checklist.length >= 3 && q.checklist.length <= 5)).toBe(true);
  });

  // Facts the lessons teach; a typo in a key here would mark a correct learner wrong.
  it.each([
    ['m1.q.conversion-calc', 'rate', '16'],
    ['m1.q.conversion-calc', 'orders', '90'],
    ['m1.q.typing-speed-calc', 'speed', '76'],
    ['m1.q.typing-speed-calc', 'accuracy', '95'],
    ['m1.q.kpi-formulas', 'conv-num', '下单人数'],
    ['m1.q.kpi-formulas', 'conv-den', '咨询人数'],
    ['m1.q.kpi-formulas', 'aov-den', '成交客户数'],
  ])('%s 的空 %s 以“%s”为参考答案', (id, blank, model) => {
    const q = questions.find((x) => x.id === id);
    expect(q?.type === 'blank' && q.blanks.find((b) => b.id === blank)?.accept[0]).toBe(model);
  });

  it('询单转化率的空不接受“付款人数”（那是询单到付款转化率的口径）', () => {
    const q = questions.find((x) => x.id === 'm1.q.kpi-formulas');
    const accepted = q?.type === 'blank' ? q.blanks.flatMap((b) => b.accept) : [];
    expect(accepted).not.toContain('付款人数');
    expect(accepted).toContain('下单人数');
  });
});

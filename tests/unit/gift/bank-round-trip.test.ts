import { describe, expect, it } from 'vitest';
import { banks } from '../../../src/data/questions/index.ts';
import { fromGift, toGift } from '../../../src/lib/gift/index.ts';
import type { QuestionInput } from '../../../src/schemas/question.ts';
import { meaning } from './meaning.ts';

// GIFT cannot carry the blank's numerals/contains rules (the export says so in a comment).
const withoutBlankRules = (q: QuestionInput) => {
  const m = meaning(q);
  return 'blanks' in m ? { ...m, blanks: m.blanks.map((b) => ({ accept: b.accept })) } : m;
};

describe.each(banks.map((bank) => [bank.module, bank] as const))('the module %i bank', (module, bank) => {
  const exported = toGift(bank.questions, { category: `模块 ${module}` });
  const imported = fromGift(exported.text, { module });

  it('skips only what GIFT cannot express, each with a reason', () => {
    for (const { id, reason } of exported.skipped) {
      const question = bank.questions.find((q) => q.id === id)!;
      expect(question.type === 'ordering' || (question.type === 'blank' && (question.blanks.length > 1 || question.table !== undefined))).toBe(true);
      expect(reason).toMatch(/已跳过。$/);
    }
  });

  it('imports every exported question back, equal in meaning and with the same ID', () => {
    expect(imported.issues.filter((i) => !i.message.includes('$CATEGORY'))).toEqual([]);
    const exportedQuestions = bank.questions.filter((q) => !exported.skipped.some((s) => s.id === q.id));
    expect(imported.questions.map((q) => q.id)).toEqual(exportedQuestions.map((q) => q.id));
    expect(imported.questions.map(withoutBlankRules)).toEqual(exportedQuestions.map(withoutBlankRules));
  });
});

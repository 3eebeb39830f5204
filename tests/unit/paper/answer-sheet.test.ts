import { describe, expect, it } from 'vitest';
import { answerSheet, boxesPerRow } from '../../../src/lib/paper/answer-sheet.ts';
import { paperSheet } from '../../../src/lib/paper/layout.ts';
import { finalSettings, sampleQuestions, sheetOf } from './fixtures.ts';

describe('answerSheet', () => {
  const sample = answerSheet(paperSheet(sampleQuestions, { course: '课', title: '单元测验', code: 'ABCD12', studentNo: '', limit: 20 }));

  it('has the paper’s sections in order: boxes for choice and 判断, rows for the rest', () => {
    expect(sample.title).toBe('单元测验 答题卡');
    expect(sample.parts).toEqual([
      { kind: 'grid', heading: '一、单项选择题', columns: 1, rows: [[1]] },
      { kind: 'grid', heading: '二、多项选择题', columns: 1, rows: [[2]] },
      { kind: 'grid', heading: '三、判断题', columns: 1, rows: [[3]] },
      { kind: 'list', heading: '四、填空题', rows: [{ kind: 'slots', number: 4, labels: ['①', '②'] }] },
      { kind: 'list', heading: '五、排序题', rows: [{ kind: 'order', number: 5, boxes: 4 }] },
      { kind: 'list', heading: '六、匹配题', rows: [{ kind: 'slots', number: 6, labels: ['(1)', '(2)', '(3)', '(4)'] }] },
      { kind: 'list', heading: '七、简答题', rows: [{ kind: 'lines', number: 7, lines: 6 }] },
    ]);
  });

  it.each([10, 30, 50])('a %i-question 期末 paper has a place for every question, once, in number order', (count) => {
    const sheet = sheetOf({ ...finalSettings, count });
    const parts = answerSheet(sheet).parts;
    const numbers = parts.flatMap((p) => (p.kind === 'grid' ? p.rows.flat() : p.rows.map((r) => r.number)));
    expect(numbers).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    for (const part of parts.filter((p) => p.kind === 'grid')) {
      expect(part.rows.every((row) => row.length >= 1 && row.length <= boxesPerRow)).toBe(true);
      expect(part.rows.slice(0, -1).every((row) => row.length === boxesPerRow)).toBe(true);
      expect(part.columns).toBe(Math.min(boxesPerRow, part.rows.flat().length));
    }
    for (const section of sheet.sections) {
      const part = parts.find((p) => p.heading === section.heading)!;
      expect(part.kind).toBe(['single', 'multiple', 'truefalse'].includes(section.type) ? 'grid' : 'list');
    }
  });

  it('gives a lone blank one unlabelled line', () => {
    const lone = { ...sampleQuestions[3]!, prompt: '客服要做到{{num}}。', blanks: [{ id: 'num', accept: ['热情'], numerals: false, contains: false }] } as (typeof sampleQuestions)[number];
    const part = answerSheet(paperSheet([lone], { course: '课', title: '测验', code: 'ABCD12', studentNo: '', limit: 20 })).parts[0]!;
    expect(part).toEqual({ kind: 'list', heading: '一、填空题', rows: [{ kind: 'slots', number: 1, labels: [''] }] });
  });
});

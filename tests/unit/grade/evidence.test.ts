import { describe, expect, it } from 'vitest';
import { gradeBandsData } from '../../../src/data/grading.ts';
import { gradingSchemes } from '../../../src/data/index.ts';
import { emptyClassBook } from '../../../src/lib/classbook/types.ts';
import {
  applyOverrides, bookSummary, defaultMapping, evidenceRows, evidenceTable, readOverride, sourceOptions, type EvidenceSource,
} from '../../../src/lib/grade/evidence.ts';
import { autoMapColumns, evaluateRoster, exportRows, readRoster } from '../../../src/lib/grade/index.ts';
import { sampleCatalog, sampleClassBook } from '../helpers/class-book.ts';

const [standard, processFinal] = gradingSchemes as [typeof gradingSchemes[0], typeof gradingSchemes[0]];
const catalog = sampleCatalog();
const rowsOf = (mapping: Record<string, EvidenceSource>) => Object.fromEntries(evidenceRows(sampleClassBook(), catalog, mapping).map((r) => [r.studentNo, r.values]));
const valuesOf = (source: EvidenceSource) => Object.fromEntries(Object.entries(rowsOf({ x: source })).map(([no, v]) => [no, v.x!.value]));

describe('grades from evidence', () => {
  it('maps the standard scheme’s process and result items by default and leaves the attitude items as typed', () => {
    expect(defaultMapping(standard, catalog)).toEqual({
      'attitude.attendance': 'off', 'attitude.discipline': 'off', 'attitude.mutual-help': 'off', 'attitude.respect': 'off',
      'process.questions': 'lesson-quizzes', 'process.work-quality': 'form-marks', 'process.participation': 'handed-in',
      'process.discipline': 'off', 'process.shop-results': 'chats', 'result.midterm': 'module-tests', 'result.final': 'exam:exam-final',
    });
    expect(defaultMapping(processFinal, catalog)).toEqual({ 'process.overall': 'lesson-quizzes', 'final.exam': 'exam:exam-final' });
    // A catalog without the final exam can't give it: the item stays as typed.
    expect(defaultMapping(processFinal, { ...catalog, exams: [] })['final.exam']).toBe('off');
  });

  it('gives every source a Chinese rule, and one source per exam', () => {
    const options = sourceOptions(catalog);
    expect(options.map((o) => o.value)).toContain('exam:exam-m1');
    for (const o of options) expect(o.rule).toMatch(/[\u4e00-\u9fff]/);
  });

  it('counts the share of assigned lessons handed in, by file or score code; nothing handed in is blank', () => {
    expect(valuesOf('handed-in')).toEqual({ '2023-0415': 100, '2023-0416': 50, '2023-0417': undefined });
    expect(rowsOf({ x: 'handed-in' })['2023-0417']!.x!.flags).toEqual(['没有交过课次作业']);
  });

  it('adds the teacher’s marks of short answers to the site’s marks and flags those not yet marked', () => {
    // 林小悦: 2/4 + 2/3 marked, 3/3 + an unmarked short answer left out → 7/10.
    expect(valuesOf('lesson-quizzes')).toEqual({ '2023-0415': 70, '2023-0416': 100, '2023-0417': undefined });
    const rows = rowsOf({ x: 'lesson-quizzes' });
    expect(rows['2023-0415']!.x!.flags).toContain('有未批改的简答');
    expect(rows['2023-0416']!.x!.flags).not.toContain('有未批改的简答');
    // A score code has no short answers: the teacher is told the value is the site's marks only.
    expect(rows['2023-0416']!.x!.flags).toContain('含成绩码，只有网站判分的题');
    expect(rows['2023-0415']!.x!.flags).not.toContain('含成绩码，只有网站判分的题');
  });

  it('takes the teacher’s form marks (score codes carry no forms to mark) or how much of each form is filled', () => {
    expect(valuesOf('form-marks')).toEqual({ '2023-0415': 80, '2023-0416': undefined, '2023-0417': undefined });
    expect(rowsOf({ x: 'form-marks' })['2023-0415']!.x!.flags).toContain('有未评分的表单');
    expect(valuesOf('form-filled')).toEqual({ '2023-0415': 33.3, '2023-0416': 100, '2023-0417': undefined });
  });

  it('takes the mean best chat total, the module tests and each exam', () => {
    expect(valuesOf('chats')).toEqual({ '2023-0415': 85, '2023-0416': 70, '2023-0417': undefined });
    // 林小悦: 30/40 + a short answer marked 6/10 → 36/50; 周明's score code 45/50.
    expect(valuesOf('module-tests')).toEqual({ '2023-0415': 72, '2023-0416': 90, '2023-0417': undefined });
    expect(rowsOf({ x: 'module-tests' })['2023-0416']!.x!.flags).toEqual(['含成绩码，只有网站判分的题', '1 次单元测验']);
    expect(valuesOf('exam:exam-final')).toEqual({ '2023-0415': 62.5, '2023-0416': undefined, '2023-0417': 60 });
  });

  it('flags a module test whose short answers wait for the teacher, and computes from what is marked', () => {
    const book = sampleClassBook();
    delete book.marks['2023-0415|exam-m1|m1.q.s'];
    const row = evidenceRows(book, catalog, { x: 'module-tests' }).find((r) => r.studentNo === '2023-0415')!;
    expect(row.values.x).toEqual({ value: 75, flags: ['有未批改的简答', '1 次单元测验'] });
  });

  it('leaves everything blank for an empty book and lists no student', () => {
    expect(evidenceRows(emptyClassBook(), catalog, defaultMapping(standard, catalog))).toEqual([]);
    expect(bookSummary(sampleClassBook())).toEqual({ students: 3, records: 7, marks: 3 });
  });

  it('needs a value 0–100 and a reason for an override', () => {
    expect(readOverride('95', '  补考  成绩 ')).toEqual({ ok: true, override: { value: 95, reason: '补考 成绩' } });
    expect(readOverride('95', '   ')).toEqual({ ok: false, message: '请填写调整原因：调整后的分数必须说明原因。' });
    expect(readOverride('', '补考')).toMatchObject({ ok: false, message: expect.stringContaining('0–100') });
    expect(readOverride('120', '补考')).toMatchObject({ ok: false, message: expect.stringContaining('超出 0–100') });
    expect(readOverride('80', '因'.repeat(101))).toMatchObject({ ok: false, message: expect.stringContaining('100 个字') });
  });

  it('applies overrides after the evidence and writes a table the calculator maps and computes unchanged', () => {
    const rows = evidenceRows(sampleClassBook(), catalog, defaultMapping(standard, catalog));
    const overrides = { '2023-0417|result.midterm': { value: 88, reason: '缺考后补考' } };
    expect(applyOverrides(rows, overrides).find((r) => r.studentNo === '2023-0417')!.values['result.midterm']).toEqual({ value: 88, flags: ['教师调整：缺考后补考'] });

    const [header, ...body] = evidenceTable(rows, standard, overrides);
    expect(header).toEqual(['学号', '姓名', '学习过程-活动提问参与度', '学习过程-模块作品质量', '学习过程-活动参与度', '学习过程-店铺运营效果', '学习结果-期中考试', '学习结果-期末考试', '调整说明']);
    expect(body).toEqual([
      ['2023-0415', '林小悦', '70', '80', '100', '85', '72', '62.5', ''],
      ['2023-0416', '周明', '100', '', '50', '70', '90', '', ''],
      ['2023-0417', '陈晨', '', '', '', '', '88', '60', '期中考试 空白→88：缺考后补考'],
    ]);

    const mapping = autoMapColumns(header!, standard);
    expect(mapping).toEqual(['number', 'name', 'item:process.questions', 'item:process.work-quality', 'item:process.participation', 'item:process.shop-results', 'item:result.midterm', 'item:result.final', 'note']);
    const roster = readRoster(body, mapping, standard);
    expect(roster.every((r) => r.issues.length === 0)).toBe(true);
    expect(roster[2]!.note).toBe('期中考试 空白→88：缺考后补考');
    const outcomes = evaluateRoster(roster, standard, { blank: 'exclude', bands: gradeBandsData });
    // 陈晨: only the result part has values: 88 × 40 % + 60 × 60 % = 71.2.
    expect(outcomes[2]!.result!.total).toBeCloseTo(71.2, 9);
    const sheet = exportRows(outcomes, standard, mapping);
    expect(sheet[0]!.at(-2)).toBe('调整说明');
    expect(sheet[3]!.at(-2)).toBe('期中考试 空白→88：缺考后补考');
  });

  it('keeps the export as it was when no column holds notes', () => {
    const mapping = autoMapColumns(['学号', '姓名', '期末考试'], processFinal);
    const sheet = exportRows(evaluateRoster(readRoster([['1', '甲', '80']], mapping, processFinal), processFinal, { blank: 'exclude', bands: gradeBandsData }), processFinal, mapping);
    expect(sheet[0]).not.toContain('调整说明');
  });
});

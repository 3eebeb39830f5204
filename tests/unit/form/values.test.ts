import { describe, expect, it } from 'vitest';
import { completion } from '../../../src/lib/form/completion.ts';
import { cellName, cellProblem, charCounter, displayValue, handInFields, hasReferences, headerColumns } from '../../../src/lib/form/cells.ts';
import { emptyValues, getCell, mergeExternal, normalizeValues, rowsOf, withCell, withRowAdded, withRowRemoved, type FormValues } from '../../../src/lib/form/values.ts';
import { forms } from '../../../src/data/forms/index.ts';
import { growable, sample } from './fixtures.ts';

const values = (cells: FormValues['cells'], added: string[] = []): FormValues => ({ ...emptyValues(), cells, added });

describe('completion', () => {
  it.each<[string, FormValues, { filled: number; total: number; complete: boolean }]>([
    ['a blank form', emptyValues(), { filled: 0, total: 5, complete: false }],
    ['one answer (fixed text is not counted)', values({ philosophy: { result: '真诚到永远' } }), { filled: 1, total: 5, complete: false }],
    ['blank-looking spaces', values({ philosophy: { result: '   ' } }), { filled: 0, total: 5, complete: false }],
    ['text in a number column', values({ hotline: { count: '三' } }), { filled: 0, total: 5, complete: false }],
    ['a choice that is not an option', values({ hotline: { boss: '老板' } }), { filled: 0, total: 5, complete: false }],
    [
      'every cell',
      values({ philosophy: { result: '真诚', boss: '客服主管' }, hotline: { result: '400', count: '２', boss: '运营总监' } }),
      { filled: 5, total: 5, complete: true },
    ],
  ])('counts %s', (_, v, expected) => {
    expect(completion(sample, v)).toEqual(expected);
  });

  it('counts the rows the learner added', () => {
    const { values: v } = withRowAdded(growable, values({ 'pair-1': { knowledge: '商品知识', when: '2026-09-30' } }))!;
    expect(completion(growable, v)).toEqual({ filled: 2, total: 4, complete: false });
  });

  it.each(Object.values(forms).map((form) => [form.id, form] as const))('starts %s blank and incomplete', (_, form) => {
    expect(completion(form, emptyValues())).toMatchObject({ filled: 0, complete: false });
  });

  it.each(Object.values(forms).map((form) => [form.id, form] as const))('accepts the reference answers of %s as filled', (_, form) => {
    let v = emptyValues();
    for (const row of form.rows) for (const [column, cell] of Object.entries(row.cells)) if (cell.reference) v = withCell(v, row.id, column, cell.reference);
    const { filled } = completion(form, v);
    const references = form.rows.flatMap((row) => Object.values(row.cells).filter((c) => c.reference)).length;
    expect(filled).toBe(references);
  });
});

describe('cells', () => {
  it.each<[string, string, string | undefined]>([
    ['count', '3', undefined],
    ['count', '2.5', undefined],
    ['count', '１２', undefined],
    ['count', '三人', '请填写数字，如 3 或 2.5'],
    ['boss', '客服主管', undefined],
    ['boss', '老板', '请从选项中选择'],
    ['result', '随便写', undefined],
    ['count', '', undefined],
  ])('checks %s = “%s”', (columnId, text, expected) => {
    expect(cellProblem(sample.columns.find((c) => c.id === columnId)!, text)).toBe(expected);
  });

  it.each<[string, string | undefined, string]>([
    ['2026-09-30', undefined, '2026年9月30日'],
    ['2026-02-30', '请选择一个日期', '2026-02-30'],
    ['下周五', '请选择一个日期', '下周五'],
  ])('reads the date “%s”', (text, problem, shown) => {
    const date = growable.columns[1]!;
    expect([cellProblem(date, text), displayValue(date, text)]).toEqual([problem, shown]);
  });

  it('counts an SMS the way a phone does and says how much to cut', () => {
    const sms = { id: 'sms', label: '短信内容', type: 'longtext' as const, width: 'normal' as const, maxChars: 70 };
    const fits = '【暖居优品】' + '您'.repeat(60) + '退订回T';
    expect(fits.length).toBe(70);
    expect([charCounter(sms, fits), cellProblem(sms, fits)]).toEqual(['已输入 70 / 70 字', undefined]);
    expect(cellProblem(sms, fits + '啦')).toBe('超出 1 字：限 70 字（含签名），请删减，否则短信会被拆成多条发送');
    // An emoji takes two units in an SMS.
    expect(charCounter(sms, '生日快乐🎂')).toBe('已输入 6 / 70 字');
    expect(charCounter(sample.columns[0]!, '随便写')).toBeUndefined();
  });

  it('names each field by row and column, as a screen reader announces it', () => {
    const [first] = rowsOf(sample, emptyValues());
    expect(cellName(first!.name, sample.columns[0]!)).toBe('服务理念 - 查询结果');
    const [numbered] = rowsOf(growable, emptyValues());
    expect(cellName(numbered!.name, growable.columns[0]!)).toBe('第1行 - 知识');
  });

  it('lays out 序号, the row-title column and the columns with widths adding up to 100 %', () => {
    const layout = headerColumns(forms['m1.form.duties']!);
    expect(layout.map((h) => h.label)).toEqual(['序号', '岗位', '工作职责']);
    expect(layout.reduce((sum, h) => sum + h.percent, 0)).toBeCloseTo(100, 0);
  });

  it('puts 姓名, 班级, 日期 and 课次 on a hand-in', () => {
    const fields = handInFields(forms['m1.form.haier-service']!, { name: ' 林小悦 ', className: '电商2401' }, new Date(2026, 8, 7));
    expect(fields).toEqual([['姓名', '林小悦'], ['班级', '电商2401'], ['日期', '2026年9月7日'], ['课次', '1.1 初识客户与电子商务客户服务']]);
  });

  it('offers 查看参考答案 only when the form has reference answers', () => {
    expect([hasReferences(sample), hasReferences(growable)]).toEqual([true, false]);
  });
});

describe('values', () => {
  it('drops a cell emptied again, so saved data stays small', () => {
    const v = withCell(withCell(emptyValues(), 'hotline', 'result', '400'), 'hotline', 'result', '');
    expect(v.cells).toEqual({});
  });

  it('adds rows up to the limit, numbers them after the fixed rows, and removes only added rows', () => {
    const first = withRowAdded(growable, emptyValues())!;
    const second = withRowAdded(growable, withCell(first.values, first.rowId, 'knowledge', '物流'))!;
    expect(withRowAdded(growable, second.values)).toBeUndefined();
    expect(rowsOf(growable, second.values).map((r) => [r.id, r.number, r.name])).toEqual([
      ['pair-1', 1, '第1行'],
      ['add-1', 2, '第2行'],
      ['add-2', 3, '第3行'],
    ]);
    const removed = withRowRemoved(second.values, 'add-1');
    expect([removed.added, getCell(removed, 'add-1', 'knowledge')]).toEqual([['add-2'], '']);
    expect(withRowRemoved(removed, 'pair-1')).toBe(removed);
    expect(withRowAdded(growable, removed)!.rowId).toBe('add-3');
  });

  it('keeps only the cells the current form has a place for', () => {
    const saved = values({ philosophy: { result: '真诚', count: '9', gone: 'x' }, removed: { result: 'y' }, hotline: { boss: '客服主管' } }, ['add-1']);
    const { values: v, ignored } = normalizeValues(sample, saved);
    expect(v).toEqual(values({ philosophy: { result: '真诚' }, hotline: { boss: '客服主管' } }));
    expect(ignored).toBe(3);
  });

  it('keeps this tab’s unsaved typing when another tab saves', () => {
    const external = { ...values({ philosophy: { result: '另一个标签页' }, hotline: { result: '400' } }), name: '林小悦' };
    const local = { ...values({ philosophy: { result: '本页正在输入' } }, ['add-1']), name: '' };
    const merged = mergeExternal(external, local, new Set(['philosophy/result', 'added']));
    expect(merged).toEqual({ ...values({ philosophy: { result: '本页正在输入' }, hotline: { result: '400' } }, ['add-1']), name: '林小悦' });
  });
});

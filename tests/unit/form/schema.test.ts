import { describe, expect, it } from 'vitest';
import { formSchema, type FormInput } from '../../../src/schemas/form.ts';
import { checkForms, formFiles, forms, formsOfLesson } from '../../../src/data/forms/index.ts';
import { outline, requirementIds } from '../../../src/data/index.ts';
import { sampleInput } from './fixtures.ts';

/** The sample form with some fields replaced (a fresh copy every time). */
const edit = (change: (form: FormInput) => void): FormInput => {
  const copy = structuredClone(sampleInput);
  change(copy);
  return copy;
};

const messages = (data: unknown) => {
  const result = formSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('form schema', () => {
  it('accepts a well-formed form and fills in defaults', () => {
    const form = formSchema.parse(sampleInput);
    expect(form.columns.map((c) => c.width)).toEqual(['normal', 'narrow', 'normal']);
    expect(form.numbered).toBe(false);
  });

  it.each<[string, (form: FormInput) => void, string]>([
    ['a malformed form ID', (f) => (f.id = 'm1.forms.Sample'), 'id: 表格编号格式应为 m<模块号>.form.<英文短名>'],
    ['a lesson of another module', (f) => (f.lesson = '2.1'), 'lesson: 表格编号 m1.form.sample 属于第 1 模块，课次 2.1 却不在该模块'],
    ['duplicate column IDs', (f) => f.columns.push({ id: 'result', label: '备注' }), 'columns: 列编号 “result” 重复'],
    ['duplicate column headers', (f) => f.columns.push({ id: 'note', label: '人数' }), 'columns: 列标题 “人数” 重复'],
    ['duplicate row IDs', (f) => f.rows.push({ id: 'hotline', label: '热线' }), 'rows: 行编号 “hotline” 重复'],
    ['a choice column without options', (f) => delete f.columns[2]!.options, 'columns.2.options: 选择列 “直接上级” 至少要有 2 个选项'],
    ['repeated options', (f) => (f.columns[2]!.options = ['客服主管', '客服主管']), 'columns.2.options: 选择列 “直接上级” 的选项 “客服主管” 重复'],
    ['options on a text column', (f) => (f.columns[0]!.options = ['是', '否']), 'columns.0.options: 只有选择列（type: \'choice\'）才能有选项'],
    ['a cell pointing at no column', (f) => (f.rows[0]!.cells = { answer: { reference: '真诚' } }), 'rows.0.cells.answer: 行 “philosophy” 的格指向不存在的列 “answer”（现有：result、count、boss）'],
    ['a reference that is not an option', (f) => (f.rows[1]!.cells = { boss: { reference: '老板' } }), 'rows.1.cells.boss.reference: 参考答案 “老板” 不是列 “直接上级” 的选项'],
    ['a non-numeric reference in a number column', (f) => (f.rows[1]!.cells = { count: { reference: '三' } }), 'rows.1.cells.count.reference: 数字列 “人数” 的参考答案应是数字'],
    ['a fixed cell with a reference', (f) => (f.rows[0]!.cells!.count = { value: '1', reference: '1' }), 'rows.0.cells.count: 行 “philosophy” 的 “人数” 是固定内容，不需要提示或参考答案'],
    ['a row without a title under a row header', (f) => delete f.rows[1]!.label, 'rows.1.label: 表格设置了行标题列 “项目”，第 2 行（hotline）却没有 label'],
    ['a row title without a row header', (f) => delete f.rowHeader, 'rows.0.label: 第 1 行（philosophy）有 label “服务理念”，但表格没有设置 rowHeader'],
    ['a reserved row ID', (f) => (f.rows[1]!.id = 'add-1'), 'rows.1.id: 行编号 “add-1” 以 add- 开头'],
    ['added rows under a row header', (f) => (f.addRows = { max: 2 }), 'addRows: 可添加行的表格不能设置 rowHeader'],
    ['nothing to fill in', (f) => {
      f.columns = [{ id: 'result', label: '查询结果' }];
      f.rows = [{ id: 'philosophy', label: '服务理念', cells: { result: { value: '真诚到永远' } } }];
    }, 'rows: 表格里没有一个需要学生填写的格'],
    ['an unknown field type', (f) => ((f.columns[0] as { type: string }).type = 'email'), 'columns.0.type: 字段类型应为：text / longtext / number / date / choice'],
    ['a malformed requirement ID', (f) => (f.requirements = ['m1.role']), 'requirements.0: 要求编号格式应为'],
  ])('rejects %s, saying why in Chinese', (_, change, expected) => {
    const found = messages(edit(change));
    expect(found.some((m) => m.startsWith(expected)), `got: ${found.join(' | ')}`).toBe(true);
  });
});

describe('the forms data', () => {
  it('validates every form of module 1, 表1-1 to 表1-8 included', () => {
    const titles = Object.values(forms).map((f) => f.title.split(' ')[0]);
    expect(titles).toEqual(expect.arrayContaining(['表1-1', '表1-2', '表1-3', '表1-4', '表1-5', '表1-6', '表1-7', '表1-8']));
  });

  it('fills in the lesson title from the outline', () => {
    expect(forms['m1.form.haier-service']).toMatchObject({ title: '表1-1 海尔集团售后服务', lesson: '1.1', lessonTitle: '初识客户与电子商务客户服务' });
  });

  it('lists a lesson’s forms in the order they are written', () => {
    expect(formsOfLesson('1.2').map((f) => f.title.split(' ')[0])).toEqual(['表1-4', '表1-5', '表1-6', '表1-7', '表1-8']);
  });

  it('gives every form reference answers a learner can check against', () => {
    for (const form of Object.values(forms)) {
      expect(form.rows.some((row) => Object.values(row.cells).some((cell) => cell.reference)), form.id).toBe(true);
    }
  });

  it('keeps the org chart’s reference headcounts adding up to the 12 people of the story', () => {
    const chart = forms['m1.form.org-chart']!;
    expect(chart.rows.reduce((sum, row) => sum + Number(row.cells.headcount?.reference), 0)).toBe(12);
  });

  const context = { outline, requirementIds };
  const one = (change: (form: FormInput) => void) => ({ 'src/data/forms/m9.ts': [edit(change)] });
  it.each<[string, Record<string, FormInput[]>, string]>([
    ['a lesson missing from the outline', one((f) => (f.lesson = '1.9')), 'src/data/forms/m9.ts: m1.form.sample 的课次 1.9 不在课程大纲中'],
    ['an unknown requirement', one((f) => (f.requirements = ['m1.know.flying'])), 'src/data/forms/m9.ts: m1.form.sample 引用了课程标准中不存在的要求编号 m1.know.flying'],
    ['the same ID in two files', { 'src/data/forms/a.ts': [sampleInput], 'src/data/forms/b.ts': [sampleInput] }, 'src/data/forms/b.ts: 表格编号 m1.form.sample 重复'],
    ['a schema error, naming the file, form and field', one((f) => (f.columns[2]!.options = [])), 'src/data/forms/m9.ts: m1.form.sample 字段 columns.2.options：选择列 “直接上级” 至少要有 2 个选项'],
  ])('reports %s', (_, files, expected) => {
    const { problems } = checkForms(files, context);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toContainEqual(expect.stringContaining(expected));
  });

  it('finds no problem in the shipped data', () => {
    expect(checkForms(formFiles, context).problems).toEqual([]);
  });
});

import { formSchema, type FormExercise, type FormInput } from '../../../src/schemas/form.ts';

/** A small valid form: a row-header column, a text column, a number column and a choice column. */
export const sampleInput: FormInput = {
  id: 'm1.form.sample',
  title: '表1-9 示例表格',
  lesson: '1.1',
  instructions: '按要求填写下表。',
  rowHeader: '项目',
  columns: [
    { id: 'result', label: '查询结果', type: 'longtext', hint: '写要点即可' },
    { id: 'count', label: '人数', type: 'number', width: 'narrow' },
    { id: 'boss', label: '直接上级', type: 'choice', options: ['客服主管', '运营总监'] },
  ],
  rows: [
    { id: 'philosophy', label: '服务理念', cells: { result: { reference: '真诚到永远' }, count: { value: '—' } } },
    { id: 'hotline', label: '咨询帮助热线', cells: { boss: { reference: '客服主管' } } },
  ],
  requirements: ['m1.know.role'],
};

/** The sample form, validated. */
export const sample: FormExercise = formSchema.parse(sampleInput);

/** A numbered form that lets the learner add up to two rows. */
export const growable: FormExercise = formSchema.parse({
  id: 'm1.form.growable',
  title: '表1-5 知识和技能',
  lesson: '1.2',
  instructions: '每行写一组知识和技能。',
  numbered: true,
  columns: [
    { id: 'knowledge', label: '知识' },
    { id: 'when', label: '完成时间', type: 'date' },
  ],
  rows: [{ id: 'pair-1' }],
  addRows: { max: 2 },
} satisfies FormInput);

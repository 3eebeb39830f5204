import { z } from './zod.ts';

/**
 * Question banks (题库). Every question ships its answer key; the schema checks meaning, not only
 * shape: the key points at existing options, options are unique, every blank accepts something.
 */

const id = z.string().regex(/^m\d+\.q\.[a-z0-9][a-z0-9-]*$/, { error: '题目编号格式应为 m<模块号>.q.<英文短名>，如 m1.q.kpi-formula' });
const optionId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: '选项编号只用小写字母、数字和连字符，如 a、b、late-reply' });

/** A choice option; `feedback` is shown when the learner picks it. */
export const optionSchema = z.object({ id: optionId, text: z.string().min(1), feedback: z.string().optional() });

const base = {
  /** Stable ID: saved answers refer to it. @example 'm1.q.kpi-formula' */
  id,
  /** The question as the learner reads it. Blanks are written `{{b1}}` (fill-in only). */
  prompt: z.string().min(4),
  /** Why the answer is right; shown after an attempt. */
  explanation: z.string().min(4),
  /** Requirement IDs the question assesses. */
  requirements: z.array(z.string()).default([]),
  /** Points for a fully correct answer. @default 1 */
  points: z.number().positive().default(1),
};

/** 单选题 */
export const singleSchema = z.object({ ...base, type: z.literal('single'), options: z.array(optionSchema).min(2), answer: optionId });
/** 多选题: partial credit, see `src/lib/quiz/grade.ts`. */
export const multipleSchema = z.object({ ...base, type: z.literal('multiple'), options: z.array(optionSchema).min(3), answer: z.array(optionId).min(2) });
/** 判断题 */
export const trueFalseSchema = z.object({ ...base, type: z.literal('truefalse'), answer: z.boolean() });

/** One blank: accepted answers (compared after normalisation) and optional answer-engine rules. */
export const blankSchema = z.object({
  id: optionId,
  /** Accepted answers; the first is the model answer. @example ['下单人数', '成交人数'] */
  accept: z.array(z.string().min(1)).min(1, { error: '每个空至少要有一个参考答案' }),
  /** Treat Chinese numerals and digits as equal (七天 = 7天). @default false */
  numerals: z.boolean().default(false),
  /** Accept answers that contain the accepted text inside a longer reply (e.g. 'A. 售前'). @default false */
  contains: z.boolean().default(false),
});

/** 填空题: blanks in a sentence, or in a table whose cells may hold `{{id}}` markers. */
export const blankQuestionSchema = z.object({
  ...base,
  type: z.literal('blank'),
  blanks: z.array(blankSchema).min(1),
  /** Optional table layout; cells contain text and `{{id}}` markers. */
  table: z.object({ columns: z.array(z.string()).min(1), rows: z.array(z.array(z.string())).min(1) }).optional(),
});

/** 排序题: items listed in the correct order; the learner sees them shuffled. */
export const orderingSchema = z.object({ ...base, type: z.literal('ordering'), items: z.array(optionSchema).min(3) });

/** 匹配 / 分类题: put each item into one category (click-to-place). */
export const matchingSchema = z.object({
  ...base,
  type: z.literal('matching'),
  categories: z.array(optionSchema).min(2),
  items: z.array(optionSchema.extend({ category: optionId })).min(2),
});

/** 简答题: a reference answer and a checklist the learner ticks to check themselves. */
export const shortSchema = z.object({
  ...base,
  type: z.literal('short'),
  reference: z.string().min(4),
  /** Points a good answer makes; the learner ticks the ones they covered. */
  checklist: z.array(z.string().min(2)).min(2),
});

/** Any question. */
export const questionSchema = z
  .discriminatedUnion('type', [singleSchema, multipleSchema, trueFalseSchema, blankQuestionSchema, orderingSchema, matchingSchema, shortSchema])
  .superRefine((q, ctx) => {
    const dupes = (ids: string[]) => ids.filter((v, i) => ids.indexOf(v) !== i);
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if ('options' in q) {
      for (const d of dupes(q.options.map((o) => o.id))) issue(['options'], `选项编号 “${d}” 重复`);
      for (const d of dupes(q.options.map((o) => o.text))) issue(['options'], `选项内容 “${d}” 重复`);
      const ids = new Set(q.options.map((o) => o.id));
      const keys = q.type === 'single' ? [q.answer] : q.type === 'multiple' ? q.answer : [];
      keys.forEach((k, i) => ids.has(k) || issue(['answer', ...(q.type === 'multiple' ? [i] : [])], `答案 “${k}” 不是任何选项的编号（现有：${[...ids].join('、')}）`));
      if (q.type === 'multiple') {
        for (const d of dupes(q.answer)) issue(['answer'], `答案 “${d}” 重复`);
        if (q.answer.length >= q.options.length) issue(['answer'], '多选题不能所有选项都正确');
      }
    }
    if (q.type === 'ordering' || q.type === 'matching') {
      for (const d of dupes(q.items.map((o) => o.id))) issue(['items'], `项目编号 “${d}” 重复`);
      for (const d of dupes(q.items.map((o) => o.text))) issue(['items'], `项目内容 “${d}” 重复`);
    }
    if (q.type === 'matching') {
      const cats = new Set(q.categories.map((c) => c.id));
      for (const d of dupes(q.categories.map((c) => c.id))) issue(['categories'], `类别编号 “${d}” 重复`);
      q.items.forEach((item, i) => cats.has(item.category) || issue(['items', i, 'category'], `类别 “${item.category}” 不存在（现有：${[...cats].join('、')}）`));
    }
    if (q.type === 'blank') {
      const markers = [...(q.prompt + JSON.stringify(q.table ?? '')).matchAll(/\{\{([a-z0-9-]+)\}\}/g)].map((m) => m[1]!);
      const ids = q.blanks.map((b) => b.id);
      for (const d of dupes(ids)) issue(['blanks'], `空的编号 “${d}” 重复`);
      for (const b of ids) if (!markers.includes(b)) issue(['blanks'], `空 “${b}” 没有出现在题干或表格中（写作 {{${b}}}）`);
      for (const m of markers) if (!ids.includes(m)) issue(['prompt'], `题干中的 {{${m}}} 没有对应的空（blanks 中缺少 id: ${m}）`);
    }
  });

/** A module's question bank. */
export const bankSchema = z
  .object({
    /** Module number the bank belongs to. */
    module: z.number().int().min(1),
    title: z.string().min(2),
    questions: z.array(questionSchema).min(1),
  })
  .superRefine((bank, ctx) => {
    const seen = new Set<string>();
    bank.questions.forEach((q, i) => {
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `题目编号 ${q.id} 重复` });
      seen.add(q.id);
      if (!q.id.startsWith(`m${bank.module}.q.`)) {
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `第 ${bank.module} 模块题库中的题目编号应以 m${bank.module}.q. 开头` });
      }
    });
  });

export type QuestionInput = z.input<typeof questionSchema>;
export type Question = z.output<typeof questionSchema>;
export type QuestionType = Question['type'];
export type BankInput = z.input<typeof bankSchema>;
export type Bank = z.output<typeof bankSchema>;
export type Option = z.output<typeof optionSchema>;
export type Blank = z.output<typeof blankSchema>;

export { questionTypeLabels } from '../lib/quiz/labels.ts';

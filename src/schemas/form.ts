import { z } from './zod.ts';

/**
 * Form / table exercises (表格练习), such as 表1-1 海尔集团售后服务. One widget renders every form
 * from this data. The schema checks meaning, not only shape: IDs are unique, choice columns have
 * options, hints and reference answers point at existing columns, and the learner has something to fill.
 */

const id = z.string().regex(/^m\d+\.form\.[a-z0-9][a-z0-9-]*$/, { error: '表格编号格式应为 m<模块号>.form.<英文短名>，如 m1.form.haier-service' });
const partId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: '列和行的编号只用小写字母、数字和连字符，如 result、install' });

/** Field types a column can have. */
export const fieldTypes = ['text', 'longtext', 'number', 'date', 'choice'] as const;

/** One column the learner fills in (the row-label column is not one of these). */
export const columnSchema = z.object({
  /** Stable ID: saved answers refer to it. @example 'result' */
  id: partId,
  /** Column header. @example '查询结果' */
  label: z.string().min(1),
  /** What the learner types. @default 'text' */
  type: z.enum(fieldTypes, { error: `字段类型应为：${fieldTypes.join(' / ')}` }).default('text'),
  /** Choices of a `choice` column, in display order. */
  options: z.array(z.string().min(1)).optional(),
  /** Help shown under the column header. @example '写出要点即可，不必逐字抄写' */
  hint: z.string().min(2).optional(),
  /**
   * Most characters a cell may hold, counted as an SMS counts them (UTF-16 units: a Chinese
   * character is 1, an emoji 2); a live counter shows the length. @example 70 (one SMS)
   */
  maxChars: z.number().int().min(10).max(2000).optional(),
  /** Relative width on wide screens and in Word. @default 'normal' */
  width: z.enum(['narrow', 'normal', 'wide']).default('normal'),
});

/** Per-cell content of a fixed row, keyed by column ID. */
export const cellSchema = z.object({
  /** Fixed, read-only text: the learner does not fill this cell. */
  value: z.string().min(1).optional(),
  /** Help for this cell; replaces the column's hint. */
  hint: z.string().min(2).optional(),
  /** Reference answer, shown only when the learner (or teacher) asks. */
  reference: z.string().min(1).optional(),
});

/** A fixed row of the form. */
export const rowSchema = z.object({
  /** Stable ID: saved answers refer to it. `add-…` is reserved for rows the learner adds. @example 'hotline' */
  id: partId,
  /** Row title in the row-header column. @example '咨询帮助热线' */
  label: z.string().min(1).optional(),
  /** Fixed text, hints and reference answers of this row's cells. */
  cells: z.record(z.string(), cellSchema).default({}),
});

/** A form exercise. */
export const formSchema = z
  .object({
    /** Stable ID: saved answers and exported files refer to it. @example 'm1.form.haier-service' */
    id,
    /** Title as printed above the table. @example '表1-1 海尔集团售后服务' */
    title: z.string().min(2),
    /** Lesson code the form belongs to: its one membership declaration (src/schemas/quiz.ts). @example '1.1' */
    lesson: z.string().regex(/^\d+\.\d+$/, { error: '课次编号应写成 “模块号.序号”，如 1.1' }),
    /** Lesson title printed on hand-ins. @default the outline's title (filled in by src/data/forms/index.ts) */
    lessonTitle: z.string().min(2).optional(),
    /** What to do, one or two sentences shown above the table. */
    instructions: z.string().min(4),
    /** Header of the row-title column; set it when rows have labels. @example '项目' */
    rowHeader: z.string().min(1).optional(),
    /** Show a 序号 column numbering the rows. @default false */
    numbered: z.boolean().default(false),
    /** Columns the learner fills in. */
    columns: z.array(columnSchema).min(1, { error: '至少要有一列' }),
    /** Fixed rows, in order. */
    rows: z.array(rowSchema).min(1, { error: '至少要有一行' }),
    /** Lets the learner add rows below the fixed ones. */
    addRows: z
      .object({
        /** Most rows the learner may add. */
        max: z.number().int().min(1).max(30),
        /** Text of the add button. @default '添加一行' */
        label: z.string().min(2).default('添加一行'),
      })
      .optional(),
    /** Requirement IDs the form practises. @example ['m1.know.role'] */
    requirements: z.array(z.string().regex(/^m\d+\.(know|skill|attitude)\.[a-z0-9-]+$/, { error: '要求编号格式应为 m<模块号>.know|skill|attitude.<短名>' })).default([]),
  })
  .superRefine((form, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const dupes = (ids: string[]) => [...new Set(ids.filter((v, i) => ids.indexOf(v) !== i))];
    const columns = new Map(form.columns.map((c) => [c.id, c]));

    for (const d of dupes(form.columns.map((c) => c.id))) issue(['columns'], `列编号 “${d}” 重复`);
    for (const d of dupes(form.columns.map((c) => c.label))) issue(['columns'], `列标题 “${d}” 重复`);
    for (const d of dupes(form.rows.map((r) => r.id))) issue(['rows'], `行编号 “${d}” 重复`);

    const moduleOfId = /^m(\d+)\./.exec(form.id)?.[1];
    if (moduleOfId !== form.lesson.split('.')[0]) issue(['lesson'], `表格编号 ${form.id} 属于第 ${moduleOfId} 模块，课次 ${form.lesson} 却不在该模块`);

    form.columns.forEach((column, i) => {
      if (column.type === 'choice') {
        if (!column.options || column.options.length < 2) issue(['columns', i, 'options'], `选择列 “${column.label}” 至少要有 2 个选项`);
        for (const d of dupes(column.options ?? [])) issue(['columns', i, 'options'], `选择列 “${column.label}” 的选项 “${d}” 重复`);
      } else if (column.options) {
        issue(['columns', i, 'options'], `只有选择列（type: 'choice'）才能有选项，列 “${column.label}” 的类型是 ${column.type}`);
      }
    });

    if (form.rowHeader && form.addRows) {
      issue(['addRows'], '可添加行的表格不能设置 rowHeader：新增的行没有行标题。请改用 numbered: true 编号，并把行标题作为普通的一列');
    }

    let editable = 0;
    form.rows.forEach((row, r) => {
      if (row.id.startsWith('add-')) issue(['rows', r, 'id'], `行编号 “${row.id}” 以 add- 开头，这个前缀留给学生添加的行`);
      if (form.rowHeader && !row.label) issue(['rows', r, 'label'], `表格设置了行标题列 “${form.rowHeader}”，第 ${r + 1} 行（${row.id}）却没有 label`);
      if (!form.rowHeader && row.label) issue(['rows', r, 'label'], `第 ${r + 1} 行（${row.id}）有 label “${row.label}”，但表格没有设置 rowHeader（行标题列的表头）`);
      for (const [columnId, cell] of Object.entries(row.cells)) {
        const path = ['rows', r, 'cells', columnId];
        const column = columns.get(columnId);
        if (!column) {
          issue(path, `行 “${row.id}” 的格指向不存在的列 “${columnId}”（现有：${[...columns.keys()].join('、')}）`);
          continue;
        }
        if (cell.value !== undefined && (cell.reference !== undefined || cell.hint !== undefined)) {
          issue(path, `行 “${row.id}” 的 “${column.label}” 是固定内容，不需要提示或参考答案`);
        }
        if (cell.reference !== undefined && column.type === 'choice' && !column.options?.includes(cell.reference)) {
          issue([...path, 'reference'], `参考答案 “${cell.reference}” 不是列 “${column.label}” 的选项（现有：${(column.options ?? []).join('、')}）`);
        }
        if (cell.reference !== undefined && column.type === 'number' && !/^-?\d+(\.\d+)?$/.test(cell.reference)) {
          issue([...path, 'reference'], `数字列 “${column.label}” 的参考答案应是数字，实际为 “${cell.reference}”`);
        }
      }
      editable += form.columns.filter((c) => row.cells[c.id]?.value === undefined).length;
    });
    if (editable === 0) issue(['rows'], '表格里没有一个需要学生填写的格：每一格都是固定内容');
  });

export type FormInput = z.input<typeof formSchema>;
export type FormExercise = z.output<typeof formSchema>;
export type FormColumn = z.output<typeof columnSchema>;
export type FormRow = z.output<typeof rowSchema>;
export type FormCell = z.output<typeof cellSchema>;
export type FieldType = (typeof fieldTypes)[number];

import type { FormExercise } from '../../schemas/form.ts';
import type { LessonData } from '../../schemas/lesson.ts';
import { fixedText, headerColumns } from '../form/cells.ts';
import { emptyValues, rowsOf } from '../form/values.ts';
import { safeFileName } from '../file-name.ts';

/** What a 学案 is made from: the lesson's front matter plus its module's display name. */
export type GuideSource = Pick<LessonData, 'code' | 'title' | 'guide' | 'homework'> & {
  /** 所属模块, e.g. '模块1 走近网络客服工作平台'. */
  moduleLabel: string;
};

/** A form printed blank for handwriting: headers with widths, and rows whose empty cells are to be filled. */
export interface BlankForm {
  /** The form's ID in src/data/forms/. */
  id: string;
  /** The form's title, e.g. '表1-7 暖居优品客服部岗位与汇报关系'. */
  title: string;
  /** What to fill in, printed under the title. */
  instructions: string;
  /** Column headers and their widths in percent (they sum to about 100). */
  columns: { label: string; percent: number }[];
  /** Cell texts row by row; the row number, the row label and fixed cells are filled, the rest are ''. */
  rows: string[][];
  /** How many leading cells of each row are labels (序号 and/or the row header): printed as `<th>`. */
  labelCells: number;
}

/** A classroom task of the 学案 with its form laid out blank. */
export interface GuideTask {
  /** What the student does. */
  task: string;
  /** The form to fill in for the task, laid out blank. */
  form?: BlankForm;
}

/** The whole 学案 of one lesson, ready to render on the page or in Word. */
export interface GuideSheet {
  /** 《课程名》学案 */
  title: string;
  /** Module and lesson line under the title. */
  subtitle: string;
  /** Blanks the student fills in by hand at the top of the page. */
  identity: readonly string[];
  /** 课前预习 */
  preview: string[];
  /** 课堂任务 */
  tasks: GuideTask[];
  /** 课后作业: the lesson's `homework`. */
  homework: string[];
}

/** The blanks at the top of every 学案. */
export const guideIdentity = ['班级', '姓名', '学号'] as const;

/** A form laid out blank: the same columns and rows as on screen, with only the fixed text filled in. */
export function blankForm(form: FormExercise): BlankForm {
  const columns = headerColumns(form).map(({ label, percent }) => ({ label, percent }));
  const rows = rowsOf(form, emptyValues()).map((row) => [
    ...(form.numbered ? [String(row.number)] : []),
    ...(form.rowHeader ? [row.label ?? ''] : []),
    ...form.columns.map((column) => fixedText(form, row.id, column.id) ?? ''),
  ]);
  return { id: form.id, title: form.title, instructions: form.instructions, columns, rows, labelCells: Number(form.numbered) + Number(Boolean(form.rowHeader)) };
}

/**
 * Lays a lesson out as a 学案 for students: 课前预习, 课堂任务 with their forms printed blank, and
 * 课后作业 (the lesson's own homework). Pure: the page and the Word export render what this returns.
 */
export function guideSheet(source: GuideSource, forms: Readonly<Record<string, FormExercise>>, courseName: string): GuideSheet {
  return {
    title: `《${courseName}》学案`,
    subtitle: `${source.moduleLabel} · 第 ${source.code} 课 ${source.title}`,
    identity: guideIdentity,
    preview: [...source.guide.preview],
    tasks: source.guide.tasks.map(({ task, form }) => {
      const exercise = form === undefined ? undefined : forms[form];
      if (form !== undefined && !exercise) throw new Error(`学案引用了不存在的表单 “${form}”（第 ${source.code} 课）`);
      return exercise ? { task, form: blankForm(exercise) } : { task };
    }),
    homework: [...source.homework],
  };
}

/** Name of the 学案's Word file. @example guideFileName('1.2', '客服岗位、素养与金牌客服') === '学案-1.2-客服岗位、素养与金牌客服.docx' */
export function guideFileName(code: string, title: string): string {
  return `${safeFileName(`学案-${code}-${title}`, '-')}.docx`;
}

import type { FormColumn, FormExercise } from '../../schemas/form.ts';

/** Fixed, read-only text of a cell, or undefined when the learner fills it. */
export function fixedText(form: FormExercise, rowId: string, columnId: string): string | undefined {
  return form.rows.find((row) => row.id === rowId)?.cells[columnId]?.value;
}

/** Help for a cell: its own hint, else the column's. */
export function cellHint(form: FormExercise, rowId: string, column: FormColumn): string | undefined {
  return form.rows.find((row) => row.id === rowId)?.cells[column.id]?.hint ?? column.hint;
}

/** Reference answer of a cell, if the form gives one. */
export function cellReference(form: FormExercise, rowId: string, columnId: string): string | undefined {
  return form.rows.find((row) => row.id === rowId)?.cells[columnId]?.reference;
}

/** Whether any cell of the form has a reference answer (decides if 查看参考答案 is offered). */
export function hasReferences(form: FormExercise): boolean {
  return form.rows.some((row) => Object.values(row.cells).some((cell) => cell.reference !== undefined));
}

/** Accessible name of an input: row name and column header, e.g. “服务理念 - 查询结果”. */
export function cellName(rowName: string, column: FormColumn): string {
  return `${rowName} - ${column.label}`;
}

const numberPattern = /^[-+]?\d+(\.\d+)?$/;

/** Whether `text` is a real calendar date written YYYY-MM-DD (what a date input gives). */
function isDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Length of a cell as an SMS counts it: UTF-16 units, so a Chinese character is 1 and an emoji 2. */
export const smsLength = (text: string): number => text.trim().length;

/** The counter under a cell with `maxChars`, e.g. “已输入 12 / 70 字”. */
export function charCounter(column: FormColumn, text: string): string | undefined {
  if (column.maxChars === undefined) return undefined;
  return `已输入 ${smsLength(text)} / ${column.maxChars} 字`;
}

/** Why a non-blank cell's text does not fit its column (Chinese, shown beside the cell), or undefined. */
export function cellProblem(column: FormColumn, text: string): string | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  if (column.maxChars !== undefined && smsLength(value) > column.maxChars) {
    return `超出 ${smsLength(value) - column.maxChars} 字：限 ${column.maxChars} 字（含签名），请删减，否则短信会被拆成多条发送`;
  }
  if (column.type === 'number' && !numberPattern.test(value.normalize('NFKC'))) return '请填写数字，如 3 或 2.5';
  if (column.type === 'date' && !isDate(value)) return '请选择一个日期';
  if (column.type === 'choice' && !column.options?.includes(value)) return '请从选项中选择';
  return undefined;
}

/** A date as Chinese print shows it, e.g. 2026年9月8日. */
export function formatDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

/** Cell text as printed or written to Word: dates in Chinese form, everything else as typed. */
export function displayValue(column: FormColumn, text: string): string {
  if (column.type === 'date' && isDate(text)) {
    const [year, month, day] = text.split('-').map(Number) as [number, number, number];
    return `${year}年${month}月${day}日`;
  }
  return text;
}

/** The 姓名 / 班级 / 日期 / 课次 line of a hand-in, as label–value pairs. */
export function handInFields(form: FormExercise, identity: { name: string; className: string }, date: Date): [string, string][] {
  const lesson = form.lessonTitle ? `${form.lesson} ${form.lessonTitle}` : form.lesson;
  return [
    ['姓名', identity.name.trim()],
    ['班级', identity.className.trim()],
    ['日期', formatDate(date)],
    ['课次', lesson],
  ];
}

/** One header column of the table as laid out: 序号, the row-title column, then the form's columns. */
export interface HeaderColumn {
  key: string;
  label: string;
  /** Share of the table width, in percent (sums to 100). */
  percent: number;
}

const weights = { narrow: 1, normal: 2, wide: 3 } as const;

/** Header columns with their widths, shared by the page and the Word export. */
export function headerColumns(form: FormExercise): HeaderColumn[] {
  const list: { key: string; label: string; weight: number }[] = [];
  if (form.numbered) list.push({ key: '#number', label: '序号', weight: 0.8 });
  if (form.rowHeader) list.push({ key: '#label', label: form.rowHeader, weight: 1.2 });
  for (const column of form.columns) list.push({ key: column.id, label: column.label, weight: weights[column.width] });
  const sum = list.reduce((total, c) => total + c.weight, 0);
  return list.map(({ key, label, weight }) => ({ key, label, percent: Math.round((weight / sum) * 1000) / 10 }));
}

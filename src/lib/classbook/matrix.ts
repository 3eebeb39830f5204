import type { ClassCatalog } from './catalog.ts';
import { lessonItem, markKey, recordKey, type ClassBook, type ClassRecord } from './types.ts';

/**
 * The class matrix of the class page: students (rows) × items (columns). Each lesson gives up to three
 * columns (quiz %, forms filled, best mock chat), each exam one (its marked %, with the teacher's marks
 * of the short answers added once given). Empty cells are what was not handed in.
 */

export type ColumnKind = 'quiz' | 'forms' | 'chats' | 'exam';

export interface MatrixColumn {
  /** e.g. 'lesson:1.1:quiz', 'exam-m1:exam'. */
  id: string;
  /** The record item: 'lesson:1.1' or 'exam-m1'. */
  item: string;
  kind: ColumnKind;
  module: number;
  /** Short heading, e.g. '1.1 小测'. */
  label: string;
  /** What it is in full, e.g. '第1.1课 课堂小测得分率'. */
  title: string;
}

export interface MatrixCell {
  /** For sorting: a fraction 0–1 (quiz, forms, exam) or points of 100 (chats). */
  value: number;
  /** As shown, e.g. '75%', '2/3', '85'. */
  text: string;
  /** From a score code, not a file. */
  fromCode: boolean;
}

export interface MatrixRow {
  studentNo: string;
  name: string;
  className: string;
  cells: (MatrixCell | undefined)[];
  /** Items shown that this student handed in, and the share of them. */
  handedIn: number;
  completion: number;
}

export interface MatrixOptions {
  /** Only this module's items. */
  module?: number;
  /** Only columns of this kind. */
  kind?: ColumnKind;
  sort?: { by: 'studentNo' | 'name' | 'completion' | 'column'; column?: string; descending?: boolean };
}

export interface ClassMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** Per item shown, the students known to the book who have not handed it in. */
  missing: { item: string; label: string; students: { studentNo: string; name: string }[] }[];
  /** Items shown. */
  items: number;
}

const kindLabels: Record<ColumnKind, string> = { quiz: '小测', forms: '表单', chats: '实战', exam: '测验' };

/** Every column the catalog gives, in course order. */
export function matrixColumns(catalog: ClassCatalog): MatrixColumn[] {
  const columns: MatrixColumn[] = [];
  for (const module of catalog.modules) {
    for (const lesson of catalog.lessons.filter((l) => l.module === module.number)) {
      const item = lessonItem(lesson.code);
      const add = (kind: ColumnKind, what: string) => columns.push({ id: `${item}:${kind}`, item, kind, module: module.number, label: `${lesson.code} ${kindLabels[kind]}`, title: `第${lesson.code}课 ${what}` });
      if (lesson.quizzes.length) add('quiz', '课堂小测得分率');
      if (lesson.forms.length) add('forms', `已填表单数（共 ${lesson.forms.length} 张）`);
      if (lesson.chats.length) add('chats', '模拟实战最好成绩（满分 100）');
    }
    for (const exam of catalog.exams.filter((e) => e.module === module.number)) {
      columns.push({ id: `${exam.id}:exam`, item: exam.id, kind: 'exam', module: module.number, label: exam.id === 'exam-final' ? '期末' : `M${module.number} 测验`, title: `${exam.title}得分率（含老师批改的简答）` });
    }
  }
  return columns;
}

const percent = (points: number, max: number): MatrixCell | undefined => (max > 0 ? { value: points / max, text: `${Math.round((points / max) * 100)}%`, fromCode: false } : undefined);

/** The teacher's marks added to what the site marked: each pending part the teacher has marked. */
function withMarks(book: ClassBook, studentNo: string, item: string, points: number, max: number, pending: readonly { id: string }[]) {
  for (const part of pending) {
    const mark = book.marks[markKey(studentNo, item, part.id)];
    if (mark) {
      points += mark.points;
      max += mark.max;
    }
  }
  return { points, max };
}

/** One cell of a record. */
function cellOf(book: ClassBook, studentNo: string, column: MatrixColumn, record: ClassRecord, catalog: ClassCatalog): MatrixCell | undefined {
  if (record.source === 'score-code') {
    const letter = { quiz: 'quiz', forms: 'form', chats: 'chat', exam: 'exam' } as const;
    const entries = record.code.entries.filter((e) => e.kind === letter[column.kind]);
    if (!entries.length) return undefined;
    let cell: MatrixCell | undefined;
    if (column.kind === 'forms') cell = formsCell(entries.map((e) => e.points), catalog, column);
    else if (column.kind === 'chats') cell = chatsCell(entries.map((e) => e.points));
    else cell = percent(sum(entries.map((e) => e.points)), sum(entries.map((e) => e.max)));
    return cell && { ...cell, fromCode: true };
  }
  if (record.source === 'answers') {
    const f = record.file;
    const { points, max } = withMarks(book, studentNo, column.item, f.marked.points, f.marked.max, f.pending);
    return column.kind === 'exam' ? percent(points, max) : undefined;
  }
  const f = record.file;
  if (column.kind === 'quiz') {
    if (!f.quizzes.length) return undefined;
    const { points, max } = withMarks(book, studentNo, column.item, sum(f.quizzes.map((q) => q.marked.points)), sum(f.quizzes.map((q) => q.marked.max)), f.quizzes.flatMap((q) => q.pending));
    return percent(points, max);
  }
  if (column.kind === 'forms') return f.forms.length ? formsCell(f.forms.map((form) => form.filled), catalog, column) : undefined;
  if (column.kind === 'chats') return f.chats.length ? chatsCell(f.chats.map((c) => c.best.total)) : undefined;
  return undefined;
}

const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);

/** Forms with anything filled in, of the lesson's forms. */
function formsCell(filled: readonly number[], catalog: ClassCatalog, column: MatrixColumn): MatrixCell {
  const total = catalog.lessons.find((l) => lessonItem(l.code) === column.item)?.forms.length ?? filled.length;
  const done = Math.min(filled.filter((n) => n > 0).length, total);
  return { value: total ? done / total : 0, text: `${done}/${total}`, fromCode: false };
}

/** The best mock chat, of 100. */
const chatsCell = (totals: readonly number[]): MatrixCell => {
  const best = Math.max(...totals);
  return { value: best, text: String(Math.round(best)), fromCode: false };
};

const collator = new Intl.Collator('zh-Hans-CN');

/** The matrix of `book` over the catalog's items, filtered and sorted by `options`. */
export function classMatrix(book: ClassBook, catalog: ClassCatalog, options: MatrixOptions = {}): ClassMatrix {
  const columns = matrixColumns(catalog).filter((c) => (options.module === undefined || c.module === options.module) && (!options.kind || c.kind === options.kind));
  const items = [...new Set(columns.map((c) => c.item))];
  const label = (item: string) => (item.startsWith('lesson:') ? `第${item.slice(7)}课` : (catalog.exams.find((e) => e.id === item)?.title ?? item));
  const rows: MatrixRow[] = Object.entries(book.students).map(([studentNo, s]) => {
    const cells = columns.map((column) => {
      const record = book.records[recordKey(studentNo, column.item)];
      return record ? cellOf(book, studentNo, column, record, catalog) : undefined;
    });
    const handedIn = items.filter((item) => book.records[recordKey(studentNo, item)]).length;
    return { studentNo, name: s.name, className: s.className, cells, handedIn, completion: items.length ? handedIn / items.length : 0 };
  });
  const sort = options.sort ?? { by: 'studentNo' };
  const index = sort.by === 'column' ? columns.findIndex((c) => c.id === sort.column) : -1;
  const direction = sort.descending ? -1 : 1;
  // 学号 in numeric order: 2025-2 before 2025-10.
  const byNumber = (a: { studentNo: string }, b: { studentNo: string }) => a.studentNo.localeCompare(b.studentNo, 'en', { numeric: true });
  rows.sort((a, b) => {
    if (sort.by === 'name') return direction * collator.compare(a.name, b.name) || byNumber(a, b);
    if (sort.by === 'completion') return direction * (a.completion - b.completion) || byNumber(a, b);
    if (index >= 0) {
      const x = a.cells[index];
      const y = b.cells[index];
      // Not handed in sorts last either way.
      if (!x || !y) return (x ? -1 : y ? 1 : 0) || byNumber(a, b);
      return direction * (x.value - y.value) || byNumber(a, b);
    }
    return direction * byNumber(a, b);
  });
  const missing = items.map((item) => ({
    item,
    label: label(item),
    students: rows.filter((r) => !book.records[recordKey(r.studentNo, item)]).map((r) => ({ studentNo: r.studentNo, name: r.name })),
  }));
  return { columns, rows, missing, items: items.length };
}

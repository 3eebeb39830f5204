import * as v from 'valibot';
import { contentChecksum } from '../checksum.ts';
import { courseApp, courseFileHeader, courseFileName, courseFileText, readCourseFile } from '../course-file.ts';
import { handInSchema, handInStudentSchema } from '../handin/format.ts';
import { answerFileSchema } from '../quiz/answer-file.ts';
import { recordTime } from './intake.ts';
import type { ClassBook } from './types.ts';

/**
 * The class book as one course file (kind `class-book`, version 1): what 导出成绩册 writes and 导入成绩册
 * reads on the class page, to move the book to another computer or keep a copy. Importing merges into
 * the book in this browser: for each student × item the newer hand-in stays, for each mark the newer one.
 */

export const classBookVersion = 1;

const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const number = v.pipe(v.number(), v.finite());
const scoreCodeSchema = v.object({
  of: v.picklist(['lesson', 'exam']),
  ref: v.pipe(v.string(), v.regex(/^[\w.-]{1,80}$/)),
  student: handInStudentSchema,
  submittedAt: time,
  entries: v.array(v.object({ kind: v.picklist(['quiz', 'form', 'chat', 'typing', 'exam']), id: v.string(), points: number, max: number })),
});
const recordSchema = v.variant('source', [
  v.object({ source: v.literal('handin'), file: handInSchema, receivedAt: time }),
  v.object({ source: v.literal('answers'), file: answerFileSchema, receivedAt: time }),
  v.object({ source: v.literal('score-code'), code: scoreCodeSchema, receivedAt: time }),
]);
const bookSchema = v.object({
  className: v.pipe(v.string(), v.maxLength(40)),
  students: v.record(v.string(), v.object({ name: v.string(), className: v.string() })),
  records: v.record(v.string(), recordSchema),
  marks: v.record(v.string(), v.object({ ticked: v.array(v.pipe(v.number(), v.integer())), points: number, max: number, at: time })),
});

/** The download name. @example classBookFileName('电商2301', new Date(2026, 11, 5)) === '班级成绩册-电商2301-2026-12-05.json' */
export const classBookFileName = (className: string, now: Date) => courseFileName(['班级成绩册', className], now, 'json');

/** The class book as a file's text, with a checksum over its content. */
export function classBookFile(book: ClassBook, now: Date): string {
  const body = { ...courseFileHeader('class-book', classBookVersion, now), book: JSON.parse(JSON.stringify(book)) as ClassBook };
  const file = { ...body, checksum: contentChecksum(body) };
  return courseFileText(file);
}

/**
 * Largest class-book file read (100 MB): a class's hand-ins run past the 5 MB of a single course file,
 * so this kind has its own limit, checked before the shared reader (which is then given no size).
 */
export const maxClassBookBytes = 100 * 1024 * 1024;

/** Reads a class-book file; a Chinese reason when it is not one or was altered. */
export function readClassBookFile(text: string): { ok: true; book: ClassBook } | { ok: false; reason: string } {
  const fix = '请选择在本页点“导出成绩册”得到的 .json 文件。';
  if (text.length > maxClassBookBytes) return { ok: false, reason: `文件超过 ${maxClassBookBytes / 1024 / 1024} MB，不是本页导出的成绩册。${fix}` };
  const read = readCourseFile(text, 0, 'class-book', classBookVersion, fix);
  if (!read.ok) return { ok: false, reason: read.message };
  const { checksum, ...body } = read.data;
  const parsed = v.safeParse(bookSchema, body.book);
  if (body.app !== courseApp || !parsed.success) return { ok: false, reason: '成绩册文件的内容不完整或格式不对，可能已损坏。请重新导出一份。' };
  if (contentChecksum(body) !== checksum) return { ok: false, reason: '成绩册文件的核对码对不上：文件导出后被改动过或已损坏。请重新导出一份。' };
  return { ok: true, book: parsed.output };
}

/** What merging an imported book changed. */
export interface MergeCount {
  /** Records that were not here. */
  added: number;
  /** Records replaced by a newer one. */
  updated: number;
  /** Marks added or replaced by a newer one. */
  marks: number;
}

/** Merges `incoming` into `book`: records newer-wins by submittedAt, marks newer-wins by `at`; nothing here is lost. */
export function mergeClassBooks(book: ClassBook, incoming: ClassBook): { book: ClassBook; count: MergeCount } {
  const records = { ...book.records };
  const students = { ...book.students };
  const marks = { ...book.marks };
  const count: MergeCount = { added: 0, updated: 0, marks: 0 };
  for (const [key, record] of Object.entries(incoming.records)) {
    const here = records[key];
    if (here && recordTime(here) >= recordTime(record)) continue;
    records[key] = record;
    count[here ? 'updated' : 'added']++;
  }
  for (const [no, student] of Object.entries(incoming.students)) if (!students[no]) students[no] = student;
  for (const [key, mark] of Object.entries(incoming.marks)) {
    const here = marks[key];
    if (here && here.at >= mark.at) continue;
    marks[key] = mark;
    count.marks++;
  }
  return { book: { className: book.className || incoming.className, students, records, marks }, count };
}

import { contentChecksum } from '../checksum.ts';
import { readHandIn, readScoreCode, type HandInStudent, type ScoreCode } from '../handin/format.ts';
import { readAnswerFile } from '../quiz/answer-file.ts';
import { catalogExam, catalogLesson, type ClassCatalog } from './catalog.ts';
import { lessonItem, recordKey, type ClassBook, type ClassRecord } from './types.ts';

/**
 * Reading what students hand in into the class book (src/lib/classbook/types.ts): hand-in files
 * (src/lib/handin/format.ts), exam answer files (src/lib/quiz/answer-file.ts) and scanned or pasted
 * score codes. A newer hand-in of the same student and item replaces the older one; nothing already in
 * the book is ever lost. docs/class-loop.md states the rules.
 */

/** One thing to read: a file's text with its name, or a score code's text (from a QR code or pasted). */
export type IntakeInput = { kind: 'file'; name: string; text: string } | { kind: 'code'; name: string; text: string };

/** What happened to one input. */
export type IntakeStatus = '新增' | '已更新' | '较旧' | '重复' | '未读取';

export interface IntakeOutcome {
  /** The file's name, or e.g. '成绩码' for a code. */
  name: string;
  status: IntakeStatus;
  /** Who and what, when it was read, e.g. '2023-0415 林小悦 · 第1.1课'. */
  what?: string;
  /** Why it was not read, in Chinese, saying what to do. */
  reason?: string;
  /** A warning on something that was read (another class). */
  warning?: string;
}

/** When a record was handed in. */
export const recordTime = (record: ClassRecord): number => (record.source === 'score-code' ? record.code.submittedAt : record.file.submittedAt);
/** The checksum that tells the same hand-in again. */
export const recordChecksum = (record: ClassRecord): string => (record.source === 'score-code' ? contentChecksum(record.code) : record.file.checksum);
/** The student of a record. */
export const recordStudent = (record: ClassRecord): HandInStudent => (record.source === 'score-code' ? record.code.student : record.file.student);

const otherClass = '班级与成绩册不同，请核实';

/** What an input turned into before it is compared with the book. */
type Read = { ok: true; item: string; label: string; record: ClassRecord } | { ok: false; reason: string };

/** Reads a file: a hand-in or an answer file, told apart by the header's kind. */
function readFile(text: string, catalog: ClassCatalog, now: number): Read {
  // A quote inside a JSON string is escaped, so typed text can't pass for the header's member.
  const kind = /"kind"\s*:\s*"answers"|"format"\s*:\s*"kefu-answers"/.test(text) ? 'answers' : 'handin';
  if (kind === 'answers') {
    const read = readAnswerFile(text);
    if (!read.ok) return read;
    const exam = catalogExam(catalog, read.file.exam.id);
    if (!exam) return { ok: false, reason: `这份答题文件的试卷“${read.file.exam.title}”（${read.file.exam.id}）不是本课程的测验，没有读取。请确认学生用的是本课程网站。` };
    if (!/^[A-Za-z0-9-]{1,32}$/.test(read.file.student.studentNo)) return { ok: false, reason: '这份答题文件没有有效的学号，无法归到学生名下。请让学生填好学号后重新交卷。' };
    return { ok: true, item: exam.id, label: exam.title, record: { source: 'answers', file: read.file, receivedAt: now } };
  }
  const read = readHandIn(text);
  // A file of another kind is refused by readHandIn with a message naming the kind it found.
  if (!read.ok) return read;
  const lesson = catalogLesson(catalog, read.file.lesson.code);
  if (!lesson) return { ok: false, reason: `本课程没有第${read.file.lesson.code}课，这份作业没有读取。请确认学生用的是本课程网站。` };
  return { ok: true, item: lessonItem(lesson.code), label: `第${lesson.code}课`, record: { source: 'handin', file: read.file, receivedAt: now } };
}

/** Reads a score code. */
function readCode(text: string, catalog: ClassCatalog, now: number): Read {
  const read = readScoreCode(text);
  if (!read.ok) return read;
  const code: ScoreCode = read.code;
  if (code.of === 'lesson') {
    const lesson = catalogLesson(catalog, code.ref);
    if (!lesson) return { ok: false, reason: `本课程没有第${code.ref}课，这个成绩码没有读取。请确认学生用的是本课程网站。` };
    return { ok: true, item: lessonItem(lesson.code), label: `第${lesson.code}课（成绩码）`, record: { source: 'score-code', code, receivedAt: now } };
  }
  const exam = catalogExam(catalog, code.ref);
  if (!exam) return { ok: false, reason: `本课程没有“${code.ref}”这场测验，这个成绩码没有读取。` };
  return { ok: true, item: exam.id, label: `${exam.title}（成绩码）`, record: { source: 'score-code', code, receivedAt: now } };
}

/** Where an incoming record goes against the one already in the book. */
function compare(incoming: ClassRecord, existing: ClassRecord | undefined): Exclude<IntakeStatus, '未读取'> {
  if (!existing) return '新增';
  if (recordChecksum(incoming) === recordChecksum(existing)) return '重复';
  const a = recordTime(incoming);
  const b = recordTime(existing);
  // A file replaces a score code at least as old; a score code never replaces a file at least as new.
  if (incoming.source !== 'score-code' && existing.source === 'score-code') return a >= b ? '已更新' : '较旧';
  return a > b ? '已更新' : '较旧';
}

/** The latest time any record of a student was handed in. */
function latestOf(records: ClassBook['records'], studentNo: string): number {
  let latest = -1;
  for (const [key, record] of Object.entries(records)) if (key.startsWith(`${studentNo}|`)) latest = Math.max(latest, recordTime(record));
  return latest;
}

/**
 * Reads `inputs` into a copy of `book`: one outcome per input, in order. `now` stamps `receivedAt`.
 * The students map keeps each student's 姓名 and 班级 of their latest hand-in.
 */
export function addToBook(book: ClassBook, inputs: readonly IntakeInput[], catalog: ClassCatalog, now: number): { book: ClassBook; outcomes: IntakeOutcome[] } {
  const records = { ...book.records };
  const students = { ...book.students };
  const latest = new Map<string, number>();
  const outcomes = inputs.map((input): IntakeOutcome => {
    const read = input.kind === 'file' ? readFile(input.text, catalog, now) : readCode(input.text, catalog, now);
    if (!read.ok) return { name: input.name, status: '未读取', reason: read.reason };
    const student = recordStudent(read.record);
    const key = recordKey(student.studentNo, read.item);
    const status = compare(read.record, records[key]);
    const outcome: IntakeOutcome = { name: input.name, status, what: `${student.studentNo} ${student.name} · ${read.label}` };
    if (book.className.trim() && student.className.trim() !== book.className.trim()) outcome.warning = `${otherClass}（文件中的班级：${student.className || '未填写'}）`;
    if (status === '新增' || status === '已更新') {
      records[key] = read.record;
      const time = recordTime(read.record);
      const before = latest.get(student.studentNo) ?? latestOf(book.records, student.studentNo);
      if (time >= before || !students[student.studentNo]) students[student.studentNo] = { name: student.name, className: student.className };
      latest.set(student.studentNo, Math.max(before, time));
    }
    return outcome;
  });
  return { book: { ...book, students, records }, outcomes };
}

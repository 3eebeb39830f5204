import * as v from 'valibot';
import { courseApp, courseFileHeader, readCourseFile } from '../course-file.ts';
import { contentChecksum } from '../checksum.ts';
import { responseSchema } from './response-schema.ts';

export { responseSchema };

/**
 * The answer file a student hands in after a module test or the final exam (答题文件): which paper,
 * who, when, every answer, what the site marked and what waits for the teacher (short answers, with
 * their checklist). The teacher's class page reads these files. A checksum over the content catches a
 * file that was edited or damaged on the way; its short form (核对码) is what the student reads out.
 *
 * Kind `answers` of the course files (src/lib/course-file.ts), version 2. Version 1 files (headed
 * `format: 'kefu-answers'`) are still read, and their checksum checked as they were written.
 */

/** Version of the answer file. */
export const answerFileVersion = 2;

/** The header of an answer file handed in at `submittedAt`. */
export const answerFileHeader = (submittedAt: number) => ({ ...courseFileHeader('answers', answerFileVersion, new Date(submittedAt)), kind: 'answers' as const, version: answerFileVersion as 2 });

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const score = v.pipe(v.number(), v.minValue(0), v.finite());

/** What an answer file holds besides its header and checksum. */
const content = {
  exam: v.object({
    /** The quiz ID it is saved under, e.g. 'exam-final' or 'exam-m3'. */
    id: text(40),
    title: text(80),
    /** Paper code the teacher announced. */
    code: text(12),
    /** Minutes, 0 for no limit. */
    limit: v.pipe(v.number(), v.integer(), v.minValue(0)),
    /** The questions of this student's paper, in the order shown. */
    questions: v.array(text(80)),
  }),
  student: v.object({ studentNo: text(32), name: text(40), className: text(40) }),
  startedAt: time,
  submittedAt: time,
  responses: v.record(v.string(), responseSchema),
  /** What the site marked: objective questions. */
  marked: v.object({ points: score, max: score }),
  /** Short answers the teacher marks from this file, with the points at stake and the checklist. */
  pending: v.array(v.object({ id: text(80), points: score, checklist: v.array(v.string()) })),
};
const checksum = v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/));

/** The content of an answer file (everything but the checksum). */
export const answerFileBodySchema = v.object({ app: v.literal(courseApp), kind: v.literal('answers'), version: v.literal(answerFileVersion), created: v.string(), ...content });

/** The whole file. */
export const answerFileSchema = v.object({ ...answerFileBodySchema.entries, checksum });

/** A version 1 file: the old header, the same content. */
const firstVersionSchema = v.object({ format: v.literal('kefu-answers'), version: v.literal(1), ...content, checksum });

export type AnswerFileBody = v.InferOutput<typeof answerFileBodySchema>;
export type AnswerFile = v.InferOutput<typeof answerFileSchema>;

/** The checksum of a file's content. */
export const answerChecksum = (body: AnswerFileBody): string => contentChecksum(body);

const READ_OUT = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * The 核对码 a student reads out or writes down: six characters from the checksum, no look-alikes.
 * @example readOutCode('0a1b2c3d') // e.g. 'B7K2QM'
 */
export function readOutCode(checksum: string): string {
  let n = Number.parseInt(checksum, 16);
  let code = '';
  for (let i = 0; i < 6; i++) {
    code += READ_OUT[n % 32];
    n = Math.floor(n / 32);
  }
  return code;
}

/** The file to hand in, with its checksum. */
export function makeAnswerFile(body: AnswerFileBody): AnswerFile {
  return { ...body, checksum: answerChecksum(body) };
}

/** An answer file as text (what is downloaded or shared). */
export const answerFileText = (file: AnswerFile): string => `${JSON.stringify(file, null, 2)}\n`;

/** Why a file could not be read, in Chinese; or the file. */
export type ReadAnswerFile = { ok: true; file: AnswerFile } | { ok: false; reason: string };

/** Reads an answer file (version 1 or 2): its kind and version, its shape, and that its checksum still matches. */
export function readAnswerFile(text: string): ReadAnswerFile {
  const read = readCourseFile(text, new TextEncoder().encode(text).length, 'answers', answerFileVersion, '请确认选的是学生交来的答题 .json 文件。');
  if (!read.ok) return { ok: false, reason: read.message };
  const damaged = { ok: false, reason: '答题文件的内容不完整或格式不对，可能在传送中损坏了。请让学生重新导出。' } as const;
  const edited = { ok: false, reason: '答题文件的核对码对不上：文件在交上来之后被改动过或已损坏。' } as const;
  if (read.version === 1) {
    const old = v.safeParse(firstVersionSchema, read.data);
    if (!old.success) return damaged;
    const { checksum: sum, format: _, version: __, ...rest } = old.output;
    if (contentChecksum({ format: 'kefu-answers', version: 1, ...rest }) !== sum) return edited;
    // Shown as a current file; its checksum (and so its 核对码) stays the one the student read out.
    return { ok: true, file: { ...answerFileHeader(rest.submittedAt), ...rest, checksum: sum } };
  }
  const parsed = v.safeParse(answerFileSchema, read.data);
  if (!parsed.success) return damaged;
  const { checksum: sum, ...body } = parsed.output;
  if (answerChecksum(body) !== sum) return edited;
  return { ok: true, file: parsed.output };
}

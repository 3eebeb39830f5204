import * as v from 'valibot';
import { fnv1a } from '../fnv1a.ts';
import { responseSchema } from './response-schema.ts';

export { responseSchema };

/**
 * The answer file a student hands in after a module test or the final exam (答题文件): which paper,
 * who, when, every answer, what the site marked and what waits for the teacher (short answers, with
 * their checklist). The teacher's class page reads these files. A checksum over the content catches a
 * file that was edited or damaged on the way; its short form (核对码) is what the student reads out.
 *
 * Format `kefu-answers`, version 1. A later version must keep reading version 1 files.
 */

/** The header every answer file starts with. */
export const ANSWER_FILE = { format: 'kefu-answers', version: 1 } as const;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const score = v.pipe(v.number(), v.minValue(0), v.finite());

/** The content of an answer file (everything but the checksum). */
export const answerFileBodySchema = v.object({
  format: v.literal(ANSWER_FILE.format),
  version: v.literal(ANSWER_FILE.version),
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
});

/** The whole file. */
export const answerFileSchema = v.object({ ...answerFileBodySchema.entries, checksum: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/)) });

export type AnswerFileBody = v.InferOutput<typeof answerFileBodySchema>;
export type AnswerFile = v.InferOutput<typeof answerFileSchema>;

/** JSON with keys sorted at every level, so the checksum does not depend on key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The checksum of a file's content. */
export const answerChecksum = (body: AnswerFileBody): string => fnv1a(canonical(body)).toString(16).padStart(8, '0');

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

/** Reads an answer file: its format and version, its shape, and that its checksum still matches. */
export function readAnswerFile(text: string): ReadAnswerFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: '不是答题文件：内容不是 JSON。请确认选的是学生交来的 .json 文件。' };
  }
  const head = data as { format?: unknown; version?: unknown };
  if (!head || head.format !== ANSWER_FILE.format) return { ok: false, reason: '不是本课程的答题文件（缺少 kefu-answers 标记）。' };
  if (head.version !== ANSWER_FILE.version) return { ok: false, reason: `答题文件的版本是 ${String(head.version)}，本页面只认得版本 ${ANSWER_FILE.version}。请用同一版本的网站打开。` };
  const parsed = v.safeParse(answerFileSchema, data);
  if (!parsed.success) return { ok: false, reason: '答题文件的内容不完整或格式不对，可能在传送中损坏了。请让学生重新导出。' };
  const { checksum, ...body } = parsed.output;
  if (answerChecksum(body) !== checksum) return { ok: false, reason: '答题文件的核对码对不上：文件在交上来之后被改动过或已损坏。' };
  return { ok: true, file: parsed.output };
}

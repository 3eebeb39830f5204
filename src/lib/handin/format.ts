import * as v from 'valibot';
import { contentChecksum } from '../checksum.ts';
import { courseApp, courseFileHeader, courseFileName, readCourseFile } from '../course-file.ts';
import { formValuesValibot } from '../form/values.ts';
import { formatPoints } from '../quiz/history.ts';
import { responseSchema } from '../quiz/response-schema.ts';
import { STUDENT_NO } from '../quiz/student-no.ts';

/**
 * The hand-in file (作业提交) a student sends the teacher for one lesson: who, which lesson, when,
 * and what the lesson's exercises hold in this browser — each quiz's answers with what the site
 * marked and the short answers that wait for the teacher, each form as typed, each mock chat's best
 * report, the best typing result, and when the lesson was read. Exams hand in answer files instead
 * (src/lib/quiz/answer-file.ts); the teacher's class page reads both. A checksum over the content
 * catches a file edited by hand or damaged on the way (src/lib/checksum.ts: not a security boundary).
 *
 * Kind `handin` of the course files (src/lib/course-file.ts), version 1.
 */

/** Version of the hand-in file. */
export const handInVersion = 1;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.regex(/^[\w.-]{1,80}$/));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const time = count;
const score = v.pipe(v.number(), v.minValue(0), v.finite());
const points = v.object({ points: score, max: score });

/** 学号, 姓名, 班级: the limits of the exam's answer file and of src/stores/learner.ts. */
export const handInStudentSchema = v.object({ studentNo: v.pipe(v.string(), v.regex(STUDENT_NO)), name: text(40), className: text(40) });

/** One quiz of the lesson: its questions, the answers, what the site marked, what the teacher marks. */
export const handInQuizSchema = v.object({
  id,
  title: text(80),
  /** Question IDs of the quiz, in page order. */
  questions: v.array(id),
  /** Answers as saved (unanswered questions are absent). */
  responses: v.record(v.string(), responseSchema),
  /** What the site marked: objective questions only. */
  marked: points,
  /** Short answers the teacher marks, with the points at stake and the checklist. */
  pending: v.array(v.object({ id, points: score, checklist: v.array(v.string()) })),
  /** Times the student pressed 提交 (0: answered, never submitted). */
  attempts: count,
  /** Best submitted score, when there was one. */
  best: v.optional(points),
});

/** One form of the lesson as the student typed it, with how many of its cells are filled. */
export const handInFormSchema = v.object({ id, title: text(80), values: formValuesValibot, filled: count, total: count });

/** One mock chat of the lesson: its best report (rubric total of 100) and how often it was finished. */
export const handInChatSchema = v.object({
  id,
  title: text(80),
  best: v.object({ at: time, total: score, outcome: v.optional(text(40)), rubric: v.array(v.object({ id: text(40), label: text(40), points: v.number(), max: v.number() })) }),
  count: v.pipe(count, v.minValue(1)),
});

/** What a hand-in file holds besides its header and checksum. */
const content = {
  student: handInStudentSchema,
  /** The lesson, e.g. { code: '1.1', title: '…' }. */
  lesson: v.object({ code: v.pipe(v.string(), v.regex(/^\d+\.\d+$/)), title: text(80) }),
  submittedAt: time,
  quizzes: v.array(handInQuizSchema),
  forms: v.array(handInFormSchema),
  chats: v.array(handInChatSchema),
  /** Best typing result in this browser (字/分 and accuracy 0–1), when there is one. */
  typing: v.optional(v.object({ at: time, speed: score, accuracy: v.pipe(v.number(), v.minValue(0), v.maxValue(1)) })),
  /** When the lesson page was first and last opened, and how often (the site measures no time on task). */
  visits: v.optional(v.object({ first: time, last: time, count: v.pipe(count, v.minValue(1)) })),
};

/** The content of a hand-in file (everything but the checksum). */
export const handInBodySchema = v.object({ app: v.literal(courseApp), kind: v.literal('handin'), version: v.literal(handInVersion), created: v.string(), ...content });
/** The whole file. */
export const handInSchema = v.object({ ...handInBodySchema.entries, checksum: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/)) });

export type HandInBody = v.InferOutput<typeof handInBodySchema>;
export type HandIn = v.InferOutput<typeof handInSchema>;
export type HandInStudent = v.InferOutput<typeof handInStudentSchema>;
export type HandInQuiz = v.InferOutput<typeof handInQuizSchema>;
export type HandInForm = v.InferOutput<typeof handInFormSchema>;
export type HandInChat = v.InferOutput<typeof handInChatSchema>;

/** The header of a hand-in file written at `submittedAt`. */
export const handInHeader = (submittedAt: number) => ({ ...courseFileHeader('handin', handInVersion, new Date(submittedAt)), kind: 'handin' as const, version: handInVersion as 1 });

/** The file to hand in, with its checksum. */
export const makeHandIn = (body: HandInBody): HandIn => ({ ...body, checksum: contentChecksum(body) });

/** The file's name. @example handInFileName('2023-0415', '1.1', new Date(2026, 11, 5)) === '作业-2023-0415-第1.1课-2026-12-05.json' */
export const handInFileName = (studentNo: string, lessonCode: string, submitted: Date) => courseFileName(['作业', studentNo, `第${lessonCode}课`], submitted, 'json');

/** Why a hand-in file could not be read, in Chinese; or the file. */
export type ReadHandIn = { ok: true; file: HandIn } | { ok: false; reason: string };

/** Reads a hand-in file: its kind and version, its shape, and that its checksum still matches. */
export function readHandIn(text: string): ReadHandIn {
  const read = readCourseFile(text, new TextEncoder().encode(text).length, 'handin', handInVersion, '请确认选的是学生在课次页点“提交给老师”得到的 .json 文件。');
  if (!read.ok) return { ok: false, reason: read.message };
  const parsed = v.safeParse(handInSchema, read.data);
  if (!parsed.success) return { ok: false, reason: '作业文件的内容不完整或格式不对，可能在传送中损坏了。请让学生重新提交。' };
  const { checksum, ...body } = parsed.output;
  if (contentChecksum(body) !== checksum) return { ok: false, reason: '作业文件的核对码对不上：文件在交上来之后被改动过或已损坏。请让学生重新提交。' };
  return { ok: true, file: parsed.output };
}

/* ---------- The score code: scores only, small enough for a QR code a student holds up ---------- */

/** One score in a score code: a lesson's quiz, form (cells filled), chat (of 100) or typing (字/分), or an exam. */
export interface ScoreEntry {
  kind: 'quiz' | 'form' | 'chat' | 'typing' | 'exam';
  id: string;
  points: number;
  max: number;
}

/** What a score code carries. */
export interface ScoreCode {
  /** A lesson (`ref` is its code, e.g. '1.1') or an exam (`ref` is its ID, e.g. 'exam-m1'). */
  of: 'lesson' | 'exam';
  ref: string;
  student: HandInStudent;
  submittedAt: number;
  entries: ScoreEntry[];
}

const codePrefix = 'KF1';
const kindLetters = { quiz: 'q', form: 'f', chat: 'c', typing: 't', exam: 'x' } as const;
const letterKinds = Object.fromEntries(Object.entries(kindLetters).map(([kind, letter]) => [letter, kind])) as Record<string, ScoreEntry['kind']>;
/** Separators can't appear in names: a typed '|' or ',' shows as its full-width form. */
const field = (value: string) => value.replace(/\|/g, '｜').replace(/[\r\n]/g, ' ');

/** The scores of a hand-in file. */
export function handInScores(file: HandInBody): ScoreEntry[] {
  return [
    ...file.quizzes.map((q) => ({ kind: 'quiz' as const, id: q.id, points: q.marked.points, max: q.marked.max })),
    ...file.forms.map((f) => ({ kind: 'form' as const, id: f.id, points: f.filled, max: f.total })),
    ...file.chats.map((c) => ({ kind: 'chat' as const, id: c.id, points: c.best.total, max: 100 })),
    ...(file.typing ? [{ kind: 'typing' as const, id: 'typing', points: file.typing.speed, max: 0 }] : []),
  ];
}

/**
 * The score code as text: `KF1|L|1.1|学号|姓名|班级|提交时间(base 36 seconds)|q:lesson-1-1:5/7,f:…|核对`, the last
 * field 8 hex digits of the checksum of the rest. About 120 bytes for a lesson: a QR code of version 6–8.
 */
export function scoreCodeText(code: ScoreCode): string {
  const entries = code.entries.map((e) => `${kindLetters[e.kind]}:${e.id}:${formatPoints(e.points)}/${formatPoints(e.max)}`).join(',');
  const body = [codePrefix, code.of === 'lesson' ? 'L' : 'E', code.ref, code.student.studentNo, field(code.student.name), field(code.student.className), Math.floor(code.submittedAt / 1000).toString(36), entries].join('|');
  return `${body}|${contentChecksum(body)}`;
}

/** Reads a scanned score code; a Chinese reason when it is not one of this site's or was altered. */
export function readScoreCode(text: string): { ok: true; code: ScoreCode } | { ok: false; reason: string } {
  const parts = text.trim().split('|');
  if (parts[0] !== codePrefix || parts.length !== 9) return { ok: false, reason: '这个二维码不是本课程网站的成绩码。请让学生在课次页或考试页点“显示成绩二维码”。' };
  const [, of, ref, studentNo, name, className, at, entries, check] = parts as [string, string, string, string, string, string, string, string, string];
  if (contentChecksum(parts.slice(0, 8).join('|')) !== check) return { ok: false, reason: '成绩码的核对码对不上：二维码被改动过或没有扫完整。请再扫一次。' };
  const student = v.safeParse(handInStudentSchema, { studentNo, name, className });
  const seconds = Number.parseInt(at, 36);
  const list: ScoreEntry[] = [];
  for (const entry of entries ? entries.split(',') : []) {
    const m = /^([qfctx]):([\w.-]{1,80}):(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(entry);
    if (!m) return { ok: false, reason: '成绩码的内容格式不对。请让学生刷新页面后重新显示二维码。' };
    list.push({ kind: letterKinds[m[1]!]!, id: m[2]!, points: Number(m[3]), max: Number(m[4]) });
  }
  if ((of !== 'L' && of !== 'E') || !student.success || !Number.isFinite(seconds) || !/^[\w.-]{1,80}$/.test(ref)) return { ok: false, reason: '成绩码的内容格式不对。请让学生刷新页面后重新显示二维码。' };
  return { ok: true, code: { of: of === 'L' ? 'lesson' : 'exam', ref, student: student.output, submittedAt: seconds * 1000, entries: list } };
}

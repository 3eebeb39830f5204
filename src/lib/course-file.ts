import { safeFileName } from './file-name.ts';

/**
 * The files the site writes for people to carry (学习记录, 表格, 实战报告, 答题文件) share one
 * header, one size limit, one naming rule and one reader; docs/saved-data.md describes the family.
 */

/** Marks every file this course site writes. */
export const courseApp = 'kefu-course';

/** What a file holds. */
export type CourseFileKind = 'progress' | 'form' | 'chat-report' | 'answers' | 'handin' | 'class-book';

/** The header every course file starts with. */
export interface CourseFileHeader {
  app: typeof courseApp;
  kind: CourseFileKind;
  /** Format version of this kind; a reader keeps reading every older version. */
  version: number;
  /** When the file was written (ISO 8601). */
  created: string;
}

/** Largest course file any import reads (5 MB); real files are a few hundred KB at most. */
export const maxCourseFileBytes = 5 * 1024 * 1024;

/** The header of a new file. */
export const courseFileHeader = (kind: CourseFileKind, version: number, now: Date): CourseFileHeader => ({ app: courseApp, kind, version, created: now.toISOString() });

/** A file's text: indented JSON, so a teacher can open it and read it. */
export const courseFileText = (file: CourseFileHeader & object): string => `${JSON.stringify(file, null, 2)}\n`;

/** A local date as YYYY-MM-DD. */
const day = (now: Date) => `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/**
 * The one naming rule for downloads: what it is, whose it is, the local date, joined by '-',
 * without characters Windows refuses. @example courseFileName(['客服课程学习记录'], new Date(2026, 10, 22), 'json') === '客服课程学习记录-2026-11-22.json'
 */
export function courseFileName(parts: readonly string[], now: Date, extension: string): string {
  const named = parts.map((part) => safeFileName(part.trim(), '-')).filter(Boolean);
  return `${[...named, day(now)].join('-')}.${extension}`;
}

/** Files written before the shared header: their marker and where they kept their version and time. */
const legacy: Record<string, { kind: CourseFileKind; version: string; created: string }> = {
  'kefu-form': { kind: 'form', version: 'version', created: 'exportedAt' },
  'kefu-chat-report': { kind: 'chat-report', version: 'version', created: 'exportedAt' },
  'kefu-answers': { kind: 'answers', version: 'version', created: 'submittedAt' },
};

/** Chinese name of each kind, for messages. */
export const courseFileKindNames: Record<CourseFileKind, string> = { progress: '学习记录', form: '表格', 'chat-report': '实战报告', answers: '答题', handin: '作业提交', 'class-book': '班级成绩册' };

/** A file read: its kind, version, when it was written, and its whole parsed content; or why it cannot be used. */
export type CourseFileRead =
  | { ok: true; kind: CourseFileKind; version: number; created?: string; data: Record<string, unknown> }
  | { ok: false; reason: 'size' | 'empty' | 'json' | 'truncated' | 'foreign' | 'kind' | 'newer' | 'version'; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * Reads any course file and checks it is the expected `kind` at a version this site reads
 * (`newest`). Files written before the shared header are recognised too. Messages are Chinese and
 * say what to do; `fix` ends each of them (for example where to get a good file).
 */
export function readCourseFile(text: string, size: number, kind: CourseFileKind, newest: number, fix: string): CourseFileRead {
  const name = courseFileKindNames[kind];
  if (size > maxCourseFileBytes) {
    return { ok: false, reason: 'size', message: `文件太大（${(size / 1024 / 1024).toFixed(1)} MB），超过 ${maxCourseFileBytes / 1024 / 1024} MB 的上限，不是本网站导出的${name}文件。${fix}` };
  }
  if (text.trim() === '') return { ok: false, reason: 'empty', message: `文件是空的。${fix}` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    if (text.includes(`"${courseApp}"`) || Object.keys(legacy).some((marker) => text.includes(`"${marker}"`))) {
      return { ok: false, reason: 'truncated', message: `文件不完整，可能在下载或传送时被截断。${fix}` };
    }
    return { ok: false, reason: 'json', message: `这不是有效的${name}文件（内容不是 JSON 格式的数据）。${fix}` };
  }
  if (!isRecord(parsed)) return { ok: false, reason: 'foreign', message: `这不是本课程网站导出的${name}文件。${fix}` };
  let found: { kind: CourseFileKind; version: unknown; created: unknown } | undefined;
  if (parsed.app === courseApp) {
    // Progress files of format 1 had `format` and `exportedAt` instead of `kind`, `version` and `created`.
    found = typeof parsed.kind === 'string' ? { kind: parsed.kind as CourseFileKind, version: parsed.version, created: parsed.created } : { kind: 'progress', version: parsed.format, created: parsed.exportedAt };
  } else if (typeof parsed.format === 'string' && Object.hasOwn(legacy, parsed.format)) {
    const old = legacy[parsed.format]!;
    found = { kind: old.kind, version: parsed[old.version], created: parsed[old.created] };
  }
  if (!found || !Object.hasOwn(courseFileKindNames, found.kind)) return { ok: false, reason: 'foreign', message: `这不是本课程网站导出的${name}文件（可能来自其他软件或网站）。${fix}` };
  if (found.kind !== kind) return { ok: false, reason: 'kind', message: `这是本课程的${courseFileKindNames[found.kind]}文件，不是${name}文件。${fix}` };
  const version = found.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, reason: 'version', message: `无法识别文件的格式版本。${fix}` };
  if (version > newest) {
    return { ok: false, reason: 'newer', message: `文件由更新版本的课程网站导出（格式版本 ${version}），本网站只能读取到版本 ${newest}。请在较新的课程网站上打开，或用同一版本的网站重新导出。` };
  }
  const created = typeof found.created === 'string' && !Number.isNaN(Date.parse(found.created)) ? found.created : typeof found.created === 'number' && Number.isFinite(found.created) ? new Date(found.created).toISOString() : undefined;
  return { ok: true, kind, version, ...(created ? { created } : {}), data: parsed };
}

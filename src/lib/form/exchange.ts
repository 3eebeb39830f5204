import type { FormExercise } from '../../schemas/form.ts';
import { courseFileHeader, courseFileName, maxCourseFileBytes, readCourseFile, type CourseFileHeader } from '../course-file.ts';
import { completion } from './completion.ts';
import { formValuesSchema, normalizeValues, type FormValues } from './values.ts';

/**
 * Version of the 表格 file (kind `form` of src/lib/course-file.ts): 2 carries the shared header;
 * 1 had `format: 'kefu-form'` and `exportedAt`. readFormImport reads both.
 */
export const exportVersion = 2;
/** Largest file an import reads: the one limit of every course file. */
export const maxImportBytes = maxCourseFileBytes;

/** The JSON file a learner exports (and can import again, on this or another device). */
export interface FormExport extends CourseFileHeader {
  kind: 'form';
  formId: string;
  /** Form title, so a person (and the import check) can tell what the file is. */
  title: string;
  lesson: string;
  values: FormValues;
}

/** The export file's text (indented, so a teacher can read it). */
export function exportFormJson(form: FormExercise, values: FormValues, now: Date): string {
  const file: FormExport = { ...courseFileHeader('form', exportVersion, now), kind: 'form', formId: form.id, title: form.title, lesson: form.lesson, values };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** What an import would bring in, shown for confirmation before anything changes. */
export interface ImportPreview {
  name: string;
  className: string;
  /** ISO time the file was exported, when it says. */
  exportedAt?: string;
  filled: number;
  total: number;
  /** Cells in the file that the current form has no place for. */
  ignored: number;
}

/** Outcome of reading an import file: values to apply after confirmation, or why nothing changes. */
export type ImportResult = { ok: true; values: FormValues; preview: ImportPreview } | { ok: false; message: string };

const unchanged = '当前填写的内容没有改动。';
const fail = (reason: string): ImportResult => ({ ok: false, message: `${reason}${unchanged}` });

/** Why a file of `size` bytes is refused before it is read, or undefined when its size is fine. */
export function importSizeProblem(size: number): string | undefined {
  if (size <= maxImportBytes) return undefined;
  return `文件太大（约 ${(size / 1024 / 1024).toFixed(1)} MB），超过 ${maxImportBytes / 1024 / 1024} MB 的上限，不是本页导出的表格文件。${unchanged}`;
}

/**
 * Checks an import file against the form. `size` is the file's size in bytes (defaults to the
 * text's UTF-8 length); files over the course-file limit are refused before parsing.
 */
export function readFormImport(form: FormExercise, text: string, size = new TextEncoder().encode(text).length): ImportResult {
  const read = readCourseFile(text, size, 'form', exportVersion, `请选择在本页点击“导出 JSON”得到的文件。${unchanged}`);
  if (!read.ok) return { ok: false, message: read.reason === 'newer' ? `${read.message}${unchanged}` : read.message };
  const file = read.data as Partial<Record<keyof FormExport, unknown>>;
  if (file.formId !== form.id) {
    const other = typeof file.title === 'string' && file.title ? `“${file.title.slice(0, 40)}”` : '另一张表格';
    return fail(`这个文件保存的是${other}的内容，不能导入到“${form.title}”。请到对应的练习中导入。`);
  }
  const parsed = formValuesSchema.safeParse(file.values);
  if (!parsed.success) return fail('文件中的答案内容不完整或格式不对（可能被手工改动过），无法导入。');
  if (form.addRows && parsed.data.added.length > form.addRows.max) {
    return fail(`文件中有 ${parsed.data.added.length} 个新增行，超过本表最多 ${form.addRows.max} 行的限制。`);
  }
  const { values, ignored } = normalizeValues(form, parsed.data);
  const { filled, total } = completion(form, values);
  return { ok: true, values, preview: { name: values.name, className: values.className, exportedAt: read.created, filled, total, ignored } };
}

/** A download file name: form title, learner's name and the date (the rule of src/lib/course-file.ts). */
export const exportFileName = (form: FormExercise, values: FormValues, extension: 'json' | 'docx', now = new Date()): string => courseFileName([form.title, values.name], now, extension);

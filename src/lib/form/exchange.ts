import type { FormExercise } from '../../schemas/form.ts';
import { safeFileName } from '../file-name.ts';
import { completion } from './completion.ts';
import { formValuesSchema, normalizeValues, type FormValues } from './values.ts';

/** Marks a JSON file as a form exported by this course. */
export const exportFormat = 'kefu-form';
/** Version of the export file format; bump it only with a migration in readFormImport. */
export const exportVersion = 1;
/** Largest file an import reads; an exported form is a few KB. */
export const maxImportBytes = 200 * 1024;

/** The JSON file a learner exports (and can import again, on this or another device). */
export interface FormExport {
  format: typeof exportFormat;
  version: typeof exportVersion;
  formId: string;
  /** Form title, so a person (and the import check) can tell what the file is. */
  title: string;
  lesson: string;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  values: FormValues;
}

/** The export file's text (indented, so a teacher can read it). */
export function exportFormJson(form: FormExercise, values: FormValues, now: Date): string {
  const file: FormExport = { format: exportFormat, version: exportVersion, formId: form.id, title: form.title, lesson: form.lesson, exportedAt: now.toISOString(), values };
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
  return `文件太大（约 ${Math.ceil(size / 1024)} KB），超过 200 KB 的上限，不是本页导出的表格文件。${unchanged}`;
}

/**
 * Checks an import file against the form. `size` is the file's size in bytes (defaults to the
 * text's UTF-8 length); files over 200 KB are refused before parsing.
 */
export function readFormImport(form: FormExercise, text: string, size = new TextEncoder().encode(text).length): ImportResult {
  const tooLarge = importSizeProblem(size);
  if (tooLarge) return { ok: false, message: tooLarge };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('这个文件不是有效的 JSON 文件，可能已损坏或被改动。');
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== exportFormat) {
    return fail('这个文件不是本课程导出的表格文件。请选择在本页点击“导出 JSON”得到的文件。');
  }
  const file = data as Partial<Record<keyof FormExport, unknown>>;
  if (typeof file.version === 'number' && Number.isInteger(file.version) && file.version > exportVersion) {
    return fail(`这个文件由更新版本的课程网站导出（格式版本 ${file.version}），当前网站无法读取，请更新网站后再导入。`);
  }
  if (file.version !== exportVersion) return fail(`这个文件的格式版本（${JSON.stringify(file.version) ?? '缺少'}）无法识别。`);
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
  const exportedAt = typeof file.exportedAt === 'string' && !Number.isNaN(Date.parse(file.exportedAt)) ? file.exportedAt : undefined;
  return { ok: true, values, preview: { name: values.name, className: values.className, exportedAt, filled, total, ignored } };
}

/** A download file name: form title and learner's name, without characters Windows refuses. */
export function exportFileName(form: FormExercise, values: FormValues, extension: 'json' | 'docx'): string {
  const parts = [form.title, values.name.trim()].filter(Boolean).join(' - ');
  return `${safeFileName(parts)}.${extension}`;
}

import { isEnvelope } from '../storage-codec.ts';
import { maxImportBytes, transferApp, transferFormat, type SavedEnvelope, type Snapshot, type TransferFile } from './format.ts';

/** Checks one saved value against its area's schema (supplied by the caller): fine, bad, or `'skip'` for a key no area reads. */
export type ItemCheck = (key: string, value: SavedEnvelope) => boolean | 'skip';

/** Why a file cannot be imported. */
export type RejectReason = 'empty' | 'size' | 'json' | 'truncated' | 'foreign' | 'version' | 'prefix' | 'shape';

/** Result of reading an import file: the file and its items, or why nothing will be imported. */
export type ParseResult =
  | { ok: true; file: TransferFile; snapshot: Snapshot; /** Keys no part of the site reads: never imported. */ skipped: string[] }
  | { ok: false; reason: RejectReason; message: string };

const again = '请在原来的设备上重新“导出全部学习记录”，再导入新文件。';
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const fail = (reason: RejectReason, message: string): ParseResult => ({ ok: false, reason, message: `未导入任何内容：${message}` });
const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * Reads and validates an export file. Any problem rejects the whole file, so a bad file changes
 * nothing; every message says, in Chinese, what is wrong and what to do.
 */
export function parseTransfer(text: string, size: number, prefix: string, check: ItemCheck, now = Date.now()): ParseResult {
  if (size > maxImportBytes) {
    return fail('size', `文件太大（${megabytes(size)} MB），超过 ${maxImportBytes / 1024 / 1024} MB 的上限。学习记录文件通常不到 1 MB，请确认选择的是本网站导出的文件。`);
  }
  if (text.trim() === '') return fail('empty', `文件是空的。${again}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    if (text.includes(`"${transferApp}"`)) return fail('truncated', `文件不完整，可能在下载或复制时被截断。${again}`);
    return fail('json', '文件不是有效的学习记录（不是 JSON 格式的数据）。请选择本网站“导出全部学习记录”生成的 .json 文件。');
  }
  if (!isRecord(parsed) || parsed.app !== transferApp) {
    return fail('foreign', '这不是本课程网站导出的学习记录文件（可能来自其他软件或网站）。请选择文件名以“客服课程学习记录”开头的文件。');
  }
  const file = parsed;
  const format = file.format;
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) return fail('version', `无法识别文件的格式版本。${again}`);
  if (format > transferFormat) {
    return fail('version', `文件由更新版本的课程网站导出（格式版本 ${format}），本网站只能读取版本 ${transferFormat}。请在较新的课程网站上导入，或在原来的设备上用同一版本的网站导出。`);
  }
  // Format 1 is the only version; a format 2 would upgrade older files here.
  if (file.prefix !== prefix) {
    return fail('prefix', `文件中的学习记录属于另一版本的数据（${String(file.prefix)}），与本网站（${prefix}）不一致。${again}`);
  }
  if (typeof file.exportedAt !== 'string' || Number.isNaN(Date.parse(file.exportedAt)) || !isRecord(file.items)) {
    return fail('shape', `文件的结构不完整（缺少导出时间或学习记录列表）。${again}`);
  }
  const bad: string[] = [];
  const skipped: string[] = [];
  // Keys come from the file: a null prototype keeps `__proto__` or `constructor` ordinary keys.
  const snapshot: Snapshot = Object.create(null) as Snapshot;
  for (const [key, item] of Object.entries(file.items)) {
    const value = isRecord(item) ? item.value : undefined;
    const updatedAt = isRecord(item) ? item.updatedAt : undefined;
    const fine =
      key.startsWith(prefix) &&
      isEnvelope(value) &&
      (updatedAt === undefined || (typeof updatedAt === 'number' && Number.isFinite(updatedAt))) &&
      check(key, value);
    if (fine === 'skip') {
      skipped.push(key);
      continue;
    }
    if (!fine) bad.push(key);
    // A time from the future (a wrong clock, an edited file) would win every later merge: it counts as now.
    else snapshot[key] = updatedAt === undefined ? { text: JSON.stringify(value) } : { text: JSON.stringify(value), updatedAt: Math.min(updatedAt as number, now) };
  }
  if (bad.length > 0) {
    const named = bad.slice(0, 3).map((key) => `“${key}”`).join('、');
    return fail('shape', `文件中有 ${bad.length} 项记录的内容不符合格式（${named}${bad.length > 3 ? ' 等' : ''}），可能被修改过。${again}`);
  }
  return { ok: true, file: file as unknown as TransferFile, snapshot, skipped };
}

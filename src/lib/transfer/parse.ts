import { isEnvelope } from '../storage-codec.ts';
import { courseFileHeader, readCourseFile } from '../course-file.ts';
import { transferFormat, type SavedEnvelope, type Snapshot, type TransferFile } from './format.ts';

/** Checks one saved value against its area's schema (supplied by the caller): fine, bad, or `'skip'` for a key no area reads. */
export type ItemCheck = (key: string, value: SavedEnvelope) => boolean | 'skip';

/** Why a file cannot be imported. */
export type RejectReason = 'empty' | 'size' | 'json' | 'truncated' | 'foreign' | 'version' | 'prefix' | 'shape';

/** Result of reading an import file: the file and its items, or why nothing will be imported. */
export type ParseResult =
  | { ok: true; file: TransferFile; snapshot: Snapshot; /** Keys no part of the site reads: never imported. */ skipped: string[] }
  | { ok: false; reason: RejectReason; message: string };

const again = '请在原来的设备上重新“导出全部学习记录”，再导入新文件。';
const fail = (reason: RejectReason, message: string): ParseResult => ({ ok: false, reason, message: `未导入任何内容：${message}` });
const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * Reads and validates an export file. Any problem rejects the whole file, so a bad file changes
 * nothing; every message says, in Chinese, what is wrong and what to do.
 */
export function parseTransfer(text: string, size: number, prefix: string, check: ItemCheck, now = Date.now()): ParseResult {
  const read = readCourseFile(text, size, 'progress', transferFormat, again);
  if (!read.ok) return fail(read.reason === 'kind' ? 'foreign' : read.reason === 'newer' ? 'version' : read.reason, read.message);
  const file = read.data;
  if (read.created === undefined) return fail('shape', `文件的结构不完整（缺少导出时间）。${again}`);
  if (file.prefix !== prefix) {
    return fail('prefix', `文件中的学习记录属于另一版本的数据（${String(file.prefix)}），与本网站（${prefix}）不一致。${again}`);
  }
  if (!isRecord(file.items)) {
    return fail('shape', `文件的结构不完整（缺少学习记录列表）。${again}`);
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
  // Version 1 files become the current shape: the shared header instead of `format` and `exportedAt`.
  const current: TransferFile = { ...courseFileHeader('progress', transferFormat, new Date(read.created)), kind: 'progress', prefix, items: file.items as TransferFile['items'] };
  return { ok: true, file: current, snapshot, skipped };
}

import { isEnvelope } from '../storage-codec.ts';
import { courseFileHeader, courseFileName } from '../course-file.ts';
import { transferFormat, type SavedEnvelope, type Snapshot, type TransferFile } from './format.ts';
import { contentTime, laterOf } from './times.ts';

/** Reads stored text as a saved envelope `{"v": n, "data": …}`, or undefined when it is not one. */
function readEnvelope(text: string): SavedEnvelope | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (isEnvelope(parsed)) return parsed;
  } catch {
    // Unreadable text is reported by the caller.
  }
  return undefined;
}

/**
 * The browser's saved items with their times: the recorded write time or, when later or the only
 * one, the latest moment inside the value (lesson pages record visits without the store).
 */
export function localSnapshot(entries: Record<string, string>, writeTimes: Record<string, number>, now = Date.now()): Snapshot {
  const snapshot: Snapshot = Object.create(null) as Snapshot;
  for (const [key, text] of Object.entries(entries)) {
    const found = laterOf(Object.hasOwn(writeTimes, key) ? writeTimes[key] : undefined, contentTime(readEnvelope(text)?.data));
    // A time from the future (a wrong clock) counts as now, so it cannot win every later merge.
    const updatedAt = found === undefined ? undefined : Math.min(found, now);
    snapshot[key] = updatedAt === undefined ? { text } : { text, updatedAt };
  }
  return snapshot;
}

/** Builds the export file; items whose text is not a readable saved value are listed in `skipped`. */
export function buildExport(local: Snapshot, prefix: string, now: Date): { file: TransferFile; skipped: string[] } {
  const items: TransferFile['items'] = {};
  const skipped: string[] = [];
  for (const key of Object.keys(local).sort()) {
    const { text, updatedAt } = local[key]!;
    const value = readEnvelope(text);
    if (!value) skipped.push(key);
    else items[key] = updatedAt === undefined ? { value } : { updatedAt, value };
  }
  return { file: { ...courseFileHeader('progress', transferFormat, now), kind: 'progress', prefix, items }, skipped };
}

/** The file's text: indented JSON, so a teacher can open it and read it. */
export const exportText = (file: TransferFile): string => `${JSON.stringify(file, null, 1)}\n`;

/** File name of an export, dated in local time. @example exportFileName(new Date(2026, 10, 22)) === '客服课程学习记录-2026-11-22.json' */
export const exportFileName = (now: Date): string => courseFileName(['客服课程学习记录'], now, 'json');

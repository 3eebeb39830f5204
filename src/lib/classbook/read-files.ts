import type { ClassCatalog } from './catalog.ts';
import { addToBook, type IntakeOutcome } from './intake.ts';
import type { ClassBook } from './types.ts';
import { maxCourseFileBytes } from '../course-file.ts';
import { inflateInSteps } from '../zip-steps.ts';

/**
 * Turns what the teacher chose on the class page — many .json files, a folder, or .zip files of them —
 * into file texts for src/lib/classbook/intake.ts. A zip is really inflated with byte counters (as
 * src/lib/grade/read-file.ts `unzippedWithin` does): a zip that lies about its sizes stops at the limit.
 * Runs in src/components/classbook/read-files.worker.ts, off the page's thread.
 */

/** Most files read at once (the files chosen plus the entries of every zip). */
export const maxIntakeFiles = 2_000;
/** Most real unzipped bytes of all zips of one import. */
export const maxUnzippedBytes = 100 * 1024 * 1024;

/** One chosen file: its name (with its folder path when a folder was chosen) and its bytes. */
export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

export interface ReadFiles {
  /** .json files read, in order. */
  files: { name: string; text: string }[];
  /** Files not read, each with the reason (not .json, too large, a broken zip). */
  skipped: { name: string; reason: string }[];
  /** The whole import refused (too many files, zips too large): nothing is to be changed. */
  refused?: string;
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
/** Why an import of `n` files (over the limit) was refused. */
export const tooManyFilesText = (n: number) => `一次最多读取 ${maxIntakeFiles.toLocaleString('en-US')} 个文件，这次有 ${n.toLocaleString('en-US')} 个，没有读取任何文件，成绩册没有改动。请分几次导入（例如按课次分开打包）。`;

const decoder = new TextDecoder('utf-8');
/** UTF-8 text without a byte-order mark (Windows Notepad adds one). */
const textOf = (bytes: Uint8Array) => decoder.decode(bytes).replace(/^\uFEFF/, '');

const isZip = (name: string, bytes: Uint8Array) => /\.zip$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04);
const isJson = (name: string) => /\.json$/i.test(name);
/** Files a zip tool adds that nobody chose: macOS resource forks and folder entries. */
const isNoise = (name: string) => name.endsWith('/') || /(^|\/)__MACOSX\//.test(name) || /(^|\/)\._/.test(name) || /(^|\/)\.DS_Store$/.test(name);

/** Whether the bytes end with a zip's end-of-central-directory record (a cut-off zip has none). */
function hasEnd(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 65_535; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  }
  return false;
}

type Unzipped = { ok: true; entries: { name: string; bytes?: Uint8Array; reason?: string }[]; bytes: number } | { ok: false; reason: string; whole?: boolean };

/** Inflates a zip's entries in small steps, counting real bytes; each entry ≤ 5 MB, all ≤ `budget`, ≤ `maxEntries` entries. */
function unzip(bytes: Uint8Array, budget: number, maxEntries: number, limits: ReadLimits): Unzipped {
  const broken = { ok: false as const, reason: '压缩包不完整或已损坏（可能下载或传送时被截断），没有读取。请重新打包或重新下载后再导入。' };
  if (!hasEnd(bytes)) return broken;
  const entries: { name: string; bytes?: Uint8Array; reason?: string }[] = [];
  let total = 0;
  let stop: Unzipped | undefined;
  let open = 0;
  const fed = inflateInSteps(bytes, (file) => {
    if (stop) return;
    if (isNoise(file.name)) return;
    if (!isJson(file.name)) {
      entries.push({ name: file.name, reason: '不是 .json 文件，已跳过。' });
      return;
    }
    if (entries.length >= maxEntries) {
      stop = { ok: false, reason: '', whole: true };
      return;
    }
    const entry: { name: string; bytes?: Uint8Array; reason?: string } = { name: file.name };
    entries.push(entry);
    const chunks: Uint8Array[] = [];
    let size = 0;
    open++;
    file.ondata = (error, chunk, final) => {
      if (error) {
        stop = broken;
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (total > budget) {
        stop = { ok: false, reason: `压缩包解压后超过 ${mb(limits.unzippedBytes)} 的上限，不像一个班交来的作业，没有读取。请分几次打包导入。`, whole: true };
        file.terminate();
        return;
      }
      if (size > limits.fileBytes) {
        entry.reason = `文件解压后超过 ${mb(limits.fileBytes)}，不是本网站导出的作业文件，已跳过。`;
        chunks.length = 0;
        open--;
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) {
        open--;
        const out = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        entry.bytes = out;
      }
    };
    try {
      file.start();
    } catch {
      entry.reason = '压缩方式无法识别，已跳过。请用常见的 zip 工具重新打包。';
      open--;
    }
  }, () => stop !== undefined);
  if (!fed) return broken;
  if (stop) return stop;
  if (open > 0) return broken;
  return { ok: true, entries, bytes: total };
}

/** The byte limits of an import: each file, and the real unzipped bytes of all zips (tests pass smaller ones). */
export interface ReadLimits {
  fileBytes: number;
  unzippedBytes: number;
}

/** Reads the chosen files: .json as text, zips expanded (their .json entries), anything else listed as skipped. */
export function readChosenFiles(chosen: readonly ChosenFile[], limits: ReadLimits = { fileBytes: maxCourseFileBytes, unzippedBytes: maxUnzippedBytes }): ReadFiles {
  if (chosen.length > maxIntakeFiles) return { files: [], skipped: [], refused: tooManyFilesText(chosen.length) };
  const files: ReadFiles['files'] = [];
  const skipped: ReadFiles['skipped'] = [];
  let budget = limits.unzippedBytes;
  for (const { name, bytes } of chosen) {
    if (isZip(name, bytes)) {
      const left = maxIntakeFiles - files.length - (chosen.length - 1);
      const read = unzip(bytes, budget, Math.max(left, 0), limits);
      if (!read.ok) {
        if (read.whole) return { files: [], skipped: [], refused: read.reason || `一次最多读取 ${maxIntakeFiles.toLocaleString('en-US')} 个文件，“${name}”中的文件连同其他所选文件超过了这个数，没有读取任何文件，成绩册没有改动。请分几次导入（例如按课次分开打包）。` };
        skipped.push({ name, reason: read.reason });
        continue;
      }
      budget -= read.bytes;
      for (const entry of read.entries) {
        const full = `${name}/${entry.name}`;
        if (entry.bytes) files.push({ name: full, text: textOf(entry.bytes) });
        else skipped.push({ name: full, reason: entry.reason ?? '已跳过。' });
      }
    } else if (!isJson(name)) {
      skipped.push({ name, reason: '不是 .json 文件，已跳过。' });
    } else if (bytes.length > limits.fileBytes) {
      skipped.push({ name, reason: `文件超过 ${mb(limits.fileBytes)}，不是本网站导出的作业文件，已跳过。` });
    } else {
      files.push({ name, text: textOf(bytes) });
    }
  }
  return { files, skipped };
}

/** What one import of chosen files did to the class book: refused whole, or the new book with an outcome per file. */
export type IntakeRun = { refused: string } | { book: ClassBook; outcomes: IntakeOutcome[]; skipped: ReadFiles['skipped'] };

/**
 * Reads the chosen files and adds them to `book` (src/lib/classbook/intake.ts): the whole import, so
 * the class page can run it in a worker and stay responsive while 1,350 hand-ins are checked.
 */
export function readIntoBook(chosen: readonly ChosenFile[], book: ClassBook, catalog: ClassCatalog, now: number): IntakeRun {
  const read = readChosenFiles(chosen);
  if (read.refused) return { refused: read.refused };
  return { ...addToBook(book, read.files.map((f) => ({ kind: 'file' as const, ...f })), catalog, now), skipped: read.skipped };
}

import { courseApp, maxCourseFileBytes, type CourseFileHeader } from '../course-file.ts';

/** Identifies a file written by this course site (src/lib/course-file.ts). */
export const transferApp = courseApp;
/**
 * Version of the 学习记录 file (kind `progress`): 2 carries the shared header (`kind`, `version`,
 * `created`); 1 had `format` and `exportedAt`. `parse.ts` reads both.
 */
export const transferFormat = 2;
/** Largest file the import accepts: the one limit of every course file. */
export const maxImportBytes = maxCourseFileBytes;

/** A saved value as the stores keep it: `{"v": <schema version>, "data": …}`. */
export interface SavedEnvelope {
  v: number;
  data: unknown;
}

/** One saved item in an export file. */
export interface TransferItem {
  /** When the item last changed (ms since epoch), when known. */
  updatedAt?: number;
  /** The saved value, parsed from the stored text. */
  value: SavedEnvelope;
}

/** The export file: a header and every saved item by storage key. */
export interface TransferFile extends CourseFileHeader {
  kind: 'progress';
  /** Storage key prefix the items were saved under, e.g. `kefu:v1:`. */
  prefix: string;
  /** Saved items by storage key. */
  items: Record<string, TransferItem>;
}

/** A saved item as the browser holds it: the stored text and, when known, when it last changed. */
export interface LocalItem {
  text: string;
  updatedAt?: number;
}

/** Everything saved in one place (this browser, or a file), by storage key. */
export type Snapshot = Record<string, LocalItem>;

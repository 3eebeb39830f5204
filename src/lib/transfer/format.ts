/** Identifies a file written by this course site's “导出全部学习记录”. */
export const transferApp = 'kefu-course';
/** Version of the export file format; bump it with a migration in `parse.ts`. */
export const transferFormat = 1;
/** Largest file the import accepts (5 MB); real records are a few hundred KB at most. */
export const maxImportBytes = 5 * 1024 * 1024;

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
export interface TransferFile {
  /** Always `kefu-course`. */
  app: typeof transferApp;
  /** Format version of this file. */
  format: number;
  /** When the file was written (ISO 8601). */
  exportedAt: string;
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

import { download } from '../exercises/shared/download.ts';
import { buildExport, exportFileName, exportText, localSnapshot, maxImportBytes, parseTransfer, planImport, writesOf, type ImportPlan, type Snapshot } from '../../lib/transfer/index.ts';
import { storagePrefix } from '../../stores/engine.ts';
import { readSaved, writeSaved } from './storage-io.ts';
import { checkSavedItem } from './saved-checks.ts';

// Loaded only when the learner exports or picks a file, so the progress page stays light.

/** Writes every saved item to a JSON file in the downloads; returns what was written. */
export function exportAll(now = new Date()): { name: string; count: number; skipped: number } {
  const { entries, times } = readSaved();
  const { file, skipped } = buildExport(localSnapshot(entries, times), storagePrefix, now);
  const name = exportFileName(now);
  download(new Blob([exportText(file)], { type: 'application/json' }), name);
  return { name, count: Object.keys(file.items).length, skipped: skipped.length };
}

/** A file that can be imported: what it holds and what importing it would do. */
export interface ReadyImport {
  ok: true;
  exportedAt: string;
  plan: ImportPlan;
  incoming: Snapshot;
}

/** Reads and checks a chosen file, and plans the merge against this browser's records. Changes nothing. */
export async function readImport(file: File): Promise<ReadyImport | { ok: false; message: string }> {
  // Refuse an oversized file before reading it into memory.
  const text = file.size > maxImportBytes ? '' : await file.text();
  const parsed = parseTransfer(text, file.size, storagePrefix, checkSavedItem);
  if (!parsed.ok) return parsed;
  const { entries, times } = readSaved();
  return { ok: true, exportedAt: parsed.file.exportedAt, plan: planImport(localSnapshot(entries, times), parsed.snapshot), incoming: parsed.snapshot };
}

/** Writes the added and updated items; never removes anything. */
export function applyImport(ready: ReadyImport): void {
  writeSaved(writesOf(ready.plan, ready.incoming));
}

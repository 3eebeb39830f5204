import { download } from '../exercises/shared/download.ts';
import { exportFileName, exportText, maxImportBytes, type ImportPlan } from '../../lib/transfer/index.ts';
import { applyPlan, exportFile, parseImport, planFor, type ImportOutcome } from '../../stores/transfer.ts';

// Loaded only when the learner exports or picks a file, so the progress page stays light.

/** Writes every saved item to a JSON file in the downloads; returns what was written. */
export function exportAll(now = new Date()): { name: string; count: number; skipped: number } {
  const { file, skipped } = exportFile(now);
  const name = exportFileName(now);
  download(new Blob([exportText(file)], { type: 'application/json' }), name);
  return { name, count: Object.keys(file.items).length, skipped: skipped.length };
}

/** A file that can be imported: what it holds and what importing it would do. */
export interface ReadyImport {
  ok: true;
  exportedAt: string;
  /** Items in the file. */
  count: number;
  plan: ImportPlan;
}

/** Reads and checks a chosen file, and plans the merge against this browser's records. Changes nothing. */
export async function readImport(file: File): Promise<ReadyImport | { ok: false; message: string }> {
  // Refuse an oversized file before reading it into memory.
  const text = file.size > maxImportBytes ? '' : await file.text();
  const parsed = parseImport(text, file.size);
  if (!parsed.ok) return parsed;
  return { ok: true, exportedAt: parsed.file.created, count: Object.keys(parsed.snapshot).length + parsed.skipped.length, plan: planFor(parsed.snapshot, parsed.skipped) };
}

/** Writes the added and updated items through the stores; never removes anything. Says what was really written. */
export const applyImport = (ready: ReadyImport): ImportOutcome => applyPlan(ready.plan);

import { download } from '../exercises/shared/download.ts';
import { exportFileName, exportText, maxImportBytes, type ImportPlan, type ParseResult } from '../../lib/transfer/index.ts';
import { runTaskOrInline } from '../../lib/worker-task.ts';
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

/** Longest a file may take to read before it is given up (a 5 MB file takes about half a second). */
const readBudgetMs = 20_000;

/** Reads and checks a file in a worker where the browser has them, so the page stays responsive; else here. */
async function parseFile(file: File, signal?: AbortSignal): Promise<ParseResult | { ok: false; message: string }> {
  // Refuse an oversized file before reading it into memory.
  if (file.size > maxImportBytes) return parseImport('', file.size);
  const run = await runTaskOrInline<ParseResult>(
    () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
    file,
    async () => parseImport(await file.text(), file.size),
    { timeoutMs: readBudgetMs, signal, what: '读取文件' },
  );
  return run.ok ? run.value : { ok: false, message: `未导入任何内容：${run.message}` };
}

/** Reads and checks a chosen file, and plans the merge against this browser's records. Changes nothing. */
export async function readImport(file: File, signal?: AbortSignal): Promise<ReadyImport | { ok: false; message: string }> {
  const parsed = await parseFile(file, signal);
  if (!parsed.ok) return parsed;
  return { ok: true, exportedAt: parsed.file.created, count: Object.keys(parsed.snapshot).length + parsed.skipped.length, plan: planFor(parsed.snapshot, parsed.skipped) };
}

/** Writes the added and updated items through the stores; never removes anything. Says what was really written. */
export const applyImport = (ready: ReadyImport): ImportOutcome => applyPlan(ready.plan);

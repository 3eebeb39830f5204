import type { ReadFiles } from '../../lib/classbook/read-files.ts';
import { runTaskOrInline, type TaskStop } from '../../lib/worker-task.ts';

/** Reads the chosen files (and zips) in a worker (./read-files.worker.ts) with a 60 s budget, so the page stays responsive and 取消 works. */
export const readFilesOffThread = (chosen: { name: string; file: Blob }[], signal: AbortSignal): Promise<{ ok: true; value: ReadFiles } | TaskStop> =>
  runTaskOrInline<ReadFiles>(
    () => new Worker(new URL('./read-files.worker.ts', import.meta.url), { type: 'module' }),
    chosen,
    async () => (await import('../../lib/classbook/read-files.ts')).readChosenFiles(await Promise.all(chosen.map(async ({ name, file }) => ({ name, bytes: new Uint8Array(await file.arrayBuffer()) })))),
    { timeoutMs: 60_000, signal, what: '读取文件', hint: '文件可能太多、太大或已损坏。请分几次导入。' },
  );

import type { IntakeRun } from '../../lib/classbook/read-files.ts';
import { runTaskOrInline, type TaskStop } from '../../lib/worker-task.ts';
import type { IntakeRequest } from './read-files.worker.ts';

/**
 * Reads the chosen files (and zips) and adds them to the class book in a worker (./read-files.worker.ts)
 * with a 60 s budget, so the page stays responsive and 取消 works.
 */
export const readFilesOffThread = (request: IntakeRequest, signal: AbortSignal): Promise<{ ok: true; value: IntakeRun } | TaskStop> =>
  runTaskOrInline<IntakeRun>(
    () => new Worker(new URL('./read-files.worker.ts', import.meta.url), { type: 'module' }),
    request,
    async () => {
      const { readIntoBook } = await import('../../lib/classbook/read-files.ts');
      const files = await Promise.all(request.chosen.map(async ({ name, file }) => ({ name, bytes: new Uint8Array(await file.arrayBuffer()) })));
      return readIntoBook(files, request.book, request.catalog, request.now);
    },
    { timeoutMs: 60_000, signal, what: '读取文件', hint: '文件可能太多、太大或已损坏。请分几次导入。' },
  );

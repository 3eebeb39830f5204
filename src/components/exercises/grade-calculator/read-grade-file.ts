import type { GradeFileRead } from '../../../lib/grade/read-file.ts';
import { runTaskOrInline, type TaskStop } from '../../../lib/worker-task.ts';

/** Reads a grade file in a worker (./grade-file.worker.ts) with a 15 s budget, so the page stays responsive and 取消 works. */
export const readGradeFileOffThread = (file: File, maxRows: number, signal: AbortSignal): Promise<{ ok: true; value: GradeFileRead } | TaskStop> =>
  runTaskOrInline<GradeFileRead>(
    () => new Worker(new URL('./grade-file.worker.ts', import.meta.url), { type: 'module' }),
    { file, maxRows },
    async () => (await import('../../../lib/grade/read-file.ts')).readGradeFile(new Uint8Array(await file.arrayBuffer()), maxRows),
    { timeoutMs: 15_000, signal, what: '读取成绩文件', hint: '文件可能太大或已损坏。请在 Excel/WPS 中只保留成绩所在的工作表，另存为 .xlsx 或 CSV 后再导入。' },
  );

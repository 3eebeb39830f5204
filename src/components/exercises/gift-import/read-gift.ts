import type { GiftImport } from '../../../lib/gift/index.ts';
import { runTaskOrInline, type TaskStop } from '../../../lib/worker-task.ts';

/** Reads GIFT text in a worker (./gift.worker.ts) with a 10 s budget, so the page stays responsive and 取消 works. */
export const readGift = (text: string, signal: AbortSignal): Promise<{ ok: true; value: GiftImport } | TaskStop> =>
  runTaskOrInline<GiftImport>(
    () => new Worker(new URL('./gift.worker.ts', import.meta.url), { type: 'module' }),
    text,
    async () => (await import('../../../lib/gift/import.ts')).fromGift(text, { module: 1, idPrefix: 'gift' }),
    { timeoutMs: 10_000, signal, what: '识别 GIFT 文本' },
  );

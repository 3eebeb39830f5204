/**
 * Runs one piece of work in a Web Worker so the page stays responsive while a large file is read, with
 * a time budget and a way for the learner to cancel. Where workers are missing the caller runs the work
 * itself (`fallback`), so the result is the same everywhere.
 */

/** The part of a worker this needs (lets tests pass a fake). */
export type TaskWorker = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

/** How a task ended when it gave no result. */
export type TaskStop = { ok: false; reason: 'timeout' | 'cancelled' | 'failed'; message: string };

/** What a timeout suggests when the caller names nothing better. */
const defaultHint = '文件可能太大或已损坏；请确认选择的是本网站导出的文件。';

/** Chinese explanation of each way a task can stop; `what` names the work, e.g. '读取文件'; `hint` follows a timeout. */
export const taskStopText = (reason: TaskStop['reason'], what: string, seconds: number, hint = defaultHint): string =>
  reason === 'timeout'
    ? `${what}超过 ${seconds} 秒仍未完成，已停止。${hint}`
    : reason === 'cancelled'
      ? `已取消${what}，没有任何改动。`
      : `${what}时出错（浏览器中止了后台读取），没有任何改动。请刷新页面后再试。`;

/** The budget of a task, what cancels it, and how its messages name it. */
export type TaskOptions = { timeoutMs: number; signal?: AbortSignal; what: string; hint?: string };

/**
 * Posts `input` to a worker made by `make`, and resolves with its first message, or stops it after
 * `timeoutMs` or when `signal` aborts. The worker is always terminated afterwards.
 */

export function runTask<T>(make: () => TaskWorker, input: unknown, { timeoutMs, signal, what, hint }: TaskOptions): Promise<{ ok: true; value: T } | TaskStop> {
  return new Promise((resolve) => {
    const worker = make();
    const stop = (reason: TaskStop['reason']) => finish({ ok: false, reason, message: taskStopText(reason, what, Math.round(timeoutMs / 1000), hint) });
    const timer = setTimeout(() => stop('timeout'), timeoutMs);
    const abort = () => stop('cancelled');
    function finish(outcome: { ok: true; value: T } | TaskStop) {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      resolve(outcome);
    }
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort);
    worker.onmessage = (event: MessageEvent) => finish({ ok: true, value: event.data as T });
    worker.onerror = () => stop('failed');
    worker.postMessage(input);
  });
}

/** `runTask` where the browser has workers; elsewhere `inline` runs here, with the same result (and no cancelling). */
export async function runTaskOrInline<T>(
  make: () => TaskWorker,
  input: unknown,
  inline: () => T | Promise<T>,
  options: TaskOptions,
): Promise<{ ok: true; value: T } | TaskStop> {
  if (typeof Worker === 'undefined') return { ok: true, value: await inline() };
  return runTask<T>(make, input, options);
}

import { describe, expect, it, vi } from 'vitest';
import { runTask, runTaskOrInline, type TaskWorker } from '../../src/lib/worker-task.ts';

/** A worker that answers after `delay` ms (never when undefined), or fails. */
function fakeWorker(answer: unknown, delay?: number, fails = false) {
  const worker = {
    terminated: false,
    onmessage: null as TaskWorker['onmessage'],
    onerror: null as TaskWorker['onerror'],
    postMessage() {
      if (fails) setTimeout(() => worker.onerror?.call(worker as never, new Event('error') as ErrorEvent), 1);
      else if (delay !== undefined) setTimeout(() => worker.onmessage?.call(worker as never, { data: answer } as MessageEvent), delay);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('a task in a worker', () => {
  it('gives the worker’s answer and ends the worker', async () => {
    const worker = fakeWorker({ ok: true, n: 3 }, 5);
    await expect(runTask(() => worker as unknown as TaskWorker, 'x', { timeoutMs: 1_000, what: '读取文件' })).resolves.toEqual({ ok: true, value: { ok: true, n: 3 } });
    expect(worker.terminated).toBe(true);
  });

  it('stops at its time budget with a Chinese message naming it', async () => {
    vi.useFakeTimers();
    const worker = fakeWorker(undefined);
    const run = runTask(() => worker as unknown as TaskWorker, 'x', { timeoutMs: 20_000, what: '读取文件' });
    vi.advanceTimersByTime(20_000);
    await expect(run).resolves.toMatchObject({ ok: false, reason: 'timeout', message: expect.stringContaining('读取文件超过 20 秒仍未完成') });
    expect(worker.terminated).toBe(true);
    vi.useRealTimers();
  });

  it('follows a timeout with the advice its caller gives (a grade file is not one of this site’s files)', async () => {
    vi.useFakeTimers();
    const run = runTask(() => fakeWorker(undefined) as unknown as TaskWorker, 'x', { timeoutMs: 15_000, what: '读取成绩文件', hint: '请另存为 CSV。' });
    vi.advanceTimersByTime(15_000);
    await expect(run).resolves.toMatchObject({ message: '读取成绩文件超过 15 秒仍未完成，已停止。请另存为 CSV。' });
    vi.useRealTimers();
  });

  it('stops when the learner cancels, and says nothing changed', async () => {
    const worker = fakeWorker({}, 1_000);
    const cancel = new AbortController();
    const run = runTask(() => worker as unknown as TaskWorker, 'x', { timeoutMs: 5_000, signal: cancel.signal, what: '读取文件' });
    cancel.abort();
    await expect(run).resolves.toMatchObject({ ok: false, reason: 'cancelled', message: '已取消读取文件，没有任何改动。' });
    expect(worker.terminated).toBe(true);
  });

  it('reports a worker that fails', async () => {
    const worker = fakeWorker({}, undefined, true);
    await expect(runTask(() => worker as unknown as TaskWorker, 'x', { timeoutMs: 5_000, what: '读取文件' })).resolves.toMatchObject({ ok: false, reason: 'failed' });
  });
});

describe('without workers (an old browser, or Node)', () => {
  it('runs the work here and gives the same kind of answer', async () => {
    expect(typeof Worker).toBe('undefined');
    const make = vi.fn();
    await expect(runTaskOrInline(make, 'x', () => 42, { timeoutMs: 1_000, what: '读取文件' })).resolves.toEqual({ ok: true, value: 42 });
    expect(make).not.toHaveBeenCalled();
  });
});

import { describe, expect, it } from 'vitest';
import { formatSize, parsePacks, problemMessage, runDownload, type Pack } from '../../../src/lib/sw/offline-download.ts';

describe.each([
  [100, '1 KB'],
  [300 * 1024, '300 KB'],
  [1023 * 1024, '1023 KB'],
  [1024 * 1024, '1.0 MB'],
  [2.94 * 1024 * 1024, '2.9 MB'],
])('formatSize(%d)', (bytes, text) => {
  it(`is ${text}`, () => expect(formatSize(bytes)).toBe(text));
});

describe('parsePacks', () => {
  it('maps file indexes to URLs', () => {
    const raw = { urls: ['/kefu/', '/kefu/a.js'], packs: [{ id: 'm1', label: '模块1', sent: 2048, files: [0, 1] }] };
    expect(parsePacks(raw)).toEqual([{ id: 'm1', label: '模块1', sent: 2048, files: ['/kefu/', '/kefu/a.js'] }]);
  });
  it.each([[null], [{}], [{ urls: [1], packs: [] }], [{ urls: ['/a'], packs: 'x' }]])('gives nothing for %j', (raw) => {
    expect(parsePacks(raw)).toEqual([]);
  });
  it('leaves out a pack that points past the URL list', () => {
    expect(parsePacks({ urls: ['/a'], packs: [{ id: 'm1', label: 'x', sent: 1, files: [3] }] })).toEqual([]);
  });
});

describe('problemMessage', () => {
  it('says how much space is needed and free', () => {
    expect(problemMessage('storage', { need: 3 * 1024 * 1024, free: 512 * 1024 })).toBe('本机存储空间不足：需要约 3.0 MB，浏览器可用约 512 KB。请清理浏览器数据或释放存储空间后再试。');
  });
  it('counts files that were not saved', () => {
    expect(problemMessage('storage', { missing: 3 })).toContain('有 3 个文件没有保存下来');
  });
});

/** A pack of `n` files of 1 KB each, a store of saved URLs and a fetch that saves. */
function setup(n: number, failAt?: number) {
  const pack: Pack = { id: 'm1', label: '模块1', sent: n * 1024, files: Array.from({ length: n }, (_, i) => `/f${i}`) };
  const saved = new Set<string>();
  const fetched: string[] = [];
  const progress: number[] = [];
  const io = {
    saved: async () => saved,
    fetch: async (url: string, signal: AbortSignal) => {
      if (signal.aborted) throw new DOMException('aborted', 'AbortError');
      if (fetched.length === failAt) throw new TypeError('Failed to fetch');
      fetched.push(url);
      saved.add(url);
      return { ok: true };
    },
    progress: (done: number) => progress.push(done),
  };
  return { pack, saved, fetched, progress, io };
}

describe('runDownload', () => {
  it('fetches only what is not saved yet and reports progress up to the pack size', async () => {
    const t = setup(10);
    t.saved.add('/f0').add('/f1');
    expect(await runDownload(t.pack, t.io, new AbortController().signal)).toEqual({ ok: true });
    expect(t.fetched).toHaveLength(8);
    expect(t.fetched).not.toContain('/f0');
    expect(t.progress[0]).toBe(2 * 1024);
    expect(t.progress.at(-1)).toBe(10 * 1024);
  });
  it('stops on a network failure and keeps what arrived', async () => {
    const t = setup(10, 3);
    expect(await runDownload(t.pack, t.io, new AbortController().signal, 1)).toEqual({ ok: false, problem: 'network' });
    expect(t.saved.size).toBe(3);
  });
  it('stops when cancelled', async () => {
    const t = setup(10);
    const abort = new AbortController();
    const io = { ...t.io, progress: (done: number) => done >= 2 * 1024 && abort.abort() };
    expect(await runDownload(t.pack, io, abort.signal, 1)).toEqual({ ok: false, problem: 'cancelled' });
    expect(t.saved.size).toBeLessThan(10);
  });
  it('reports files the worker could not keep (a full disk) as a storage problem', async () => {
    const t = setup(4);
    const io = { ...t.io, fetch: async () => ({ ok: true }) };
    expect(await runDownload(t.pack, io, new AbortController().signal)).toEqual({ ok: false, problem: 'storage', missing: 4 });
  });
  it('reports a file the server no longer has as an update', async () => {
    const t = setup(2);
    const io = { ...t.io, fetch: async () => ({ ok: false }) };
    expect(await runDownload(t.pack, io, new AbortController().signal)).toEqual({ ok: false, problem: 'updated' });
  });
});

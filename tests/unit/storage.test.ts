import { describe, expect, it, vi } from 'vitest';
import { z } from 'astro/zod';
import { createGuardedEngine, probeStorage, type StorageLike } from '../../src/lib/guarded-storage.ts';
import { createCodec } from '../../src/lib/storage-codec.ts';
import { visitRecorderScript } from '../../src/lib/visit-recorder.ts';
import { storageNoticeText } from '../../src/lib/storage-messages.ts';

/** An in-memory Web Storage that can be told to refuse writes, like a full quota. */
function fakeStorage({ full = false } = {}): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}

describe('probeStorage', () => {
  type Getter = () => StorageLike | undefined;
  const denied: Getter = () => {
    throw new DOMException('denied', 'SecurityError');
  };
  it.each<[string, Getter, string]>([
    ['usable storage', () => fakeStorage(), 'ok'],
    ['a full quota', () => fakeStorage({ full: true }), 'full'],
    ['private mode that throws on access', denied, 'unavailable'],
    ['no storage at all', () => undefined, 'unavailable'],
  ])('reports %s', (_, get, mode) => {
    expect(probeStorage(get).mode).toBe(mode);
  });
});

describe('createGuardedEngine', () => {
  it('reads and writes through to storage', () => {
    const backing = fakeStorage();
    const engine = createGuardedEngine(backing, vi.fn());
    engine['kefu:v1:a'] = '1';
    expect(backing.getItem('kefu:v1:a')).toBe('1');
    expect('kefu:v1:a' in engine).toBe(true);
    delete engine['kefu:v1:a'];
    expect('kefu:v1:a' in engine).toBe(false);
  });

  it('keeps a refused write in memory and reports a full storage without throwing', () => {
    const onFailure = vi.fn();
    const engine = createGuardedEngine(fakeStorage({ full: true }), onFailure);
    expect(() => (engine['kefu:v1:a'] = '答案')).not.toThrow();
    expect(engine['kefu:v1:a']).toBe('答案');
    expect(onFailure).toHaveBeenCalledWith('full');
  });

  it('works from memory when there is no storage', () => {
    const onFailure = vi.fn();
    const engine = createGuardedEngine(undefined, onFailure);
    engine['kefu:v1:a'] = 'x';
    expect(engine['kefu:v1:a']).toBe('x');
    expect(onFailure).toHaveBeenCalledWith('unavailable');
  });
});

describe('createCodec', () => {
  const codec = createCodec({
    version: 2,
    schema: z.object({ score: z.number(), tries: z.number() }),
    migrations: { 1: (old) => ({ ...(old as object), tries: 1 }) },
  });

  it.each([
    ['the current version', '{"v":2,"data":{"score":80,"tries":3}}', { ok: true, value: { score: 80, tries: 3 } }],
    ['an older version, migrated', '{"v":1,"data":{"score":60}}', { ok: true, value: { score: 60, tries: 1 } }],
    ['broken JSON', '{"v":2,"data":{"sco', { ok: false, reason: 'json' }],
    ['a value without an envelope', '{"score":80}', { ok: false, reason: 'envelope' }],
    ['a version from the future', '{"v":3,"data":{}}', { ok: false, reason: 'newer' }],
    ['data of the wrong shape', '{"v":2,"data":{"score":"八十"}}', { ok: false, reason: 'schema' }],
  ])('decodes %s', (_, raw, expected) => {
    expect(codec.decode(raw)).toEqual(expected);
  });

  it('round-trips what it encodes', () => {
    expect(codec.decode(codec.encode({ score: 95.5, tries: 2 }))).toEqual({ ok: true, value: { score: 95.5, tries: 2 } });
  });
});

describe('the lesson page visit recorder', () => {
  const key = 'kefu:v1:visits';
  const run = (storage: StorageLike, code: string) => new Function('localStorage', visitRecorderScript(key, code))(storage);
  const visitsCodec = createCodec({
    version: 1,
    schema: z.record(z.string(), z.object({ first: z.number(), last: z.number(), count: z.number() })),
  });

  it('writes visits in the format the progress store reads', () => {
    const storage = fakeStorage();
    run(storage, '1.1');
    run(storage, '1.1');
    run(storage, '1.2');
    const decoded = visitsCodec.decode(storage.getItem(key)!);
    expect(decoded.ok && Object.fromEntries(Object.entries(decoded.value).map(([k, v]) => [k, v.count]))).toEqual({ '1.1': 2, '1.2': 1 });
  });

  it('leaves unreadable data untouched for the store to set aside', () => {
    const storage = fakeStorage();
    storage.setItem(key, '{broken');
    run(storage, '1.1');
    expect(storage.getItem(key)).toBe('{broken');
  });

  it('never throws when storage refuses', () => {
    expect(() => run(fakeStorage({ full: true }), '1.1')).not.toThrow();
  });
});

describe('storageNoticeText', () => {
  it.each([
    ['ok', [], 0],
    ['unavailable', [], 1],
    ['full', [{ reason: '内容不是有效的数据' }], 2],
  ] as const)('gives %s with %j set aside %i lines', (mode, quarantined, lines) => {
    const text = storageNoticeText(mode, quarantined);
    expect(text).toHaveLength(lines);
    text.forEach((line) => expect(line).toMatch(/[。]$/));
  });

  it('tells the learner what happens to their work and what to do', () => {
    expect(storageNoticeText('unavailable', [])[0]).toContain('关闭后不会保留');
    expect(storageNoticeText('full', [])[0]).toContain('请先不要关闭本页');
  });
});

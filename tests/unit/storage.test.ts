import { describe, expect, it, vi } from 'vitest';
import { z } from 'astro/zod';
import { createGuardedEngine, probeStorage, type StorageLike } from '../../src/lib/guarded-storage.ts';
import { createCodec } from '../../src/lib/storage-codec.ts';
import { storageNoticeLines } from '../../src/lib/storage-messages.ts';

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

describe('storageNoticeLines', () => {
  it.each([
    ['ok', [], 0],
    ['unavailable', [], 1],
    ['full', [{ label: '已读课次记录', reason: 'json', savedAs: 'kefu:quarantine:kefu:v1:visits:1' }], 2],
  ] as const)('gives %s with %j set aside %i lines', (mode, quarantined, lines) => {
    const text = storageNoticeLines(mode, quarantined).map((line) => line.text);
    expect(text).toHaveLength(lines);
    text.forEach((line) => expect(line).toMatch(/[。]$/));
  });

  it('tells the learner what happens to their work and what to do', () => {
    expect(storageNoticeLines('unavailable', [])[0]!.text).toContain('关闭后不会保留');
    expect(storageNoticeLines('full', [])[0]!.text).toContain('请先不要关闭本页');
  });
});

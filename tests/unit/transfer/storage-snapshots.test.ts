import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import type { ReadableAtom, WritableAtom } from 'nanostores';
import { createCodec, type SafeParser } from '../../../src/lib/storage-codec.ts';
import { buildExport, localSnapshot } from '../../../src/lib/transfer/index.ts';
import { freshPage, memoryStorage } from '../helpers/browser-storage.ts';

const dir = 'tests/fixtures/storage';
/** Snapshots of every saved key as each schema version wrote it: `v1.json`, later `v2.json`, … */
const snapshots = readdirSync(dir)
  .filter((name) => /^v\d+\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')) as { version: number; items: Record<string, string> });
const current = 1;

/** The store that reads each key, found through the registry, loaded afresh so it reads the test storage when created. */
async function storeFor(key: string): Promise<WritableAtom<unknown> | ReadableAtom<unknown>> {
  const { locate, storeOf } = await import('../../../src/stores/registry.ts');
  const found = locate(key);
  if (!found) throw new Error(`No area reads ${key}: declare it in src/stores/registry.ts`);
  return storeOf(found);
}

/** Whether `raw` is its area's empty value (src/stores/area.ts keeps nothing in storage for it). */
async function isEmptyValue(key: string, raw: string): Promise<boolean> {
  const { locate } = await import('../../../src/stores/registry.ts');
  const { area } = locate(key)!;
  const empty = area.empty();
  return empty !== undefined && area.codec.encode(empty) === raw;
}

describe('saved data of every earlier version still loads', () => {
  beforeEach(() => {
    useTestStorageEngine();
    vi.resetModules();
  });
  afterEach(() => cleanTestStorage());

  it('has a snapshot of the current version covering every area of the registry', async () => {
    expect(snapshots.map((s) => s.version)).toContain(current);
    const areas = new Set(Object.keys(snapshots.find((s) => s.version === current)!.items).map((k) => k.slice(8).split(':')[0]));
    const { areas: declared } = await import('../../../src/stores/registry.ts');
    expect([...areas].sort()).toEqual(declared.map((area) => area.name).sort());
  });

  for (const snapshot of snapshots) {
    for (const [key, raw] of Object.entries(snapshot.items)) {
      it(`v${snapshot.version} ${key}`, async () => {
        setTestStorageKey(key, raw);
        const store = await storeFor(key);
        const { storageStatus } = await import('../../../src/stores/engine.ts');
        const unsubscribe = store.listen(() => {});
        expect(storageStatus.get().quarantined).toEqual([]);
        if (snapshot.version === current) {
          // Loads unchanged, and saving it again writes the very same text.
          expect(store.get()).toEqual(JSON.parse(raw).data);
          if ('set' in store) store.set(store.get());
          // The very same text, unless it is the area's empty value, which keeps nothing in storage.
          expect(getTestStorage()[key]).toBe((await isEmptyValue(key, raw)) ? undefined : raw);
        }
        unsubscribe();
      });
    }
  }
});

describe('the migration hook', () => {
  // A pretend v2 of the visits store that adds a field, to prove a v1 snapshot would be upgraded.
  type V2 = { lessons: Record<string, unknown>; migratedFrom: number };
  const v2Schema: SafeParser<V2> = {
    safeParse: (data) => (data && typeof data === 'object' && 'lessons' in data ? { success: true, data: data as V2 } : { success: false }),
  };
  const v2 = createCodec<V2>({ version: 2, schema: v2Schema, migrations: { 1: (old) => ({ lessons: old, migratedFrom: 1 }) } });
  const v1Visits = snapshots.find((s) => s.version === 1)!.items['kefu:v1:visits']!;

  it('upgrades a v1 value through migrations[1] and reads the current version as is', () => {
    const result = v2.decode(v1Visits);
    expect(result).toEqual({ ok: true, value: { lessons: JSON.parse(v1Visits).data, migratedFrom: 1 } });
    expect(v2.decode(v2.encode({ lessons: {}, migratedFrom: 0 }))).toEqual({ ok: true, value: { lessons: {}, migratedFrom: 0 } });
  });

  it('refuses a value from a newer version instead of guessing', () => {
    expect(createCodec({ version: 1, schema: v2Schema }).decode('{"v":2,"data":{"lessons":{}}}')).toEqual({ ok: false, reason: 'newer' });
  });
});

describe('the snapshot survives export and import', () => {
  it('every item passes the import checks, and importing into an empty browser gives back the same text', async () => {
    const browser = memoryStorage();
    await freshPage(browser);
    const { parseImport, planFor, applyPlan } = await import('../../../src/stores/transfer.ts');
    const items = snapshots.find((s) => s.version === current)!.items;
    const file = JSON.stringify(buildExport(localSnapshot(items, {}), 'kefu:v1:', new Date()).file);
    const parsed = parseImport(file, file.length);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const plan = planFor(parsed.snapshot);
    expect(plan.added).toHaveLength(Object.keys(items).length);
    expect(applyPlan(plan).failed).toEqual([]);
    for (const [key, raw] of Object.entries(items)) expect(browser.data.get(key), key).toBe((await isEmptyValue(key, raw)) ? undefined : raw);
  });
});

describe('every saved key of the snapshot is known to the import', () => {
  const items = snapshots.find((s) => s.version === current)!.items;

  it.each(Object.keys(items))('%s has a Chinese name in the preview', async (key) => {
    const { describeKey } = await import('../../../src/stores/registry.ts');
    expect(describeKey(key)).not.toMatch(/^其他记录/);
  });

  it("is checked with its area's schema, not only for an envelope", async () => {
    const { describeKey } = await import('../../../src/stores/registry.ts');
    const { parseImport } = await import('../../../src/stores/transfer.ts');
    const fileOf = (value: unknown) => JSON.stringify({ app: 'kefu-course', format: 1, exportedAt: '2026-12-01T08:00:00.000Z', prefix: 'kefu:v1:', items: { 'kefu:v1:plan-teacher': { value } } });
    expect(describeKey('kefu:v1:plan-teacher')).toBe('教案授课信息');
    expect(parseImport(fileOf(JSON.parse(items['kefu:v1:plan-teacher']!)), 300).ok).toBe(true);
    expect(parseImport(fileOf({ v: 1, data: { className: '', teacher: '王'.repeat(41), time: '', place: '' } }), 300).ok).toBe(false);
  });
});

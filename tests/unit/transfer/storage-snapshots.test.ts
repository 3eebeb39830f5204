import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import type { ReadableAtom, WritableAtom } from 'nanostores';
import { createCodec, type SafeParser } from '../../../src/lib/storage-codec.ts';
import { buildExport, describeKey, localSnapshot, merge, parseTransfer, planImport } from '../../../src/lib/transfer/index.ts';

const dir = 'tests/fixtures/storage';
/** Snapshots of every saved key as each schema version wrote it: `v1.json`, later `v2.json`, … */
const snapshots = readdirSync(dir)
  .filter((name) => /^v\d+\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')) as { version: number; items: Record<string, string> });
const current = 1;

/** The store that reads each key, loaded afresh so it reads the test storage when created. */
async function storeFor(key: string): Promise<WritableAtom<unknown> | ReadableAtom<unknown>> {
  const name = key.slice('kefu:v1:'.length);
  const [area, id = ''] = name.split(/:(.*)/s);
  const m = {
    progress: await import('../../../src/stores/progress.ts'),
    quiz: await import('../../../src/stores/quiz.ts'),
    chat: await import('../../../src/stores/chat.ts'),
    typing: await import('../../../src/stores/typing.ts'),
    forms: await import('../../../src/stores/forms.ts'),
    voice: await import('../../../src/stores/voice.ts'),
    grades: await import('../../../src/stores/grades.ts'),
    kpi: await import('../../../src/stores/kpi.ts'),
    freight: await import('../../../src/stores/freight.ts'),
    picker: await import('../../../src/stores/picker.ts'),
    plan: await import('../../../src/stores/plan.ts'),
  };
  const stores: Record<string, () => WritableAtom<unknown>> = {
    visits: () => m.progress.visits as WritableAtom<unknown>,
    quiz: () => m.quiz.quizStore(id) as WritableAtom<unknown>,
    chat: () => m.chat.chatStore(id) as WritableAtom<unknown>,
    'chat-reports': () => m.chat.chatReports as WritableAtom<unknown>,
    'quick-phrases': () => m.chat.quickPhrases as WritableAtom<unknown>,
    typing: () => m.typing.typingHistory as WritableAtom<unknown>,
    form: () => m.forms.formValues(id) as WritableAtom<unknown>,
    'form-identity': () => m.forms.formIdentity as WritableAtom<unknown>,
    voice: () => m.voice.voiceData as WritableAtom<unknown>,
    'grades-settings': () => m.grades.gradeSettings as WritableAtom<unknown>,
    'grades-roster': () => m.grades.gradeRoster as WritableAtom<unknown>,
    kpi: () => m.kpi.kpiSaved as WritableAtom<unknown>,
    freight: () => m.freight.freightInputs as WritableAtom<unknown>,
    picker: () => m.picker.pickerSaved as WritableAtom<unknown>,
    'plan-teacher': () => m.plan.planTeacher as WritableAtom<unknown>,
  };
  const make = stores[area!];
  if (!make) throw new Error(`No store known for ${key}: add it to this test`);
  return make();
}

describe('saved data of every earlier version still loads', () => {
  beforeEach(() => {
    useTestStorageEngine();
    vi.resetModules();
  });
  afterEach(() => cleanTestStorage());

  it('has a snapshot of the current version covering every store', () => {
    expect(snapshots.map((s) => s.version)).toContain(current);
    const areas = new Set(Object.keys(snapshots.find((s) => s.version === current)!.items).map((k) => k.slice(8).split(':')[0]));
    expect([...areas].sort()).toEqual(['chat', 'chat-reports', 'form', 'form-identity', 'freight', 'grades-roster', 'grades-settings', 'kpi', 'picker', 'plan-teacher', 'quick-phrases', 'quiz', 'typing', 'visits', 'voice'].sort());
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
          expect(getTestStorage()[key]).toBe(raw);
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
    const { checkSavedItem } = await import('../../../src/components/progress/saved-checks.ts');
    const items = snapshots.find((s) => s.version === current)!.items;
    const file = JSON.stringify(buildExport(localSnapshot(items, {}), 'kefu:v1:', new Date()).file);
    const parsed = parseTransfer(file, file.length, 'kefu:v1:', checkSavedItem);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(planImport({}, parsed.snapshot).added).toHaveLength(Object.keys(items).length);
    expect(Object.fromEntries(Object.entries(merge({}, parsed.snapshot)).map(([k, v]) => [k, v.text]))).toEqual(items);
  });
});

describe('every saved key of the snapshot is known to the import', () => {
  const items = snapshots.find((s) => s.version === current)!.items;

  it.each(Object.keys(items))('%s has a Chinese name in the preview', (key) => {
    expect(describeKey(key, 'kefu:v1:', {})).not.toMatch(/^其他记录/);
  });

  it('is checked with its store\'s schema, not only for an envelope', async () => {
    const { checkSavedItem } = await import('../../../src/components/progress/saved-checks.ts');
    expect(describeKey('kefu:v1:plan-teacher', 'kefu:v1:', {})).toBe('教案授课信息');
    expect(checkSavedItem('kefu:v1:plan-teacher', JSON.parse(items['kefu:v1:plan-teacher']!))).toBe(true);
    expect(checkSavedItem('kefu:v1:plan-teacher', { v: 1, data: { className: '', teacher: '王'.repeat(41), time: '', place: '' } })).toBe(false);
  });
});

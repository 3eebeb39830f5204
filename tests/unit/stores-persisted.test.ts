import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';

// Stores declared with `defineArea` / `defineItemArea` (src/stores/area.ts); each is imported afresh so it reads the test storage.
const stores: [string, () => Promise<WritableAtom<unknown>>, unknown][] = [
  ['kefu:v1:chat:presale-genuine', async () => (await import('../../src/stores/chat.ts')).chatStore('presale-genuine') as WritableAtom<unknown>, { mode: 'solo', draft: '', customerDraft: '' }],
  ['kefu:v1:quick-phrases', async () => (await import('../../src/stores/chat.ts')).quickPhrases as WritableAtom<unknown>, []],
  ['kefu:v1:chat-reports', async () => (await import('../../src/stores/chat.ts')).chatReports as WritableAtom<unknown>, {}],
  ['kefu:v1:grades-settings', async () => (await import('../../src/stores/grades.ts')).gradeSettings as WritableAtom<unknown>, { schemeId: '', weights: {}, blank: 'exclude', decimals: 1, bands: [] }],
  ['kefu:v1:grades-roster', async () => (await import('../../src/stores/grades.ts')).gradeRoster as WritableAtom<unknown>, { className: '', courseName: '电子商务客户服务', header: [], rows: [], mapping: [] }],
  ['kefu:v1:picker', async () => (await import('../../src/stores/picker.ts')).pickerSaved as WritableAtom<unknown>, { text: '', noRepeat: true, drawn: [] }],
  ['kefu:v1:plan-teacher', async () => (await import('../../src/stores/plan.ts')).planTeacher as WritableAtom<unknown>, { className: '', teacher: '', time: '', place: '' }],
];

describe('persisted stores', () => {
  beforeEach(() => {
    useTestStorageEngine();
    vi.resetModules();
  });
  afterEach(() => cleanTestStorage());

  it.each(stores)('%s sets unreadable saved text aside, and starts empty', async (key, load, empty) => {
    setTestStorageKey(key, '{"v":1,"data":');
    const store = await load();
    const { storageStatus } = await import('../../src/stores/engine.ts');
    const unsubscribe = store.listen(() => {});
    expect(store.get()).toEqual(empty);
    expect(storageStatus.get().quarantined).toEqual([expect.objectContaining({ key, reason: 'json' })]);
    unsubscribe();
  });

  it.each(stores)('%s keeps nothing in storage while it is empty', async (key, load, empty) => {
    setTestStorageKey(key, JSON.stringify({ v: 1, data: empty }));
    const store = await load();
    store.set(empty);
    expect(getTestStorage()[key]).toBeUndefined();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { someFields } from './fixtures.ts';

// The store reads storage when it is created, so each test imports it afresh.
async function loadStores() {
  vi.resetModules();
  return { ...(await import('../../../src/stores/plan.ts')), ...(await import('../../../src/stores/engine.ts')) };
}

const key = 'kefu:v1:plan-teacher';

describe('lesson-plan teacher fields store', () => {
  beforeEach(() => useTestStorageEngine());
  afterEach(() => cleanTestStorage());

  it('saves the fields under one versioned key and reads them back after a reload', async () => {
    const first = await loadStores();
    first.planTeacher.set(someFields);
    expect(JSON.parse(getTestStorage()[key]!)).toEqual({ v: 1, data: someFields });
    expect((await loadStores()).planTeacher.get()).toEqual(someFields);
  });

  it.each([
    ['not JSON', '{"v":1,', 'json'],
    ['a field too long', JSON.stringify({ v: 1, data: { ...someFields, teacher: '王'.repeat(41) } }), 'schema'],
    ['a newer version', JSON.stringify({ v: 9, data: someFields }), 'newer'],
  ])('sets aside saved data that is %s, starts blank and says why', async (_, raw, reason) => {
    setTestStorageKey(key, raw);
    const { planTeacher, storageStatus } = await loadStores();
    expect(planTeacher.get()).toEqual({ className: '', teacher: '', time: '', place: '' });
    expect(storageStatus.get().quarantined).toEqual([expect.objectContaining({ key, reason })]);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';

// The stores read storage when they are created, so each test imports them afresh.
async function loadStores() {
  vi.resetModules();
  const progress = await import('../../src/stores/progress.ts');
  const engine = await import('../../src/stores/engine.ts');
  return { ...progress, ...engine };
}

describe('progress store', () => {
  beforeEach(() => useTestStorageEngine());
  afterEach(() => cleanTestStorage());

  it('finds the most recently opened lesson for 继续学习', async () => {
    setTestStorageKey('kefu:v1:visits', JSON.stringify({ v: 1, data: { '1.1': { first: 1, last: 100, count: 2 }, '1.2': { first: 50, last: 300, count: 1 } } }));
    const { lastVisited } = await loadStores();
    expect(lastVisited.get()).toEqual({ code: '1.2', at: 300 });
  });

  it('offers nothing to continue on a first visit', async () => {
    const { lastVisited } = await loadStores();
    expect(lastVisited.get()).toBeUndefined();
  });

  it('sets corrupt saved data aside instead of discarding it, and says so', async () => {
    setTestStorageKey('kefu:v1:visits', '{"v":1,"data":{"1.1":');
    const { visits, storageStatus } = await loadStores();
    expect(visits.get()).toEqual({});
    const [item] = storageStatus.get().quarantined;
    expect(item).toMatchObject({ key: 'kefu:v1:visits', reason: 'json' });
  });

  it('saves under the versioned key', async () => {
    const { visits } = await loadStores();
    visits.set({ '2.1': { first: 5, last: 5, count: 1 } });
    expect(JSON.parse(getTestStorage()['kefu:v1:visits']!)).toEqual({ v: 1, data: { '2.1': { first: 5, last: 5, count: 1 } } });
  });
});

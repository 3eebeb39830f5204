import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { freightTable } from '../../../src/data/freight.ts';
import { parseParcel, quote, resolve } from '../../../src/lib/freight/index.ts';

async function loadStores() {
  vi.resetModules();
  return { ...(await import('../../../src/stores/freight.ts')), ...(await import('../../../src/stores/engine.ts')) };
}

describe('freight inputs store', () => {
  beforeEach(() => useTestStorageEngine());
  afterEach(() => cleanTestStorage());

  it('starts on the worked example, which prices at ¥25 in the teaching table', async () => {
    const { freightInputs } = await loadStores();
    const start = freightInputs.get();
    const found = resolve(freightTable, start.carrierId, start.destination)!;
    const parsed = parseParcel(start.parcels[0]!, found.carrier);
    expect(parsed.ok && quote(parsed.parcel, found.carrier, found.price, found.carrier.divisor).fen).toBe(2500);
  });

  it('saves inputs exactly as typed, even invalid ones, under kefu:v1:freight', async () => {
    const { freightInputs } = await loadStores();
    freightInputs.set({ ...freightInputs.get(), parcels: [{ id: 'p1', weight: '两公斤', length: '40', width: '', height: '' }] });
    expect(JSON.parse(getTestStorage()['kefu:v1:freight']!)).toMatchObject({ v: 1, data: { parcels: [{ weight: '两公斤' }] } });
    const again = await loadStores();
    expect(again.freightInputs.get().parcels[0]!.weight).toBe('两公斤');
  });

  it.each([
    ['not JSON', '{oops'],
    ['wrong shape', JSON.stringify({ v: 1, data: { parcels: [] } })],
  ])('sets aside saved data that is %s and starts over', async (_label, raw) => {
    setTestStorageKey('kefu:v1:freight', raw);
    const { freightInputs, storageStatus } = await loadStores();
    expect(freightInputs.get().parcels[0]!.weight).toBe('2.3');
    expect(storageStatus.get().quarantined.map((q) => q.key)).toEqual(['kefu:v1:freight']);
  });
});

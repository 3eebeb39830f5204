import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import type { TimingAttempt } from '../../../src/lib/voice/history.ts';

// The stores read storage when they are created, so each test imports them afresh.
async function loadStores() {
  vi.resetModules();
  return { ...(await import('../../../src/stores/voice.ts')), ...(await import('../../../src/stores/engine.ts')) };
}

const key = 'kefu:v1:voice';
const id = 'm3.call.kettle-repair';
const attempt: TimingAttempt = { at: 1_700_000_000_000, method: 'recording', scope: 'all', characters: 375, ms: 180_000, rate: 125, band: 'fitting' };

describe('voice store', () => {
  beforeEach(() => useTestStorageEngine());
  afterEach(() => cleanTestStorage());

  it('saves ticks and timings under kefu:v1:voice and reads them back after a reload', async () => {
    const first = await loadStores();
    first.setCheck(id, 'smile', true);
    first.saveAttempt(id, attempt);
    expect(JSON.parse(getTestStorage()[key]!)).toEqual({ v: 1, data: { scripts: { [id]: { checks: { smile: true }, attempts: [attempt] } } } });
    const reloaded = await loadStores();
    expect(reloaded.practiceOf(reloaded.voiceData.get(), id)).toEqual({ checks: { smile: true }, attempts: [attempt] });
  });

  it('keeps each script apart and clears only the one asked', async () => {
    const { setCheck, clearPractice, voiceData, practiceOf } = await loadStores();
    setCheck(id, 'tone', true);
    setCheck('m3.call.address-check', 'pace', true);
    clearPractice(id);
    expect(practiceOf(voiceData.get(), id)).toEqual({ checks: {}, attempts: [] });
    expect(practiceOf(voiceData.get(), 'm3.call.address-check').checks).toEqual({ pace: true });
  });

  it.each([
    ['cut-off JSON', '{"v":1,"data":{"scripts":', 'json'],
    ['a timing with an unknown band', JSON.stringify({ v: 1, data: { scripts: { [id]: { checks: {}, attempts: [{ ...attempt, band: 'ok' }] } } } }), 'schema'],
    ['data from a newer site', JSON.stringify({ v: 2, data: { scripts: {} } }), 'newer'],
  ])('sets %s aside instead of throwing, and says so', async (_, raw, reason) => {
    setTestStorageKey(key, raw);
    const { voiceData, storageStatus } = await loadStores();
    expect(voiceData.get()).toEqual({ scripts: {} });
    expect(storageStatus.get().quarantined).toEqual([expect.objectContaining({ key, reason })]);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import type { TypingAttempt } from '../../../src/lib/typing/history.ts';

async function loadStores() {
  vi.resetModules();
  return { ...(await import('../../../src/stores/typing.ts')), ...(await import('../../../src/stores/engine.ts')) };
}

const attempt = (speed: number, at: number): TypingAttempt => ({ at, mode: 'timed', minutes: 1, source: 'mixed', correct: speed, typed: speed, ms: 60_000, speed, accuracy: 1 });

describe('typing history store', () => {
  beforeEach(() => useTestStorageEngine());
  afterEach(() => cleanTestStorage());

  it('saves attempts under kefu:v1:typing and exposes the best one', async () => {
    const { addTypingAttempt, bestTyping } = await loadStores();
    expect(bestTyping.get()).toBeUndefined();
    addTypingAttempt(attempt(55, 1));
    addTypingAttempt(attempt(72, 2));
    addTypingAttempt(attempt(64, 3));
    expect(bestTyping.get()?.speed).toBe(72);
    expect(JSON.parse(getTestStorage()['kefu:v1:typing']!)).toMatchObject({ v: 1, data: { attempts: [{ speed: 55 }, { speed: 72 }, { speed: 64 }] } });
  });

  it('reads what an earlier visit saved', async () => {
    setTestStorageKey('kefu:v1:typing', JSON.stringify({ v: 1, data: { attempts: [attempt(61, 5)] } }));
    const { typingHistory, bestTyping } = await loadStores();
    expect(typingHistory.get().attempts).toHaveLength(1);
    expect(bestTyping.get()?.at).toBe(5);
  });

  it.each([
    ['broken JSON', '{"v":1,"data":{"attempts":['],
    ['a negative speed', JSON.stringify({ v: 1, data: { attempts: [{ ...attempt(60, 1), speed: -3 }] } })],
    ['accuracy above 100 %', JSON.stringify({ v: 1, data: { attempts: [{ ...attempt(60, 1), accuracy: 1.2 }] } })],
    ['an unknown mode', JSON.stringify({ v: 1, data: { attempts: [{ ...attempt(60, 1), mode: 'race' }] } })],
  ])('sets %s aside and says so', async (_name, raw) => {
    setTestStorageKey('kefu:v1:typing', raw);
    const { typingHistory, storageStatus } = await loadStores();
    expect(typingHistory.get().attempts).toEqual([]);
    expect(storageStatus.get().quarantined[0]).toMatchObject({ key: 'kefu:v1:typing' });
  });

  it('clears the history', async () => {
    const { addTypingAttempt, clearTypingHistory, bestTyping, typingHistory } = await loadStores();
    addTypingAttempt(attempt(60, 1));
    clearTypingHistory();
    expect(typingHistory.get().attempts).toEqual([]);
    expect(bestTyping.get()).toBeUndefined();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import type { FormValues } from '../../../src/lib/form/values.ts';
import { sample } from './fixtures.ts';

// The stores read storage when they are created, so each test imports them afresh.
async function loadStores() {
  vi.resetModules();
  return { ...(await import('../../../src/stores/forms.ts')), ...(await import('../../../src/stores/engine.ts')) };
}

const key = 'kefu:v1:form:m1.form.sample';
const answers: FormValues = { name: '林小悦', className: '电商2401', cells: { philosophy: { result: '真诚到永远' } }, added: [] };
const saved = (values: FormValues) => JSON.stringify({ v: 1, data: values });

describe('forms store', () => {
  beforeEach(() => useTestStorageEngine());
  afterEach(() => cleanTestStorage());

  it('saves each form under its own versioned key and reads it back after a reload', async () => {
    const first = await loadStores();
    first.formValues(sample.id).set(answers);
    expect(JSON.parse(getTestStorage()[key]!)).toEqual({ v: 1, data: answers });
    const reloaded = await loadStores();
    expect(reloaded.formValues(sample.id).get()).toEqual(answers);
  });

  it('has nothing saved for a form never opened, and removes the key on reset', async () => {
    const { formValues } = await loadStores();
    const store = formValues(sample.id);
    expect(store.get()).toBeUndefined();
    store.set(answers);
    store.set(undefined);
    expect(getTestStorage()[key]).toBeUndefined();
  });

  it('follows what another tab saves', async () => {
    const { formValues } = await loadStores();
    const store = formValues(sample.id);
    const seen: (FormValues | undefined)[] = [];
    const stop = store.listen((value) => seen.push(value));
    setTestStorageKey(key, saved({ ...answers, name: '另一个标签页' }));
    setTestStorageKey(key, undefined);
    stop();
    expect(seen.map((v) => v?.name)).toEqual(['另一个标签页', undefined]);
  });

  it.each([
    ['cut-off JSON', '{"v":1,"data":{"name":', 'json'],
    ['answers of the wrong shape', JSON.stringify({ v: 1, data: { cells: [] } }), 'schema'],
    ['data from a newer site', JSON.stringify({ v: 2, data: answers }), 'newer'],
  ])('sets %s aside instead of throwing, and says so', async (_, raw, reason) => {
    setTestStorageKey(key, raw);
    const { formValues, storageStatus } = await loadStores();
    expect(formValues(sample.id).get()).toBeUndefined();
    expect(storageStatus.get().quarantined).toEqual([expect.objectContaining({ key, reason })]);
  });

  it('shares 姓名 / 班级 between forms', async () => {
    setTestStorageKey('kefu:v1:form-identity', JSON.stringify({ v: 1, data: { name: '林小悦', className: '电商2401' } }));
    const { formIdentity } = await loadStores();
    expect(formIdentity.get()).toEqual({ name: '林小悦', className: '电商2401' });
  });

  it('reports live completion for lesson progress', async () => {
    const { formProgress, formValues } = await loadStores();
    const progress = formProgress(sample);
    const stop = progress.listen(() => {});
    expect(progress.get()).toEqual({ filled: 0, total: 5, complete: false });
    formValues(sample.id).set(answers);
    expect(progress.get()).toEqual({ filled: 1, total: 5, complete: false });
    stop();
  });
});

import { describe, expect, it } from 'vitest';
import { freshPage, memoryStorage } from '../helpers/browser-storage.ts';

const envelope = (data: unknown) => JSON.stringify({ v: 1, data });
const exportOf = (items: Record<string, { value: unknown; updatedAt?: number }>) =>
  JSON.stringify({ app: 'kefu-course', format: 1, exportedAt: '2026-12-01T08:00:00.000Z', prefix: 'kefu:v1:', items });
const quarantined = (storage: ReturnType<typeof memoryStorage>) => [...storage.data.keys()].filter((k) => k.startsWith('kefu:quarantine:'));

/** Imports `text` into the page as the progress page does: read, plan, apply. */
async function importText(text: string) {
  const { parseImport, planFor, applyPlan } = await import('../../../src/stores/transfer.ts');
  const parsed = parseImport(text, text.length);
  if (!parsed.ok) throw new Error(parsed.message);
  const plan = planFor(parsed.snapshot, parsed.skipped);
  return { plan, outcome: applyPlan(plan) };
}

describe('records of many items merge item by item', () => {
  it('a newer file holding only lesson 2.1 adds it and keeps the visits to 1.1 and 1.2', async () => {
    const local = { '1.1': { first: 100, last: 200, count: 2 }, '1.2': { first: 300, last: 300, count: 1 } };
    const storage = memoryStorage({ 'kefu:v1:visits': envelope(local), 'kefu:write-times': JSON.stringify({ 'kefu:v1:visits': 1_000 }) });
    await freshPage(storage);
    const { plan } = await importText(exportOf({ 'kefu:v1:visits': { value: { v: 1, data: { '2.1': { first: 500, last: 600, count: 1 }, '1.1': { first: 50, last: 150, count: 1 } } }, updatedAt: 2_000 } }));
    expect(plan.updated).toEqual(['kefu:v1:visits']);
    const { visits } = await import('../../../src/stores/progress.ts');
    expect(visits.get()).toEqual({ '1.1': { first: 50, last: 200, count: 2 }, '1.2': local['1.2'], '2.1': { first: 500, last: 600, count: 1 } });
  });

  it('an older file still brings attempts this browser lacks, and keeps the newer answers', async () => {
    const mine = { responses: { q1: { type: 'single', choice: 'b' } }, checked: {}, solved: {}, attempts: [{ at: 1_700_000_000_000, points: 3, max: 5 }] };
    const storage = memoryStorage({ 'kefu:v1:quiz:lesson-1-1': envelope(mine), 'kefu:write-times': JSON.stringify({ 'kefu:v1:quiz:lesson-1-1': 1_700_000_500_000 }) });
    await freshPage(storage);
    const theirs = { responses: { q1: { type: 'single', choice: 'a' } }, checked: {}, solved: {}, attempts: [{ at: 1_690_000_000_000, points: 5, max: 5 }] };
    await importText(exportOf({ 'kefu:v1:quiz:lesson-1-1': { value: { v: 1, data: theirs }, updatedAt: 1_690_000_000_000 } }));
    const { quizStore } = await import('../../../src/stores/quiz.ts');
    expect(quizStore('lesson-1-1').get().responses).toEqual(mine.responses);
    expect(quizStore('lesson-1-1').get().attempts.map((a) => a.points)).toEqual([5, 3]);
  });

  it('a time from the future in a file counts as the moment of the import', async () => {
    const storage = memoryStorage();
    await freshPage(storage);
    const before = Date.now();
    await importText(exportOf({ 'kefu:v1:kpi': { value: { v: 1, data: { inputs: { inquiries: '1', orders: '', sales: '', buyers: '', customerMessages: '', agentMessages: '', firstWaits: '', replyTimes: '' }, log: '', agentNames: '' } }, updatedAt: 1e300 } }));
    const time = JSON.parse(storage.data.get('kefu:write-times')!)['kefu:v1:kpi'];
    expect(time).toBeGreaterThanOrEqual(before);
    expect(time).toBeLessThanOrEqual(Date.now());
  });
});

describe('keys and values from files', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('an item named %s is skipped, not a crash', async (name) => {
    await freshPage(memoryStorage());
    const text = `{"app":"kefu-course","format":1,"exportedAt":"2026-12-01T08:00:00.000Z","prefix":"kefu:v1:","items":{"kefu:v1:${name}":{"value":{"v":1,"data":{}}},"kefu:v1:visits":{"value":{"v":1,"data":{"1.1":{"first":1,"last":2,"count":1}}}}}}`;
    const { plan, outcome } = await importText(text);
    expect(plan.skipped).toEqual([`kefu:v1:${name}`]);
    expect(outcome.written).toEqual(['kefu:v1:visits']);
    expect(Object.prototype).not.toHaveProperty('count');
  });

  it('an unknown item nested 10,000 levels is skipped, and exporting afterwards still works', async () => {
    const storage = memoryStorage();
    await freshPage(storage);
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const text = `{"app":"kefu-course","format":1,"exportedAt":"2026-12-01T08:00:00.000Z","prefix":"kefu:v1:","items":{"kefu:v1:mystery":{"value":{"v":1,"data":${deep}}}}}`;
    const { plan } = await importText(text);
    expect(plan.skipped).toEqual(['kefu:v1:mystery']);
    const { exportFile } = await import('../../../src/stores/transfer.ts');
    expect(() => exportFile(new Date())).not.toThrow();
  });

  it('repeated or odd quick-phrase IDs are renumbered, so every phrase shows', async () => {
    const phrases = [{ id: 'p1', text: '亲，在的' }, { id: 'p1', text: '稍等哦' }, { id: 'x"]', text: '感谢支持' }];
    await freshPage(memoryStorage({ 'kefu:v1:quick-phrases': envelope(phrases) }));
    const { quickPhrases } = await import('../../../src/stores/chat.ts');
    const ids = quickPhrases.get().map((p) => p.id);
    expect(quickPhrases.get().map((p) => p.text)).toEqual(phrases.map((p) => p.text));
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => /^[\w-]+$/.test(id))).toBe(true);
  });
});

describe('unreadable saved data', () => {
  it('is set aside once, however often the page is reloaded, and the area starts empty', async () => {
    const storage = memoryStorage({ 'kefu:v1:quiz:lesson-1-1': '{"v":1,"data":{' });
    for (let reload = 0; reload < 3; reload++) {
      const engine = await freshPage(storage);
      const { quizStore } = await import('../../../src/stores/quiz.ts');
      expect(quizStore('lesson-1-1').get().attempts).toEqual([]);
      if (reload === 0) expect(engine.storageStatus.get().quarantined).toEqual([expect.objectContaining({ key: 'kefu:v1:quiz:lesson-1-1' })]);
      else expect(engine.storageStatus.get().quarantined).toEqual([]);
    }
    expect(quarantined(storage)).toHaveLength(1);
    expect(storage.data.get(quarantined(storage)[0]!)).toBe('{"v":1,"data":{');
    expect(storage.data.has('kefu:v1:quiz:lesson-1-1')).toBe(false);
  });

  it('is kept where it is when the copy cannot be written (storage full)', async () => {
    const storage = memoryStorage({ 'kefu:v1:kpi': '{broken' }, { full: true });
    const engine = await freshPage(storage);
    await import('../../../src/stores/kpi.ts');
    expect(storage.data.get('kefu:v1:kpi')).toBe('{broken');
    expect(engine.storageStatus.get().mode).toBe('full');
  });

  it('a damaged write-time record is copied aside before it is rewritten', async () => {
    const storage = memoryStorage({ 'kefu:write-times': '{"kefu:v1:kpi":17' });
    await freshPage(storage);
    const { saveKpi } = await import('../../../src/stores/kpi.ts');
    saveKpi({ agentNames: '小悦' });
    expect(quarantined(storage).map((k) => storage.data.get(k))).toEqual(['{"kefu:v1:kpi":17']);
    expect(JSON.parse(storage.data.get('kefu:write-times')!)).toHaveProperty(['kefu:v1:kpi']);
  });

  it('the set-aside copies are listed for the progress page, and can be deleted', async () => {
    const storage = memoryStorage({ 'kefu:v1:typing': 'oops' });
    await freshPage(storage);
    await import('../../../src/stores/typing.ts');
    const { setAsideCopies, forgetSetAside } = await import('../../../src/stores/stored-keys.ts');
    const copies = setAsideCopies();
    expect(copies).toEqual([expect.objectContaining({ key: 'kefu:v1:typing', text: 'oops' })]);
    forgetSetAside(copies[0]!.savedAs);
    expect(setAsideCopies()).toEqual([]);
  });
});

describe('limits hold at the door, not on the next load', () => {
  it('a change longer than its area allows is not written, the notice names it, and the next load keeps the last good value', async () => {
    const storage = memoryStorage();
    const engine = await freshPage(storage);
    const { gradeRoster, emptyRoster } = await import('../../../src/stores/grades.ts');
    gradeRoster.set({ ...emptyRoster(), className: '电商2401' });
    gradeRoster.set({ ...emptyRoster(), className: '班'.repeat(81) });
    expect(engine.storageStatus.get().refused).toEqual([{ key: 'kefu:v1:grades-roster', label: '成绩计算器中的班级成绩' }]);
    const reloaded = await freshPage(storage);
    const again = await import('../../../src/stores/grades.ts');
    expect(again.gradeRoster.get().className).toBe('电商2401');
    expect(reloaded.storageStatus.get().quarantined).toEqual([]);
  });

  it('with storage full, an import says which items were not written', async () => {
    const storage = memoryStorage();
    await freshPage(storage);
    storage.full = true;
    const { outcome } = await importText(exportOf({ 'kefu:v1:picker': { value: { v: 1, data: { text: '张三', noRepeat: true, drawn: [] } }, updatedAt: 5 } }));
    expect(outcome).toEqual({ written: [], failed: ['kefu:v1:picker'] });
  });
});

describe('imported values that pass the schema but name nothing', () => {
  it('a chat saved in a state named "constructor" is treated as a lost state, not as a state', async () => {
    const { scenarios } = await import('../../../src/data/scenarios/index.ts');
    const { talkState, customerScript, startSession } = await import('../../../src/lib/chat/engine.ts');
    const scenario = scenarios[0]!;
    const session = { ...startSession(scenario, 0), state: 'constructor' };
    expect(talkState(scenario, session)).toBeUndefined();
    expect(customerScript(scenario, session)).toEqual([]);
  });
});

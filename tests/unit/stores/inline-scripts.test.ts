import { describe, expect, it } from 'vitest';
import { bestScoresScript, visitRecorderScript } from '../../../src/stores/inline-scripts.ts';
import { quarantineKey } from '../../../src/stores/keys.ts';
import { visitsArea } from '../../../src/stores/progress.ts';

/** A page as the inline scripts see it: storage, the storage notice box and `[data-best]` elements. */
function page(stored: Record<string, string> = {}, { full = false } = {}) {
  const data = new Map(Object.entries(stored));
  const storage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  };
  const notice = { hidden: true, lines: [] as string[], appendChild: (p: { textContent: string }) => notice.lines.push(p.textContent) };
  const best = { textContent: '', classList: { add() {} }, getAttribute: () => 'presale-genuine' };
  const document = {
    getElementById: (id: string) => (id === 'storage-notice' ? notice : null),
    createElement: () => ({ textContent: '' }),
    querySelectorAll: () => [best],
  };
  const run = (script: string) => new Function('localStorage', 'document', 'addEventListener', script)(storage, document, () => {});
  return { data, notice, best, run };
}

describe('the lesson page visit recorder', () => {
  it('writes visits in the envelope the visits store reads', () => {
    const p = page();
    p.run(visitRecorderScript('1.1'));
    p.run(visitRecorderScript('1.1'));
    p.run(visitRecorderScript('1.2'));
    const decoded = visitsArea.codec.decode(p.data.get(visitsArea.key)!);
    expect(decoded.ok && Object.fromEntries(Object.entries(decoded.value).map(([k, v]) => [k, v.count]))).toEqual({ '1.1': 2, '1.2': 1 });
  });

  it('sets unreadable visits aside once, under the same key the stores use, and tells the learner', () => {
    const broken = '{"v":1,"data":{';
    const p = page({ [visitsArea.key]: broken });
    p.run(visitRecorderScript('1.1'));
    expect(p.data.get(quarantineKey(visitsArea.key, broken))).toBe(broken);
    expect(p.notice.hidden).toBe(false);
    expect(p.notice.lines[0]).toContain("“已读课次记录”的记录无法读取");
    const decoded = visitsArea.codec.decode(p.data.get(visitsArea.key)!);
    expect(decoded.ok && Object.keys(decoded.value)).toEqual(['1.1']);
    // The same damaged text again (say, restored from a backup) is not copied a second time.
    p.data.set(visitsArea.key, broken);
    p.run(visitRecorderScript('1.2'));
    expect([...p.data.keys()].filter((k) => k.startsWith('kefu:quarantine:'))).toHaveLength(1);
  });

  it('keeps the original when the copy cannot be written, and never throws', () => {
    const p = page({ [visitsArea.key]: '{broken' }, { full: true });
    expect(() => p.run(visitRecorderScript('1.1'))).not.toThrow();
    expect(p.data.get(visitsArea.key)).toBe('{broken');
  });

  it('treats a lesson code like "constructor" as an ordinary lesson', () => {
    const p = page({ [visitsArea.key]: JSON.stringify({ v: 1, data: {} }) });
    p.run(visitRecorderScript('constructor'));
    expect(JSON.parse(p.data.get(visitsArea.key)!).data.constructor.count).toBe(1);
  });
});

describe('the scenario list best scores', () => {
  it('shows the best and last score of each scenario', () => {
    const p = page({ 'kefu:v1:chat-reports': JSON.stringify({ v: 1, data: { 'presale-genuine': { best: { total: 88 }, last: { total: 75, outcome: '成交' }, count: 2 } } }) });
    p.run(bestScoresScript());
    expect(p.best.textContent).toBe('最好成绩 88 分 · 最近 75 分（成交）· 完成 2 次');
  });

  it('shows nothing without data, and sets corrupt data aside with a notice', () => {
    const empty = page();
    empty.run(bestScoresScript());
    expect(empty.best.textContent).toBe('');
    const corrupt = page({ 'kefu:v1:chat-reports': '{broken' });
    corrupt.run(bestScoresScript());
    expect(corrupt.best.textContent).toBe('');
    expect(corrupt.notice.lines[0]).toContain('“模拟实战成绩”的记录无法读取');
  });
});

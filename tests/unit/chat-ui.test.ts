import { describe, expect, it } from 'vitest';
import { initial, moodOf, ratio, reportFileName, seconds, segments, verdictLabel, bestScoresScript } from '../../src/components/exercises/mock-chat/format.ts';

describe('chat display helpers', () => {
  it.each([
    ['no matches', '亲，在的', [], [{ text: '亲，在的', hit: false }]],
    ['one match', '支持七天无理由退货', [{ start: 2, end: 7, term: '七天无理由' }], [
      { text: '支持', hit: false }, { text: '七天无理由', hit: true }, { text: '退货', hit: false },
    ]],
    ['overlapping matches merge', '官方授权正品', [{ start: 0, end: 4, term: '官方授权' }, { start: 2, end: 6, term: '授权正品' }], [
      { text: '官方授权正品', hit: true },
    ]],
    ['touching matches merge', '正品包邮', [{ start: 0, end: 2, term: '正品' }, { start: 2, end: 4, term: '包邮' }], [
      { text: '正品包邮', hit: true },
    ]],
    ['out-of-range matches are clipped', '包邮', [{ start: -3, end: 99, term: '包邮' }], [{ text: '包邮', hit: true }]],
    ['empty ranges are ignored', '包邮', [{ start: 1, end: 1, term: '' }], [{ text: '包邮', hit: false }]],
  ])('splits %s into text segments', (_, text, matches, expected) => {
    expect(segments(text, matches)).toEqual(expected);
    expect(segments(text, matches).map((s) => s.text).join('')).toBe(text);
  });

  it.each([[2, '满意'], [1, '满意'], [0, '平静'], [-1, '不耐烦'], [-2, '生气'], [-5, '生气']])('names mood %i %s', (mood, label) => {
    expect(moodOf(mood).label).toBe(label);
  });

  it('formats durations, ratios, names and file names', () => {
    expect(seconds(undefined)).toBe('—');
    expect(seconds(12_240)).toBe('12.2 秒');
    expect(ratio(1.25)).toBe('1.25');
    expect(ratio(undefined)).toBe('—');
    expect(initial('王女士')).toBe('王');
    expect(initial('')).toBe('客');
    expect(reportFileName('presale-genuine', new Date(2026, 10, 24).getTime())).toBe('模拟实战报告-presale-genuine-2026-11-24.json');
  });

  it.each([
    [{ correctness: 'correct' as const }, '回复得当'],
    [{ correctness: 'partial' as const }, '部分得当'],
    [{ correctness: 'incorrect' as const }, '需要改进'],
    [{ correctness: 'incorrect' as const, guard: 'forbidden' as const }, '禁用语'],
    [{ correctness: 'incorrect' as const, guard: 'off-platform' as const }, '站外交易'],
  ])('labels verdict %j as %s', (verdict, label) => expect(verdictLabel(verdict)).toBe(label));

  it('the best-score script never throws on corrupt or missing data', () => {
    const script = bestScoresScript('kefu:v1:chat-reports');
    const run = (stored: string | null) => {
      const el = { textContent: '', classList: { add() {} }, getAttribute: () => 'presale-genuine' };
      new Function('localStorage', 'document', 'addEventListener', script)(
        { getItem: () => stored },
        { querySelectorAll: () => [el] },
        () => {},
      );
      return el.textContent;
    };
    expect(run(null)).toBe('');
    expect(run('{broken')).toBe('');
    expect(run(JSON.stringify({ v: 1, data: { 'presale-genuine': { best: { total: 88 }, last: { total: 75, outcome: '成交' }, count: 2 } } }))).toBe(
      '最好成绩 88 分 · 最近 75 分（成交）· 完成 2 次',
    );
  });
});

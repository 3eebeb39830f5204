import { describe, expect, it } from 'vitest';
import {
  decidedByText,
  excerpt,
  initial,
  moodOf,
  overrideText,
  programVerdict,
  ratio,
  rubricGuidance,
  seconds,
  segments,
  verdictLabel,
} from '../../src/components/exercises/mock-chat/format.ts';
import { checkOverride, maxReasonLength, messageIndex, reviseRecord, topPoints, withOverride } from '../../src/components/exercises/mock-chat/override.ts';
import { rubric, startSession, walk, type ChatSession } from '../../src/lib/chat/index.ts';
import type { ChatReports, ReportSummary } from '../../src/stores/chat.ts';
import { genuine } from './chat/fixtures.ts';

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
  });

  it.each([
    [{ correctness: 'correct' as const }, '回复得当'],
    [{ correctness: 'partial' as const }, '部分得当'],
    [{ correctness: 'incorrect' as const }, '需要改进'],
    [{ correctness: 'incorrect' as const, guard: 'forbidden' as const }, '禁用语'],
    [{ correctness: 'incorrect' as const, guard: 'off-platform' as const }, '站外交易'],
    [{ correctness: 'incorrect' as const, guard: 'over-promise' as const, decidedBy: 'over-promise' as const }, '过度承诺'],
    [{ correctness: 'partial' as const, decidedBy: 'sentence-form' as const }, '像关键词堆砌'],
    [{ correctness: 'correct' as const, decidedBy: 'meaning' as const }, '回复得当'],
  ])('labels verdict %j as %s', (verdict, label) => expect(verdictLabel(verdict)).toBe(label));

  it.each([
    [{}, ''],
    [{ decidedBy: 'sentence-form' as const }, '判定依据：句子完整性检查'],
    [{ decidedBy: 'over-promise' as const }, '判定依据：过度承诺检查'],
    [{ decidedBy: 'keywords' as const }, '判定依据：要点关键词规则'],
  ])('names the detector of %j', (verdict, text) => expect(decidedByText(verdict)).toBe(text));

  it('writes the program verdict, the teacher override and a reply excerpt', () => {
    expect(programVerdict({ correctness: 'partial', points: 1 })).toBe('部分得当 · 1 分');
    expect(programVerdict({ correctness: 'incorrect', guard: 'over-promise', points: 0 })).toBe('过度承诺 · 0 分');
    expect(overrideText({ points: 2, reason: '依据说清楚了', at: 0 })).toBe('教师改判：2 分（理由：依据说清楚了）');
    expect(excerpt('亲，本店是品牌官方授权店', 6)).toBe('亲，本店是品…');
    expect(excerpt('  亲，\n在的 ')).toBe('亲， 在的');
    expect(excerpt('😀😀😀', 2)).toBe('😀😀…');
  });

  it('the score sheet has guidance for every rubric line', () => {
    for (const line of rubric(genuine, startSession(genuine, 0))) expect(rubricGuidance[line.id], line.id).toBeTruthy();
  });

});

describe('教师改判 helpers', () => {
  it.each<[string, number | undefined]>([
    ['genuine', 2],
    ['bargain', 2],
    ['deal', undefined],
    ['no-such-state', undefined],
  ])('top points of state %s: %s', (state, top) => expect(topPoints(genuine, state)).toBe(top));

  it.each<[string, number, string, string | undefined]>([
    ['a reason and points within range', 2, '依据说清楚了', undefined],
    ['zero points', 0, '用了绝对化用语', undefined],
    ['an empty reason', 2, '', '请填写改判理由'],
    ['a reason of spaces only', 1, ' 　\n', '请填写改判理由'],
    ['points above the top', 3, '很好', '请选择 0 到 2 分之间的整数分。'],
    ['negative points', -1, '很好', '请选择 0 到 2 分之间的整数分。'],
    ['half points', 1.5, '很好', '请选择 0 到 2 分之间的整数分。'],
    ['a reason too long', 1, '长'.repeat(maxReasonLength + 1), `最多 ${maxReasonLength} 个字`],
  ])('checkOverride: %s', (_, points, reason, error) => {
    const result = checkOverride(points, reason, 2, 7);
    if (error === undefined) expect(result).toEqual({ override: { points, reason: reason.trim(), at: 7 } });
    else expect('error' in result && result.error).toContain(error);
  });

  const session = walk(genuine, ['是正品的', '亲，本店是品牌官方授权店，支持专柜验货哦']);
  const reply = session.messages.findIndex((m) => m.from === 'agent');

  it('finds a message by identity, else by sender, time, text and state', () => {
    const message = session.messages[reply]!;
    expect(messageIndex(session, message)).toBe(reply);
    expect(messageIndex(session, { ...message })).toBe(reply);
    expect(messageIndex(session, { ...message, text: '别的' })).toBe(-1);
  });

  it('sets, replaces and withdraws an override, keeping the program verdict and every other message', () => {
    const once = withOverride(session, reply, { points: 2, reason: '依据说清楚了', at: 1 });
    expect(once.messages[reply]!.verdict).toMatchObject({ points: 1, correctness: 'partial', override: { points: 2, reason: '依据说清楚了' } });
    expect(once.messages.filter((_, i) => i !== reply)).toEqual(session.messages.filter((_, i) => i !== reply));
    expect(session.messages[reply]!.verdict!.override).toBeUndefined();
    const twice = withOverride(once, reply, { points: 0, reason: '没有说明依据', at: 2 });
    expect(twice.messages[reply]!.verdict!.override).toEqual({ points: 0, reason: '没有说明依据', at: 2 });
    const withdrawn = withOverride(twice, reply, undefined);
    expect(withdrawn.messages[reply]!.verdict).toEqual(session.messages[reply]!.verdict);
    expect('override' in withdrawn.messages[reply]!.verdict!).toBe(false);
  });

  it('leaves a message without a verdict alone', () => {
    const customer = session.messages.findIndex((m) => m.from === 'customer');
    const changed: ChatSession = withOverride(session, customer, { points: 2, reason: '无', at: 1 });
    expect(changed.messages[customer]).toBe(session.messages[customer]);
  });

  const summary = (at: number, total: number): ReportSummary => ({ at, total, replies: 2, mode: 'solo', rubric: [] });
  it.each<[string, ChatReports, ChatReports]>([
    ['nothing kept yet: unchanged', {}, {}],
    ['another conversation was last: unchanged', { s: { best: summary(1, 90), last: summary(2, 60), count: 2 } }, { s: { best: summary(1, 90), last: summary(2, 60), count: 2 } }],
    ['same conversation, best elsewhere and higher', { s: { best: summary(1, 90), last: summary(5, 60), count: 2 } }, { s: { best: summary(1, 90), last: summary(5, 70), count: 2 } }],
    ['same conversation now beats the best', { s: { best: summary(1, 65), last: summary(5, 60), count: 2 } }, { s: { best: summary(5, 70), last: summary(5, 70), count: 2 } }],
    ['same conversation was the best', { s: { best: summary(5, 80), last: summary(5, 80), count: 1 } }, { s: { best: summary(5, 70), last: summary(5, 70), count: 1 } }],
  ])('reviseRecord: %s', (_, before, after) => {
    expect(reviseRecord(before, 's', summary(5, 70))).toEqual(after);
  });
});

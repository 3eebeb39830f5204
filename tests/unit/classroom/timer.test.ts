import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatClock } from '../../../src/lib/voice/time.ts';
import { initialTimer, loadTimer, next, parseTimer, pause, restoreTimer, saveTimer, segmentAnnouncement, start, view, type TimerState } from '../../../src/lib/classroom/timer.ts';

// The standard lesson plan: 导入 5′ → 新课讲授 40′ → 学生实践 40′ → 总结归纳 4′ → 作业布置 1′.
const segments = [
  { name: '导入', minutes: 5 },
  { name: '新课讲授', minutes: 40 },
  { name: '学生实践', minutes: 40 },
  { name: '总结归纳', minutes: 4 },
  { name: '作业布置', minutes: 1 },
];
const min = 60_000;

describe.each([
  [0, '00:00'],
  [999, '00:00'],
  [1000, '00:01'],
  [59_999, '00:59'],
  [5 * min, '05:00'],
  [65 * min + 7000, '65:07'],
  [-5000, '00:00'],
])('formatClock(%i)', (ms, text) => {
  it(`is ${text}`, () => expect(formatClock(ms)).toBe(text));
});

describe('the segment timer with fake time', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-24T08:00:00+08:00'));
  });
  afterEach(() => vi.useRealTimers());

  const at = (state: TimerState) => view(state, segments, Date.now());

  it('shows the full first segment before it starts, and does not move while stopped', () => {
    const t = initialTimer();
    expect(at(t)).toMatchObject({ name: '导入', clock: '05:00', running: false, remainingMs: 5 * min, overMs: 0 });
    vi.advanceTimersByTime(10 * min);
    expect(at(t).clock).toBe('05:00');
  });

  it('counts down while running, rounding the time left up to whole seconds', () => {
    const t = start(initialTimer(), Date.now());
    vi.advanceTimersByTime(1);
    expect(at(t).clock).toBe('05:00');
    vi.advanceTimersByTime(1000);
    expect(at(t).clock).toBe('04:59');
    vi.advanceTimersByTime(59_000 - 1);
    expect(at(t).clock).toBe('04:00');
  });

  it('keeps the time spent across a pause', () => {
    let t = start(initialTimer(), Date.now());
    vi.advanceTimersByTime(90_000);
    t = pause(t, Date.now());
    vi.advanceTimersByTime(30 * min);
    expect(at(t)).toMatchObject({ clock: '03:30', running: false, spentMs: 90_000 });
    t = start(t, Date.now());
    vi.advanceTimersByTime(30_000);
    expect(at(t).clock).toBe('03:00');
  });

  it('start and pause are idempotent', () => {
    const running = start(initialTimer(), Date.now());
    vi.advanceTimersByTime(5000);
    expect(start(running, Date.now())).toBe(running);
    const paused = pause(running, Date.now());
    expect(pause(paused, Date.now() + 9999)).toBe(paused);
  });

  it('runs over with a plus sign and keeps counting', () => {
    const t = start(initialTimer(), Date.now());
    vi.advanceTimersByTime(6 * min + 5000);
    expect(at(t)).toMatchObject({ clock: '+01:05', remainingMs: 0, overMs: 65_000 });
  });

  it('moves to the next segment with a fresh clock, running on if it ran', () => {
    let t = start(initialTimer(), Date.now());
    vi.advanceTimersByTime(7 * min);
    t = next(t, segments, Date.now());
    expect(at(t)).toMatchObject({ index: 1, name: '新课讲授', clock: '40:00', running: true });
    vi.advanceTimersByTime(min);
    expect(at(t).clock).toBe('39:00');
    const paused = next(pause(t, Date.now()), segments, Date.now());
    vi.advanceTimersByTime(min);
    expect(at(paused)).toMatchObject({ name: '学生实践', clock: '40:00', running: false });
  });

  it('stays on the last segment', () => {
    let t = initialTimer();
    for (let i = 0; i < 10; i++) t = next(t, segments, Date.now());
    expect(at(t)).toMatchObject({ index: 4, name: '作业布置', last: true, clock: '01:00' });
  });
});

describe.each([
  [0, '第 1 个环节（共 5 个）：导入，计划 5 分钟。'],
  [1, '第 2 个环节（共 5 个）：新课讲授，计划 40 分钟。'],
  [4, '第 5 个环节（共 5 个）：作业布置，计划 1 分钟。'],
  [5, ''],
])('segmentAnnouncement(%i)', (index, text) => {
  it(`says “${text}”`, () => expect(segmentAnnouncement(segments, index)).toBe(text));
});

describe('restoreTimer (a reload during class)', () => {
  const now = Date.parse('2026-11-24T08:30:00+08:00');
  it('brings a running timer back with the time that passed meanwhile', () => {
    const saved: TimerState = { index: 1, spentMs: 2 * min, startedAt: now - 3 * min };
    const state = restoreTimer(JSON.stringify(saved), segments, now);
    expect(state).toEqual(saved);
    expect(view(state, segments, now + min).clock).toBe('34:00');
  });
  it('brings a paused timer back paused', () => {
    expect(view(restoreTimer('{"index":3,"spentMs":60000,"startedAt":null}', segments, now), segments, now)).toMatchObject({ name: '总结归纳', running: false, clock: '03:00' });
  });
  it.each([
    ['nothing saved', null],
    ['damaged text', '{"index":1,'],
    ['not an object', '42'],
    ['a segment this lesson does not have', '{"index":5,"spentMs":0,"startedAt":null}'],
    ['a fractional segment', '{"index":1.5,"spentMs":0,"startedAt":null}'],
    ['negative time spent', '{"index":0,"spentMs":-1,"startedAt":null}'],
    ['a start in the future', JSON.stringify({ index: 0, spentMs: 0, startedAt: now + min })],
    ['a start that is not a time', '{"index":0,"spentMs":0,"startedAt":"8:00"}'],
  ])('starts afresh from %s', (_, raw) => {
    expect(restoreTimer(raw, segments, now)).toEqual(initialTimer());
  });
});

describe('loadTimer and saveTimer (the tab\'s session storage)', () => {
  const now = Date.parse('2026-11-24T08:30:00+08:00');
  const running: TimerState = { index: 2, spentMs: min, startedAt: now - min };
  afterEach(() => vi.unstubAllGlobals());

  it('saves per page and loads it back', () => {
    const items = new Map<string, string>();
    vi.stubGlobal('sessionStorage', { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) });
    saveTimer('/lessons/1-1/', running);
    expect([...items.keys()]).toEqual(['kefu:timer:/lessons/1-1/']);
    expect(loadTimer('/lessons/1-1/', segments, now)).toEqual(running);
    expect(loadTimer('/lessons/1-2/', segments, now)).toEqual(initialTimer());
  });

  it('checks what it loads', () => {
    vi.stubGlobal('sessionStorage', { getItem: () => '{"index":9,"spentMs":0,"startedAt":null}' });
    expect(loadTimer('/lessons/1-1/', segments, now)).toEqual(initialTimer());
  });

  it('works without session storage', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    vi.stubGlobal('sessionStorage', { getItem: blocked, setItem: blocked });
    expect(() => saveTimer('/lessons/1-1/', running)).not.toThrow();
    expect(loadTimer('/lessons/1-1/', segments, now)).toEqual(initialTimer());
    vi.stubGlobal('sessionStorage', undefined);
    expect(() => saveTimer('/lessons/1-1/', running)).not.toThrow();
    expect(loadTimer('/lessons/1-1/', segments, now)).toEqual(initialTimer());
  });
});

describe('parseTimer (a state from the other window)', () => {
  const now = 1_000_000;
  it.each([
    ['a running timer', { index: 1, spentMs: 0, startedAt: now - 5000 }, { index: 1, spentMs: 0, startedAt: now - 5000 }],
    ['a paused one', { index: 4, spentMs: 30_000, startedAt: null }, { index: 4, spentMs: 30_000, startedAt: null }],
    ['a segment this lesson lacks', { index: 5, spentMs: 0, startedAt: null }, null],
    ['a start in the future', { index: 0, spentMs: 0, startedAt: now + 1 }, null],
    ['negative time', { index: 0, spentMs: -1, startedAt: null }, null],
    ['not a timer', 'running', null],
  ])('%s', (_, state, expected) => {
    expect(parseTimer(state, segments, now)).toEqual(expected);
  });
});

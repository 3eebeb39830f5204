/**
 * The lesson's segment timer (导入 → 新课讲授 → 学生实践 → 总结归纳 → 作业布置) as pure functions of
 * the current time, so it can be tested with any clock and survives a paused or throttled tab: the
 * time left is always computed from timestamps, never from counted ticks.
 */

import { formatClock } from '../voice/time.ts';

/** One segment of the lesson plan, as in the lesson's front matter. */
export interface TimerSegment {
  /** 环节名称 @example '新课讲授' */
  name: string;
  /** Planned minutes. */
  minutes: number;
}

/** Where the timer stands. Plain data: safe to keep in any store. */
export interface TimerState {
  /** Index of the current segment. */
  index: number;
  /** Milliseconds spent in the current segment before the running stretch began. */
  spentMs: number;
  /** When the running stretch began (ms since the epoch); `null` while paused. */
  startedAt: number | null;
}

/** What the timer shows at a moment. */
export interface TimerView {
  index: number;
  name: string;
  /** Planned length of the segment in ms. */
  plannedMs: number;
  /** Time spent in the segment so far. */
  spentMs: number;
  /** Time left, never below 0. */
  remainingMs: number;
  /** Time past the plan, 0 until the segment runs over. */
  overMs: number;
  running: boolean;
  /** Whether this is the last segment (no 下一环节). */
  last: boolean;
  /** Clock text: time left, or time over with a plus sign, e.g. '04:59' or '+01:05'. */
  clock: string;
}

/** A timer at the start of the first segment, not running. */
export const initialTimer = (): TimerState => ({ index: 0, spentMs: 0, startedAt: null });

/** Milliseconds spent in the current segment at `now`. */
export function spent(state: TimerState, now: number): number {
  return state.spentMs + (state.startedAt === null ? 0 : Math.max(0, now - state.startedAt));
}

/** Starts (or resumes) the current segment; a running timer is left as it is. */
export function start(state: TimerState, now: number): TimerState {
  return state.startedAt === null ? { ...state, startedAt: now } : state;
}

/** Pauses the timer, keeping the time spent; a paused timer is left as it is. */
export function pause(state: TimerState, now: number): TimerState {
  return state.startedAt === null ? state : { ...state, spentMs: spent(state, now), startedAt: null };
}

/** Moves to the next segment with a fresh clock; keeps running if it was running. Stays on the last one. */
export function next(state: TimerState, segments: readonly TimerSegment[], now: number): TimerState {
  if (state.index >= segments.length - 1) return state;
  return { index: state.index + 1, spentMs: 0, startedAt: state.startedAt === null ? null : now };
}

/** What to show at `now`. Time left counts up to whole seconds, so a fresh 5-minute segment shows 05:00. */
export function view(state: TimerState, segments: readonly TimerSegment[], now: number): TimerView {
  const index = Math.min(Math.max(0, state.index), segments.length - 1);
  const segment = segments[index]!;
  const plannedMs = segment.minutes * 60_000;
  const spentMs = spent(state, now);
  const remainingMs = Math.max(0, plannedMs - spentMs);
  const overMs = Math.max(0, spentMs - plannedMs);
  return {
    index,
    name: segment.name,
    plannedMs,
    spentMs,
    remainingMs,
    overMs,
    running: state.startedAt !== null,
    last: index === segments.length - 1,
    clock: overMs > 0 ? `+${formatClock(overMs)}` : formatClock(Math.ceil(remainingMs / 1000) * 1000),
  };
}

/** The sentence a screen reader hears when a segment begins (never every second). */
export function segmentAnnouncement(segments: readonly TimerSegment[], index: number): string {
  const segment = segments[index];
  if (!segment) return '';
  return `第 ${index + 1} 个环节（共 ${segments.length} 个）：${segment.name}，计划 ${segment.minutes} 分钟。`;
}

/**
 * A timer state checked for the given segments at `now`, or `null` when it is damaged, for another
 * lesson's segments or from the future (a changed clock). Used for what session storage and the other
 * window (the presenter view, src/lib/classroom/sync.ts) hand back.
 */
export function parseTimer(saved: unknown, segments: readonly TimerSegment[], now: number): TimerState | null {
  if (!saved || typeof saved !== 'object') return null;
  const { index, spentMs, startedAt } = saved as Record<string, unknown>;
  const validIndex = Number.isInteger(index) && (index as number) >= 0 && (index as number) < segments.length;
  const validSpent = typeof spentMs === 'number' && Number.isFinite(spentMs) && spentMs >= 0;
  const validStart = startedAt === null || (typeof startedAt === 'number' && Number.isFinite(startedAt) && startedAt <= now);
  return validIndex && validSpent && validStart ? { index: index as number, spentMs, startedAt } : null;
}

/**
 * A timer read back from the tab's session storage after a reload, or a fresh one when the saved text
 * is missing or fails `parseTimer`. The saved state is timestamps only, so a running timer comes back
 * with the time that passed during the reload.
 */
export function restoreTimer(raw: string | null, segments: readonly TimerSegment[], now: number): TimerState {
  try {
    return parseTimer(JSON.parse(raw ?? 'null'), segments, now) ?? initialTimer();
  } catch {
    // Damaged text: start afresh.
    return initialTimer();
  }
}

// Kept for this tab only (sessionStorage), so a reload during class keeps the clock; it is not
// learning data and never appears in an export.
const timerKey = (path: string) => `kefu:timer:${path}`;

/** The timer saved in this tab for the page at `path`, checked by `restoreTimer`; a fresh one without session storage. */
export function loadTimer(path: string, segments: readonly TimerSegment[], now: number): TimerState {
  let raw: string | null = null;
  try {
    raw = sessionStorage.getItem(timerKey(path));
  } catch {
    // No session storage (blocked, or not a browser): start afresh.
  }
  return restoreTimer(raw, segments, now);
}

/** Saves the timer for the page at `path` in this tab. */
export function saveTimer(path: string, state: TimerState): void {
  try {
    sessionStorage.setItem(timerKey(path), JSON.stringify(state));
  } catch {
    // Without session storage the timer still works; only a reload resets it.
  }
}

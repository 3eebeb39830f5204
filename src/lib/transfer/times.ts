import type { Snapshot } from './format.ts';

/** Field names the stores use for moments in time (ms since epoch). */
const timeFields = new Set(['at', 'first', 'last', 'started', 'startedAt', 'submitted']);
// Values below this are counts or durations, not dates (2001-09-09 in ms).
const earliest = 1_000_000_000_000;

/**
 * The latest moment recorded inside a saved value (a visit, an attempt, a message), or undefined
 * when it holds none. Lets items carry a time even when they were written before write times were kept.
 */
export function contentTime(value: unknown, depth = 0): number | undefined {
  if (depth > 12 || value === null || typeof value !== 'object') return undefined;
  let latest: number | undefined;
  const entries = Array.isArray(value) ? value.map((item) => [undefined, item] as const) : Object.entries(value);
  for (const [name, item] of entries) {
    const found =
      name !== undefined && timeFields.has(name) && typeof item === 'number' && Number.isFinite(item) && item >= earliest
        ? item
        : contentTime(item, depth + 1);
    if (found !== undefined && (latest === undefined || found > latest)) latest = found;
  }
  return latest;
}

/** The later of two optional times. */
export const laterOf = (a?: number, b?: number): number | undefined => (a === undefined ? b : b === undefined ? a : Math.max(a, b));

/** Reads the write-time record (`{key: ms}`); anything unreadable counts as empty, and non-numbers are dropped. */
export function parseWriteTimes(raw: string | undefined): Record<string, number> {
  const times: Record<string, number> = {};
  try {
    const parsed: unknown = JSON.parse(raw ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      for (const [key, time] of Object.entries(parsed)) if (Number.isFinite(time)) times[key] = time;
    }
  } catch {
    // A damaged record only loses the times, never the saved data.
  }
  return times;
}

/**
 * Wraps a key–value storage engine so that every change to a key under `prefix` is stamped with the
 * time in the record at `timesKey`. Unchanged rewrites keep their old time, so opening a page does
 * not make its data look newer than a copy from another device.
 */
export function trackWriteTimes(engine: Record<string, string>, prefix: string, timesKey: string, now: () => number = Date.now): Record<string, string> {
  const stamp = (key: string, time?: number) => {
    if (!key.startsWith(prefix)) return;
    const times = parseWriteTimes(engine[timesKey]);
    times[key] = time!;
    if (time === undefined) delete times[key];
    engine[timesKey] = JSON.stringify(times);
  };
  return new Proxy(engine, {
    set(target, key: string, value) {
      const changed = target[key] !== String(value);
      target[key] = value;
      if (changed) stamp(key, now());
      return true;
    },
    deleteProperty(target, key: string) {
      delete target[key];
      stamp(key);
      return true;
    },
  });
}

/**
 * Writes items that bring their own times (an import) straight to `engine`, which must not be wrapped
 * by `trackWriteTimes`, and records those times in one rewrite of `timesKey`; an item without a time loses its old one.
 */
export function writeWithTimes(engine: Record<string, string>, items: Snapshot, timesKey: string): void {
  const times = parseWriteTimes(engine[timesKey]);
  for (const [key, { text, updatedAt }] of Object.entries(items)) {
    engine[key] = text;
    if (updatedAt === undefined) delete times[key];
    else times[key] = updatedAt;
  }
  engine[timesKey] = JSON.stringify(times);
}

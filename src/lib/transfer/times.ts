import type { Snapshot } from './format.ts';
import { parseWriteTimes } from './write-times.ts';

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

/**
 * Records the times items carry (an import) in one rewrite of `timesKey`, after their stores wrote
 * them and stamped the moment of writing; an item without a time loses the stamp.
 */
export function recordTimes(engine: Record<string, string>, items: Snapshot, timesKey: string): void {
  const times = parseWriteTimes(engine[timesKey]);
  for (const [key, { updatedAt }] of Object.entries(items)) {
    if (updatedAt === undefined) delete times[key];
    else times[key] = updatedAt;
  }
  engine[timesKey] = JSON.stringify(times);
}

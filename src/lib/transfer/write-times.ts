// The part of the write-time record every page with a store needs; the rest of src/lib/transfer loads with export and import only.

/** Reads the write-time record (`{key: ms}`); anything unreadable counts as empty, and non-numbers are dropped. */
export function parseWriteTimes(raw: string | undefined): Record<string, number> {
  const times: Record<string, number> = Object.create(null) as Record<string, number>;
  try {
    const parsed: unknown = JSON.parse(raw ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      for (const [key, time] of Object.entries(parsed)) if (typeof time === 'number' && Number.isFinite(time)) times[key] = time;
    }
  } catch {
    // A damaged record only loses the times, never the saved data.
  }
  return times;
}

/** Whether the write-time record is a readable object (a damaged one is copied aside before it is rewritten). */
function readableTimes(raw: string): boolean {
  try {
    const parsed: unknown = JSON.parse(raw);
    return !!parsed && typeof parsed === 'object' && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

/**
 * Wraps a key–value storage engine so that every change to a key under `prefix` is stamped with the
 * time in the record at `timesKey`. Unchanged rewrites keep their old time, so opening a page does
 * not make its data look newer than a copy from another device.
 */
export function trackWriteTimes(
  engine: Record<string, string>,
  prefix: string,
  timesKey: string,
  now: () => number = Date.now,
  onDamaged: (raw: string) => void = () => {},
): Record<string, string> {
  const stamp = (key: string, time?: number) => {
    if (!key.startsWith(prefix)) return;
    const raw = engine[timesKey];
    if (raw !== undefined && !readableTimes(raw)) onDamaged(raw);
    const times = parseWriteTimes(raw);
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

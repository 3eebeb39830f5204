import type { Snapshot } from '../../lib/transfer/format.ts';
import { parseWriteTimes, writeWithTimes } from '../../lib/transfer/times.ts';
import { savedStorage, storagePrefix, untimedStorage, writeTimesKey } from '../../stores/engine.ts';

/** Keys the browser holds; reading the list is the one thing the guarded engine cannot do. */
function storedKeys(): string[] {
  try {
    return Object.keys(window.localStorage);
  } catch {
    // No storage: nothing was saved beyond this page's memory.
    return [];
  }
}

/** Every saved item under the prefix as stored text, and the recorded write times (for export). */
export function readSaved(): { entries: Record<string, string>; times: Record<string, number> } {
  const engine = savedStorage();
  const entries: Record<string, string> = {};
  for (const key of storedKeys()) {
    const text = key.startsWith(storagePrefix) ? engine[key] : undefined;
    if (text !== undefined) entries[key] = text;
  }
  return { entries, times: parseWriteTimes(engine[writeTimesKey]) };
}

/** Writes imported items with their own times, and updates this page's stores as another tab's change would. */
export function writeSaved(items: Snapshot): void {
  writeWithTimes(untimedStorage(), items, writeTimesKey);
  for (const [key, { text }] of Object.entries(items)) window.dispatchEvent(new StorageEvent('storage', { key, newValue: text }));
}

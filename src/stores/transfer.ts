import { buildExport, localSnapshot, parseTransfer, planImport, type Combine, type ImportPlan, type ParseResult, type Snapshot, type TransferFile } from '../lib/transfer/index.ts';
import { recordTimes } from '../lib/transfer/times.ts';
import { parseWriteTimes } from '../lib/transfer/write-times.ts';
import { isStored, savedStorage, untimedStorage } from './engine.ts';
import { storedKeys } from './stored-keys.ts';
import { storagePrefix, writeTimesKey } from './keys.ts';
import { locate, storeOf } from './registry.ts';

/**
 * Export and import of everything saved, through the stores declared in src/stores/registry.ts:
 * each imported item is checked by its area, merged by its area's rule and written by its store,
 * so open pages update at once and nothing reaches storage that a store could not read.
 */

/** Every saved item under the prefix as stored text, with its time. */
export function localItems(now = Date.now()): Snapshot {
  const engine = savedStorage();
  const entries: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const key of storedKeys()) {
    const text = key.startsWith(storagePrefix) ? engine[key] : undefined;
    if (text !== undefined) entries[key] = text;
  }
  return localSnapshot(entries, parseWriteTimes(engine[writeTimesKey]), now);
}

/** The export file of this browser; unreadable items are left out and counted. */
export const exportFile = (now: Date): { file: TransferFile; skipped: string[] } => buildExport(localItems(now.getTime()), storagePrefix, now);

/** Checks an imported item against its area; keys no area reads pass here and are skipped by the plan. */
const checkItem = (key: string, value: unknown): boolean | 'skip' => {
  const found = locate(key);
  return found ? found.area.codec.read(value).ok : 'skip';
};

/** Reads and checks an export file (nothing changes). */
export const parseImport = (text: string, size: number, now = Date.now()): ParseResult => parseTransfer(text, size, storagePrefix, checkItem, now);

/** Merges two copies of one key by its area's rule (item by item where the area says so). */
const combine: Combine = (key, local, incoming, incomingNewer) => {
  const found = locate(key);
  if (!found) return undefined;
  const { codec, merge } = found.area;
  const theirs = codec.decode(incoming);
  if (!theirs.ok) return undefined;
  const mine = local === undefined ? undefined : codec.decode(local);
  if (!mine?.ok) return codec.encode(theirs.value);
  if (!merge) return incomingNewer ? codec.encode(theirs.value) : local;
  const merged = codec.encode(merge(mine.value, theirs.value, incomingNewer));
  // An unchanged merge keeps the exact local text, so the plan reports the key as kept.
  return merged === codec.encode(mine.value) ? local : merged;
};

/** What importing `incoming` would do here; `skipped` are the file's keys no area reads. */
export function planFor(incoming: Snapshot, skipped: readonly string[] = [], now = Date.now()): ImportPlan {
  const plan = planImport(localItems(now), incoming, combine);
  return { ...plan, skipped: [...skipped, ...plan.skipped].sort() };
}

/** What an import really wrote. */
export interface ImportOutcome {
  /** Keys written and read back. */
  written: string[];
  /** Keys the browser refused to keep (storage full or unavailable): they are still in the file. */
  failed: string[];
}

/**
 * Writes a plan through the stores (open pages update at once), then records the items' own times,
 * and reads every write back so the learner is told what was really saved.
 */
export function applyPlan(plan: ImportPlan): ImportOutcome {
  const outcome: ImportOutcome = { written: [], failed: [] };
  const kept: Snapshot = Object.create(null) as Snapshot;
  for (const [key, item] of Object.entries(plan.writes)) {
    const found = locate(key);
    const decoded = found?.area.codec.decode(item.text);
    if (!found || !decoded?.ok) continue;
    const { codec, empty } = found.area;
    const text = codec.encode(decoded.value);
    storeOf(found).set(decoded.value);
    // An empty value keeps nothing in storage (src/stores/area.ts), so there is nothing to read back.
    const blank = empty() === undefined ? undefined : codec.encode(empty());
    if (text === blank || isStored(key, text)) {
      outcome.written.push(key);
      kept[key] = item;
    } else outcome.failed.push(key);
  }
  // The stores stamped their writes with the moment of the import; the items keep the times they carry.
  recordTimes(untimedStorage(), kept, writeTimesKey);
  return outcome;
}

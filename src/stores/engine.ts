import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents, type PersistentEvents } from '@nanostores/persistent';
import { createGuardedEngine, probeStorage, type StorageMode } from '../lib/guarded-storage.ts';
import type { DecodeFailure } from '../lib/storage-codec.ts';
import { trackWriteTimes } from '../lib/transfer/write-times.ts';
import { quarantineKey, storagePrefix, writeTimesKey } from './keys.ts';

export { storagePrefix, writeTimesKey } from './keys.ts';

/** A saved value that could not be read and was set aside instead of being discarded. */
export interface QuarantinedItem {
  key: string;
  /** What the learner calls it (the area's label). */
  label: string;
  /** Where the raw text was copied to. */
  savedAs: string;
  /** Why it could not be read (the notice words it, src/lib/storage-messages.ts). */
  reason: DecodeFailure;
}

/** A change that was not saved because it broke its area's limits (see `defineArea` in src/stores/area.ts). */
export interface RefusedWrite {
  key: string;
  label: string;
}

/** What the storage notice shows: whether saving works, which saved values were set aside, which changes were refused. */
export interface StorageStatus {
  mode: StorageMode;
  quarantined: QuarantinedItem[];
  refused: RefusedWrite[];
}

/** The state of saving on this page; the notice (src/scripts/storage-notice.ts) shows it. */
export const storageStatus = atom<StorageStatus>({ mode: 'ok', quarantined: [], refused: [] });

function report(mode: Exclude<StorageMode, 'ok'>) {
  if (storageStatus.get().mode !== mode) storageStatus.set({ ...storageStatus.get(), mode });
}

/** What the storage layer needs of the browser's storage (a test passes a fake). */
export type BrowserStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

let backing: BrowserStorage | undefined;
let untimed: Record<string, string> = {};
let engine = untimed;

/**
 * Connects the stores to the browser's storage: writes that fail are kept in memory and reported,
 * every change is stamped with its time, damaged write times are set aside. Runs once in the browser;
 * unit tests call it with a fake storage before importing the stores.
 */
export function connectStorage(getStorage: () => BrowserStorage | undefined, events: PersistentEvents = windowPersistentEvents) {
  const probe = probeStorage(getStorage);
  backing = probe.storage as BrowserStorage | undefined;
  untimed = createGuardedEngine(probe.storage, report);
  engine = trackWriteTimes(untimed, storagePrefix, writeTimesKey, Date.now, (raw) => setAside(writeTimesKey, raw, 'json', '保存时间记录'));
  setPersistentEngine(engine, events);
  storageStatus.set({ mode: 'ok', quarantined: [], refused: [] });
  // The notice's code loads only when there is something to say, so pages whose saving works carry none of it.
  if (typeof document !== 'undefined') {
    storageStatus.listen((status) => {
      if (status.mode !== 'ok' || status.quarantined.length > 0 || status.refused.length > 0) {
        // Offline with the chunk not cached, the notice cannot load; the widgets' own messages still show.
        import('../scripts/storage-notice.ts').then((notice) => notice.showStorageNotice(), () => {});
      }
    });
  }
  if (probe.mode !== 'ok') report(probe.mode);
}

if (typeof window !== 'undefined') connectStorage(() => window.localStorage);

/** Copies `raw` aside under a key named by its content, so the same damaged value is kept once, however often it is read. */
function setAside(key: string, raw: string, reason: DecodeFailure, label: string): QuarantinedItem {
  const savedAs = quarantineKey(key, raw);
  if (untimed[savedAs] !== raw) untimed[savedAs] = raw;
  return { key, label, savedAs, reason };
}

/**
 * Sets unreadable saved text aside (never silently discards it), removes it from `key` so the area
 * starts empty without setting it aside again on the next load, and tells the learner.
 */
export function quarantine(key: string, raw: string, reason: DecodeFailure, label: string) {
  const item = setAside(key, raw, reason, label);
  // Only once the copy is really in the browser's storage (not just in this page's memory) is the original removed.
  if (isStored(item.savedAs, raw)) delete engine[key];
  const status = storageStatus.get();
  if (!status.quarantined.some((known) => known.savedAs === item.savedAs)) storageStatus.set({ ...status, quarantined: [...status.quarantined, item] });
}

/** Records that a change to `key` was refused (it broke the area's limits); the notice says so. */
export function refuse(key: string, label: string) {
  const status = storageStatus.get();
  if (!status.refused.some((known) => known.key === key)) storageStatus.set({ ...status, refused: [...status.refused, { key, label }] });
}

/** Whether `key` holds exactly `text` in the browser's storage (not just in this page's memory). */
export function isStored(key: string, text: string): boolean {
  try {
    return backing?.getItem(key) === text;
  } catch {
    return false;
  }
}

/** The browser's storage behind the engine, for listing keys (src/stores/stored-keys.ts); undefined without storage. */
export const browserStorage = (): BrowserStorage | undefined => backing;

/** The storage engine every store writes through, for export and import (src/stores/transfer.ts). */
export const savedStorage = (): Record<string, string> => engine;
/** The same engine without write-time stamping, for writes that bring their own times (an import). */
export const untimedStorage = (): Record<string, string> => untimed;

import { atom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { createGuardedEngine, probeStorage, type StorageMode } from '../lib/guarded-storage.ts';
import { decodeFailureText, type DecodeResult } from '../lib/storage-codec.ts';
import { trackWriteTimes } from '../lib/transfer/times.ts';

/** Every saved key starts with this; bump `v1` only with a migration of every area. */
export const storagePrefix = 'kefu:v1:';
/** When each saved key last changed (`{key: ms}`), so an import can keep the newer copy. */
export const writeTimesKey = 'kefu:write-times';

/** A saved value that could not be read and was set aside instead of being discarded. */
export interface QuarantinedItem {
  key: string;
  /** Where the raw text was copied to. */
  savedAs: string;
  /** Chinese reason, shown to the learner. */
  reason: string;
}

/** What the storage notice shows: whether saving works, and which saved values were set aside. */
export const storageStatus = atom<{ mode: StorageMode; quarantined: QuarantinedItem[] }>({ mode: 'ok', quarantined: [] });

function report(mode: Exclude<StorageMode, 'ok'>) {
  if (storageStatus.get().mode !== mode) storageStatus.set({ ...storageStatus.get(), mode });
}

let untimed: Record<string, string> = {};
let engine = untimed;
if (typeof window !== 'undefined') {
  const { storage, mode } = probeStorage(() => window.localStorage);
  untimed = createGuardedEngine(storage, report);
  engine = trackWriteTimes(untimed, storagePrefix, writeTimesKey);
  if (mode !== 'ok') report(mode);
  setPersistentEngine(engine, windowPersistentEvents);
}

/** Copies unreadable saved text aside (never silently discards it) and tells the learner. */
export function quarantine(key: string, raw: string, reason: Extract<DecodeResult<unknown>, { ok: false }>['reason']) {
  const savedAs = `kefu:quarantine:${key}:${Date.now()}`;
  engine[savedAs] = raw;
  const status = storageStatus.get();
  storageStatus.set({ ...status, quarantined: [...status.quarantined, { key, savedAs, reason: decodeFailureText[reason] }] });
}

/** Encodes a store's value for saving and decodes saved text (see `createCodec`). */
export interface SavedCodec<T> {
  encode: (value: T) => string;
  decode: (raw: string) => DecodeResult<T>;
}

/** A store saved under `key` through `codec`; unreadable saved text is set aside and reported, and the store starts from `fallback`. */
export function persisted<T>(key: string, fallback: () => T, codec: SavedCodec<T>) {
  return persistentAtom<T>(key, fallback(), {
    encode: codec.encode,
    decode(raw) {
      const result = codec.decode(raw);
      if (result.ok) return result.value;
      quarantine(key, raw, result.reason);
      return fallback();
    },
  });
}

/** The storage engine every store writes through, for export and import (src/components/progress/storage-io.ts). */
export const savedStorage = (): Record<string, string> => engine;
/** The same engine without write-time stamping, for writes that bring their own times (an import). */
export const untimedStorage = (): Record<string, string> => untimed;

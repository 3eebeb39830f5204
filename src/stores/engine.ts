import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
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

let engine: Record<string, string> = {};
if (typeof window !== 'undefined') {
  const { storage, mode } = probeStorage(() => window.localStorage);
  engine = trackWriteTimes(createGuardedEngine(storage, report), storagePrefix, writeTimesKey);
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

/** The storage engine every store writes through, for export and import (src/components/progress/storage-io.ts). */
export const savedStorage = (): Record<string, string> => engine;

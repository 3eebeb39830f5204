/** How well the browser can keep what the learner does. */
export type StorageMode = 'ok' | 'unavailable' | 'full';

/** The part of the Web Storage API the engine needs (lets tests pass a fake). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const probeKey = 'kefu:probe';

/**
 * Works out whether `getStorage()` gives a usable storage. Never throws: private modes throw on
 * access, a full quota throws on write.
 */
export function probeStorage(getStorage: () => StorageLike | undefined): { storage?: StorageLike; mode: StorageMode } {
  let storage: StorageLike | undefined;
  try {
    storage = getStorage();
    if (!storage) return { mode: 'unavailable' };
    storage.getItem(probeKey);
  } catch {
    return { mode: 'unavailable' };
  }
  try {
    storage.setItem(probeKey, '1');
    storage.removeItem(probeKey);
    return { storage, mode: 'ok' };
  } catch {
    return { storage, mode: 'full' };
  }
}

/**
 * A key–value object for `setPersistentEngine` that never throws. Writes the backing storage
 * refuses (quota, or no storage at all) are kept in memory so the page keeps working, and
 * `onFailure` is told so the learner can be warned that work is not being saved.
 */
export function createGuardedEngine(
  backing: StorageLike | undefined,
  onFailure: (mode: Exclude<StorageMode, 'ok'>) => void,
): Record<string, string> {
  const memory = new Map<string, string>();
  const read = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key);
    try {
      return backing?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };
  return new Proxy({} as Record<string, string>, {
    get: (_, key) => (typeof key === 'string' ? read(key) : undefined),
    has: (_, key) => typeof key === 'string' && read(key) !== undefined,
    set(_, key, value) {
      if (typeof key !== 'string') return true;
      const text = String(value);
      if (!backing) {
        memory.set(key, text);
        onFailure('unavailable');
        return true;
      }
      try {
        backing.setItem(key, text);
        memory.delete(key);
      } catch {
        memory.set(key, text);
        onFailure('full');
      }
      return true;
    },
    deleteProperty(_, key) {
      if (typeof key !== 'string') return true;
      memory.delete(key);
      try {
        backing?.removeItem(key);
      } catch {
        // Removing can only fail when storage vanished; the memory copy is gone either way.
      }
      return true;
    },
  });
}

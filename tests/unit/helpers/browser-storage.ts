import { vi } from 'vitest';
import type { BrowserStorage } from '../../../src/stores/engine.ts';

/** An in-memory Web Storage; `full` makes it refuse writes like an exhausted quota. */
export function memoryStorage(initial: Record<string, string> = {}, options: { full?: boolean } = {}): BrowserStorage & { data: Map<string, string>; full: boolean } {
  const data = new Map(Object.entries(initial));
  const storage = {
    data,
    full: options.full ?? false,
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem(k: string, v: string) {
      if (storage.full) throw new DOMException('quota', 'QuotaExceededError');
      data.set(k, String(v));
    },
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
  };
  return storage;
}

const noEvents = { addEventListener() {}, removeEventListener() {} };

/**
 * A fresh page: module state reset, the stores connected to `storage` as a browser would be. Import
 * stores after calling it (dynamic `import()`), so they read this storage when they are created.
 */
export async function freshPage(storage: BrowserStorage) {
  vi.resetModules();
  const engine = await import('../../../src/stores/engine.ts');
  engine.connectStorage(() => storage, noEvents);
  return engine;
}

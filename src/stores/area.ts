import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import type * as v from 'valibot';
import { checkWith, createCodec, type DecodeResult } from '../lib/storage-codec.ts';
import { quarantine, refuse, savedStorage } from './engine.ts';
import { storagePrefix } from './keys.ts';

/**
 * One saved area, declared once: its storage name, the Chinese name learners see, the schema its
 * type is inferred from, the empty value, migrations from older versions, and how two copies merge.
 * Stores, export, import and the notices all read these declarations (src/stores/registry.ts lists
 * them all); docs/saved-data.md explains the rules.
 */
export interface AreaOptions<T> {
  /** Storage name after the prefix: `visits` is saved as `kefu:v1:visits`; an item area `quiz` as `kefu:v1:quiz:<id>`. */
  name: string;
  /** What the learner calls it, in the import preview and the notices. @example '已读课次记录' */
  label: string;
  /** Current schema version of the saved value. */
  version: number;
  /** Shape of the current version; also what every write and every imported item must pass. */
  schema: v.GenericSchema<unknown, T>;
  /** The value when nothing is saved; a store holding it keeps nothing in storage. */
  empty: () => T;
  /** Upgrades from version n to n + 1, keyed by n. */
  migrations?: Record<number, (old: unknown) => unknown>;
  /**
   * Combines this browser's copy with an imported one item by item, for records that hold many
   * items (visits, attempts, reports); `incomingNewer` says which copy changed last, for the parts
   * that can only be taken whole. Without it, the newer copy wins whole.
   */
  merge?: (local: T, incoming: T, incomingNewer: boolean) => T;
}

interface AreaBase<T> {
  name: string;
  label: string;
  version: number;
  codec: ReturnType<typeof createCodec<T>>;
  empty: () => T;
  merge?: (local: T, incoming: T, incomingNewer: boolean) => T;
}

/** An area saved under one key. */
export interface SingleArea<T> extends AreaBase<T> {
  perItem: false;
  key: string;
  store: WritableAtom<T>;
}

/** An area saved under one key per exercise (`kefu:v1:<name>:<id>`). */
export interface ItemArea<T> extends AreaBase<T> {
  perItem: true;
  keyOf(id: string): string;
  store(id: string): WritableAtom<T>;
}

export type Area<T = unknown> = SingleArea<T> | ItemArea<T>;

function base<T>(options: AreaOptions<T>): AreaBase<T> {
  const { name, label, version, schema, empty, migrations, merge } = options;
  return { name, label, version, codec: createCodec<T>({ version, schema: checkWith(schema), migrations }), empty, merge };
}

/**
 * A store saved under `key`. Unreadable saved text is set aside and reported, and the store starts
 * empty. A change that its schema would refuse on the next load is not written (the page keeps it
 * and the notice says it was not saved), so a limit is never discovered by losing the whole area.
 */
function areaStore<T>(key: string, label: string, codec: AreaBase<T>['codec'], empty: () => T): WritableAtom<T> {
  const blank = empty();
  const blankText = blank === undefined ? undefined : codec.encode(blank);
  return persistentAtom<T>(key, blank, {
    encode(value) {
      if (value === undefined) return undefined;
      const text = codec.encode(value);
      if (text === blankText) return undefined;
      if (codec.decode(text).ok) return text;
      refuse(key, label);
      return savedStorage()[key];
    },
    decode(raw) {
      // Another tab (or a test harness) removing the key reports no text: the area is simply empty.
      if (typeof raw !== 'string') return empty();
      const result: DecodeResult<T> = codec.decode(raw);
      if (result.ok) return result.value;
      quarantine(key, raw, result.reason, label);
      return empty();
    },
  });
}

/** Declares an area saved under one key, and makes its store. */
export function defineArea<T>(options: AreaOptions<T>): SingleArea<T> {
  const key = `${storagePrefix}${options.name}`;
  const area = base(options);
  return { ...area, perItem: false, key, store: areaStore(key, options.label, area.codec, options.empty) };
}

/** Declares an area with one key per exercise; each exercise's store is made on first use. */
export function defineItemArea<T>(options: AreaOptions<T>): ItemArea<T> {
  const area = base(options);
  const stores = new Map<string, WritableAtom<T>>();
  const keyOf = (id: string) => `${storagePrefix}${options.name}:${id}`;
  return {
    ...area,
    perItem: true,
    keyOf,
    store(id) {
      let store = stores.get(id);
      if (!store) {
        store = areaStore(keyOf(id), `${options.label} ${id}`, area.codec, options.empty);
        stores.set(id, store);
      }
      return store;
    },
  };
}

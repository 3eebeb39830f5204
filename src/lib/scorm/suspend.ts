import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/** SCORM 1.2 cmi.suspend_data is a CMIString4096: at most 4,096 characters. */
export const suspendLimit = 4096;
/** Marks the format, so a later version can still read (or knowingly ignore) what an LMS kept. */
const tag = 'K1';

/** Saved items (storage key → stored text) with the time each was last written (ms). */
export interface SuspendItems {
  items: Record<string, string>;
  times: Record<string, number>;
}

/** What encoding kept, and which keys it had to leave out to stay within the limit. */
export interface Encoded {
  text: string;
  dropped: string[];
}

const pack = (data: SuspendItems): string => {
  const bytes = deflateSync(strToU8(JSON.stringify([data.items, data.times])), { level: 9 });
  return tag + btoa(strFromU8(bytes, true));
};

/**
 * Packs saved items into one suspend_data string: JSON, deflated, base64 (about a quarter of the JSON's
 * length for quiz answers). `order` lists the keys most important first; when the whole record does not
 * fit in `limit` characters, the least important keys are left out one by one until it fits.
 */
export function encodeSuspend(data: SuspendItems, order: readonly string[], limit = suspendLimit): Encoded {
  const keys = order.filter((k) => Object.hasOwn(data.items, k));
  const dropped: string[] = [];
  for (;;) {
    const items = Object.fromEntries(keys.map((k) => [k, data.items[k]!]));
    const times = Object.fromEntries(keys.filter((k) => data.times[k] !== undefined).map((k) => [k, data.times[k]!]));
    const text = pack({ items, times });
    // An empty record is far below any limit, so the loop ends.
    if (text.length <= limit) return { text, dropped };
    dropped.push(keys.pop()!);
  }
}

/** Reads a suspend_data string; anything else (empty, another program's data, damaged) gives nothing. */
export function decodeSuspend(text: string): SuspendItems | undefined {
  if (!text.startsWith(tag)) return undefined;
  try {
    const binary = atob(text.slice(tag.length));
    const [items, times] = JSON.parse(strFromU8(inflateSync(strToU8(binary, true)))) as unknown[];
    if (!isRecord(items, 'string') || !isRecord(times, 'number')) return undefined;
    return { items, times };
  } catch {
    return undefined;
  }
}

function isRecord<T extends 'string' | 'number'>(value: unknown, type: T): value is Record<string, T extends 'string' ? string : number> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === type);
}

/**
 * The items of a suspend_data record to write into this browser: those it lacks, and those the LMS
 * holds a newer copy of (by the write times); a newer copy here is kept.
 */
export function itemsToRestore(saved: SuspendItems, local: Readonly<Record<string, string | undefined>>, localTimes: Readonly<Record<string, number>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(saved.items)) {
    const here = local[key];
    if (here === text) continue;
    if (here === undefined || (saved.times[key] ?? 0) > (localTimes[key] ?? 0)) out[key] = text;
  }
  return out;
}

import { computed } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import * as v from 'valibot';
import { checkWith, createCodec } from '../lib/storage-codec.ts';
import { quarantine, storagePrefix } from './engine.ts';

/** Saved visit record per lesson code. */
const int = v.pipe(v.number(), v.integer());
export const visitsSchema = v.record(
  v.pipe(v.string(), v.regex(/^\d+\.\d+$/)),
  v.object({ first: int, last: int, count: v.pipe(int, v.minValue(1)) }),
);
export type Visits = v.InferOutput<typeof visitsSchema>;

/** Storage key of the visit record; the inline recorder on lesson pages writes the same format. */
export const visitsKey = `${storagePrefix}visits`;
export const visitsCodec = createCodec({ version: 1, schema: checkWith(visitsSchema) });

/** Which lessons this browser has opened, and when. */
export const visits = persistentAtom<Visits>(
  visitsKey,
  {},
  {
    encode: visitsCodec.encode,
    decode(raw) {
      const result = visitsCodec.decode(raw);
      if (result.ok) return result.value;
      quarantine(visitsKey, raw, result.reason);
      return {};
    },
  },
);

/** The lesson opened most recently, for the home page's 继续学习 button. */
export const lastVisited = computed(visits, (record) => {
  let best: { code: string; at: number } | undefined;
  for (const [code, visit] of Object.entries(record)) {
    if (!best || visit.last > best.at) best = { code, at: visit.last };
  }
  return best;
});

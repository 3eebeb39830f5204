import { computed } from 'nanostores';
import * as v from 'valibot';
import { defineArea } from './area.ts';

const int = v.pipe(v.number(), v.integer());
const visitSchema = v.object({ first: int, last: int, count: v.pipe(int, v.minValue(1)) });
/** Saved visit record per lesson code. */
export const visitsSchema = v.record(v.pipe(v.string(), v.regex(/^\d+\.\d+$/)), visitSchema);
export type Visits = v.InferOutput<typeof visitsSchema>;

/** Which lessons this browser has opened, and when; lesson pages' inline recorder writes the same record (src/stores/inline-scripts.ts). */
export const visitsArea = defineArea<Visits>({ name: 'visits', label: '已读课次记录', version: 1, schema: visitsSchema, empty: () => ({}) });
export const visitsKey = visitsArea.key;
export const visits = visitsArea.store;

/** The lesson opened most recently, for the home page's 继续学习 button. */
export const lastVisited = computed(visits, (record) => {
  let best: { code: string; at: number } | undefined;
  for (const [code, visit] of Object.entries(record)) {
    if (!best || visit.last > best.at) best = { code, at: visit.last };
  }
  return best;
});

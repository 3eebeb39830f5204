import * as v from 'valibot';
import { checkWith, createCodec } from '../lib/storage-codec.ts';
import { persisted, storagePrefix } from './engine.ts';

/**
 * Who is learning in this browser, as far as the site needs to know: a random ID made on first use,
 * which seeds the order options show in (src/lib/quiz/display.ts), so neighbours see different orders.
 */
export const learnerSchema = v.object({ id: v.pipe(v.string(), v.regex(/^[a-z0-9]{6,16}$/)) });
export type Learner = v.InferOutput<typeof learnerSchema>;

/** Storage key of the learner record. */
export const learnerKey = `${storagePrefix}learner`;

const codec = createCodec({ version: 1, schema: checkWith(learnerSchema) });

/** A new random learner ID (12 characters of a–z and 0–9). */
export function newLearnerId(random: () => number = Math.random): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  return Array.from({ length: 12 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
}

/** The learner record; empty until `learnerId()` first runs in the browser. */
export const learner = persisted<Learner>(learnerKey, () => ({ id: '' }), codec);

/** This browser's learner ID, made and saved on first use (call in the browser only). */
export function learnerId(): string {
  const current = learner.get().id;
  if (current !== '') return current;
  const id = newLearnerId();
  learner.set({ id });
  return id;
}

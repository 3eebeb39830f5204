import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import * as v from 'valibot';
import { checkWith, createCodec } from '../lib/storage-codec.ts';
import type { Attempt, Response } from '../lib/quiz/index.ts';
import { quarantine, storagePrefix } from './engine.ts';

const ids = v.array(v.string());
const responseSchema = v.variant('type', [
  v.object({ type: v.literal('single'), choice: v.optional(v.string()) }),
  v.object({ type: v.literal('multiple'), choices: ids }),
  v.object({ type: v.literal('truefalse'), value: v.optional(v.boolean()) }),
  v.object({ type: v.literal('blank'), values: v.record(v.string(), v.string()) }),
  v.object({ type: v.literal('ordering'), order: ids }),
  v.object({ type: v.literal('matching'), placements: v.record(v.string(), v.string()) }),
  v.object({ type: v.literal('short'), text: v.string(), checked: v.array(v.number()) }),
]);

/** What a quiz saves: answers, which questions were checked or solved, attempts, and an exam paper. */
export const quizSavedSchema = v.object({
  responses: v.record(v.string(), responseSchema),
  checked: v.record(v.string(), v.boolean()),
  solved: v.record(v.string(), v.boolean()),
  attempts: v.array(v.object({ at: v.number(), points: v.number(), max: v.number() })),
  paper: v.optional(v.object({ seed: v.string(), ids, started: v.number(), limit: v.optional(v.number(), 0), submitted: v.optional(v.number()) })),
});
export type QuizSaved = v.InferOutput<typeof quizSavedSchema> & { responses: Record<string, Response>; attempts: Attempt[] };

/** A quiz with nothing saved. */
export const emptyQuiz = (): QuizSaved => ({ responses: {}, checked: {}, solved: {}, attempts: [] });

const codec = createCodec({ version: 1, schema: checkWith(quizSavedSchema) });
const stores = new Map<string, WritableAtom<QuizSaved>>();

/** The saved state of one quiz (`kefu:v1:quiz:<id>`); other tabs' changes arrive through storage events. */
export function quizStore(id: string): WritableAtom<QuizSaved> {
  let store = stores.get(id);
  if (!store) {
    const key = `${storagePrefix}quiz:${id}`;
    store = persistentAtom<QuizSaved>(key, emptyQuiz(), {
      encode: codec.encode,
      decode(raw) {
        const result = codec.decode(raw);
        if (result.ok) return result.value as QuizSaved;
        quarantine(key, raw, result.reason);
        return emptyQuiz();
      },
    });
    stores.set(id, store);
  }
  return store;
}

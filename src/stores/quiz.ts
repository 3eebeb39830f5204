import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import * as v from 'valibot';
import { checkWith, createCodec } from '../lib/storage-codec.ts';
import type { Attempt, Response } from '../lib/quiz/index.ts';
import { responseSchema } from '../lib/quiz/response-schema.ts';
import { quarantine, storagePrefix } from './engine.ts';
import { studentSchema } from './learner.ts';

const ids = v.array(v.string());

/**
 * When an exam's answers show after 交卷: 'code' once the student types the teacher's 查看码
 * (releaseCode in src/lib/quiz/exam.ts), 'now' at once, for self-study.
 */
export const revealModes = ['code', 'now'] as const;
export type RevealMode = (typeof revealModes)[number];

/** An exam paper as saved: the drawn paper (src/lib/quiz/exam.ts `Paper`) and how it is run. */
const paperSchema = v.object({
  seed: v.string(),
  ids,
  started: v.number(),
  limit: v.optional(v.number(), 0),
  submitted: v.optional(v.number()),
  /** When answers show after 交卷; papers saved before this setting existed show them at once. @default 'now' */
  reveal: v.optional(v.picklist(revealModes)),
  /** The student typed the right 查看码. */
  released: v.optional(v.boolean()),
  /** Who sat it (papers saved before students were named have none, and no answer file). */
  student: v.optional(studentSchema),
});
export type SavedPaper = v.InferOutput<typeof paperSchema>;

/** What a quiz saves: answers, which questions were checked or solved, attempts, and an exam paper. */
export const quizSavedSchema = v.object({
  responses: v.record(v.string(), responseSchema),
  checked: v.record(v.string(), v.boolean()),
  solved: v.record(v.string(), v.boolean()),
  attempts: v.array(v.object({ at: v.number(), points: v.number(), max: v.number() })),
  paper: v.optional(paperSchema),
  /** Times the answers were cleared for a new attempt; it seeds the order options show in. */
  round: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
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

import * as v from 'valibot';

const ids = v.array(v.string());

/** A saved answer to one question (the same shape the quizzes save, src/stores/quiz.ts). */
export const responseSchema = v.variant('type', [
  v.object({ type: v.literal('single'), choice: v.optional(v.string()) }),
  v.object({ type: v.literal('multiple'), choices: ids }),
  v.object({ type: v.literal('truefalse'), value: v.optional(v.boolean()) }),
  v.object({ type: v.literal('blank'), values: v.record(v.string(), v.string()) }),
  v.object({ type: v.literal('ordering'), order: ids }),
  v.object({ type: v.literal('matching'), placements: v.record(v.string(), v.string()) }),
  v.object({ type: v.literal('short'), text: v.string(), checked: v.array(v.number()) }),
]);


import type { WritableAtom } from 'nanostores';
import * as v from 'valibot';
import type { Attempt, Response } from '../lib/quiz/index.ts';
import { responseSchema } from '../lib/quiz/response-schema.ts';
import { defineItemArea } from './area.ts';
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

/** Each quiz's saved state (`kefu:v1:quiz:<id>`). */
export const quizArea = defineItemArea<QuizSaved>({
  name: 'quiz',
  label: '小测',
  version: 1,
  schema: quizSavedSchema as v.GenericSchema<unknown, QuizSaved>,
  empty: emptyQuiz,

});

/** The saved state of one quiz; other tabs' changes arrive through storage events. */
export const quizStore = (id: string): WritableAtom<QuizSaved> => quizArea.store(id);

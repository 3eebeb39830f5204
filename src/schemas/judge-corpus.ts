import { z } from './zod.ts';

/**
 * The labelled corpus of mock-chat replies (tests/judge-corpus/): replies as students and teachers
 * write them, each with the points a teacher gives and why. `npm run judge` measures how often the
 * chat judge agrees. The tuning part may be read while rules are written; the held-out part may not
 * (see tests/judge-corpus/README.md).
 */

/** What kind of reply a case is, so the report can check the targets per kind. */
export const caseKinds = ['good', 'partial', 'trap', 'salad', 'off-topic', 'noisy'] as const;

/** One labelled reply to one talking state. */
export const judgeCaseSchema = z.object({
  /** Talking state of the scenario the reply answers. */
  state: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The reply exactly as typed (one chat message). */
  reply: z.string().min(1),
  /** Points a teacher gives on the state's 0–2 scale: 2 full, 1 partial, 0 none. */
  points: z.number().int().min(0).max(2),
  /**
   * good: a full answer; partial: part of it; trap: a mistake that must earn nothing (a concession
   * the shop can't make, a false promise, a 禁用语, going off-platform, obeying a scammer …);
   * salad: the right words with no sentence; off-topic: does not answer; noisy: typos, Traditional
   * characters, full-width digits or emoji (labelled on its merits).
   */
  kind: z.enum(caseKinds),
  /** One line: why a teacher gives these points. */
  why: z.string().min(4),
});

/** One corpus file: the cases of one scenario. */
export const judgeCorpusFileSchema = z
  .object({
    /** Free text for people; the held-out files say there that they must not be read while tuning. */
    $comment: z.string().optional(),
    scenario: z.string().regex(/^[a-z][a-z0-9-]*$/),
    part: z.enum(['tuning', 'held-out']),
    cases: z.array(judgeCaseSchema).min(1),
  })
  .strict();

export type JudgeCase = z.infer<typeof judgeCaseSchema>;
export type JudgeCorpusFile = z.infer<typeof judgeCorpusFileSchema>;

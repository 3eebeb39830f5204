import { z } from './zod.ts';

/** A scored item (every item is scored 0–100). */
export const gradeItemSchema = z.object({
  /** Stable ID, unique within the scheme. @example 'attitude.attendance' */
  id: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/),
  /** Name as a teacher's spreadsheet header would say it. @example '出勤' */
  name: z.string().min(1),
  /** Weight within its component, in percent. */
  weight: z.number().positive().max(100),
});

/** A weighted component (e.g. 学习态度 30 %) made of items. */
export const gradeComponentSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().min(1),
  /** Weight within the semester grade, in percent. */
  weight: z.number().positive().max(100),
  items: z.array(gradeItemSchema).min(1),
});

/** A grading scheme as data; a school defines its own without code changes. */
export const gradingSchemeSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().min(1),
  /** Where the scheme comes from. */
  source: z.string().min(1),
  /** The formula as the standard writes it. @example '学期成绩 = 学习态度 30% + 学习过程 30% + 学习结果 40%' */
  formula: z.string().min(1),
  components: z.array(gradeComponentSchema).min(1),
  /** Optional bonus points added after weighting (total is still capped at 100). */
  bonus: z.object({ name: z.string(), max: z.number().positive().max(100), note: z.string() }).optional(),
  /** Special outcomes a teacher may mark per student. */
  flags: z.array(z.object({ id: z.string(), name: z.string(), note: z.string() })).default([]),
});

/** Grade bands, highest first; a score falls in the first band whose minimum it reaches. */
export const gradeBandsSchema = z.array(z.object({ name: z.string(), min: z.number().min(0).max(100) })).min(1);

export type GradingSchemeInput = z.input<typeof gradingSchemeSchema>;
export type GradingScheme = z.output<typeof gradingSchemeSchema>;
export type GradeBands = z.output<typeof gradeBandsSchema>;

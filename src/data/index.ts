import { z } from '../schemas/zod.ts';
import { curriculumSchema, outlineEntrySchema } from '../schemas/curriculum.ts';
import { gradeBandsSchema, gradingSchemeSchema } from '../schemas/grading.ts';
import { assertNoProblems, issuesToProblems } from '../lib/content-error.ts';
import { checkCurriculum, checkGradingSchemes, checkOutline, dataFiles } from '../lib/curriculum-checks.ts';
import { curriculumData } from './curriculum.ts';
import { outlineData } from './outline.ts';
import { gradeBandsData, gradingSchemesData } from './grading.ts';

/** Parses a data file with its schema; a failure names the file, the field and the value found. */
function parse<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) assertNoProblems('课程数据不符合格式要求：', issuesToProblems(file, data, result.error.issues));
  return result.data as z.output<S>;
}

/** The validated curriculum standard. */
export const curriculum = parse(curriculumSchema, curriculumData, dataFiles.curriculum);
/** The validated 27-lesson outline. */
export const outline = parse(z.array(outlineEntrySchema), outlineData, dataFiles.outline);
/** The validated grading schemes; the first is the default. */
export const gradingSchemes = parse(z.array(gradingSchemeSchema).min(1), gradingSchemesData, dataFiles.grading);
/** Default grade bands. */
export const gradeBands = parse(gradeBandsSchema, gradeBandsData, dataFiles.grading);

assertNoProblems('课程数据的数量关系不成立：', [
  ...checkCurriculum(curriculum),
  ...checkOutline(curriculum, outline),
  ...checkGradingSchemes(gradingSchemes),
]);

/** Modules whose every requirement must already be covered by a written lesson. */
export const strictCoverageModules: readonly number[] = curriculum.modules.map((m) => m.number);

/** Every requirement ID of the curriculum. */
export const requirementIds: ReadonlySet<string> = new Set(
  curriculum.modules.flatMap((m) => [...m.know, ...m.skill, ...m.attitude].map((r) => r.id)),
);

/** Modules that are assessments (综合考核) with no requirements of their own. */
export const assessmentModules: ReadonlySet<number> = new Set(curriculum.modules.filter((m) => m.kind === 'assessment').map((m) => m.number));

/** Looks a module up by number; throws when it does not exist (a programming error). */
export function getModule(number: number) {
  const found = curriculum.modules.find((m) => m.number === number);
  if (!found) throw new Error(`No module ${number} in the curriculum`);
  return found;
}

export type { Module, Requirement } from '../schemas/curriculum.ts';

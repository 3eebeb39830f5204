import * as v from 'valibot';
import { defineArea } from './area.ts';

/** Longest cell of a pasted or imported class (characters); longer cells are refused at the door. */
export const maxGradeCellLength = 2000;
/** Most students read at once: the class-sized job docs/budgets.md holds the page to (5,000 rows). */
export const maxGradeRows = 5000;
/** Longest 班级 / 课程 name and column mapping entry. */
export const maxGradeNameLength = 80;
const text = v.pipe(v.string(), v.maxLength(maxGradeCellLength));
const percent = v.pipe(v.number(), v.minValue(0), v.maxValue(100), v.finite());

/** Weights a teacher saved for one scheme: component and item weights by id. */
const weightsSchema = v.record(v.pipe(v.string(), v.maxLength(maxGradeNameLength)), percent);

/** The calculator's settings: saved weights per scheme, the chosen scheme, blank rule, decimals and bands. */
export const gradeSettingsSchema = v.object({
  schemeId: v.pipe(v.string(), v.maxLength(maxGradeNameLength)),
  weights: v.record(v.pipe(v.string(), v.maxLength(maxGradeNameLength)), weightsSchema),
  blank: v.picklist(['exclude', 'zero']),
  decimals: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)),
  bands: v.array(v.object({ name: v.pipe(v.string(), v.maxLength(20)), min: percent })),
});
export type GradeSettings = v.InferOutput<typeof gradeSettingsSchema>;

/** The class being worked on, autosaved: headers, raw rows exactly as pasted, and the column mapping. */
export const gradeRosterSchema = v.object({
  className: v.pipe(v.string(), v.maxLength(maxGradeNameLength)),
  courseName: v.pipe(v.string(), v.maxLength(maxGradeNameLength)),
  header: v.array(text),
  rows: v.array(v.array(text)),
  mapping: v.array(v.pipe(v.string(), v.maxLength(maxGradeNameLength))),
  /** The row of the file the header was on (1 when absent): rows are numbered as the file numbers them. */
  headerLine: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(maxGradeRows))),
});
export type GradeRoster = v.InferOutput<typeof gradeRosterSchema>;

/** Settings start empty; the calculator fills in the data's default scheme and bands. */
export const emptySettings = (): GradeSettings => ({ schemeId: '', weights: {}, blank: 'exclude', decimals: 1, bands: [] });
/** An empty class. */
export const emptyRoster = (): GradeRoster => ({ className: '', courseName: '电子商务客户服务', header: [], rows: [], mapping: [] });

/** The calculator's settings in this browser. */
export const gradeSettingsArea = defineArea<GradeSettings>({ name: 'grades-settings', label: '成绩计算器设置', version: 1, schema: gradeSettingsSchema, empty: emptySettings });
/** The class roster in this browser (autosaved on every change). */
export const gradeRosterArea = defineArea<GradeRoster>({ name: 'grades-roster', label: '成绩计算器中的班级成绩', version: 1, schema: gradeRosterSchema, empty: emptyRoster });
export const gradeSettingsKey = gradeSettingsArea.key;
export const gradeRosterKey = gradeRosterArea.key;
export const gradeSettings = gradeSettingsArea.store;
export const gradeRoster = gradeRosterArea.store;

/** Deletes the saved class (the view asks for confirmation first). */
export function clearGradeRoster() {
  gradeRoster.set(emptyRoster());
}

import * as v from 'valibot';
import { checkWith, createCodec } from '../lib/storage-codec.ts';
import { persisted, storagePrefix } from './engine.ts';

const text = v.pipe(v.string(), v.maxLength(2000));
const percent = v.pipe(v.number(), v.minValue(0), v.maxValue(100), v.finite());

/** Weights a teacher saved for one scheme: component and item weights by id. */
const weightsSchema = v.record(v.pipe(v.string(), v.maxLength(80)), percent);

/** The calculator's settings: saved weights per scheme, the chosen scheme, blank rule, decimals and bands. */
export const gradeSettingsSchema = v.object({
  schemeId: v.pipe(v.string(), v.maxLength(80)),
  weights: v.record(v.pipe(v.string(), v.maxLength(80)), weightsSchema),
  blank: v.picklist(['exclude', 'zero']),
  decimals: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)),
  bands: v.array(v.object({ name: v.pipe(v.string(), v.maxLength(20)), min: percent })),
});
export type GradeSettings = v.InferOutput<typeof gradeSettingsSchema>;

/** The class being worked on, autosaved: headers, raw rows exactly as pasted, and the column mapping. */
export const gradeRosterSchema = v.object({
  className: v.pipe(v.string(), v.maxLength(80)),
  courseName: v.pipe(v.string(), v.maxLength(80)),
  header: v.array(text),
  rows: v.array(v.array(text)),
  mapping: v.array(v.pipe(v.string(), v.maxLength(80))),
});
export type GradeRoster = v.InferOutput<typeof gradeRosterSchema>;

/** Storage keys of the grade calculator. */
export const gradeSettingsKey = `${storagePrefix}grades-settings`;
export const gradeRosterKey = `${storagePrefix}grades-roster`;

const settingsCodec = createCodec({ version: 1, schema: checkWith(gradeSettingsSchema) });
const rosterCodec = createCodec({ version: 1, schema: checkWith(gradeRosterSchema) });

/** Settings start empty; the calculator fills in the data's default scheme and bands. */
export const emptySettings = (): GradeSettings => ({ schemeId: '', weights: {}, blank: 'exclude', decimals: 1, bands: [] });
/** An empty class. */
export const emptyRoster = (): GradeRoster => ({ className: '', courseName: '电子商务客户服务', header: [], rows: [], mapping: [] });

/** The calculator's settings in this browser. */
export const gradeSettings = persisted(gradeSettingsKey, emptySettings, settingsCodec);
/** The class roster in this browser (autosaved on every change). */
export const gradeRoster = persisted(gradeRosterKey, emptyRoster, rosterCodec);

/** Deletes the saved class (the view asks for confirmation first). */
export function clearGradeRoster() {
  gradeRoster.set(emptyRoster());
}

import * as v from 'valibot';
import { defineArea } from './area.ts';

/** Longest name list the picker keeps (characters as pasted); the paste box enforces it. */
export const maxNameListLength = 20_000;

/** What the random picker (随机点名) saves: the list as pasted, the option, and who was picked this round. */
export const pickerSavedSchema = v.object({
  /** The name list exactly as the teacher pasted it. */
  text: v.pipe(v.string(), v.maxLength(maxNameListLength)),
  /** 不重复点名: each name once per round. */
  noRepeat: v.boolean(),
  /** Names already picked in this round, in order. */
  drawn: v.array(v.string()),
});
export type PickerSaved = v.InferOutput<typeof pickerSavedSchema>;

/** The picker's list and round, kept in this browser only. */
export const pickerArea = defineArea<PickerSaved>({
  name: 'picker',
  label: '随机点名名单',
  version: 1,
  schema: pickerSavedSchema,
  empty: () => ({ text: '', noRepeat: true, drawn: [] }),
});
export const pickerKey = pickerArea.key;
export const pickerSaved = pickerArea.store;

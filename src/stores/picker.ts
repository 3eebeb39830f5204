import * as v from 'valibot';
import { checkWith, createCodec } from '../lib/storage-codec.ts';
import { persisted, storagePrefix } from './engine.ts';

/** Longest name list the picker keeps (characters as pasted). */
const maxNameListLength = 20_000;

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

/** Storage key of the picker. */
export const pickerKey = `${storagePrefix}picker`;
const codec = createCodec({ version: 1, schema: checkWith(pickerSavedSchema) });
const empty = (): PickerSaved => ({ text: '', noRepeat: true, drawn: [] });

/** The picker's list and round, kept in this browser only. */
export const pickerSaved = persisted<PickerSaved>(pickerKey, empty, codec);

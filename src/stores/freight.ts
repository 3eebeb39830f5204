import * as v from 'valibot';
import { defineArea } from './area.ts';

/** Longest text of one calculator field; the fields enforce it as the learner types. */
export const maxFreightFieldLength = 40;
const text = v.pipe(v.string(), v.maxLength(maxFreightFieldLength));
const parcelSchema = v.object({ id: v.pipe(v.string(), v.maxLength(20)), weight: text, length: text, width: text, height: text });

/** What the freight calculator saves: every field as typed, so nothing is lost on reload. */
export const freightSavedSchema = v.object({
  carrierId: text,
  destination: text,
  /** Volumetric divisor chosen, or 0 for the carrier's default. */
  divisor: v.picklist([0, 5000, 6000, 8000, 12000]),
  parcels: v.pipe(v.array(parcelSchema), v.minLength(1), v.maxLength(20)),
  /** Seed of the current practice order, and the answer typed for it. */
  practice: v.object({ seed: text, answer: text }),
});

/** Saved calculator inputs. */
export type FreightSaved = v.InferOutput<typeof freightSavedSchema>;

/** The starting inputs: the worked example of lesson 6.1. */
export const freightStart = (): FreightSaved => ({
  carrierId: 'tongda-style',
  destination: '江苏',
  divisor: 0,
  parcels: [{ id: 'p1', weight: '2.3', length: '40', width: '30', height: '20' }],
  practice: { seed: '', answer: '' },
});

/** The calculator's inputs; other tabs' edits arrive through storage events. */
export const freightArea = defineArea<FreightSaved>({ name: 'freight', label: '运费计算器', version: 1, schema: freightSavedSchema, empty: freightStart });
export const freightKey = freightArea.key;
export const freightInputs = freightArea.store;

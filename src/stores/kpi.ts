import { persistentAtom } from '@nanostores/persistent';
import * as v from 'valibot';
import { emptyInputs, type KpiInputs } from '../lib/kpi/index.ts';
import { checkWith, createCodec } from '../lib/storage-codec.ts';
import { quarantine, storagePrefix } from './engine.ts';

const field = v.pipe(v.string(), v.maxLength(2000));

/** What the KPI calculator saves as the learner types: the numbers, the pasted log and the agent names. */
export const kpiSavedSchema = v.object({
  inputs: v.object({
    inquiries: field,
    orders: field,
    sales: field,
    buyers: field,
    customerMessages: field,
    agentMessages: field,
    firstWaits: field,
    replyTimes: field,
  }),
  log: v.pipe(v.string(), v.maxLength(200_000)),
  agentNames: field,
});

/** The calculator's saved inputs. */
export type KpiSaved = { inputs: KpiInputs; log: string; agentNames: string };

/** Storage key of the calculator. */
export const kpiKey = `${storagePrefix}kpi`;
const codec = createCodec({ version: 1, schema: checkWith(kpiSavedSchema) });
const empty = (): KpiSaved => ({ inputs: emptyInputs(), log: '', agentNames: '' });

/** The calculator's inputs; saved on every change so nothing typed is lost. */
export const kpiSaved = persistentAtom<KpiSaved>(kpiKey, empty(), {
  encode: codec.encode,
  decode(raw) {
    const result = codec.decode(raw);
    if (result.ok) return result.value;
    quarantine(kpiKey, raw, result.reason);
    return empty();
  },
});

/** Updates part of the saved inputs. */
export function saveKpi(change: Partial<Omit<KpiSaved, 'inputs'>> & { inputs?: Partial<KpiInputs> }) {
  const current = kpiSaved.get();
  kpiSaved.set({ ...current, ...change, inputs: { ...current.inputs, ...change.inputs } });
}

/** Clears every input (the view asks for confirmation first). */
export function clearKpi() {
  kpiSaved.set(empty());
}

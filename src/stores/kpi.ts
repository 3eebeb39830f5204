import * as v from 'valibot';
import { emptyInputs, type KpiInputs } from '../lib/kpi/index.ts';
import { defineArea } from './area.ts';

/** Longest number list or name list field (characters); the fields enforce it as the learner types. */
export const maxKpiFieldLength = 2000;
/** Longest pasted chat log (characters). */
export const maxKpiLogLength = 200_000;
const field = v.pipe(v.string(), v.maxLength(maxKpiFieldLength));

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
  log: v.pipe(v.string(), v.maxLength(maxKpiLogLength)),
  agentNames: field,
});

/** The calculator's saved inputs. */
export type KpiSaved = { inputs: KpiInputs; log: string; agentNames: string };

const empty = (): KpiSaved => ({ inputs: emptyInputs(), log: '', agentNames: '' });

/** The calculator's inputs; saved on every change so nothing typed is lost. */
export const kpiArea = defineArea<KpiSaved>({ name: 'kpi', label: '客服 KPI 计算器', version: 1, schema: kpiSavedSchema, empty });
export const kpiKey = kpiArea.key;
export const kpiSaved = kpiArea.store;

/** Updates part of the saved inputs. */
export function saveKpi(change: Partial<Omit<KpiSaved, 'inputs'>> & { inputs?: Partial<KpiInputs> }) {
  const current = kpiSaved.get();
  kpiSaved.set({ ...current, ...change, inputs: { ...current.inputs, ...change.inputs } });
}

/** Clears every input (the view asks for confirmation first). */
export function clearKpi() {
  kpiSaved.set(empty());
}

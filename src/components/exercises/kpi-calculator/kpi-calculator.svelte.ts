import { analyseLog, kpisFromInputs, kpisFromLog, type KpiInputs } from '../../../lib/kpi/index.ts';
import { clearKpi, kpiSaved, saveKpi, type KpiSaved } from '../../../stores/kpi.ts';

/** Lesson 1.2's 小组合计 row, for the 填入例题 button. */
export const LESSON_EXAMPLE: KpiInputs = {
  inquiries: '500',
  orders: '80',
  sales: '14320',
  buyers: '',
  customerMessages: '3250',
  agentMessages: '3460',
  firstWaits: '200×10 180×12 120×16',
  replyTimes: '1500×18 1260×22 700×30',
};

/** A short workbench log for the 填入示例 button (教学示例). */
export const LOG_EXAMPLE = [
  '2026-03-05 10:02:11 顾客小王：在吗',
  '10:02:15 客服小悦：亲，在的～请问有什么可以帮您？',
  '10:02:40 顾客小王：这款养生壶有白色吗',
  '10:02:52 客服小悦：有的亲，白色和灰色都有现货',
  '10:03:05 客服小悦：今天下单，48 小时内发货',
  '10:03:30 顾客小李：发什么快递',
  '10:03:48 客服小悦：默认中通快递哦',
].join('\n');

/** The calculator's view state: the saved inputs and everything worked out from them. */
export class KpiCalculatorState {
  saved = $state<KpiSaved>(kpiSaved.get());
  readonly numbers = $derived(kpisFromInputs(this.saved.inputs));
  readonly log = $derived(this.saved.log.trim() === '' ? undefined : analyseLog(this.saved.log, { agentNames: this.saved.agentNames }));
  readonly logKpis = $derived(this.log ? kpisFromLog(this.log) : []);
  readonly numbersBlank = $derived(Object.values(this.saved.inputs).every((value) => value.trim() === ''));

  /** Follows the saved inputs (and other tabs); returns the unsubscribe function. */
  start() {
    return kpiSaved.subscribe((value) => (this.saved = value));
  }

  setInput(key: keyof KpiInputs, value: string) {
    saveKpi({ inputs: { [key]: value } });
  }

  setLog(value: string) {
    saveKpi({ log: value });
  }

  setAgentNames(value: string) {
    saveKpi({ agentNames: value });
  }

  fillExample() {
    saveKpi({ inputs: LESSON_EXAMPLE });
  }

  fillLogExample() {
    saveKpi({ log: LOG_EXAMPLE, agentNames: '' });
  }

  clear() {
    clearKpi();
  }
}

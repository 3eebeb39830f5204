import { aspectIds, aspects, type AspectId } from './labels.ts';
import { bandLabels, type RateBand } from './rate.ts';

/** Which self-check items the learner ticked. */
export type SelfCheckTicks = Partial<Record<AspectId, boolean>>;

/** What the self-check says back to the learner. */
export interface SelfCheckSummary {
  /** Items ticked. */
  done: number;
  /** Items in the list. */
  total: number;
  /** One sentence: all done, or which items still need work. */
  message: string;
  /** Set when the learner ticked 语速 but the measured rate says otherwise. */
  paceWarning?: string;
}

/** Sums up a self-check and compares the learner's 语速 tick with the last measured band. */
export function selfCheckSummary(ticks: SelfCheckTicks, lastBand?: RateBand): SelfCheckSummary {
  const missing = aspectIds.filter((id) => !ticks[id]);
  const total = aspectIds.length;
  const done = total - missing.length;
  const message =
    done === 0
      ? '听一遍自己的录音，逐项对照，做到了就勾选。'
      : missing.length === 0
        ? `${total} 项全部做到了。换一个话术继续练习，或请同学扮演顾客再演练一次。`
        : `已做到 ${done} / ${total} 项。还需改进：${missing.map((id) => aspects[id].label).join('、')}。对照每段的提示再读一遍。`;
  const paceWarning =
    ticks.pace && lastBand && lastBand !== 'fitting'
      ? `你勾选了“语速”，但最近一次测得的语速${bandLabels[lastBand]}。请再听一遍录音，确认后再勾选。`
      : undefined;
  return paceWarning ? { done, total, message, paceWarning } : { done, total, message };
}

import { isEndState, type Scenario } from './types.ts';

/**
 * The lines of the 量化考核表 without the scoring: what the blank printed sheet and the report's
 * headings need (ScoreSheet.svelte), kept apart from the scoring (metrics.ts), which loads only when a
 * conversation ends.
 */

/** One line of the scoring rubric. */
export interface RubricLine {
  /** Stable ID. */
  id: 'polite' | 'ratio' | 'answered' | 'knowledge' | 'forbidden' | 'outcome' | 'timeliness';
  /** Chinese label as on the 量化考核表. */
  label: string;
  /** Points earned. */
  points: number;
  /** Points available. */
  max: number;
  /** How the points came about, in Chinese. */
  note: string;
}

/** Points per rubric line; they add up to 100. */
export const RUBRIC_MAX = { polite: 10, ratio: 5, answered: 20, knowledge: 20, forbidden: 15, outcome: 15, timeliness: 15 } as const;

const AFTER_SALES = new Set(['shipping', 'return', 'review', 'dispute', 'scam']);

/** '解决问题' for after-sales and scam scenarios (and any scenario that cannot end in 成交), else '促成交易'. */
export function outcomeLabel(scenario: Scenario): '促成交易' | '解决问题' {
  const canSell = Object.values(scenario.states).some((state) => isEndState(state) && state.end === '成交');
  return AFTER_SALES.has(scenario.kind) || !canSell ? '解决问题' : '促成交易';
}

/** The criteria of a scenario's 量化考核表: ID, label and points available, in order. */
export function rubricCriteria(scenario: Scenario): { id: RubricLine['id']; label: string; max: number }[] {
  return [
    { id: 'polite', label: '服务礼仪', max: RUBRIC_MAX.polite },
    { id: 'ratio', label: '问答比', max: RUBRIC_MAX.ratio },
    { id: 'answered', label: '回应全部问题', max: RUBRIC_MAX.answered },
    { id: 'knowledge', label: '专业知识', max: RUBRIC_MAX.knowledge },
    { id: 'forbidden', label: '禁用语', max: RUBRIC_MAX.forbidden },
    { id: 'outcome', label: outcomeLabel(scenario), max: RUBRIC_MAX.outcome },
    { id: 'timeliness', label: '时效', max: RUBRIC_MAX.timeliness },
  ];
}

import { formatScore } from './round.ts';
import type { ScoreResult } from './compute.ts';

const pct = (fraction: number) => `${formatScore(fraction * 100, 1).replace(/\.0$/, '')}%`;

/** The formula with the numbers filled in, e.g. “学习态度 85.0 × 30% + … = 83.6”. */
export function formulaWithNumbers(result: ScoreResult, decimals = 1): string {
  if (result.total === undefined) return '尚未填写任何分数';
  const parts = result.components
    .filter((c) => c.score !== undefined)
    .map((c) => `${c.name} ${formatScore(c.score!, decimals)} × ${pct(c.weight)}`);
  const bonus = result.bonus > 0 ? ` + 加分 ${formatScore(result.bonus, decimals)}` : '';
  const capped = result.weighted! + result.bonus > 100 ? '（超过 100 分按 100 分计）' : '';
  return `${parts.join(' + ')}${bonus} = ${formatScore(result.total, decimals)}${capped}`;
}

/** One component's line: each item score × its share of the component. */
export function componentFormula(component: ScoreResult['components'][number], decimals = 1): string {
  const items = component.items
    .filter((i) => i.score !== undefined && i.weight > 0)
    .map((i) => `${i.name} ${formatScore(i.score!, decimals)} × ${pct(i.weight)}`);
  const score = component.score === undefined ? '（全部空白，不计入）' : formatScore(component.score, decimals);
  return `${component.name} = ${items.length ? items.join(' + ') : '—'} = ${score}`;
}

import type { GradingScheme } from './scheme.ts';

/** How blank items count: left out with the other weights renormalised, or as 0. */
export type BlankRule = 'exclude' | 'zero';

/** One student's item scores by item id; `undefined` is blank. */
export type ItemScores = Record<string, number | undefined>;

/** A component's share of the result. */
export interface ComponentResult {
  id: string;
  name: string;
  /** Component score 0–100, `undefined` when every item is blank and blanks are excluded. */
  score: number | undefined;
  /** Weight actually used, as a fraction of 1 (after renormalisation). */
  weight: number;
  items: { id: string; name: string; score: number | undefined; weight: number }[];
}

/** The full-precision result of one student. */
export interface ScoreResult {
  /** 0–100 at full precision; `undefined` when nothing was scored. */
  total: number | undefined;
  /** Weighted score before the bonus. */
  weighted: number | undefined;
  bonus: number;
  components: ComponentResult[];
}

/** Fractions proportional to `weights`, counting only entries where `present` is true; they sum to 1 (or all 0). */
export function renormalise(weights: number[], present: boolean[]): number[] {
  const sum = weights.reduce((s, w, i) => s + (present[i] ? w : 0), 0);
  return weights.map((w, i) => (present[i] && sum > 0 ? w / sum : 0));
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Computes one student's grade at full precision. Scores must already be validated (0–100). */
export function computeScore(scheme: GradingScheme, scores: ItemScores, blank: BlankRule, bonus = 0): ScoreResult {
  // Plain loops: this runs once per student, 5,000 times for a large roster.
  const components: ComponentResult[] = [];
  let compWeightSum = 0;
  for (const c of scheme.components) {
    const items: ComponentResult['items'] = [];
    let itemWeightSum = 0;
    for (const i of c.items) {
      const raw = scores[i.id];
      const score = raw === undefined && blank === 'zero' ? 0 : raw;
      if (score !== undefined) itemWeightSum += i.weight;
      items.push({ id: i.id, name: i.name, score, weight: i.weight });
    }
    let sum = 0;
    for (const item of items) {
      item.weight = item.score !== undefined && itemWeightSum > 0 ? item.weight / itemWeightSum : 0;
      sum += (item.score ?? 0) * item.weight;
    }
    const score = itemWeightSum > 0 ? sum : undefined;
    if (score !== undefined) compWeightSum += c.weight;
    components.push({ id: c.id, name: c.name, score, weight: c.weight, items });
  }
  let weighted: number | undefined;
  for (const c of components) {
    c.weight = c.score !== undefined && compWeightSum > 0 ? c.weight / compWeightSum : 0;
    if (c.score !== undefined) weighted = (weighted ?? 0) + c.score * c.weight;
  }
  const extra = scheme.bonus ? clamp(bonus, 0, scheme.bonus.max) : 0;
  const total = weighted === undefined ? undefined : clamp(weighted + extra, 0, 100);
  return { total, weighted, bonus: extra, components };
}

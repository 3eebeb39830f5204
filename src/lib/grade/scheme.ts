import type { GradeBands, GradingScheme } from '../../schemas/grading.ts';

export type { GradeBands, GradingScheme };

/** One scored item with the component it belongs to. */
export interface FlatItem {
  id: string;
  name: string;
  componentId: string;
  componentName: string;
  /** Weight within the component, percent. */
  itemWeight: number;
  /** Weight within the component, percent. */
  componentWeight: number;
}

/** Every item of a scheme in order, with its component. */
export function flattenItems(scheme: GradingScheme): FlatItem[] {
  return scheme.components.flatMap((c) =>
    c.items.map((i) => ({ id: i.id, name: i.name, componentId: c.id, componentName: c.name, itemWeight: i.weight, componentWeight: c.weight })),
  );
}

/** A weight total that is not 100 %, for the page to show. */
export interface WeightProblem {
  /** `undefined` for the component weights themselves. */
  componentId?: string;
  label: string;
  total: number;
}

const near100 = (total: number) => Math.abs(total - 100) < 1e-9;

/** Weight totals that do not reach 100 %; an empty list means the scheme may compute. */
export function weightProblems(scheme: GradingScheme): WeightProblem[] {
  const problems: WeightProblem[] = [];
  const top = scheme.components.reduce((s, c) => s + c.weight, 0);
  if (!near100(top)) problems.push({ label: '各组成部分权重之和', total: top });
  for (const c of scheme.components) {
    const total = c.items.reduce((s, i) => s + i.weight, 0);
    if (!near100(total)) problems.push({ componentId: c.id, label: `“${c.name}”内各项权重之和`, total });
  }
  return problems;
}

/** The scheme with one weight changed (component id or item id); the original is left as is. */
export function withWeight(scheme: GradingScheme, id: string, weight: number): GradingScheme {
  return {
    ...scheme,
    components: scheme.components.map((c) => ({
      ...c,
      weight: c.id === id ? weight : c.weight,
      items: c.items.map((i) => (i.id === id ? { ...i, weight } : i)),
    })),
  };
}

/** The scheme with saved weights (component or item id → percent) applied; unknown ids are ignored. */
export function applyWeights(scheme: GradingScheme, weights: Record<string, number>): GradingScheme {
  return Object.entries(weights).reduce((s, [id, w]) => withWeight(s, id, w), scheme);
}

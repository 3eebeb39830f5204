import type { GradeBands } from './scheme.ts';

/** The band a full-precision score falls in: the first (highest) whose minimum it reaches. */
export function bandOf(score: number, bands: GradeBands): string {
  let best: GradeBands[number] | undefined;
  let lowest = bands[0]!;
  for (const b of bands) {
    if (score >= b.min && (!best || b.min > best.min)) best = b;
    if (b.min < lowest.min) lowest = b;
  }
  return (best ?? lowest).name;
}

/** Minimum score that passes: the lowest band minimum above 0. */
export function passMark(bands: GradeBands): number {
  const positive = bands.map((b) => b.min).filter((m) => m > 0);
  return positive.length ? Math.min(...positive) : 0;
}

/** Band problems in Chinese (duplicate names, no band starting at 0); empty when usable. */
export function bandProblems(bands: GradeBands): string[] {
  const problems: string[] = [];
  if (!bands.some((b) => b.min === 0)) problems.push('必须有一个等级的下限为 0 分');
  if (new Set(bands.map((b) => b.name)).size !== bands.length) problems.push('等级名称不能重复');
  if (bands.some((b) => !(b.min >= 0 && b.min <= 100))) problems.push('等级下限须在 0–100 之间');
  return problems;
}

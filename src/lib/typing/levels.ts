import { shownAccuracy, shownSpeed } from './metrics.ts';

/** Speed bands of common typing-test practice (docs/domain.md; guidance, not grades). */
export const typingLevels = [
  { id: 'beginner', label: '初级', min: 20, max: 40 },
  { id: 'intermediate', label: '中级', min: 41, max: 70 },
  { id: 'advanced', label: '高级', min: 71, max: 120 },
] as const;

/** A speed band's ID, or `below` under 20 字/分. */
export type TypingLevelId = (typeof typingLevels)[number]['id'] | 'below';

/** The hiring line and the advanced target. */
export const typingTargets = {
  /** 60 字/分: the line job ads for customer service commonly ask for. */
  hiring: { speed: 60, label: '达到招聘常见要求（60 字/分）' },
  /** 80 字/分 at ≥ 95 % accuracy: the advanced target. */
  advanced: { speed: 80, accuracy: 95, label: '达到进阶目标（80 字/分，准确率 ≥ 95%）' },
} as const;

/** The band of a speed, judged on the shown (whole) value; above 120 stays 高级. */
export function levelOf(speed: number): { id: TypingLevelId; label: string } {
  const shown = shownSpeed(speed);
  if (shown < typingLevels[0].min) return { id: 'below', label: '未到初级' };
  const level = typingLevels.find((l) => shown <= l.max) ?? typingLevels[typingLevels.length - 1];
  return { id: level.id, label: level.label };
}

/** Which targets a result meets, judged on the shown values so a badge never contradicts the numbers. */
export function targetsMet(speed: number, accuracy: number): { hiring: boolean; advanced: boolean } {
  const shown = shownSpeed(speed);
  return {
    hiring: shown >= typingTargets.hiring.speed,
    advanced: shown >= typingTargets.advanced.speed && shownAccuracy(accuracy) >= typingTargets.advanced.accuracy,
  };
}

import { banks } from './questions/index.ts';
import { forms } from './forms/index.ts';
import { scenarios } from './scenarios/index.ts';
import { callScripts } from './call-scripts/index.ts';

/** The kinds of exercise that can check a requirement, as the coverage matrix names them. */
export const exerciseKinds = ['题目', '表格', '模拟实战', '通话话术'] as const;
export type ExerciseKind = (typeof exerciseKinds)[number];

/** One exercise and the requirement IDs it checks. */
export interface ExerciseRef {
  kind: ExerciseKind;
  id: string;
  requirements: readonly string[];
}

/** Every exercise of the course: questions, forms, mock-chat scenarios and call scripts. */
export const exercises: readonly ExerciseRef[] = [
  ...banks.flatMap((bank) => bank.questions.map((q) => ({ kind: '题目' as const, id: q.id, requirements: q.requirements }))),
  ...Object.values(forms).map((f) => ({ kind: '表格' as const, id: f.id, requirements: f.requirements })),
  ...scenarios.map((s) => ({ kind: '模拟实战' as const, id: s.id, requirements: s.requirements })),
  ...callScripts.map((s) => ({ kind: '通话话术' as const, id: s.id, requirements: s.requirements })),
];

/** The exercises that check each requirement ID. */
export function exercisesByRequirement(list: readonly ExerciseRef[] = exercises): Map<string, ExerciseRef[]> {
  const map = new Map<string, ExerciseRef[]>();
  for (const exercise of list) {
    for (const id of exercise.requirements) map.set(id, [...(map.get(id) ?? []), exercise]);
  }
  return map;
}

/** “3 道题目、1 张表格” — how many exercises of each kind check a requirement. */
export function describeExercises(list: readonly ExerciseRef[]): string {
  const units: Record<ExerciseKind, string> = { 题目: '道题目', 表格: '张表格', 模拟实战: '个模拟实战', 通话话术: '套通话话术' };
  return exerciseKinds
    .map((kind) => [kind, list.filter((e) => e.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${units[kind]}`)
    .join('、');
}

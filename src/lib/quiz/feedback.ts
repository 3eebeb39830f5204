import type { Grade } from './types.ts';
import { formatPoints } from './history.ts';

/** The headline a learner sees after checking an answer. */
export function verdictText(grade: Grade): string {
  switch (grade.status) {
    case 'correct': return `回答正确，得 ${formatPoints(grade.points)} 分。`;
    case 'partial': return `部分正确，得 ${formatPoints(grade.points)} / ${formatPoints(grade.max)} 分。可以再试一次，或查看答案。`;
    case 'incorrect': return '回答不正确，再想想，或查看答案。';
    case 'self': return `自评得 ${formatPoints(grade.points)} / ${formatPoints(grade.max)} 分。`;
  }
}

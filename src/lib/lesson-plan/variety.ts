import type { Problem } from '../content-error.ts';
import type { Segment } from '../../schemas/lesson.ts';

/** What the variety check reads of a lesson. */
export interface PlanFacts {
  /** Repository path named in the message. */
  file: string;
  /** Lesson code, named in the message. */
  code: string;
  /** The 详案 fields of each segment. */
  segments: readonly Pick<Segment, 'name' | 'teacher' | 'students' | 'purpose'>[];
}

const parts = [
  ['teacher', '教师活动'],
  ['students', '学生活动'],
  ['purpose', '设计意图'],
] as const;

/**
 * Finds 详案 text copied between lessons: two lessons with the same 教师活动 list, 学生活动 list or
 * 设计意图 for the same segment. Each lesson's plan is to be written from its own content.
 */
export function checkPlanVariety(lessons: readonly PlanFacts[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, PlanFacts>();
  for (const lesson of lessons) {
    for (const segment of lesson.segments) {
      for (const [key, label] of parts) {
        const fingerprint = JSON.stringify([segment.name, key, segment[key]]);
        const twin = seen.get(fingerprint);
        if (twin) {
          problems.push({ file: lesson.file, message: `「${segment.name}」环节的${label}与第 ${twin.code} 课（${twin.file}）完全相同；请按本课内容写` });
        } else {
          seen.set(fingerprint, lesson);
        }
      }
    }
  }
  return problems;
}

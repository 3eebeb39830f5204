import { getCollection, type CollectionEntry } from 'astro:content';
import { assertNoProblems } from '../lib/content-error.ts';
import { checkExerciseCoverage, checkLessons, checkMembership } from '../lib/curriculum-checks.ts';
import { checkPlanVariety } from '../lib/lesson-plan/variety.ts';
import { lessonSlug } from '../lib/routes.ts';
import { curriculum, outline, strictCoverageModules } from './index.ts';
import { exercisesByRequirement } from './exercises.ts';
import { declaredMembers, questionMembership } from './members.ts';

export type Lesson = CollectionEntry<'lessons'>;

const lessonFile = (lesson: Lesson) => `src/content/lessons/${lesson.id}.mdx`;

let cache: Promise<Lesson[]> | undefined;

/**
 * All written lessons in outline order, checked against the curriculum. A lesson that disagrees with
 * the outline, a file name that does not match its code, missing coverage (by lessons or by
 * exercises), or an exercise declared for a lesson that is not written stops the build here.
 */
export function getLessons(): Promise<Lesson[]> {
  cache ??= (async () => {
    const lessons = await getCollection('lessons');
    const problems = lessons
      .filter((l) => l.id !== lessonSlug(l.data.code))
      .map((l) => ({
        file: lessonFile(l),
        message: `文件名与课次编号 code “${l.data.code}” 不一致；应命名为 ${lessonSlug(l.data.code)}.mdx`,
      }));
    problems.push(
      ...checkLessons(
        curriculum,
        outline,
        lessons.map((l) => ({ file: lessonFile(l), ...l.data })),
        { strictCoverageModules },
      ),
    );
    problems.push(...checkPlanVariety(lessons.map((l) => ({ file: lessonFile(l), ...l.data }))));
    assertNoProblems('课次内容与课程标准不一致：', problems);
    assertNoProblems('Lesson membership declared in src/data does not match the written lessons:', checkMembership(lessons.map((l) => l.data), declaredMembers, questionMembership));
    assertNoProblems('练习没有覆盖课程标准：', checkExerciseCoverage(curriculum, new Set(exercisesByRequirement().keys()), strictCoverageModules));
    const order = (l: Lesson) => outline.findIndex((e) => e.code === l.data.code);
    return lessons.sort((a, b) => order(a) - order(b));
  })();
  return cache;
}

/** Outline entries of a module, each with its written lesson when there is one. */
export async function getModuleLessons(module: number) {
  const lessons = await getLessons();
  return outline
    .filter((e) => e.module === module)
    .map((entry) => ({ entry, lesson: lessons.find((l) => l.data.code === entry.code) }));
}

/** Lessons that cover each requirement ID. */
export async function getCoverage(): Promise<Map<string, Lesson[]>> {
  const coverage = new Map<string, Lesson[]>();
  for (const lesson of await getLessons()) {
    for (const id of lesson.data.covers) coverage.set(id, [...(coverage.get(id) ?? []), lesson]);
  }
  return coverage;
}

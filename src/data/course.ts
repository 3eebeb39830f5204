import { getCollection, type CollectionEntry } from 'astro:content';
import { assertNoProblems } from '../lib/content-error.ts';
import { checkExerciseCoverage, checkLessons, checkMembership } from '../lib/curriculum-checks.ts';
import { checkPlanVariety } from '../lib/lesson-plan/variety.ts';
import { lessonSlug } from '../lib/routes.ts';
import { curriculum, getModule, outline, strictCoverageModules } from './index.ts';
import { routes } from './routes.ts';
import { moduleLabel } from '../lib/labels.ts';
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

/** Static paths of a page per lesson (/lessons/…, /plans/…, /plans/…/guide/): the slug, with the lesson as a prop. */
export async function lessonPaths() {
  return (await getLessons()).map((lesson) => ({ params: { slug: lessonSlug(lesson.data.code) }, props: { lesson } }));
}

/** Breadcrumb of a page that belongs to a lesson (教案, 学案): home, module, lesson, then `last`. */
export function lessonCrumbs(code: string, module: number, last: string) {
  return [
    { label: '课程首页', href: routes.home },
    { label: moduleLabel(getModule(module)), href: routes.module(module) },
    { label: `第 ${code} 课`, href: routes.lesson(code) },
    { label: last },
  ];
}

import { lessonExercises, type ModuleCatalog } from '../lib/progress/catalog.ts';
import { moduleLabel } from '../lib/labels.ts';
import { examId } from '../lib/quiz/exam.ts';
import { curriculum } from './index.ts';
import { getLessons } from './course.ts';
import { routes } from './routes.ts';
import { bankOf } from './questions/index.ts';
import { declaredExercises } from './members.ts';

/**
 * What each written lesson offers to do, module by module, from the declarations in src/data (never
 * from the MDX); a module's 单元测验 (or the final exam of the 综合考核) is named by `examId`.
 */
export async function getProgressCatalog(): Promise<ModuleCatalog[]> {
  const lessons = await getLessons();
  return curriculum.modules
    .map((module) => ({
      number: module.number,
      label: moduleLabel(module),
      examId: module.kind === 'assessment' ? examId('final') : bankOf(module.number) ? examId(module.number) : undefined,
      lessons: lessons
        .filter((l) => l.data.module === module.number)
        .map(({ data }) => ({ code: data.code, title: data.title, href: routes.lesson(data.code), ...lessonExercises(data.code, declaredExercises) })),
    }))
    .filter((module) => module.lessons.length > 0);
}

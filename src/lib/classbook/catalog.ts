import type { DeclaredExercises, ModuleCatalog } from '../progress/catalog.ts';

/**
 * What the course offers for the class page (/teacher/class/) to read hand-ins against: modules, their
 * lessons with each quiz's questions, forms and mock chats, and the exams. Built at build time from
 * src/data (src/pages/teacher/class.astro) and passed to the page as a plain object.
 */

export interface CatalogExercise {
  id: string;
  title: string;
}

export interface CatalogQuiz extends CatalogExercise {
  /** Question IDs in page order. */
  questions: string[];
}

export interface CatalogLesson {
  code: string;
  title: string;
  module: number;
  quizzes: CatalogQuiz[];
  forms: CatalogExercise[];
  chats: CatalogExercise[];
}

export interface CatalogExam {
  /** e.g. 'exam-m1', 'exam-final'. */
  id: string;
  title: string;
  module: number;
}

export interface ClassCatalog {
  modules: { number: number; label: string }[];
  lessons: CatalogLesson[];
  exams: CatalogExam[];
}

/** The class catalog from the progress catalog (src/data/progress-catalog.ts) and the declared exercises (src/data/members.ts). */
export function buildClassCatalog(modules: readonly ModuleCatalog[], declared: DeclaredExercises): ClassCatalog {
  const questionsOf = new Map(declared.quizzes.map((q) => [q.id, [...q.questions]]));
  return {
    modules: modules.map((m) => ({ number: m.number, label: m.label })),
    lessons: modules.flatMap((m) =>
      m.lessons.map((l) => ({
        code: l.code,
        title: l.title,
        module: m.number,
        quizzes: l.quizzes.map((q) => ({ id: q.id, title: q.title, questions: questionsOf.get(q.id) ?? [] })),
        forms: l.forms.map(({ id, title }) => ({ id, title })),
        chats: l.chats.map(({ id, title }) => ({ id, title })),
      })),
    ),
    exams: modules.flatMap((m) => (m.examId ? [{ id: m.examId, title: m.examId === 'exam-final' ? '期末模拟考试' : `${m.label} 单元测验`, module: m.number }] : [])),
  };
}

/** The lesson of a code, or undefined. */
export const catalogLesson = (catalog: ClassCatalog, code: string) => catalog.lessons.find((l) => l.code === code);
/** The exam of an ID, or undefined. */
export const catalogExam = (catalog: ClassCatalog, id: string) => catalog.exams.find((e) => e.id === id);

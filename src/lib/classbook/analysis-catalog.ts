import type { FormExercise } from '../../schemas/form.ts';
import type { Question } from '../quiz/types.ts';
import type { AnalysisCatalog, AnalysisQuiz } from './analysis-input.ts';
import type { ClassCatalog } from './catalog.ts';
import { lessonItem } from './types.ts';

/**
 * The catalog of item analysis and marking (src/lib/classbook/analysis-input.ts), as the file the
 * class page loads when the teacher opens 批改与分析 (src/pages/teacher/class-analysis.json.ts): each
 * question once, quizzes and exams by question ID (an exam names every question its papers draw
 * from), and each lesson form with its definition.
 */
export interface AnalysisCatalogFile {
  questions: Record<string, Question>;
  quizzes: (Omit<AnalysisQuiz, 'questions'> & { questions: string[] })[];
  forms: AnalysisCatalog['forms'];
}

/** The file from the class catalog; `examPool` gives the questions an exam's papers draw from. */
export function buildAnalysisCatalog(
  catalog: ClassCatalog,
  question: (id: string) => Question | undefined,
  examPool: (exam: ClassCatalog['exams'][number]) => readonly Question[],
  form: (id: string) => FormExercise | undefined,
): AnalysisCatalogFile {
  const questions: Record<string, Question> = {};
  const keep = (list: readonly (Question | undefined)[]) =>
    list.flatMap((q) => {
      if (!q) return [];
      questions[q.id] = q;
      return [q.id];
    });
  const quizzes = [
    ...catalog.lessons.flatMap((lesson) => lesson.quizzes.map((quiz) => ({ item: lessonItem(lesson.code), id: quiz.id, title: `${lesson.code} ${quiz.title}`, questions: keep(quiz.questions.map(question)) }))),
    ...catalog.exams.map((exam) => ({ item: exam.id, id: exam.id, title: exam.title, questions: keep(examPool(exam)) })),
  ];
  const forms = catalog.lessons.flatMap((lesson) =>
    lesson.forms.flatMap((f) => {
      const definition = form(f.id);
      return definition ? [{ item: lessonItem(lesson.code), id: definition.id, title: `${lesson.code} ${definition.title}`, form: definition }] : [];
    }),
  );
  return { questions, quizzes, forms };
}

/** The catalog the views take, from the file. */
export const expandAnalysisCatalog = (file: AnalysisCatalogFile): AnalysisCatalog => ({
  quizzes: file.quizzes.map((quiz) => ({ ...quiz, questions: quiz.questions.flatMap((id) => (file.questions[id] ? [file.questions[id]] : [])) })),
  forms: file.forms,
});

import { lessonQuizSchema, type LessonQuiz, type LessonQuizInput } from '../../schemas/quiz.ts';
import type { OutlineEntry } from '../../schemas/curriculum.ts';
import { assertNoProblems, parseEntry, type Problem } from '../../lib/content-error.ts';
import { outline } from '../index.ts';
import { allQuestions } from '../questions/index.ts';
import { lessonQuizData } from './lessons.ts';

/** Repository path of the quiz declarations, named in error messages. */
export const lessonQuizFile = 'src/data/quizzes/lessons.ts';

/**
 * Validates the quiz declarations: each has the schema's shape, a unique ID, a lesson in the outline,
 * questions that exist in that lesson's module bank, and carries answers only from another quiz of its lesson. Returns the
 * problems instead of throwing, so tests can check each rule.
 */
export function checkLessonQuizzes(
  list: readonly LessonQuizInput[],
  context: { file: string; outline: readonly OutlineEntry[]; questionIds: ReadonlySet<string> },
): { quizzes: LessonQuiz[]; problems: Problem[] } {
  const { file } = context;
  const quizzes: LessonQuiz[] = [];
  const problems: Problem[] = [];
  for (const data of list) {
    const quiz = parseEntry(lessonQuizSchema, data, file, data.id ?? '（无编号）', problems);
    if (!quiz) continue;
    if (quizzes.some((q) => q.id === quiz.id)) problems.push({ file, message: `quiz ID "${quiz.id}" is declared twice; each quiz needs its own ID` });
    if (!context.outline.some((entry) => entry.code === quiz.lesson)) {
      problems.push({ file, message: `quiz "${quiz.id}" names lesson ${quiz.lesson}, which is not in the outline (src/data/outline.ts)` });
    }
    if (quiz.carriesFrom !== undefined && !list.some((q) => q.id === quiz.carriesFrom && q.lesson === quiz.lesson && q.id !== quiz.id)) {
      problems.push({ file, message: `quiz "${quiz.id}" carries answers from "${quiz.carriesFrom}", which is not another quiz of lesson ${quiz.lesson}` });
    }
    const module = quiz.lesson.split('.')[0];
    for (const id of quiz.questions) {
      if (!context.questionIds.has(id)) {
        problems.push({ file, message: `quiz "${quiz.id}" asks question "${id}", which is in no bank (src/data/questions/)` });
      } else if (!id.startsWith(`m${module}.`)) {
        problems.push({ file, message: `quiz "${quiz.id}" of lesson ${quiz.lesson} asks question "${id}"; expected a question of module ${module} (m${module}.q.…)` });
      }
    }
    quizzes.push(quiz);
  }
  return { quizzes, problems };
}

const checked = checkLessonQuizzes(lessonQuizData, {
  file: lessonQuizFile,
  outline,
  questionIds: new Set(allQuestions.map((q) => q.id)),
});
assertNoProblems('Lesson quiz declarations are invalid:', checked.problems);

/** Every lesson quiz, lesson by lesson in page order. */
export const lessonQuizzes: readonly LessonQuiz[] = checked.quizzes;

/** Looks a quiz up by ID; `undefined` when none is declared. */
export const lessonQuiz = (id: string): LessonQuiz | undefined => lessonQuizzes.find((q) => q.id === id);

/** The quizzes of one lesson, in page order. */
export const quizzesOfLesson = (code: string): LessonQuiz[] => lessonQuizzes.filter((q) => q.lesson === code);

export type { LessonQuiz } from '../../schemas/quiz.ts';

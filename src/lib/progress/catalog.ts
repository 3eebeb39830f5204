/** A quiz embedded in a lesson, and how many questions it has. */
export interface QuizRef {
  id: string;
  title: string;
  questions: number;
}

/** An exercise that has its own ID and title (a form, a mock chat, a call script). */
export interface ExerciseRef {
  id: string;
  title: string;
}

/** What one lesson offers to do, built from the course data at build time. */
export interface LessonCatalog {
  code: string;
  title: string;
  href: string;
  quizzes: QuizRef[];
  forms: ExerciseRef[];
  chats: ExerciseRef[];
  scripts: ExerciseRef[];
}

/** A module and its written lessons; `examId` names its 单元测验 when it has one. */
export interface ModuleCatalog {
  number: number;
  label: string;
  lessons: LessonCatalog[];
  examId?: string;
}

/** An exercise as its data in src/data declares it: its ID, its title and the lesson it belongs to. */
interface Declared {
  id: string;
  title: string;
  /** Lesson code; a mock chat of no lesson (a free practice) has none. */
  lesson?: string;
}

/** Every exercise the course declares, by kind (src/data: quizzes, forms, scenarios, call scripts). */
export interface DeclaredExercises {
  quizzes: readonly (Declared & { questions: readonly string[] })[];
  forms: readonly Declared[];
  chats: readonly Declared[];
  scripts: readonly Declared[];
}

/** The exercises one lesson offers, in the order they are declared (for quizzes, page order). */
export function lessonExercises(code: string, declared: DeclaredExercises): Pick<LessonCatalog, 'quizzes' | 'forms' | 'chats' | 'scripts'> {
  const ofLesson = <T extends Declared>(list: readonly T[]) => list.filter((e) => e.lesson === code);
  const ref = ({ id, title }: Declared): ExerciseRef => ({ id, title });
  return {
    quizzes: ofLesson(declared.quizzes).map((q) => ({ id: q.id, title: q.title, questions: q.questions.length })),
    forms: ofLesson(declared.forms).map(ref),
    chats: ofLesson(declared.chats).map(ref),
    scripts: ofLesson(declared.scripts).map(ref),
  };
}

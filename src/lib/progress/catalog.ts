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

const quizTag = /<Quiz\b([^>]*?)\/>/g;
const attribute = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/**
 * The quizzes a lesson's MDX body embeds (`<Quiz id="…" questions={[…]} />`), in page order.
 * Questions carry no lesson of their own, so the lesson text is the source of truth.
 */
export function quizzesInBody(body: string): QuizRef[] {
  const found: QuizRef[] = [];
  for (const [, attrs = ''] of body.matchAll(quizTag)) {
    const id = attribute(attrs, 'id');
    const list = /\bquestions=\{(\[[^\]]*\])\}/.exec(attrs)?.[1];
    if (!id || !list) continue;
    found.push({ id, title: attribute(attrs, 'title') ?? '课堂小测', questions: (JSON.parse(list) as unknown[]).length });
  }
  return found;
}

import type { DeclaredExercises } from '../lib/progress/catalog.ts';
import type { BankFacts, DeclaredMember } from '../lib/curriculum-checks.ts';
import { formFiles, forms } from './forms/index.ts';
import { scenarioFile, scenarios } from './scenarios/index.ts';
import { callScriptFiles, callScripts } from './call-scripts/index.ts';
import { bankFile, banks } from './questions/index.ts';
import { lessonQuizFile, lessonQuizzes } from './quizzes/index.ts';

// What each lesson holds, as src/data declares it (see src/schemas/quiz.ts): read by the progress
// catalogue and by the build's membership check (src/data/course.ts), never recovered from the MDX.

/** Every exercise the course declares, by kind. */
export const declaredExercises: DeclaredExercises = {
  quizzes: lessonQuizzes,
  forms: Object.values(forms),
  chats: scenarios,
  scripts: callScripts,
};

const fileDeclaring = (files: Record<string, readonly { id?: string }[]>, id: string) =>
  Object.entries(files).find(([, list]) => list.some((entry) => entry.id === id))?.[0] ?? '';

/** Every declared exercise with the file that declares it, for the membership check. */
export const declaredMembers: readonly DeclaredMember[] = [
  ...lessonQuizzes.map((q) => ({ file: lessonQuizFile, kind: 'quiz' as const, id: q.id, lesson: q.lesson })),
  ...Object.values(forms).map((f) => ({ file: fileDeclaring(formFiles, f.id), kind: 'form' as const, id: f.id, lesson: f.lesson })),
  ...scenarios.map((s) => ({ file: scenarioFile(s.id), kind: 'chat' as const, id: s.id, lesson: s.lesson })),
  ...callScripts.map((s) => ({ file: fileDeclaring(callScriptFiles, s.id), kind: 'script' as const, id: s.id, lesson: s.lesson })),
];

/** Each module's bank, and the questions some lesson quiz asks. */
export const questionMembership: { banks: readonly BankFacts[]; asked: ReadonlySet<string> } = {
  banks: banks.map((b) => ({ file: bankFile(b.module), module: b.module, questionIds: b.questions.map((q) => q.id) })),
  asked: new Set(lessonQuizzes.flatMap((q) => q.questions)),
};

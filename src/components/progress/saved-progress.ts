import { computed, type ReadableAtom } from 'nanostores';
import type { FormExercise } from '../../schemas/form.ts';
import type { ModuleCatalog } from '../../lib/progress/catalog.ts';
import type { SavedProgress } from '../../lib/progress/summary.ts';
import { summarise } from '../../lib/quiz/history.ts';
import { chatReports } from '../../stores/chat.ts';
import { formProgress } from '../../stores/forms.ts';
import { visits } from '../../stores/progress.ts';
import { quizStore } from '../../stores/quiz.ts';
import { voiceData } from '../../stores/voice.ts';

/** Every quiz ID the catalog names: lesson quizzes and module exams. */
const quizIds = (catalog: readonly ModuleCatalog[]) => [
  ...catalog.flatMap((m) => m.lessons.flatMap((l) => l.quizzes.map((q) => q.id))),
  ...catalog.flatMap((m) => (m.examId ? [m.examId] : [])),
];

/** One store with everything the progress page shows, reduced per exercise; updates with any saved change. */
export function savedProgress(catalog: readonly ModuleCatalog[], forms: readonly FormExercise[]): ReadableAtom<SavedProgress> {
  const quizzes = quizIds(catalog).map((id) => [id, quizStore(id)] as const);
  const completions = forms.map((form) => [form.id, formProgress(form)] as const);
  const stores = [visits, chatReports, voiceData, ...quizzes.map(([, s]) => s), ...completions.map(([, s]) => s)];
  return computed(stores, (): SavedProgress => ({
    visits: visits.get(),
    quizzes: Object.fromEntries(quizzes.map(([id, s]) => [id, ((h) => ({ attempts: h.count, best: h.best }))(summarise(s.get().attempts))])),
    forms: Object.fromEntries(completions.map(([id, s]) => [id, s.get()])),
    chats: Object.fromEntries(Object.entries(chatReports.get()).map(([id, r]) => [id, { count: r.count, best: r.best.total }])),
    scripts: Object.fromEntries(
      Object.entries(voiceData.get().scripts).map(([id, p]) => [id, { attempts: p.attempts.length, checks: Object.values(p.checks).filter(Boolean).length }]),
    ),
  }));
}

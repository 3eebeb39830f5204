import type { EvidenceCatalog } from '../lib/grade/evidence.ts';
import { getProgressCatalog } from './progress-catalog.ts';

/** What the grade calculator reads grades from (src/lib/grade/evidence.ts): the written lessons' exercises and the exams. */
export async function getEvidenceCatalog(): Promise<EvidenceCatalog> {
  const modules = await getProgressCatalog();
  return {
    lessons: modules.flatMap((m) =>
      m.lessons.map((l) => ({ code: l.code, module: m.number, quizzes: l.quizzes.map((q) => q.id), forms: l.forms.map((f) => f.id), chats: l.chats.map((c) => c.id) })),
    ),
    exams: modules.flatMap((m) =>
      m.examId ? [{ id: m.examId, module: m.examId === 'exam-final' ? ('final' as const) : m.number, title: m.examId === 'exam-final' ? '期末考试' : `模块${m.number}单元测验` }] : [],
    ),
  };
}

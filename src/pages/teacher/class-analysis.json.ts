import type { APIRoute } from 'astro';
import { forms } from '../../data/forms/index.ts';
import { declaredExercises } from '../../data/members.ts';
import { getProgressCatalog } from '../../data/progress-catalog.ts';
import { allQuestions, bankOf } from '../../data/questions/index.ts';
import { buildAnalysisCatalog } from '../../lib/classbook/analysis-catalog.ts';
import { buildClassCatalog } from '../../lib/classbook/catalog.ts';

/** The questions and forms of the class page's 批改与分析 (src/components/classbook/ClassViews.svelte), as a static JSON file. */
export const GET: APIRoute = async () => {
  const catalog = buildClassCatalog(await getProgressCatalog(), declaredExercises);
  const byId = new Map(allQuestions.map((q) => [q.id, q]));
  const analysis = buildAnalysisCatalog(
    catalog,
    (id) => byId.get(id),
    (exam) => (exam.id === 'exam-final' ? allQuestions : (bankOf(exam.module)?.questions ?? [])),
    (id) => forms[id],
  );
  return new Response(JSON.stringify(analysis), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

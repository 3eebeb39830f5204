import { grade, total } from './grade.ts';
import type { Question, Response } from './types.ts';

/** What the site marks of a set of answers, and what waits for the teacher. */
export interface Marks {
  /** Objective questions only. */
  marked: { points: number; max: number };
  /** Short answers the teacher marks, with the points at stake and the checklist. */
  pending: { id: string; points: number; checklist: string[] }[];
}

/** Rounds points to hundredths, so partial credit (thirds) reads cleanly in a file. */
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The site's marks: objective questions only; short answers wait for the teacher with their checklist.
 * An exam's answer file (src/components/exercises/exam-paper/hand-in.ts) and a lesson's hand-in file
 * (src/lib/handin/build.ts) mark the same way.
 */
export function markPaper(questions: readonly Question[], responses: Readonly<Record<string, Response>>): Marks {
  const objective = total(questions.filter((q) => q.type !== 'short').map((q) => grade(q, responses[q.id])));
  const pending = questions.flatMap((q) => (q.type === 'short' ? [{ id: q.id, points: q.points, checklist: [...q.checklist] }] : []));
  return { marked: { points: round(objective.points), max: round(objective.max) }, pending };
}

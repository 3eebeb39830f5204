import type { HandInStudent, ScoreCode } from './format.ts';

// Apart from src/lib/handin/build.ts, so the exam page (loaded at once) carries no more than this:
// the score code's text and QR code load on use (src/components/exercises/shared/ScoreQr.svelte).

/** The score code of an exam paper handed in by `student`: one entry, the objective points. */
export function examScoreCode(examId: string, student: HandInStudent, submittedAt: number, marked: { points: number; max: number }): ScoreCode {
  return { of: 'exam', ref: examId, student: { ...student }, submittedAt, entries: [{ kind: 'exam', id: examId, points: marked.points, max: marked.max }] };
}

import { rowsOf, type FormValues } from '../form/values.ts';
import type { Question } from '../quiz/types.ts';
import { collectForm, collectQuiz, shortPrompt, shortQuestions, type AnalysisCatalog, type AnalysisForm } from './analysis-input.ts';
import { markKey, recordKey, type ClassBook, type Mark } from './types.ts';

/**
 * The teacher's marking (批改): short answers by their checklist, forms by one mark out of
 * `formMax`. A short question's checklist points weigh the same (src/schemas/question.ts has no
 * weights): each ticked point is worth points ÷ number of points. Forms carry no checklist or rubric
 * (src/schemas/form.ts), so the teacher gives 0–10 with the form's reference answers beside it.
 */

/** What a form is marked out of. */
export const formMax = 10;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A short question as marking needs it: from the bank, or from the file's `pending` entry. */
export interface Checklist {
  points: number;
  checklist: readonly string[];
}

/** Points for the ticked checklist indexes: equal weight per point, rounded to 0.01. */
export function checklistPoints(question: Checklist, ticked: readonly number[]): number {
  const valid = new Set(ticked.filter((i) => Number.isInteger(i) && i >= 0 && i < question.checklist.length));
  return question.checklist.length === 0 ? 0 : round2((question.points * valid.size) / question.checklist.length);
}

/** The teacher's mark of a short answer from the ticked checklist indexes. */
export function shortMark(question: Checklist, ticked: readonly number[], at = Date.now()): Mark {
  const sorted = [...new Set(ticked)].filter((i) => i >= 0 && i < question.checklist.length).sort((a, b) => a - b);
  return { ticked: sorted, points: checklistPoints(question, sorted), max: question.points, at };
}

/** The teacher's mark of a form: `points` kept within 0–`formMax`, to 0.5. */
export function formMark(points: number, at = Date.now()): Mark {
  const p = Number.isFinite(points) ? Math.min(formMax, Math.max(0, Math.round(points * 2) / 2)) : 0;
  return { ticked: [], points: p, max: formMax, at };
}

/** The teacher's mark of a question as a fraction of its points, when there is one. */
export function markedScore(book: ClassBook, studentNo: string, item: string, question: Question): number | undefined {
  const mark = book.marks[markKey(studentNo, item, question.id)];
  return mark ? (mark.max > 0 ? Math.min(1, mark.points / mark.max) : 0) : undefined;
}

/** Something the teacher still has to mark. */
export interface Unmarked {
  studentNo: string;
  item: string;
  /** Question or form ID. */
  part: string;
  kind: 'short' | 'form';
}

/** A student's total for an item: what the site marked plus the teacher's marks; `unmarked` parts are not in it. */
export interface ItemTotal {
  points: number;
  max: number;
  unmarked: Unmarked[];
}

/**
 * A student's total for a lesson or exam. Quizzes and exams: the site's marks of the objective
 * questions plus the teacher's marks of the short answers (`pending`); forms: the teacher's marks. What
 * is not marked yet counts neither in points nor in max, and is listed.
 */
export function itemTotal(book: ClassBook, studentNo: string, item: string): ItemTotal {
  const record = book.records[recordKey(studentNo, item)];
  const out: ItemTotal = { points: 0, max: 0, unmarked: [] };
  if (!record) return out;
  if (record.source === 'score-code') {
    for (const entry of record.code.entries) if (entry.kind === 'quiz' || entry.kind === 'exam') (out.points += entry.points), (out.max += entry.max);
    return out;
  }
  const quizzes = record.source === 'answers' ? [record.file] : record.file.quizzes;
  const teacher = (part: string, kind: Unmarked['kind']) => {
    const mark = book.marks[markKey(studentNo, item, part)];
    if (mark) (out.points += mark.points), (out.max += mark.max);
    else out.unmarked.push({ studentNo, item, part, kind });
  };
  for (const quiz of quizzes) {
    out.points += quiz.marked.points;
    out.max += quiz.marked.max;
    for (const pending of quiz.pending) teacher(pending.id, 'short');
  }
  if (record.source === 'handin') for (const form of record.file.forms) teacher(form.id, 'form');
  out.points = round2(out.points);
  out.max = round2(out.max);
  return out;
}

/** Everything in the class book that waits for the teacher's mark, for the items of the catalog. */
export function unmarkedParts(book: ClassBook, catalog: AnalysisCatalog): Unmarked[] {
  const items = new Set([...catalog.quizzes.map((q) => q.item), ...catalog.forms.map((f) => f.item)]);
  return Object.keys(book.records)
    .map((key) => key.split('|') as [string, string])
    .filter(([, item]) => items.has(item))
    .flatMap(([studentNo, item]) => itemTotal(book, studentNo, item).unmarked);
}

/** One student's answer to mark: a short answer's text, or a form's values. */
export interface MarkingAnswer {
  studentNo: string;
  name: string;
  text?: string;
  values?: FormValues;
}

/** A short question or a form the teacher marks, with every answer handed in and how many students showed only a score code. */
export type MarkingPart =
  | { kind: 'short'; item: string; id: string; label: string; question: Extract<Question, { type: 'short' }>; answers: MarkingAnswer[]; scoreOnly: number }
  | { kind: 'form'; item: string; id: string; label: string; form: AnalysisForm; answers: MarkingAnswer[]; scoreOnly: number };

/** Everything in the class book the teacher can mark: each short question of each quiz or exam, then each form. */
export function markingParts(book: ClassBook, catalog: AnalysisCatalog): MarkingPart[] {
  return [
    ...catalog.quizzes.flatMap((quiz) => {
      const { students, scoreOnly } = collectQuiz(book, quiz);
      return shortQuestions(quiz).map((question) => ({
        kind: 'short' as const,
        item: quiz.item,
        id: question.id,
        label: `${quiz.title} · ${shortPrompt(question.prompt, 24)}`,
        question,
        answers: students.filter((s) => s.asked.includes(question.id)).map((s) => {
          const r = s.responses[question.id];
          return { studentNo: s.studentNo, name: s.name, text: r?.type === 'short' ? r.text : '' };
        }),
        scoreOnly: scoreOnly.length,
      }));
    }),
    ...catalog.forms.map((form) => {
      const { students, scoreOnly } = collectForm(book, form);
      return { kind: 'form' as const, item: form.item, id: form.id, label: form.title, form, answers: students.map((s) => ({ studentNo: s.studentNo, name: s.name, values: s.values })), scoreOnly: scoreOnly.length };
    }),
  ];
}

/** The cells a student filled in a form (not those the form gives), each with its name and reference answer. */
export function formCells(form: AnalysisForm, values: FormValues): { key: string; name: string; text: string; reference?: string }[] {
  const { columns, rows } = form.form;
  return rowsOf(form.form, values).flatMap((row) => {
    const given = rows.find((r) => r.id === row.id)?.cells;
    return columns
      .filter((c) => given?.[c.id]?.value === undefined)
      .map((c) => ({ key: `${row.id}-${c.id}`, name: columns.length > 1 ? `${row.name} · ${c.label}` : row.name, text: values.cells[row.id]?.[c.id] ?? '', reference: given?.[c.id]?.reference }));
  });
}

import type { FormExercise } from '../../schemas/form.ts';
import { cellProblem, fixedText } from './cells.ts';
import { getCell, rowsOf, type FormValues } from './values.ts';

/** How much of a form is filled in; lesson progress reads it. */
export interface Completion {
  /** Cells with a valid, non-blank answer. */
  filled: number;
  /** Cells the learner has to fill (fixed text excluded; rows the learner added included). */
  total: number;
  /** Every cell to fill is filled. */
  complete: boolean;
}

/** Counts the filled cells of a form; a cell whose text does not fit its column (e.g. 三 in a number column) is not filled. */
export function completion(form: FormExercise, values: FormValues): Completion {
  let filled = 0;
  let total = 0;
  for (const row of rowsOf(form, values)) {
    for (const column of form.columns) {
      if (!row.added && fixedText(form, row.id, column.id) !== undefined) continue;
      total++;
      const text = getCell(values, row.id, column.id);
      if (text.trim() !== '' && cellProblem(column, text) === undefined) filled++;
    }
  }
  return { filled, total, complete: total > 0 && filled === total };
}

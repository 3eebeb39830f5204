import type { FormExercise } from '../../schemas/form.ts';

/**
 * The part of a form that completion counting reads (columns' types and limits, rows' fixed cells),
 * so the progress page does not ship every form's hints and reference answers to the browser.
 */
export function slimForm(form: FormExercise): FormExercise {
  return {
    ...form,
    instructions: '',
    columns: form.columns.map(({ hint: _hint, ...column }) => column),
    rows: form.rows.map((row) => ({
      ...row,
      cells: Object.fromEntries(Object.entries(row.cells).flatMap(([id, cell]) => (cell.value === undefined ? [] : [[id, { value: cell.value }]]))),
    })),
  } as FormExercise;
}

import * as v from 'valibot';
import { checkWith } from '../storage-codec.ts';
import type { FormExercise } from '../../schemas/form.ts';

/** Longest text one cell keeps; a long answer is a paragraph, not a book. */
export const maxCellLength = 5000;
/** Longest 姓名 / 班级. */
export const maxIdentityLength = 40;

const partId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/));

/** What the learner typed into one form; saved in the browser and exported as JSON. */
export const formValuesValibot = v.object({
  /** 姓名 */
  name: v.pipe(v.string(), v.maxLength(maxIdentityLength)),
  /** 班级 */
  className: v.pipe(v.string(), v.maxLength(maxIdentityLength)),
  /** Cell texts by row ID, then column ID; a missing cell is blank. */
  cells: v.record(partId, v.record(partId, v.pipe(v.string(), v.maxLength(maxCellLength)))),
  /** IDs of the rows the learner added, in display order. */
  added: v.pipe(v.array(v.pipe(v.string(), v.regex(/^add-\d+$/))), v.maxLength(30)),
});
/** `safeParse` over the saved-answers shape. */
export const formValuesSchema = checkWith(formValuesValibot);

/** What the learner typed into one form. */
export type FormValues = v.InferOutput<typeof formValuesValibot>;

/** 姓名 and 班级, shared by every form so the learner types them once. */
export interface Identity {
  name: string;
  className: string;
}

/** A row as the widget shows it: fixed rows first, then the rows the learner added. */
export interface RowView {
  id: string;
  /** Row title from the data, for forms with a row-header column. */
  label?: string;
  /** 1-based position, shown in the 序号 column. */
  number: number;
  /** Added by the learner (can be removed). */
  added: boolean;
  /** How the row is named in labels: its title, else 第 n 行. */
  name: string;
}

/** A blank form, carrying over the learner's 姓名 / 班级. */
export function emptyValues(identity: Identity = { name: '', className: '' }): FormValues {
  return { name: identity.name, className: identity.className, cells: {}, added: [] };
}

/** Every row of the form in display order. */
export function rowsOf(form: FormExercise, values: FormValues): RowView[] {
  const fixed = form.rows.map((row) => ({ id: row.id, label: row.label, added: false }));
  const added = values.added.map((id) => ({ id, label: undefined, added: true }));
  return [...fixed, ...added].map((row, i) => ({ ...row, number: i + 1, name: row.label ?? `第${i + 1}行` }));
}

/** The text of one cell ('' when blank). */
export function getCell(values: FormValues, rowId: string, columnId: string): string {
  return values.cells[rowId]?.[columnId] ?? '';
}

/** Values with one cell changed; a blank cell is dropped so saved data stays small. */
export function withCell(values: FormValues, rowId: string, columnId: string, text: string): FormValues {
  const row = { ...values.cells[rowId] };
  if (text === '') delete row[columnId];
  else row[columnId] = text.slice(0, maxCellLength);
  const cells = { ...values.cells, [rowId]: row };
  if (Object.keys(row).length === 0) delete cells[rowId];
  return { ...values, cells };
}

/** Values with a new blank row at the end, or undefined when the form allows no more rows. */
export function withRowAdded(form: FormExercise, values: FormValues): { values: FormValues; rowId: string } | undefined {
  if (!form.addRows || values.added.length >= form.addRows.max) return undefined;
  const next = Math.max(0, ...values.added.map((id) => Number(id.slice(4)))) + 1;
  const rowId = `add-${next}`;
  return { values: { ...values, added: [...values.added, rowId] }, rowId };
}

/** Values without an added row and its cells; fixed rows cannot be removed. */
export function withRowRemoved(values: FormValues, rowId: string): FormValues {
  if (!values.added.includes(rowId)) return values;
  const cells = { ...values.cells };
  delete cells[rowId];
  return { ...values, cells, added: values.added.filter((id) => id !== rowId) };
}

/**
 * Fits saved or imported values to the form as it is now: cells of rows or columns that no longer
 * exist, and cells that became fixed text, are dropped (and counted, so an import can say so).
 */
export function normalizeValues(form: FormExercise, values: FormValues): { values: FormValues; ignored: number } {
  const added = form.addRows ? values.added.filter((id, i) => values.added.indexOf(id) === i).slice(0, form.addRows.max) : [];
  const fixed = new Map(form.rows.map((row) => [row.id, row]));
  const columns = new Set(form.columns.map((c) => c.id));
  const cells: FormValues['cells'] = {};
  let ignored = 0;
  for (const [rowId, row] of Object.entries(values.cells)) {
    const known = fixed.get(rowId);
    for (const [columnId, text] of Object.entries(row)) {
      const keep = (known || added.includes(rowId)) && columns.has(columnId) && known?.cells[columnId]?.value === undefined;
      if (keep && text !== '') (cells[rowId] ??= {})[columnId] = text;
      else if (text !== '') ignored++;
    }
  }
  return { values: { name: values.name, className: values.className, cells, added }, ignored };
}

/** Key of one piece of the values, used to track what this tab changed but has not saved yet. */
export function cellKey(rowId: string, columnId: string): string {
  return `${rowId}/${columnId}`;
}

/**
 * Another tab saved `external` while this tab still had unsaved edits (`dirty` keys: 'name',
 * 'className', 'added' or cellKey(...)). Keeps this tab's unsaved edits on top of the other tab's
 * work, so neither tab loses what was typed.
 */
export function mergeExternal(external: FormValues, local: FormValues, dirty: ReadonlySet<string>): FormValues {
  let merged: FormValues = { ...external, added: dirty.has('added') ? [...new Set([...external.added, ...local.added])] : external.added };
  if (dirty.has('name')) merged.name = local.name;
  if (dirty.has('className')) merged.className = local.className;
  for (const key of dirty) {
    const [rowId, columnId] = key.split('/');
    if (rowId && columnId) merged = withCell(merged, rowId, columnId, getCell(local, rowId, columnId));
  }
  return merged;
}

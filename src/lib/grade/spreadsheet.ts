import { neutraliseCell } from './table.ts';

/** A cell of an exported .xlsx: plain numbers stay numbers, other text is neutralised like the CSV. */
export function xlsxCell(text: string): { value: string | number; type: typeof String | typeof Number } {
  return /^\d+(\.\d+)?$/.test(text) && !/^0\d/.test(text) ? { value: Number(text), type: Number } : { value: neutraliseCell(text), type: String };
}

/** Rows read from an .xlsx (numbers, dates, booleans, empty cells) as the text a teacher would see. */
export function sheetToText(rows: unknown[][]): string[][] {
  return rows
    .map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell))))
    .filter((row) => row.some((cell) => cell.trim() !== ''));
}

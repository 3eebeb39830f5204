import Papa from 'papaparse';

/** Rows of cells from pasted Excel/WPS text (tab-separated) or CSV text; blank lines dropped, raw text kept. */
export function parseTable(text: string): string[][] {
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes('\t') ? '\t' : firstLine.includes(',') ? ',' : firstLine.includes(';') ? ';' : '\t';
  const parsed = Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: 'greedy' });
  return parsed.data.map((row) => row.map((cell) => String(cell ?? '')));
}

/** Non-blank lines of a text: an upper bound on its table rows, counted in milliseconds where parsing a huge table takes seconds. */
export function countLines(text: string): number {
  let lines = 0;
  let blank = true;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      if (!blank) lines++;
      blank = true;
    } else if (blank && c !== 32 && c !== 9 && c !== 13 && c !== 0x3000 && c !== 0xfeff) blank = false;
  }
  return blank ? lines : lines + 1;
}

/**
 * Cells a spreadsheet would run as a formula: = + - @, tab or CR first. Papa's own `escapeFormulae: true`
 * uses /^[=+\-@\t\r].*$/, which misses a cell with a line break (`.` stops at it), so the pattern is given.
 */
export const formulaStart = /^[=+\-@\t\r]/;

/**
 * CSV text with a UTF-8 BOM (so Excel reads Chinese) and CRLF line ends. Papa's `escapeFormulae` puts an
 * apostrophe before a text that would run as a formula (numbers given as numbers are left alone); cells
 * are otherwise written as typed, so a 学号 0012 stays 0012 (see docs/spreadsheets.md).
 */
export function toCsv(rows: (string | number)[][]): string {
  return `\uFEFF${Papa.unparse(rows, { newline: '\r\n', quotes: false, escapeFormulae: formulaStart })}`;
}

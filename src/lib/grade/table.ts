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

/** A cell a spreadsheet would run as a formula (= + - @, tab, CR) gets a leading apostrophe. */
export function neutraliseCell(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** CSV text with a UTF-8 BOM (so Excel reads Chinese), CRLF line ends and neutralised cells. */
export function toCsv(rows: (string | number)[][]): string {
  const safe = rows.map((r) => r.map((c) => (typeof c === 'number' ? String(c) : neutraliseCell(c))));
  return `\uFEFF${Papa.unparse(safe, { newline: '\r\n', quotes: false })}`;
}

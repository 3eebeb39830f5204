import { readScore } from './roster.ts';

/** What an exported column holds: text (学号, 姓名, 等级, notes: kept exactly as typed) or scores (written as numbers). */
export type ExportColumnKind = 'text' | 'score';

/** One cell for write-excel-file: a number, a text, or nothing. */
export type XlsxCell = { value: string; type: typeof String } | { value: number; type: typeof Number } | null;

/**
 * A cell of an exported .xlsx. Text columns are always text cells, so a 学号 keeps its leading zeros and
 * every digit; a text cell is never run as a formula, so it is written without an added apostrophe.
 * Score cells are read the way the page reads them (readScore in ./roster.ts: full-width digits,
 * spaces, a trailing “分”) and written as numbers; a cell the page could not read stays as typed.
 */
export function xlsxCell(text: string, kind: ExportColumnKind): XlsxCell {
  if (text === '') return null;
  if (kind === 'score') {
    const { value } = readScore(text);
    if (value !== undefined) return { value, type: Number };
  }
  return { value: text, type: String };
}

/** Width of a text in spreadsheet character units: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return width;
}

/** Widest header taken into a column's width (5 CJK characters); a longer header wraps onto more lines. */
export const headerWrapWidth = 10;

/**
 * Column widths fitted to the longest cell of each column, between 6 and 40 characters. The header counts
 * up to headerWrapWidth only: it wraps (xlsxSheet), so “学习过程-活动提问参与度” does not widen a column of scores.
 */
export function columnWidths(rows: string[][]): { width: number }[] {
  const widths: number[] = [];
  rows.forEach((row, r) =>
    row.forEach((cell, k) => {
      const longest = Math.max(0, ...cell.split('\n').map(displayWidth));
      widths[k] = Math.max(widths[k] ?? 0, r === 0 ? Math.min(longest, headerWrapWidth) : longest);
    }),
  );
  return widths.map((w) => ({ width: Math.min(40, Math.max(6, w + 2)) }));
}

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The print header of the sheet: `&C` centres it and `&&` is a literal ampersand in Excel's header codes.
 * Control characters are dropped and the title clipped (Excel allows 255 characters for the whole header).
 */
export function printHeader(title: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = [...title.replace(/[\u0000-\u001f\u007f\ufffe\uffff]/g, '')].slice(0, 100).join('').replace(/&/g, '&&');
  return `&C&"-,Bold"${clean}`;
}

/**
 * A write-excel-file feature for what the library leaves out (it writes landscape A4, column widths and
 * the frozen header row itself): fit every column on one page width, the title in the print header,
 * page numbers in the footer, and the header row repeated on every printed page.
 */
export function printSetup(title: string, sheet: string) {
  const header = `<headerFooter><oddHeader>${xmlText(printHeader(title))}</oddHeader><oddFooter>${xmlText('&C第 &P 页，共 &N 页')}</oddFooter></headerFooter>`;
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml: string) =>
            xml
              .replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>')
              .replace(/<pageSetup\b([^>]*?)\/>/, '<pageSetup$1 fitToWidth="1" fitToHeight="0"/>' + header),
        },
        'xl/workbook.xml': {
          transform: (xml: string) =>
            xml.replace(
              /<definedNames\/>/,
              `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'${xmlText(sheet.replace(/'/g, "''"))}'!$1:$1</definedName></definedNames>`,
            ),
        },
      },
    },
  };
}

type HeaderCell = { value: string; type: typeof String; fontWeight: 'bold'; wrap: true; alignVertical: 'center'; height: number };

/**
 * The .xlsx export of a table: a bold, wrapped header row (tall enough for its longest header, since Excel
 * does not fit row heights when it opens a file) that stays frozen, fitted widths, landscape A4 one page
 * wide, the title in the print header.
 */
export function xlsxSheet(rows: string[][], kinds: ExportColumnKind[], title: string) {
  const sheet = '成绩';
  const columns = columnWidths(rows);
  const lines = Math.max(1, ...(rows[0] ?? []).map((cell, k) => Math.ceil(displayWidth(cell) / ((columns[k]?.width ?? 8) - 1))));
  const data = rows.map((row, r) =>
    row.map((cell, k): XlsxCell | HeaderCell =>
      r > 0 ? xlsxCell(cell, kinds[k] ?? 'text') : { value: cell, type: String, fontWeight: 'bold', wrap: true, alignVertical: 'center', height: 15 * lines },
    ),
  );
  return { data, options: { sheet, columns, stickyRowsCount: 1, orientation: 'landscape' as const }, features: [printSetup(title, sheet)] };
}

/**
 * Rows read from an .xlsx (numbers, dates, booleans, empty cells) as the text a teacher would see. Blank rows
 * are kept (trailing ones dropped), so 表头在第 N 行 counts rows as the spreadsheet numbers them; the
 * calculator leaves blank rows out of the class (splitImported in grade-calculator.svelte.ts).
 */
export function sheetToText(rows: unknown[][]): string[][] {
  const text = rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell))));
  let end = text.length;
  while (end > 0 && isBlankRow(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** A row with nothing but spaces in it. */
export const isBlankRow = (row: string[]) => row.every((cell) => cell.trim() === '');

import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { a4, cellMargin, documentBase, margin, pageMargin, run } from '../docx-page.ts';
import type { Board } from '../../schemas/lesson.ts';
import { cellColumns, spanWidth, type PlanCell, type PlanSheet, type PlanTable } from './layout.ts';

// Re-exported so the plan page loads docx once, through this module, only when 导出 Word is pressed.
export { Packer };

/** Width of the text area in twips (A4 less both margins). */
const textWidth = a4.width - 2 * margin;
const twips = (percent: number) => Math.round((textWidth * percent) / 100);
const ruledLine = { style: BorderStyle.SINGLE, size: 4, color: '808080', space: 1 };

function paragraphs(cell: PlanCell): Paragraph[] {
  if (cell.ruled) {
    // `between` draws a line under every paragraph of the group, not only under the last one.
    return Array.from({ length: cell.ruled }, () => new Paragraph({ spacing: { line: 480 }, border: { bottom: ruledLine, between: ruledLine }, children: [] }));
  }
  const lines = cell.lines.length > 0 ? cell.lines : [''];
  return lines.map(
    (line) =>
      new Paragraph({
        alignment: cell.center ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run({ text: line, bold: cell.header })],
      }),
  );
}

function wordTable(table: PlanTable): Table {
  const grid = table.head ? [table.head, ...table.rows] : table.rows;
  const starts = cellColumns({ columns: table.columns, rows: grid });
  const rows = grid.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        tableHeader: Boolean(table.head) && r === 0,
        children: row.map(
          (cell, i) =>
            new TableCell({
              children: paragraphs(cell),
              width: { size: twips(spanWidth(table.columns, starts[r]![i]!, cell.colSpan)), type: WidthType.DXA },
              ...(cell.colSpan ? { columnSpan: cell.colSpan } : {}),
              ...(cell.rowSpan ? { rowSpan: cell.rowSpan } : {}),
              verticalAlign: cell.header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
              margins: cellMargin,
              ...(cell.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF2F4' } } : {}),
            }),
        ),
      }),
  );
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: table.columns.map(twips),
    layout: TableLayoutType.FIXED,
    rows,
  });
}

const boardLine = { style: BorderStyle.DOUBLE, size: 6, color: '000000' };

/** The 板书设计 as a one-cell table with a double border: the title centred, then each point and its keywords. */
function wordBoard(board: Board): Table {
  const lines = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 80 }, children: [run({ text: board.title, bold: true })] }),
    ...board.points.map((p) => new Paragraph({ children: [run({ text: p.point, bold: true }), ...(p.keys.length > 0 ? [run({ text: `　　${p.keys.join('　')}` })] : [])] })),
  ];
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [textWidth],
    layout: TableLayoutType.FIXED,
    borders: { top: boardLine, bottom: boardLine, left: boardLine, right: boardLine, insideHorizontal: boardLine, insideVertical: boardLine },
    rows: [new TableRow({ cantSplit: true, children: [new TableCell({ children: lines, margins: { top: 120, bottom: 120, left: 360, right: 360 } })] })],
  });
}

/** A bold caption above a table, kept on the table's page. */
const caption = (text: string) => new Paragraph({ spacing: { before: 160, after: 80 }, keepNext: true, children: [run({ text, bold: true })] });

/**
 * The 教案 (详案 or 简案) as a Word document on portrait A4: title, module line, and the same tables as the
 * page (教学设计, 教学过程 with its caption, the 详案's 板书设计, 作业 and 教学反思), with the teacher's fields
 * filled in. Header rows repeat on every page a table runs onto.
 */
export function buildPlanDocument(sheet: PlanSheet): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 80 }, children: [run({ text: sheet.title, bold: true, size: 32 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 160 }, children: [run({ text: sheet.subtitle })] }),
  ];
  sheet.tables.forEach((table, i) => {
    if (table.showCaption) {
      children.push(caption(table.caption));
    } else if (i > 0) {
      children.push(new Paragraph({ spacing: { after: 0 }, children: [] }));
    }
    children.push(wordTable(table));
    if (table.id === 'process' && sheet.board) children.push(caption('板书设计'), wordBoard(sheet.board));
  });
  return new Document({
    ...documentBase,
    title: sheet.title,
    description: sheet.subtitle,
    sections: [{ properties: { page: { size: a4, margin: pageMargin } }, children }],
  });
}

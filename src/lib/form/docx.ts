import { AlignmentType, Document, HeightRule, Packer, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from 'docx';
import type { FormExercise } from '../../schemas/form.ts';
import { a4, cellMargin, documentBase, pageMargin, run } from '../docx-page.ts';
import { xmlText } from '../xml-text.ts';
import { displayValue, fixedText, handInFields, headerColumns } from './cells.ts';
import { getCell, rowsOf, type FormValues } from './values.ts';

// Re-exported so the page loads docx once, through this module, only when 导出 Word is clicked.
export { Packer };

/** When and by whom the hand-in is made. */
export interface HandInMeta {
  /** Printed as 日期. */
  date: Date;
}

/** Paragraphs of a cell; each typed line becomes its own paragraph so line breaks survive. */
function lines(text: string, bold = false): Paragraph[] {
  return text.split(/\r?\n/).map((line) => new Paragraph({ children: [run({ text: line, bold })] }));
}

function cell(text: string, percent: number, header = false): TableCell {
  return new TableCell({
    children: lines(text, header),
    width: { size: percent, type: WidthType.PERCENTAGE },
    margins: cellMargin,
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7EEF2' } } : {}),
  });
}

/**
 * The hand-in as a Word document: title, 姓名 / 班级 / 日期 / 课次, and the form as a real table
 * with the learner's answers. Forms with five or more columns are laid out on landscape A4.
 */
export function buildFormDocument(form: FormExercise, values: FormValues, meta: HandInMeta): Document {
  const headers = headerColumns(form);
  const percent = new Map(headers.map((h) => [h.key, h.percent]));
  const rows = rowsOf(form, values).map(
    (row) =>
      new TableRow({
        cantSplit: true,
        // At least 1 cm, so a blank form printed from Word leaves room to write by hand.
        height: { value: 567, rule: HeightRule.ATLEAST },
        children: [
          ...(form.numbered ? [cell(String(row.number), percent.get('#number')!)] : []),
          ...(form.rowHeader ? [cell(row.label ?? '', percent.get('#label')!, true)] : []),
          ...form.columns.map((column) => {
            const text = (!row.added && fixedText(form, row.id, column.id)) || displayValue(column, getCell(values, row.id, column.id));
            return cell(text, percent.get(column.id)!);
          }),
        ],
      }),
  );
  const landscape = headers.length >= 5;
  const info = handInFields(form, values, meta.date)
    .map(([label, value]) => `${label}：${value || '　　　　'}`)
    .join('　　');
  return new Document({
    ...documentBase,
    title: xmlText(form.title),
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height itself for landscape.
            size: landscape ? { ...a4, orientation: PageOrientation.LANDSCAPE } : a4,
            margin: pageMargin,
          },
        },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 160 }, children: [run({ text: form.title, bold: true, size: 32 })] }),
          new Paragraph({ spacing: { after: 160 }, children: [run({ text: info })] }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [new TableRow({ tableHeader: true, children: headers.map((h) => cell(h.label, h.percent, true)) }), ...rows],
          }),
        ],
      },
    ],
  });
}

import { AlignmentType, Document, HeightRule, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from 'docx';
import { a4, cellMargin, documentBase, pageMargin, run } from '../docx-page.ts';
import type { BlankForm, GuideSheet } from './guide.ts';

// Re-exported so the 学案 page loads docx once, through this module, only when 导出 Word is pressed.
export { Packer };

const heading = (text: string) => new Paragraph({ spacing: { before: 200, after: 80 }, keepNext: true, children: [run({ text, bold: true, size: 24 })] });
const items = (list: readonly string[]) => list.map((text, i) => new Paragraph({ indent: { left: 360, hanging: 360 }, children: [run(`${i + 1}. ${text}`)] }));

function cell(text: string, percent: number, header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run({ text, bold: header })] })],
    width: { size: percent, type: WidthType.PERCENTAGE },
    margins: cellMargin,
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7EEF2' } } : {}),
  });
}

/** A blank form as a Word table: a header row repeated on every page, rows at least 1 cm high to write in. */
function formTable(form: BlankForm): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: form.columns.map((c) => cell(c.label, c.percent, true)) }),
      ...form.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            height: { value: 567, rule: HeightRule.ATLEAST },
            children: row.map((text, i) => cell(text, form.columns[i]!.percent, i < form.labelCells)),
          }),
      ),
    ],
  });
}

/** The 学案 as a Word document on portrait A4: title, 班级 / 姓名 / 学号 blanks, 课前预习, 课堂任务 with blank forms, 课后作业. */
export function buildGuideDocument(sheet: GuideSheet): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 80 }, children: [run({ text: sheet.title, bold: true, size: 32 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [run(sheet.subtitle)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 160 }, children: [run(sheet.identity.map((label) => `${label}：＿＿＿＿＿＿`).join('　　'))] }),
    heading('一、课前预习'),
    ...items(sheet.preview),
    heading('二、课堂任务'),
  ];
  sheet.tasks.forEach((task, i) => {
    children.push(new Paragraph({ spacing: { before: 80 }, keepNext: Boolean(task.form), children: [run({ text: `${i + 1}. ${task.task}`, bold: true })] }));
    if (task.form) {
      children.push(
        new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [run({ text: task.form.title, bold: true })] }),
        new Paragraph({ keepNext: true, spacing: { after: 60 }, children: [run({ text: task.form.instructions, size: 18 })] }),
        formTable(task.form),
      );
    }
  });
  children.push(heading('三、课后作业'), ...items(sheet.homework));
  return new Document({
    ...documentBase,
    title: sheet.title,
    description: sheet.subtitle,
    sections: [{ properties: { page: { size: a4, margin: pageMargin } }, children }],
  });
}

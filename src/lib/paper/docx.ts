import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeightRule,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { a4, cellMargin, documentBase, margin, pageMargin, run } from '../docx-page.ts';
import { xmlText } from '../xml-text.ts';
import { boxesPerRow, type AnswerPart, type AnswerRow, type AnswerSheet } from './answer-sheet.ts';
import { keyLines, metaLine, nameFields, paperNotes, pointsText, quickKey, scoreTable, teacherMark, type PaperHeader, type PaperSection, type PaperSheet } from './layout.ts';
import type { PaperPiece, PaperQuestion } from './question.ts';

// Re-exported so the paper page loads docx once, through this module, only when 导出 is pressed.
export { Packer };

/** Width of the text area in twips (A4 less both margins). */
const textWidth = a4.width - 2 * margin;
/** Left indent of everything under a question's stem, in twips (two characters of 五号). */
const indent = 420;
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 1 };
const ruledLine = { ...line, color: '808080' };
const noBorder = { style: BorderStyle.NONE, size: 0, color: 'auto' };
/** A box to write a letter in: a bordered run of full-width spaces. */
const box = (key?: string) => run({ text: key ? `\u2002${key}\u2002` : '\u3000\u3000', bold: Boolean(key), border: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } });
/** Brackets for a letter or √ / ×; the teacher copy writes the key in them. */
const bracket = (key?: string) => (key ? [run('（\u3000'), run({ text: key, bold: true }), run('\u3000）')] : [run('（\u3000\u3000\u3000）')]);
/** An underline to write on, with its label (①) in the middle. */
const underline = (label: string, width = 3) => {
  const pad = '\u3000'.repeat(width);
  return run({ text: `${pad}${label}${pad}`, underline: {} });
};

const paragraph = (children: TextRun[], options: { center?: boolean; left?: number; hanging?: boolean; after?: number; before?: number; keepNext?: boolean; pageBreakBefore?: boolean } = {}) =>
  new Paragraph({
    children,
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: options.before ?? 0, after: options.after ?? 40 },
    ...(options.left ? { indent: { left: options.left } } : {}),
    // Lines after the first start under the text, not under the number.
    ...(options.hanging ? { indent: { left: indent, hanging: indent } } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
  });

const runs = (pieces: readonly PaperPiece[], width?: number) => pieces.map((piece) => ('text' in piece ? run(piece.text) : underline(piece.blank, width)));

/** Ruled lines to write on, each a paragraph with a bottom border. */
const ruled = (count: number, number?: TextRun) =>
  Array.from(
    { length: count },
    (_, i) =>
      new Paragraph({
        spacing: { line: 440 },
        // The number hangs left of the first line; the lines keep together on one page.
        indent: { left: indent, ...(number && i === 0 ? { hanging: indent } : {}) },
        border: { bottom: ruledLine, between: ruledLine },
        keepNext: i < count - 1,
        children: number && i === 0 ? [number] : [],
      }),
  );

function cell(children: Paragraph[], width: number, options: { borders?: boolean } = {}): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    margins: cellMargin,
    verticalAlign: VerticalAlignTable.CENTER,
    ...(options.borders === false ? { borders: { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder } } : {}),
  });
}

function table(rows: TableRow[], columns: number[], borders = true): Table {
  const width = columns.reduce((a, b) => a + b, 0);
  return new Table({ width: { size: width, type: WidthType.DXA }, columnWidths: columns, layout: TableLayoutType.FIXED, rows, ...(borders ? {} : { borders: TableBorders.NONE }) });
}

const centered = (text: string, bold = false) => paragraph([run({ text, bold })], { center: true, after: 0 });

/** 姓名 / 班级 / 学号 / 得分 with lines to write on. */
const nameLine = (header: PaperHeader) =>
  paragraph(
    nameFields(header).flatMap((f, i) => [run(`${i ? '\u3000\u3000' : ''}${f.label}：`), run({ text: f.value ? `\u3000${f.value}\u3000` : '\u3000'.repeat(6), underline: {} })]),
    { center: true, before: 80, after: 120 },
  );

function titleBlock(header: PaperHeader, title: string, pageBreakBefore = false): Paragraph[] {
  return [
    paragraph([run({ text: header.course, size: 24 })], { center: true, after: 0, pageBreakBefore }),
    paragraph([run({ text: title, bold: true, size: 32 })], { center: true, after: 60 }),
    paragraph([run(metaLine(header))], { center: true, after: 60 }),
  ];
}

function scoreGrid(sheet: PaperSheet): Table {
  const { heads, full } = scoreTable(sheet);
  const label = 1000;
  const width = Math.floor(Math.min(textWidth - label, 900 * heads.length) / heads.length);
  const row = (title: string, cells: string[], tall = false) =>
    new TableRow({
      ...(tall ? { height: { value: 520, rule: HeightRule.ATLEAST } } : {}),
      children: [cell([centered(title)], label), ...cells.map((c) => cell([centered(c)], width))],
    });
  return table([row('题号', heads), row('满分', full), row('得分', heads.map(() => ''), true)], [label, ...heads.map(() => width)]);
}

/** Options, items to order or items to classify: short ones side by side in a borderless table. */
function choiceBlock(q: PaperQuestion, teacher: boolean): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (q.categories.length) out.push(paragraph([run(`类别：${q.categories.map((c) => `${c.label}. ${c.text}`).join('\u3000\u3000')}`)], { left: indent }));
  const text = (c: { label: string; text: string }, i: number) =>
    q.type === 'matching' ? [run(`${c.label} ${c.text}`), ...bracket(teacher ? q.key.inline[i] : undefined)] : [run({ text: `${c.label}. `, bold: true }), run(c.text)];
  if (q.choiceColumns === 1) {
    out.push(...q.choices.map((c, i) => paragraph(text(c, i), { left: indent })));
  } else {
    const columns = q.choiceColumns;
    const width = Math.floor((textWidth - indent) / columns);
    const rows = Array.from({ length: Math.ceil(q.choices.length / columns) }, (_, r) => q.choices.slice(r * columns, r * columns + columns));
    const tableRows = rows.map((row) => new TableRow({ children: Array.from({ length: columns }, (_, i) => cell([paragraph(row[i] ? text(row[i]!, i) : [], { after: 0 })], width, { borders: false })) }));
    out.push(new Table({ width: { size: width * columns, type: WidthType.DXA }, columnWidths: Array(columns).fill(width), layout: TableLayoutType.FIXED, indent: { size: indent - cellMargin.left, type: WidthType.DXA }, borders: TableBorders.NONE, rows: tableRows }));
  }
  const boxKey = (i: number) => (teacher ? q.key.inline[i] : undefined);
  if (q.orderBoxes) out.push(paragraph([run('正确顺序：'), ...Array.from({ length: q.orderBoxes }, (_, i) => (i ? [run(' → '), box(boxKey(i))] : [box(boxKey(i))])).flat()], { left: indent, before: 60 }));
  return out;
}

function blankTable(q: PaperQuestion): Table[] {
  if (!q.table) return [];
  const width = Math.floor((textWidth - indent) / q.table.columns.length);
  const columns = q.table.columns.map(() => width);
  const head = new TableRow({ tableHeader: true, children: q.table.columns.map((c) => cell([paragraph([run({ text: c, bold: true })], { after: 0 })], width)) });
  const rows = q.table.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((pieces) => cell([paragraph(runs(pieces, 2), { after: 0 })], width)) }));
  return [new Table({ width: { size: width * columns.length, type: WidthType.DXA }, columnWidths: columns, layout: TableLayoutType.FIXED, indent: { size: indent, type: WidthType.DXA }, rows: [head, ...rows] })];
}

function questionBlock(q: PaperQuestion, showPoints: boolean, teacher: boolean): (Paragraph | Table)[] {
  const stem = [run({ text: `${q.number}. `, bold: true }), ...(showPoints ? [run(`（${pointsText(q.points)} 分）`)] : []), ...runs(q.prompt), ...(q.bracket ? bracket(teacher ? q.key.inline[0] : undefined) : [])];
  const out: (Paragraph | Table)[] = [paragraph(stem, { before: 80, keepNext: q.choices.length > 0 || Boolean(q.table) || q.lines > 0 })];
  out.push(...blankTable(q), ...choiceBlock(q, teacher));
  if (q.lines && !teacher) out.push(...ruled(q.lines));
  if (teacher) {
    for (const key of keyLines(q)) {
      out.push(paragraph([run({ text: `【${key.label}】`, bold: true }), run(key.text)], { left: indent, before: 20 }));
      for (const item of key.items ?? []) out.push(paragraph([run(item)], { left: indent * 2 }));
    }
  }
  return out;
}

function sectionBlock(section: PaperSection, teacher: boolean): (Paragraph | Table)[] {
  return [
    paragraph([run({ text: section.heading, bold: true, size: 24 }), run(section.note)], { before: 200, after: 20, keepNext: true }),
    paragraph([run({ text: teacher ? `评分：${section.marking}` : section.instruction, size: 19 })], { after: 40, keepNext: true }),
    ...section.questions.flatMap((q) => questionBlock(q, teacher || section.pointsEach, teacher)),
  ];
}

function answerRow(row: AnswerRow): Paragraph[] {
  const number = run({ text: `${row.number}. `, bold: true });
  switch (row.kind) {
    case 'slots':
      return [paragraph([number, ...row.labels.flatMap((label, i) => [run(`${i ? '\u3000' : ''}${label}`), run({ text: '\u3000'.repeat(7), underline: {} })])], { before: 120, hanging: true })];
    case 'order':
      return [paragraph([number, ...Array.from({ length: row.boxes }, (_, i) => (i ? [run(' → '), box()] : [box()])).flat()], { before: 120, hanging: true })];
    case 'lines':
      // The empty paragraph after the lines keeps Word from joining them with the next question's.
      return [...ruled(row.lines, number), paragraph([], { after: 0 })];
  }
}

function answerPart(part: AnswerPart): (Paragraph | Table)[] {
  const heading = paragraph([run({ text: part.heading, bold: true, size: 24 })], { before: 200, after: 60, keepNext: true });
  if (part.kind === 'list') return [heading, ...part.rows.flatMap(answerRow)];
  const label = 900;
  const width = Math.floor((textWidth - label) / boxesPerRow);
  const none = { borders: false };
  const boxes = (numbers: number[], text: (n: number) => string) => Array.from({ length: part.columns }, (_, i) => cell([centered(numbers[i] === undefined ? '' : text(numbers[i]!))], width, numbers[i] === undefined ? none : {}));
  const rows = part.rows.flatMap((numbers) => [
    new TableRow({ cantSplit: true, children: [cell([centered('题号')], label), ...boxes(numbers, String)] }),
    new TableRow({ cantSplit: true, height: { value: 620, rule: HeightRule.ATLEAST }, children: [cell([centered('答案')], label), ...boxes(numbers, () => '')] }),
  ]);
  return [heading, table(rows, [label, ...Array(part.columns).fill(width)])];
}

/** Footer with the paper code and 第 X 页 共 Y 页. */
const footer = (header: PaperHeader) =>
  new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run({ children: [`试卷编号 ${header.code}\u3000\u3000第 `, PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'], size: 18 })] })] });

function paperDocument(sheet: PaperSheet, title: string, section: Pick<ISectionOptions, 'headers' | 'children'>): Document {
  return new Document({
    ...documentBase,
    title: xmlText(title),
    description: xmlText(metaLine(sheet.header)),
    sections: [{ properties: { page: { size: a4, margin: pageMargin } }, footers: { default: footer(sheet.header) }, ...section }],
  });
}

/**
 * The student paper and its 答题卡 as one Word document on portrait A4: header with 姓名 / 班级 /
 * 学号 / 得分 and the score table, the sections in paper order, then the 答题卡 from a new page.
 */
export function buildStudentDocument(sheet: PaperSheet, answers: AnswerSheet): Document {
  const { header } = sheet;
  const children = [
    ...titleBlock(header, header.title),
    nameLine(header),
    scoreGrid(sheet),
    ...paperNotes(header).map((note, i) => paragraph([run({ text: `${i + 1}. ${note}`, size: 19 })], { before: i ? 0 : 120, after: 0 })),
    ...sheet.sections.flatMap((s) => sectionBlock(s, false)),
    paragraph([run('— 试卷到此结束 —')], { center: true, before: 240 }),
    ...titleBlock(header, answers.title, true),
    nameLine(header),
    ...answers.parts.flatMap(answerPart),
  ];
  return paperDocument(sheet, `${header.course}${header.title}`, { children });
}

/**
 * The teacher copy as a Word document: 教师用 with the paper code and 查看码 in the header of every
 * page, the 答案速查, then every question with its key, explanation and (简答题) 评分要点.
 */
export function buildTeacherDocument(sheet: PaperSheet): Document {
  const { header } = sheet;
  const mark = new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, border: { bottom: line }, children: [run({ text: teacherMark(header), bold: true, size: 18 })] })] });
  const quick = quickKey(sheet);
  const children = [
    ...titleBlock(header, `${header.title}（教师卷）`),
    ...(quick.length ? [paragraph([run({ text: '答案速查', bold: true, size: 24 })], { before: 120, keepNext: true }), ...quick.map((q) => paragraph([run({ text: `${q.heading}：`, bold: true }), run(q.keys)]))] : []),
    ...sheet.sections.flatMap((s) => sectionBlock(s, true)),
  ];
  return paperDocument(sheet, `${header.course}${header.title}（教师卷）`, { headers: { default: mark }, children });
}

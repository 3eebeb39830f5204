import JSZip from 'jszip';
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { gradeBands, gradingSchemes } from '../../../src/data/index.ts';
import { autoMapColumns } from '../../../src/lib/grade/columns.ts';
import { decodeCsvBytes } from '../../../src/lib/grade/decode.ts';
import { exportKinds, exportRows } from '../../../src/lib/grade/export.ts';
import { evaluateRoster, readRoster, type RowOutcome } from '../../../src/lib/grade/roster.ts';
import { columnWidths, displayWidth, printHeader, sheetToText, xlsxCell, xlsxSheet, type ExportColumnKind } from '../../../src/lib/grade/spreadsheet.ts';
import { parseTable, toCsv } from '../../../src/lib/grade/table.ts';

// The teacher's class as pasted from WPS: names and notes a spreadsheet would run as formulas, text
// that needs quoting in CSV, 学号 with leading zeros, and scores with decimals.
const standard = gradingSchemes[0]!;
const options = { blank: 'exclude' as const, bands: gradeBands };
const pasted = [
  ['学号', '姓名', '出勤', '学习态度-课堂纪律', '师生互助', '尊师重教', '活动提问参与度', '模块作品质量', '活动参与度', '学习过程-课堂纪律', '店铺运营效果', '期中考试', '期末考试'],
  ['20240001', '=HYPERLINK("http://x.test","点我")', '97.4', '96', '78', '54.3', '62', '58', '69', '91', '69', '73', '91'],
  ['0012', '+王芳', '61', '78', '91', '84', '73.3', '78', '99', '65', '86.5', '93', '70.9'],
  ['20240003', '-李磊', '96.7', '57', '88', '84.8', '92', '97.2', '99', '65.5', '85.8', '97', '80.5'],
  ['20240004', '@张涛', '60.9', '86.9', '95.8', '58.3', '90', '93.2', '70.8', '98', '64', '69', '86'],
  ['20240005', '刘伟, "小刘"\n二班', '100', '100', '100', '100', '100', '100', '100', '100', '100', '100', '100'],
  ['20240006', '\t陈静', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0'],
  ['20240007', '\r赵敏', '88', '88', '88', '88', '88', '88', '88', '88', '88', '88', '88'],
];
const [header, ...rows] = pasted;
const mapping = autoMapColumns(header!, standard);
const outcomes = evaluateRoster(readRoster(rows, mapping, standard), standard, options);
const exported = exportRows(outcomes, standard, mapping);

/** What a teacher re-importing a file gets: 学号, 姓名, status, 总评 and 等级 of every row. */
const summary = (list: RowOutcome[]) => list.map((o) => [o.row.number, o.row.name, o.status, o.result?.total, o.band]);
const reimport = (table: string[][]) => {
  const [h, ...r] = table;
  const m = autoMapColumns(h!, standard);
  return evaluateRoster(readRoster(r, m, standard), standard, options);
};
/** The fields of a CSV file as a spreadsheet program splits them (quotes removed). */
const fieldsOf = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ',' }).data.flat();

describe('CSV export (导出 CSV)', () => {
  const csv = toCsv(exported);

  it('maps every pasted column, so the fixture tests what it means to', () => {
    expect(mapping.slice(0, 2)).toEqual(['number', 'name']);
    expect(mapping).not.toContain('ignore');
  });

  it('opens in Excel with Chinese intact: UTF-8 BOM and CRLF line ends', () => {
    expect(csv.startsWith('\uFEFF学号,姓名,')).toBe(true);
    // One line per row: the line break inside a quoted name is a bare \n and does not end the row.
    expect(csv.split('\r\n')).toHaveLength(exported.length);
  });

  it('has no field a spreadsheet would run as a formula (= + - @ tab CR)', () => {
    const fields = fieldsOf(csv);
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.filter((f) => /^[=+\-@\t\r]/.test(f))).toEqual([]);
  });

  it.each([
    ['=HYPERLINK("http://x.test","点我")'],
    ['+王芳'],
    ['-李磊'],
    ['@张涛'],
  ])('shows the name %j as text with an apostrophe in front', (name) => {
    expect(fieldsOf(csv)).toContain(`'${name}`);
  });

  it('drops the tab or CR a pasted name starts with, and guards such cells written directly', () => {
    expect(fieldsOf(csv)).toEqual(expect.arrayContaining(['陈静', '赵敏']));
    expect(fieldsOf(toCsv([['\t陈静', '\r赵敏', '\t=1+1']]))).toEqual(["'\t陈静", "'\r赵敏", "'\t=1+1"]);
  });

  it('keeps 学号 with leading zeros and scores with decimals exactly as typed (no ="0012" formula)', () => {
    const fields = fieldsOf(csv);
    expect(fields).toContain('0012');
    expect(fields).toContain('97.4');
    expect(fields).toContain('20240001');
  });

  it('keeps a name with a comma, quotes and a line break in one cell', () => {
    expect(fieldsOf(csv)).toContain('刘伟, "小刘"\n二班');
  });

  it('re-imports (as bytes, the way a file is uploaded) to the same 学号, names, 总评 and 等级', () => {
    const decoded = decodeCsvBytes(new TextEncoder().encode(csv));
    const table = parseTable(decoded.ok ? decoded.text : '');
    expect(summary(reimport(table))).toEqual(summary(outcomes));
  });

  it('writes numbers given as numbers as plain digits', () => {
    expect(toCsv([['学号', '总评'], ['20240001', 88.5]]).split('\r\n')[1]).toBe('20240001,88.5');
  });
});

describe('Excel export (导出 Excel .xlsx)', () => {
  const kinds = exportKinds(standard, mapping);
  /** A table written the way 导出 Excel writes it; every column text unless kinds say otherwise. */
  const write = async (table: string[][], columnKinds: ExportColumnKind[] = [], title = '电商 1 班 电子商务客户服务 成绩') => {
    const { data, options: sheetOptions, features } = xlsxSheet(table, columnKinds, title);
    return writeXlsxFile(data, sheetOptions, { features }).toBuffer();
  };
  const partsOf = async (buffer: Buffer) => {
    const zip = await JSZip.loadAsync(buffer);
    return { sheet: await zip.file('xl/worksheets/sheet1.xml')!.async('string'), workbook: await zip.file('xl/workbook.xml')!.async('string'), zip };
  };

  it('knows which exported columns hold scores: the items, the bonus and 总评', () => {
    expect(kinds).toHaveLength(exported[0]!.length);
    expect(exported[0]!.filter((_, k) => kinds[k] === 'score')).toEqual([...exported[0]!.slice(2, 13), '总评']);
  });

  it('stores scores as numbers, after the page’s own reading (full-width digits, spaces, 分)', () => {
    expect(xlsxCell('88.5', 'score')).toEqual({ value: 88.5, type: Number });
    expect(xlsxCell('１００', 'score')).toEqual({ value: 100, type: Number });
    expect(xlsxCell(' 97 ', 'score')).toEqual({ value: 97, type: Number });
    expect(xlsxCell('９５．５分', 'score')).toEqual({ value: 95.5, type: Number });
    // A cell the page could not read stays as the teacher typed it.
    expect(xlsxCell('缺考', 'score')).toEqual({ value: '缺考', type: String });
    expect(xlsxCell('', 'score')).toBeNull();
  });

  it('stores 学号, names and every other text column as text, without an added apostrophe', () => {
    expect(xlsxCell('202310010101', 'text')).toEqual({ value: '202310010101', type: String });
    expect(xlsxCell('0012', 'text')).toEqual({ value: '0012', type: String });
    expect(xlsxCell('=HYPERLINK("http://x.test","点我")', 'text')).toEqual({ value: '=HYPERLINK("http://x.test","点我")', type: String });
    expect(xlsxCell('-5', 'text')).toEqual({ value: '-5', type: String });
  });

  it('writes a 12-digit 学号 as a text cell and a full-width １００ as a number cell', async () => {
    const { sheet } = await partsOf(await write([['学号', '期末'], ['202310010101', '１００']], ['text', 'score']));
    expect(sheet).toMatch(/<c r="A2"[^>]*t="s"/);
    expect(sheet).toMatch(/<c r="B2"[^>]*><v>100<\/v><\/c>/);
    expect(sheet).not.toMatch(/<f>/);
    const [, row] = await readSheet(await write([['学号', '期末'], ['202310010101', '１００']], ['text', 'score']));
    expect(row).toEqual(['202310010101', 100]);
  });

  it('never writes a formula: a name starting with = is a text cell holding exactly what was typed', async () => {
    const buffer = await write(exported, kinds);
    const { sheet, zip } = await partsOf(buffer);
    expect(sheet).not.toMatch(/<f>/);
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(strings).toContain('<t>=HYPERLINK("http://x.test","点我")</t>');
    expect(strings).not.toContain("'=HYPERLINK");
    const names = (await readSheet(buffer)).slice(1).map((r) => r[1]);
    expect(names.slice(0, 4)).toEqual(['=HYPERLINK("http://x.test","点我")', '+王芳', '-李磊', '@张涛']);
  });

  it('fits column widths to the content, CJK characters counting double', async () => {
    expect(displayWidth('学号')).toBe(4);
    expect(displayWidth('20240001')).toBe(8);
    expect(displayWidth('１００')).toBe(6);
    // A long header wraps instead of widening its column; a long note stops at 40.
    expect(columnWidths([['学号', '姓名', '学习过程-活动提问参与度', '说明'], ['202310010101', '欧阳', '95', 'x'.repeat(200)], ['1', '司马相如', '', '']])).toEqual([
      { width: 14 },
      { width: 10 },
      { width: 12 },
      { width: 40 },
    ]);
    const { sheet } = await partsOf(await write(exported, kinds));
    expect(sheet).toMatch(/<col min="1" max="1" width="10" customWidth="1"\/>/);
    // The header row is tall enough for 学习过程-活动提问参与度 (24 wide) on three lines of a 12-wide column.
    expect(sheet).toMatch(/<row r="1" ht="45" customHeight="1">/);
  });

  it('freezes the header row, prints landscape A4 one page wide with the header row on every page', async () => {
    const { sheet, workbook } = await partsOf(await write(exported, kinds));
    expect(sheet).toMatch(/<pane ySplit="1"[^>]*state="frozen"/);
    expect(sheet).toMatch(/<sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr><sheetViews>/);
    expect(sheet).toMatch(/<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"\/><headerFooter>/);
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'成绩'!$1:$1</definedName>`);
  });

  it('puts the class and course in the print header, escaping & and < >', async () => {
    expect(printHeader('电商 1 班 电子商务客户服务 成绩')).toBe('&C&"-,Bold"电商 1 班 电子商务客户服务 成绩');
    expect(printHeader('A&B\u0001')).toBe('&C&"-,Bold"A&&B');
    const { sheet } = await partsOf(await write([['学号'], ['1']], [], '<1班> & 2班'));
    expect(sheet).toContain('<oddHeader>&amp;C&amp;&quot;-,Bold&quot;&lt;1班&gt; &amp;&amp; 2班</oddHeader>');
    expect(sheet).toContain('<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>');
  });

  it('re-imports through the page’s own reader to the same 学号, names, 总评 and 等级', async () => {
    const table = sheetToText(await readSheet(await write(exported, kinds)));
    expect(summary(reimport(table))).toEqual(summary(outcomes));
  });

  it('drops characters XML forbids, so the file opens, and keeps the rest of the cell', async () => {
    const { zip } = await partsOf(await write([['姓名'], ['林\uFFFE小\u0001悦\uD800'], ['😀\uFFFF']]));
    const xml = (await Promise.all(Object.values(zip.files).filter((f) => f.name.endsWith('.xml')).map((f) => f.async('string')))).join('');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(sheetToText(await readSheet(await write([['姓名'], ['林\uFFFE小\u0001悦\uD800'], ['😀\uFFFF']])))).toEqual([['姓名'], ['林小悦'], ['😀']]);
  });

  it('keeps every digit of 12-, 15- and 18-digit 学号 and the leading zeros of 0012', async () => {
    const table = sheetToText(await readSheet(await write([['学号'], ['202310010101'], ['202401010203040'], ['202401010203040506'], ['0012']], ['text'])));
    expect(table).toEqual([['学号'], ['202310010101'], ['202401010203040'], ['202401010203040506'], ['0012']]);
  });
});

describe('reading an uploaded .xlsx (sheetToText)', () => {
  it('shows cells as a teacher sees them, keeps blank rows for row numbers and drops trailing ones', () => {
    expect(
      sheetToText([
        [null, null],
        ['学号', '姓名', '日期', '免考'],
        [20240001, '王芳', new Date(Date.UTC(2026, 0, 9)), true],
        [null, undefined, '  ', null],
        [20240002, null, undefined, false],
        [null, '', ' '],
        [],
      ]),
    ).toEqual([
      ['', ''],
      ['学号', '姓名', '日期', '免考'],
      ['20240001', '王芳', '2026-01-09', 'true'],
      ['', '', '  ', ''],
      ['20240002', '', '', 'false'],
    ]);
    expect(sheetToText([[null], []])).toEqual([]);
  });
});

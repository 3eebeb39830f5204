import JSZip from 'jszip';
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { gradeBands, gradingSchemes } from '../../../src/data/index.ts';
import { autoMapColumns } from '../../../src/lib/grade/columns.ts';
import { decodeCsvBytes } from '../../../src/lib/grade/decode.ts';
import { exportRows } from '../../../src/lib/grade/export.ts';
import { evaluateRoster, readRoster, type RowOutcome } from '../../../src/lib/grade/roster.ts';
import { sheetToText, xlsxCell } from '../../../src/lib/grade/spreadsheet.ts';
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

  it('keeps 学号 with leading zeros and scores with decimals exactly as typed', () => {
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
  const write = async (table: string[][]) => writeXlsxFile(table.map((r) => r.map(xlsxCell)), { sheet: '成绩' }).toBuffer();

  it('stores scores and 学号 of digits as numbers a teacher can sum, and everything else as text', () => {
    expect(xlsxCell('88.5')).toEqual({ value: 88.5, type: Number });
    expect(xlsxCell('20240001')).toEqual({ value: 20240001, type: Number });
    expect(xlsxCell('0012')).toEqual({ value: '0012', type: String });
    expect(xlsxCell('张三')).toEqual({ value: '张三', type: String });
    expect(xlsxCell('')).toEqual({ value: '', type: String });
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+86 138', "'+86 138"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
  ])('writes %j as the text %j, never as a formula or a number', (cell, text) => {
    expect(xlsxCell(cell)).toEqual({ value: text, type: String });
  });

  it('re-imports through the page’s own reader to the same 学号, names, 总评 and 等级', async () => {
    const table = sheetToText(await readSheet(await write(exported)));
    expect(summary(reimport(table))).toEqual(summary(outcomes));
  });

  it('drops characters XML forbids, so the file opens, and keeps the rest of the cell', async () => {
    const zip = await JSZip.loadAsync(await write([['姓名'], ['林\uFFFE小\u0001悦\uD800'], ['😀\uFFFF']]));
    const xml = (await Promise.all(Object.values(zip.files).filter((f) => f.name.endsWith('.xml')).map((f) => f.async('string')))).join('');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(sheetToText(await readSheet(await write([['姓名'], ['林\uFFFE小\u0001悦\uD800'], ['😀\uFFFF']])))).toEqual([['姓名'], ['林小悦'], ['😀']]);
  });

  it('keeps a 学号 of 15 digits and one with leading zeros', async () => {
    const table = sheetToText(await readSheet(await write([['学号'], ['202401010203040'], ['0012']])));
    expect(table).toEqual([['学号'], ['202401010203040'], ['0012']]);
  });

  // Known defect: a 学号 may have up to 32 characters (src/lib/quiz/student-no.ts), but xlsxCell turns
  // any run of digits into a Number, and past 15 digits a double drops the last ones. When xlsxCell
  // keeps long digit runs as text, this test fails: remove `.fails`.
  it.fails('keeps every digit of an 18-digit 学号', async () => {
    const table = sheetToText(await readSheet(await write([['学号'], ['202401010203040506']])));
    expect(table).toEqual([['学号'], ['202401010203040506']]);
  });
});

describe('reading an uploaded .xlsx (sheetToText)', () => {
  it('shows cells as a teacher sees them and drops empty rows', () => {
    expect(
      sheetToText([
        ['学号', '姓名', '日期', '免考'],
        [20240001, '王芳', new Date(Date.UTC(2026, 0, 9)), true],
        [null, undefined, '  ', null],
        [20240002, null, undefined, false],
      ]),
    ).toEqual([
      ['学号', '姓名', '日期', '免考'],
      ['20240001', '王芳', '2026-01-09', 'true'],
      ['20240002', '', '', 'false'],
    ]);
  });
});

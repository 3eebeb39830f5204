import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gradeBands, gradingSchemes } from '../../../src/data/index.ts';
import { autoMapColumns, missingItems } from '../../../src/lib/grade/columns.ts';
import { decodeCsvBytes } from '../../../src/lib/grade/decode.ts';
import { evaluateRoster, readRoster, readScore } from '../../../src/lib/grade/roster.ts';
import { classStats } from '../../../src/lib/grade/stats.ts';
import { exportRows } from '../../../src/lib/grade/export.ts';
import { parseTable, toCsv } from '../../../src/lib/grade/table.ts';

const standard = gradingSchemes[0]!;
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/grades/${name}`, import.meta.url)));
const options = { blank: 'exclude' as const, bands: gradeBands };

describe('decoding uploaded CSV', () => {
  it.each([
    ['small-utf8.csv', 'utf-8'],
    ['small-utf8-bom.csv', 'utf-8'],
    ['small-gbk.csv', 'gbk'],
  ])('%s reads as %s with the same Chinese headers', (file, encoding) => {
    const decoded = decodeCsvBytes(fixture(file));
    expect(decoded).toMatchObject({ ok: true, encoding });
    expect(parseTable(decoded.ok ? decoded.text : '')[0]).toEqual(['学号', '姓名', '出勤', '课堂纪律', '课堂纪律', '期中考试', '期末考试']);
  });
});

describe('column auto-detection', () => {
  it.each([
    [['学号', '姓名', '课堂纪律', '课堂纪律'], ['number', 'name', 'item:attitude.discipline', 'item:process.discipline']],
    [['学习过程-课堂纪律', '学习态度-课堂纪律'], ['item:process.discipline', 'item:attitude.discipline']],
    [['学习过程 课堂纪律', '课堂纪律'], ['item:process.discipline', 'item:attitude.discipline']],
    [['姓名', '备注', '期中考试', '免考', '优秀'], ['name', 'ignore', 'item:result.midterm', 'flag:exempt', 'flag:excellent']],
  ])('%j → %j', (headers, mapping) => {
    expect(autoMapColumns(headers, standard)).toEqual(mapping);
  });

  it('names the columns that are missing', () => {
    expect(missingItems(autoMapColumns(['姓名', '期中考试'], standard), standard)).toContain('学习结果-期末考试');
  });
});

describe('reading score cells', () => {
  it.each([
    ['', undefined, undefined],
    [' 88.5 ', 88.5, undefined],
    ['９０', 90, undefined],
    ['75分', 75, undefined],
    ['0', 0, undefined],
    ['100', 100, undefined],
    ['良', undefined, '“良”不是数字'],
    ['=1+1', undefined, '“=1+1”不是数字'],
    ['105', undefined, '105 超出 0–100 的范围'],
    ['-1', undefined, '-1 超出 0–100 的范围'],
  ])('%j → value %s, error %s', (cell, value, error) => {
    expect(readScore(cell)).toEqual({ ...(value !== undefined && { value }), ...(error && { error }) });
  });
});

describe('the 40-student fixture', () => {
  const [header, ...rows] = parseTable(new TextDecoder().decode(fixture('class-40.tsv')));
  const mapping = autoMapColumns(header!, standard);
  const roster = readRoster(rows, mapping, standard);
  const outcomes = evaluateRoster(roster, standard, options);

  it('maps every column', () => expect(mapping).not.toContain('ignore'));

  it.each([
    [4, '学习态度-师生互助：“良”不是数字'],
    [6, '学习结果-期末考试：105 超出 0–100 的范围'],
    [13, '与第 12 行重复（20240011），不计入统计'],
    [26, '学习过程-活动提问参与度：“=1+1”不是数字'],
  ])('line %i explains: %s', (line, message) => {
    expect(roster.find((r) => r.line === line)!.issues.map((i) => i.message)).toContain(message);
  });

  it('numbers rows as the file does when its header is below title rows (header on row 4)', () => {
    const below = readRoster(rows, mapping, standard, 4);
    expect(below[0]!.line).toBe(5);
    expect(below.find((r) => r.line === 16)!.issues.map((i) => i.message)).toContain('与第 15 行重复（20240011），不计入统计');
  });

  it('keeps every row and its raw text, and still computes rows with bad cells', () => {
    expect(roster).toHaveLength(40);
    expect(roster[2]!.raw[4]).toBe('良');
    expect(outcomes[2]!.status).toBe('scored');
  });

  it('shows 免考 and 优秀 as the rules say', () => {
    expect(outcomes[14]!.status).toBe('exempt');
    expect(outcomes[19]!.band).toBe('优秀');
  });

  it('statistics leave out 免考 and the duplicate', () => {
    const stats = classStats(outcomes, gradeBands);
    expect(stats.count).toBe(38);
    expect(stats.exempt).toBe(1);
    expect(stats.histogram.reduce((s, b) => s + b.count, 0)).toBe(38);
    expect(stats.min).toBeLessThanOrEqual(stats.median!);
    expect(stats.median).toBeLessThanOrEqual(stats.max!);
  });

  it('exported CSV re-imports to the same results', () => {
    const csv = toCsv(exportRows(outcomes, standard, mapping));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const decoded = decodeCsvBytes(new TextEncoder().encode(csv));
    const [h2, ...r2] = parseTable(decoded.ok ? decoded.text : '');
    const m2 = autoMapColumns(h2!, standard);
    const again = evaluateRoster(readRoster(r2, m2, standard), standard, options);
    expect(again.map((o) => [o.row.number, o.row.name, o.status, o.result?.total, o.band])).toEqual(
      outcomes.map((o) => [o.row.number, o.row.name, o.status, o.result?.total, o.band]),
    );
    expect(r2[24]![m2.indexOf('item:process.questions')]).toBe("'=1+1");
  });
});

describe('formula injection (CSV cells through Papa’s escapeFormulae)', () => {
  /** The one field a CSV of one cell holds, as a spreadsheet program splits it. */
  const field = (cell: string) => Papa.parse<string[]>(toCsv([[cell]]).slice(1), { delimiter: ',' }).data[0]?.[0];
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+86 138', "'+86 138"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['张三', '张三'],
    ['88.5', '88.5'],
    ['=A1\n第二行', "'=A1\n第二行"],
  ])('%j → %j', (cell, safe) => expect(field(cell)).toBe(safe));
});

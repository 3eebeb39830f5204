import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { maxXlsxUnzippedBytes } from '../../../src/lib/grade/file-check.ts';
import { readGradeFile, unzippedWithin } from '../../../src/lib/grade/read-file.ts';
import { findHeaderRow } from '../../../src/lib/grade/columns.ts';
import { gradingSchemes } from '../../../src/data/index.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/grades/${name}`, import.meta.url)));
const zip = async (files: Record<string, string | Uint8Array>, compression: 'DEFLATE' | 'STORE' = 'DEFLATE') => {
  const z = new JSZip();
  for (const [name, data] of Object.entries(files)) z.file(name, data);
  return z.generateAsync({ type: 'uint8array', compression });
};
/** Rewrites every declared unzipped size of `name` (local header and central directory) to `size`: a zip that lies. */
function declare(bytes: Uint8Array, name: string, size: number) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const encoded = new TextEncoder().encode(name);
  const named = (at: number) => encoded.every((b, k) => bytes[at + k] === b);
  for (let k = 0; k + 46 < bytes.length; k++) {
    const signature = view.getUint32(k, true);
    if (signature === 0x04034b50 && named(k + 30)) view.setUint32(k + 22, size, true);
    if (signature === 0x02014b50 && named(k + 46)) view.setUint32(k + 24, size, true);
  }
  return bytes;
}
const workbook = (rows: (string | number)[][]) =>
  writeXlsxFile(rows.map((row) => row.map((value) => ({ value, type: typeof value === 'number' ? Number : String })))).toBuffer().then((b: Buffer) => new Uint8Array(b));

describe('readGradeFile: the whole reading of a grade file, as the worker runs it', () => {
  it('reads a school 成绩登记表 .xlsx: the title row kept for the header search, 学号 typed as text keeps its zeros', async () => {
    const bytes = await workbook([['2025 级电商 1 班《电子商务客户服务》成绩登记表'], ['学号', '姓名', '期末考试'], ['0012', '林小悦', 88], ['202310010101', '王芳', '９０']]);
    const read = await readGradeFile(bytes, 100);
    expect(read).toEqual({ kind: 'table', table: [['2025 级电商 1 班《电子商务客户服务》成绩登记表', '', ''], ['学号', '姓名', '期末考试'], ['0012', '林小悦', '88'], ['202310010101', '王芳', '９０']] });
    expect(findHeaderRow(read.kind === 'table' ? read.table : [], gradingSchemes[0]!)).toBe(1);
  });

  it('keeps the leading zeros of a 学号 in a CSV', async () => {
    const read = await readGradeFile(new TextEncoder().encode('学号,姓名\r\n0012,林小悦\r\n'), 100);
    expect(read).toEqual({ kind: 'table', table: [['学号', '姓名'], ['0012', '林小悦']], encoding: 'utf-8' });
  });

  it('refuses an Excel 97 .xls with a message asking for .xlsx or CSV', async () => {
    const read = await readGradeFile(fixture('title-row-excel97.xls'), 100);
    expect(read).toMatchObject({ kind: 'refused', message: expect.stringMatching(/\.xls.*另存为 \.xlsx 或 CSV/) });
  });

  it('reads a CSV with the encoding it detected', async () => {
    const read = await readGradeFile(fixture('small-gbk.csv'), 5000);
    expect(read).toMatchObject({ kind: 'table', encoding: 'gbk' });
    if (read.kind === 'table') expect(read.table[0]).toContain('学号');
  });

  it('counts the rows of a CSV over the class limit without parsing it', async () => {
    const text = `学号,姓名\n${'1,林\n'.repeat(5001)}`;
    expect(await readGradeFile(new TextEncoder().encode(text), 5000)).toEqual({ kind: 'too-many-rows', rows: 5001 });
  });

  it('reads the table of a real .xlsx, with numbers as the teacher sees them', async () => {
    const read = await readGradeFile(await workbook([['学号', '姓名', '期末考试'], ['2023010101', '林小悦', 88.5]]), 5000);
    expect(read).toEqual({ kind: 'table', table: [['学号', '姓名', '期末考试'], ['2023010101', '林小悦', '88.5']] });
  });

  it('refuses a zip that says it unzips small but really unzips past the limit, naming the limit', async () => {
    const liar = declare(await zip({ 'xl/workbook.xml': '<workbook/>', 'xl/sharedStrings.xml': 'A'.repeat(maxXlsxUnzippedBytes + 1024 * 1024) }), 'xl/sharedStrings.xml', 1000);
    const read = await readGradeFile(liar, 5000);
    expect(read).toMatchObject({ kind: 'refused' });
    if (read.kind === 'refused') expect(read.message).toMatch(/实际解压后超过 20 MB 的上限/);
  });

  it('refuses an .xlsx whose compressed data is damaged, and one that is no workbook inside', async () => {
    const good = await zip({ 'xl/workbook.xml': `<workbook>${'<sheet/>'.repeat(2000)}</workbook>` });
    const damaged = good.slice();
    const data = 30 + 'xl/workbook.xml'.length;
    damaged.fill(0xff, data, data + 40);
    expect(await readGradeFile(damaged, 5000)).toMatchObject({ kind: 'refused', message: expect.stringMatching(/已损坏/) });
    expect(await readGradeFile(await zip({ 'xl/workbook.xml': 'not xml at all' }), 5000)).toMatchObject({ kind: 'refused', message: expect.stringMatching(/不是工作簿|已损坏/) });
  });

  it('passes the file checks through (an Excel 97 file is refused by its signature)', async () => {
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await readGradeFile(xls, 5000)).toMatchObject({ kind: 'refused', message: expect.stringMatching(/Excel 97/) });
  });
});

describe('unzippedWithin: the real unzipped size, never more than one step past the limit', () => {
  it('accepts stored and deflated entries within the limit', async () => {
    expect(unzippedWithin(await zip({ 'a.xml': 'x'.repeat(5000) }), 10_000)).toBe('within');
    expect(unzippedWithin(await zip({ 'a.xml': 'x'.repeat(5000) }, 'STORE'), 10_000)).toBe('within');
  });

  it('counts every entry together', async () => {
    expect(unzippedWithin(await zip({ 'a.xml': 'x'.repeat(6000), 'b.xml': 'y'.repeat(6000) }), 10_000)).toBe('over');
  });

  it('finds a 30 MB entry that declares 10 bytes', async () => {
    const bomb = declare(await zip({ 'a.xml': new Uint8Array(30 * 1024 * 1024) }), 'a.xml', 10);
    expect(unzippedWithin(bomb, maxXlsxUnzippedBytes)).toBe('over');
  });
});

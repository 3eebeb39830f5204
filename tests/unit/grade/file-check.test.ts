import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkGradeFile, maxGradeFileBytes, zipEntries } from '../../../src/lib/grade/file-check.ts';
import { countLines } from '../../../src/lib/grade/table.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/grades/${name}`, import.meta.url)));
/** Deterministic noise: the bytes of a file that is not text at all. */
function noise(length: number, pick = (b: number) => b) {
  let seed = 12345;
  return Uint8Array.from({ length }, () => pick(((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff));
}
const zip = async (files: Record<string, string>) => {
  const z = new JSZip();
  for (const [name, text] of Object.entries(files)) z.file(name, text);
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
};
const refusal = (bytes: Uint8Array) => {
  const checked = checkGradeFile(bytes);
  return checked.kind === 'refused' ? checked.message : `accepted as ${checked.kind}`;
};

describe('files are judged by their bytes, not their name', () => {
  it.each([
    ['random bytes', noise(20_000), /二进制/],
    ['random bytes without NUL', noise(20_000, (b) => b || 1), /编码|控制字符/],
    ['random high bytes (no control characters)', noise(20_000, (b) => b | 0x80), /编码/],
    ['UTF-8 text with control characters', new TextEncoder().encode('学号,姓名\n1,\u0007\u0001\u0002'), /控制字符/],
    ['an Excel 97 .xls (OLE)', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...noise(600)]), /\.xls.*另存为 \.xlsx 或 CSV 后再导入/],
    ['a WPS 表格 .et (OLE, like .xls)', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...noise(600, (b) => b || 1)]), /WPS 表格的 \.et.*另存为 \.xlsx 或 CSV/],
    ['a gzip file', Uint8Array.from([0x1f, 0x8b, 0x08, ...noise(600)]), /gzip/],
    ['a GIF', new TextEncoder().encode('GIF89a学号,姓名\n'), /GIF/],
    ['a web page saved as .xls', new TextEncoder().encode('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>学号</td></tr></table></body></html>'), /网页（HTML）或 XML/],
    ['Excel’s “XML 电子表格” saved as .xls', new TextEncoder().encode('\uFEFF<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet/></Workbook>'), /网页（HTML）或 XML/],
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n学号,姓名\n'), /PDF/],
    ['an empty file', new Uint8Array(0), /空的/],
    ['a file over the size limit', new Uint8Array(maxGradeFileBytes + 1).fill(0x31), /5\.0 MB 的上限/],
  ])('%s is refused with a message saying what it seems to be', (_what, bytes, message) => {
    expect(refusal(bytes)).toMatch(message);
  });

  it.each([
    ['small-utf8.csv', 'utf-8'],
    ['small-utf8-bom.csv', 'utf-8'],
    ['small-gbk.csv', 'gbk'],
  ])('%s is still read as %s', (file, encoding) => {
    expect(checkGradeFile(fixture(file))).toMatchObject({ kind: 'csv', encoding });
  });

  it('refuses a real Excel 97 .xls (written by LibreOffice, a title row above the header) instead of reading it as GBK text', () => {
    expect(refusal(fixture('title-row-excel97.xls'))).toMatch(/^这是旧版格式的表格文件（Excel 97–2003 的 \.xls 或 WPS 表格的 \.et）/);
  });

  it('still reads a CSV whose first cell starts with < but is no markup', () => {
    expect(checkGradeFile(new TextEncoder().encode('<学号>,姓名\n1,林小悦\n'))).toMatchObject({ kind: 'csv' });
  });

  it('reads a UTF-16 file (Excel “Unicode 文本”) by its BOM', () => {
    const text = '学号\t姓名\n1\t林小悦\n';
    const bytes = Uint8Array.from([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]);
    expect(checkGradeFile(bytes)).toEqual({ kind: 'csv', text, encoding: 'utf-16' });
  });
});

describe('zip files: an .xlsx by its PK signature, a zip bomb by its declared size', () => {
  it('hands an .xlsx on, whatever its name', async () => {
    expect(checkGradeFile(await zip({ 'xl/workbook.xml': '<workbook/>', '[Content_Types].xml': '<Types/>' }))).toEqual({ kind: 'xlsx' });
  });

  it('refuses an OpenDocument spreadsheet (.ods) by name', async () => {
    expect(refusal(await zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' }))).toMatch(/OpenDocument 表格（\.ods/);
  });

  it('refuses a zip that is not a workbook', async () => {
    expect(refusal(await zip({ 'readme.txt': 'hello' }))).toMatch(/ZIP 压缩包/);
  });

  it('refuses a cut-off .xlsx', async () => {
    expect(refusal((await zip({ 'xl/workbook.xml': '<workbook/>' })).subarray(0, 60))).toMatch(/已损坏/);
  });

  it('lists entries and declared sizes from the central directory', async () => {
    expect(zipEntries(await zip({ 'a.txt': 'x'.repeat(1000), 'b/c.xml': '<c/>' }))).toEqual([
      { name: 'a.txt', size: 1000 },
      { name: 'b/', size: 0 },
      { name: 'b/c.xml', size: 4 },
    ]);
  });

  it('refuses a small .xlsx whose cell unzips to 25 MB, naming the 20 MB limit, without unzipping it', async () => {
    const bomb = await zip({ 'xl/workbook.xml': '<workbook/>', 'xl/sharedStrings.xml': `<sst><si><t>${'9'.repeat(25 * 1024 * 1024)}</t></si></sst>` });
    expect(bomb.length).toBeLessThan(maxGradeFileBytes);
    const started = performance.now();
    expect(refusal(bomb)).toMatch(/解压后超过 20\.0 MB 的上限/);
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('counting rows before parsing', () => {
  it.each([
    ['nothing', '', 0],
    ['blank and CRLF lines', '学号,姓名\n1,林\n\n  \n2,王\r\n', 3],
    ['a million rows', `h\n${'1,2\n'.repeat(1_000_000)}`, 1_000_001],
  ])('%s: %i non-blank lines', (_what, text, lines) => {
    expect(countLines(text)).toBe(lines);
  });
});

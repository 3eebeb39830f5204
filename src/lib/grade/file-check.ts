import { decodeCsvBytes } from './decode.ts';

/** Largest grade file read (CSV or .xlsx): a class of 2,000 is well under 1 MB. */
export const maxGradeFileBytes = 5 * 1024 * 1024;
/** Largest total an .xlsx may declare its parts unzip to; a zip bomb declares far more. */
export const maxXlsxUnzippedBytes = 20 * 1024 * 1024;

/** What an uploaded grade file is, judged by its bytes: a CSV's text, an .xlsx to hand on, or a Chinese refusal. */
export type GradeFile = { kind: 'csv'; text: string; encoding: 'utf-8' | 'gbk' | 'utf-16' } | { kind: 'xlsx' } | { kind: 'refused'; message: string };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, k) => bytes[k] === b);
const resave = '请在 Excel/WPS 中打开成绩表，另存为 .xlsx 或 CSV 后再导入。';
const signatures: [number[], string][] = [
  // An OLE compound file: Excel 97–2003 .xls, WPS 表格 .et (WPS's own format is OLE too) and old .doc/.ppt.
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], '这是旧版格式的表格文件（Excel 97–2003 的 .xls 或 WPS 表格的 .et），本页无法直接读取。请在 Excel/WPS 中打开，另存为 .xlsx 或 CSV 后再导入。'],
  [[0x25, 0x50, 0x44, 0x46], `这是 PDF 文件，无法从中读取表格。${resave}`],
  [[0x89, 0x50, 0x4e, 0x47], `这是图片（PNG），不是表格。${resave}`],
  [[0xff, 0xd8, 0xff], `这是图片（JPEG），不是表格。${resave}`],
  [[0x52, 0x61, 0x72, 0x21], `这是 RAR 压缩包，不是表格。请先解压，再导入其中的 .xlsx 或 CSV 文件。`],
  [[0x37, 0x7a, 0xbc, 0xaf], `这是 7z 压缩包，不是表格。请先解压，再导入其中的 .xlsx 或 CSV 文件。`],
  [[0x1f, 0x8b], `这是 gzip 压缩文件，不是表格。请先解压，再导入其中的 .xlsx 或 CSV 文件。`],
  [[0x47, 0x49, 0x46, 0x38], `这是图片（GIF），不是表格。${resave}`],
];

/**
 * Names and declared unzipped sizes of a zip's entries, read from its central directory without unzipping
 * anything; undefined when the directory can't be found (not a whole zip). ZIP64 sizes count as unlimited.
 */
export function zipEntries(bytes: Uint8Array): { name: string; size: number }[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let k = bytes.length - 22; k >= Math.max(0, bytes.length - 22 - 65535); k--) {
    if (view.getUint32(k, true) === 0x06054b50) { end = k; break; }
  }
  if (end < 0) return undefined;
  const entries: { name: string; size: number }[] = [];
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    entries.push({ name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)), size: size === 0xffffffff ? Infinity : size });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** The Chinese refusal of a file over the size limit, or undefined; checked before a byte is read. */
export function fileTooBig(size: number): string | undefined {
  if (size > maxGradeFileBytes)
    return `文件有 ${mb(size)}，超过 ${mb(maxGradeFileBytes)} 的上限（一个班的成绩表通常不到 1 MB）。请确认选对了文件，或只保留成绩所在的工作表后另存再导入。`;
}

/** Judges an uploaded grade file by its content (never its name): size first, then signature, then encoding. */
export function checkGradeFile(bytes: Uint8Array): GradeFile {
  if (bytes.length === 0) return { kind: 'refused', message: '文件是空的（0 字节）。请确认选对了文件，并在 Excel/WPS 中保存后再导入。' };
  const big = fileTooBig(bytes.length);
  if (big) return { kind: 'refused', message: big };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const entries = zipEntries(bytes);
    if (!entries) return { kind: 'refused', message: `这个文件像 Excel（.xlsx）但已损坏或不完整。${resave}` };
    if (entries.some((e) => e.name === 'content.xml') && !entries.some((e) => e.name === 'xl/workbook.xml'))
      return { kind: 'refused', message: '这是 OpenDocument 表格（.ods，LibreOffice/WPS 可另存的格式），本页无法直接读取。请在表格软件中另存为 .xlsx 或 CSV 后再导入。' };
    if (!entries.some((e) => e.name === 'xl/workbook.xml')) return { kind: 'refused', message: '这是 ZIP 压缩包（或 Word 等其他 Office 文件），不是 Excel 表格。请先解压，或在 Excel/WPS 中另存为 .xlsx 或 CSV 后再导入。' };
    const total = entries.reduce((sum, e) => sum + e.size, 0);
    if (total > maxXlsxUnzippedBytes)
      return { kind: 'refused', message: `这个 Excel 文件解压后超过 ${mb(maxXlsxUnzippedBytes)} 的上限（声明为 ${Number.isFinite(total) ? mb(total) : '超过 4 GB'}），不像一个班的成绩表，没有读取。请只保留成绩所在的工作表后另存再导入。` };
    return { kind: 'xlsx' };
  }
  const known = signatures.find(([signature]) => startsWith(bytes, signature));
  if (known) return { kind: 'refused', message: known[1] };
  const decoded = decodeCsvBytes(bytes);
  // Many school systems export a web page or Excel's “XML 电子表格” and name it .xls: text, but markup, not a table.
  if (decoded.ok && /^\s*</.test(decoded.text) && /<(html|table|\?xml|workbook)\b/i.test(decoded.text.slice(0, 2000)))
    return { kind: 'refused', message: `这是网页（HTML）或 XML 格式的表格（一些教务系统导出的 .xls 实际是这种格式），本页无法直接读取。${resave}` };
  return decoded.ok ? { kind: 'csv', text: decoded.text, encoding: decoded.encoding } : { kind: 'refused', message: decoded.message };
}

/** Text of an uploaded CSV, or a Chinese reason it is not one. */
export type DecodedCsv = { ok: true; text: string; encoding: 'utf-8' | 'gbk' | 'utf-16' } | { ok: false; message: string };

// Tab, LF and CR are text; every other C0 control (and DEL) is a sign of a binary file.
const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// What a Chinese grade table is made of: printable ASCII, white space, CJK ideographs and punctuation, full-width forms.
const texty = /[\t\n\r\u0020-\u007e\u00b7\u2014-\u2026\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/g;
const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

const unreadable =
  '无法识别文件的编码：它既不是 UTF-8，也不像 GBK 编码的文字，可能不是表格文件。请在 Excel/WPS 中打开成绩表，另存为“CSV UTF-8（逗号分隔）”或 .xlsx 后再导入。';

/**
 * Decodes an uploaded CSV only when it is confidently text: UTF-8 (BOM stripped), UTF-16 with a BOM (Excel's
 * “Unicode 文本”), or GBK (older Excel) when the GBK reading has no undecodable bytes or control characters
 * and at least 95 % of it is ASCII, CJK or full-width text. Anything else is refused, never guessed.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16' };
  if (bytes.includes(0)) return { ok: false, message: '文件中有二进制数据（不是文字），不是 CSV 表格。请确认选对了文件；Excel 表格请另存为 .xlsx 或 CSV 后再导入。' };
  let text: string;
  let encoding: 'utf-8' | 'gbk' = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    text = new TextDecoder('gbk').decode(bytes);
    encoding = 'gbk';
    if (text.includes('\uFFFD') || count(text, texty) < text.length * 0.95) return { ok: false, message: unreadable };
  }
  if (count(text, control) > 0) return { ok: false, message: '文件中有控制字符（不是普通文字），不像 CSV 表格。请确认选对了文件，或在 Excel/WPS 中另存为 CSV 后再导入。' };
  return { ok: true, text, encoding };
}

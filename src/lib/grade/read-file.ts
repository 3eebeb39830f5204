import { checkGradeFile, maxXlsxUnzippedBytes } from './file-check.ts';
import { sheetToText } from './spreadsheet.ts';
import { countLines, parseTable } from './table.ts';
import { inflateInSteps } from '../zip-steps.ts';

/**
 * What reading a grade file gave: its table (and, for a CSV, the encoding it was read in), a Chinese
 * refusal, or the row count of a table over the class limit (the page words that message, naming the file).
 */
export type GradeFileRead =
  | { kind: 'table'; table: string[][]; encoding?: 'utf-8' | 'gbk' | 'utf-16' }
  | { kind: 'refused'; message: string }
  | { kind: 'too-many-rows'; rows: number };

/**
 * Inflates every entry of a zip in small steps, keeping nothing, and stops as soon as the output passes
 * `limit`: a zip that declares small sizes but unzips to far more is caught after at most one step over.
 */
export function unzippedWithin(bytes: Uint8Array, limit: number): 'within' | 'over' | 'broken' {
  let total = 0;
  let outcome: 'within' | 'over' | 'broken' = 'within';
  const fed = inflateInSteps(bytes, (file) => {
    file.ondata = (error, chunk) => {
      if (error) outcome = 'broken';
      else if ((total += chunk.length) > limit && outcome === 'within') {
        outcome = 'over';
        file.terminate();
      }
    };
    try {
      file.start();
    } catch {
      // An entry compressed in a way no .xlsx uses (not stored, not deflated).
      outcome = 'broken';
    }
  }, () => outcome !== 'within');
  return fed ? outcome : 'broken';
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const resave = '请在 Excel/WPS 中打开后重新另存为 .xlsx 或 CSV 再导入。';

/**
 * Reads an uploaded grade file by its content: the checks of ./file-check.ts, then a CSV's lines are
 * counted before it is parsed, and an .xlsx is really unzipped within its limit before the workbook is
 * read. `maxRows` is the class limit of src/stores/grades.ts. Runs in src/components/exercises/grade-calculator/grade-file.worker.ts, off the page's thread.
 */
export async function readGradeFile(bytes: Uint8Array, maxRows: number): Promise<GradeFileRead> {
  const checked = checkGradeFile(bytes);
  if (checked.kind === 'refused') return checked;
  if (checked.kind === 'csv') {
    const lines = countLines(checked.text);
    if (lines > maxRows + 1) return { kind: 'too-many-rows', rows: lines - 1 };
    return { kind: 'table', table: parseTable(checked.text), encoding: checked.encoding };
  }
  const unzipped = unzippedWithin(bytes, maxXlsxUnzippedBytes);
  if (unzipped === 'over')
    return { kind: 'refused', message: `这个 Excel 文件实际解压后超过 ${mb(maxXlsxUnzippedBytes)} 的上限（比它声明的大小大得多），不像一个班的成绩表，没有读取。请只保留成绩所在的工作表后另存再导入。` };
  if (unzipped === 'broken') return { kind: 'refused', message: `它像 Excel（.xlsx）文件，但压缩内容已损坏。${resave}` };
  try {
    const { readSheet } = await import('read-excel-file/universal');
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    return { kind: 'table', table: sheetToText(await readSheet(buffer)) };
  } catch (error) {
    const why = error instanceof Error ? error.message.slice(0, 80) : '未知错误';
    return { kind: 'refused', message: `它像 Excel（.xlsx）文件，但内容已损坏或不是工作簿（${why}）。${resave}` };
  }
}

import { computeScore, type BlankRule, type ScoreResult } from './compute.ts';
import { bandOf } from './bands.ts';
import { flattenItems, type GradeBands, type GradingScheme } from './scheme.ts';
import type { ColumnTarget } from './columns.ts';
import { clip } from './clip.ts';

/** A cell problem the roster marks, in Chinese. */
export interface CellIssue {
  column: number;
  message: string;
}

/** One row of the class: the raw cells (never lost) and what was read from them. */
export interface RosterRow {
  /** Row number in the file or pasted data, 1-based: the header's row (1 unless title rows were above it) plus one per row below it. */
  line: number;
  raw: string[];
  number: string;
  name: string;
  scores: Record<string, number | undefined>;
  bonus: number;
  flags: string[];
  /** The teacher's note on the row (a 调整说明 column: why a value was changed), shown and exported beside it. */
  note?: string;
  issues: CellIssue[];
  /** Line of the earlier row with the same student, if any; such a row is left out of statistics. */
  duplicateOf?: number;
}

/** Options that change the result without changing the data. */
export interface ComputeOptions {
  blank: BlankRule;
  bands: GradeBands;
}

/** One row's outcome: a score (full precision), 免考, or not computable. */
export interface RowOutcome {
  row: RosterRow;
  status: 'scored' | 'exempt' | 'empty';
  result?: ScoreResult;
  band?: string;
}

const plainNumber = /^\d{1,3}(\.\d+)?$/;
const truthy = /^(是|√|✓|y|yes|true|1|x|免考|优秀)$/i;

/** Reads a score cell: '' → blank; a number 0–100 (decimals, full-width digits, trailing “分”) → value; else a Chinese error. */
export function readScore(cell: string): { value?: number; error?: string } {
  // Fast path for the common case (a plain number), which matters for a 5,000-student class.
  if (plainNumber.test(cell)) {
    const value = Number(cell);
    if (value <= 100) return { value };
  }
  const text = cell
    .replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .trim()
    .replace(/分$/, '')
    .trim();
  if (text === '') return {};
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { error: `“${clip(cell.trim(), 20)}”不是数字` };
  const value = Number(text);
  if (value < 0 || value > 100) return { error: `${clip(text, 20)} 超出 0–100 的范围` };
  return { value };
}

/** Drops the apostrophe our own CSV export adds before = + - @, so an exported file re-imports identically. */
const unneutralise = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** Reads data rows (header excluded, the header on row `headerLine`) against a column mapping; every problem is marked, nothing is dropped. */
export function readRoster(rows: string[][], mapping: ColumnTarget[], scheme: GradingScheme, headerLine = 1): RosterRow[] {
  const itemName = new Map(flattenItems(scheme).map((i) => [i.id, `${i.componentName}-${i.name}`]));
  // Work out once per column what it holds, then read every row with that plan.
  const plan = mapping.map((target, col) => ({
    target,
    col,
    label: target === 'bonus' ? (scheme.bonus?.name ?? '加分') : itemName.get(target.slice(5)),
    id: target.slice(5),
  }));
  const out: RosterRow[] = rows.map((cells, r) => {
    const row: RosterRow = { line: r + headerLine + 1, raw: cells, number: '', name: '', scores: {}, bonus: 0, flags: [], issues: [] };
    for (const { target, col, label, id } of plan) {
      if (target === 'ignore') continue;
      const cell = unneutralise(cells[col] ?? '');
      if (target === 'number') row.number = cell.trim();
      else if (target === 'name') row.name = cell.trim();
      else if (target === 'note') row.note = cell.trim();
      else if (target.startsWith('flag:')) {
        if (truthy.test(cell.trim())) row.flags.push(id);
      } else {
        const { value, error } = readScore(cell);
        if (error) row.issues.push({ column: col, message: `${label}：${error}` });
        else if (target === 'bonus') {
          if (value !== undefined && scheme.bonus && value > scheme.bonus.max)
            row.issues.push({ column: col, message: `${label}：${value} 超过上限 ${scheme.bonus.max} 分` });
          else row.bonus = value ?? 0;
        } else row.scores[id] = value;
      }
    }
    return row;
  });
  markDuplicates(out, mapping);
  return out;
}

function markDuplicates(rows: RosterRow[], mapping: ColumnTarget[]) {
  const keyCol = mapping.indexOf('number') >= 0 ? mapping.indexOf('number') : mapping.indexOf('name');
  if (keyCol < 0) return;
  const seen = new Map<string, number>();
  for (const row of rows) {
    const key = mapping[keyCol] === 'number' ? row.number : row.name;
    if (!key) {
      row.issues.push({ column: keyCol, message: mapping[keyCol] === 'number' ? '缺少学号' : '缺少姓名' });
      continue;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      row.duplicateOf = first;
      row.issues.push({ column: keyCol, message: `与第 ${first} 行重复（${clip(key, 20)}），不计入统计` });
    }
    else seen.set(key, row.line);
  }
}

/** Computes every row: bad cells count as blank so the rest of the row (and class) still computes. */
export function evaluateRoster(rows: RosterRow[], scheme: GradingScheme, options: ComputeOptions): RowOutcome[] {
  const top = [...options.bands].sort((a, b) => b.min - a.min)[0]?.name ?? '优秀';
  return rows.map((row) => {
    if (row.flags.includes('exempt')) return { row, status: 'exempt' };
    const result = computeScore(scheme, row.scores, options.blank, row.bonus);
    if (result.total === undefined) return { row, status: 'empty', result };
    const band = row.flags.includes('excellent') ? top : bandOf(result.total, options.bands);
    return { row, status: 'scored', result, band };
  });
}

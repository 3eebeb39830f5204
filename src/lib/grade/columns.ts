import { flattenItems, type GradingScheme } from './scheme.ts';

/** What a column holds: student number, name, an item id, the bonus, a flag, the teacher's note (调整说明), or nothing. */
export type ColumnTarget = 'ignore' | 'number' | 'name' | 'bonus' | 'note' | `item:${string}` | `flag:${string}`;

/** One choice for the column mapper. */
export interface TargetOption {
  value: ColumnTarget;
  label: string;
}

/** Every target a column can be mapped to, labelled as the teacher reads them. */
export function targetOptions(scheme: GradingScheme): TargetOption[] {
  return [
    { value: 'ignore', label: '（不导入）' },
    { value: 'number', label: '学号' },
    { value: 'name', label: '姓名' },
    ...flattenItems(scheme).map((i) => ({ value: `item:${i.id}` as const, label: `${i.componentName}-${i.name}` })),
    ...(scheme.bonus ? [{ value: 'bonus' as const, label: scheme.bonus.name }] : []),
    ...scheme.flags.map((f) => ({ value: `flag:${f.id}` as const, label: `标记：${f.name}` })),
    { value: 'note', label: '调整说明' },
  ];
}

const norm = (s: string) => s.replace(/[\s\u3000()（）:：\-—_·/|]/g, '').toLowerCase();

/**
 * Guesses each header's target. Exact “部分-项目” wins; otherwise a bare item name maps to the first
 * unused item of that name (so two “课堂纪律” columns go to 学习态度 then 学习过程). Unknown → 'ignore'.
 */
export function autoMapColumns(headers: string[], scheme: GradingScheme): ColumnTarget[] {
  const items = flattenItems(scheme);
  const used = new Set<ColumnTarget>();
  const take = (t: ColumnTarget | undefined): ColumnTarget => {
    if (!t || used.has(t)) return 'ignore';
    used.add(t);
    return t;
  };
  const firstPass = headers.map((raw) => {
    const h = norm(raw);
    const full = items.find((i) => h === norm(i.componentName + i.name) || h === norm(i.id));
    return full ? take(`item:${full.id}`) : undefined;
  });
  return headers.map((raw, k) => {
    if (firstPass[k]) return firstPass[k]!;
    const h = norm(raw);
    if (!h) return 'ignore';
    if (/^(学号|编号|序号学号|studentid|id)$/.test(h)) return take('number');
    if (/^(姓名|学生姓名|学生|name)$/.test(h)) return take('name');
    if (h === '调整说明') return take('note');
    const flag = scheme.flags.find((f) => h === norm(f.name) || norm(f.name).startsWith(h));
    if (flag) return take(`flag:${flag.id}`);
    if (scheme.bonus && h === norm(scheme.bonus.name)) return take('bonus');
    const byName = items.filter((i) => h === norm(i.name) || h.endsWith(norm(i.name)) && h.startsWith(norm(i.componentName)));
    const free = byName.find((i) => !used.has(`item:${i.id}`));
    return free ? take(`item:${free.id}`) : 'ignore';
  });
}

/** Item names the mapping leaves out (a missing column); their cells count as blank. */
export function missingItems(mapping: ColumnTarget[], scheme: GradingScheme): string[] {
  return flattenItems(scheme)
    .filter((i) => !mapping.includes(`item:${i.id}`))
    .map((i) => `${i.componentName}-${i.name}`);
}

/** Rows searched for the header: a school's 成绩登记表 has a title, a class line and a blank row or two above it. */
export const headerSearchRows = 10;

/**
 * Index of the table's header row: the first of its first rows that names 学号 or 姓名 or maps at least two
 * columns of the scheme; title rows (“2025 级电商 1 班《电子商务客户服务》成绩登记表”) above it are skipped.
 * When no row looks like a header, the first row that is not blank, so a table without one is read as before.
 */
export function findHeaderRow(table: string[][], scheme: GradingScheme): number {
  const found = table.slice(0, headerSearchRows).findIndex((row) => {
    const mapped = autoMapColumns(row, scheme).filter((t) => t !== 'ignore');
    return mapped.includes('number') || mapped.includes('name') || mapped.length >= 2;
  });
  return found >= 0 ? found : Math.max(0, table.findIndex((row) => row.some((cell) => cell.trim() !== '')));
}

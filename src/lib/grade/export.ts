import { formatScore } from './round.ts';
import type { RowOutcome } from './roster.ts';
import type { GradingScheme } from './scheme.ts';
import { flattenItems } from './scheme.ts';
import type { ExportColumnKind } from './spreadsheet.ts';

/** What each column of exportRows holds, in the same order: item scores, the bonus and 总评 are scores, the rest text. */
export function exportKinds(scheme: GradingScheme, mapping: string[]): ExportColumnKind[] {
  return [
    'text',
    'text',
    ...flattenItems(scheme).map(() => 'score' as const),
    ...(scheme.bonus ? ['score' as const] : []),
    ...scheme.flags.map(() => 'text' as const),
    'score',
    'text',
    ...(mapping.includes('note') ? ['text' as const] : []),
    'text',
  ];
}

/** Header + one row per student: 学号, 姓名, every item, bonus, flags, 总评, 等级, 调整说明 (when a column holds it), 说明. Raw text kept for bad cells. */
export function exportRows(outcomes: RowOutcome[], scheme: GradingScheme, mapping: string[], decimals = 1): string[][] {
  const items = flattenItems(scheme);
  const hasNote = mapping.includes('note');
  const header = [
    '学号',
    '姓名',
    ...items.map((i) => `${i.componentName}-${i.name}`),
    ...(scheme.bonus ? [scheme.bonus.name] : []),
    ...scheme.flags.map((f) => f.name),
    '总评',
    '等级',
    ...(hasNote ? ['调整说明'] : []),
    '说明',
  ];
  const rawOf = (o: RowOutcome, target: string) => {
    const col = mapping.indexOf(target);
    return col < 0 ? '' : (o.row.raw[col] ?? '').trim();
  };
  const body = outcomes.map((o) => [
    o.row.number,
    o.row.name,
    ...items.map((i) => rawOf(o, `item:${i.id}`)),
    ...(scheme.bonus ? [rawOf(o, 'bonus')] : []),
    ...scheme.flags.map((f) => (o.row.flags.includes(f.id) ? '是' : '')),
    o.status === 'scored' ? formatScore(o.result!.total!, decimals) : o.status === 'exempt' ? '免考' : '',
    o.status === 'scored' ? o.band! : o.status === 'exempt' ? '免考' : '',
    ...(hasNote ? [o.row.note ?? ''] : []),
    o.row.issues.map((i) => i.message).join('；'),
  ]);
  return [header, ...body];
}

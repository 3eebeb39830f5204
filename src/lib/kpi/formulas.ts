import type { DurationGroup } from './numbers.ts';

/** The shop's response-time targets of lesson 1.2 (教学示例, not a platform rule), in ms. */
export const TIME_TARGETS = { firstResponseMs: 15_000, averageResponseMs: 30_000 } as const;

/** The KPIs of lesson 1.2 this calculator works out. */
export type KpiId = 'conversion' | 'order-value' | 'qa-ratio' | 'first-response' | 'average-response';

/** One worked KPI: the formula, the same formula with the numbers filled in, the value and what it means. */
export interface KpiResult {
  id: KpiId;
  /** Chinese name, e.g. 询单转化率. */
  label: string;
  /** The formula in words, as in lesson 1.2. */
  formula: string;
  /** The formula with the numbers filled in, e.g. `80 ÷ 500 × 100% = 16.0%`. */
  worked: string;
  /** The exact value (percent for 询单转化率, 元 for 客单价, seconds for the response times). */
  value: number;
  /** The value as shown, with its unit. */
  display: string;
  /** One line saying what the number means. */
  interpretation: string;
}

/** The formula of each KPI in words, as lesson 1.2 writes it. */
export const FORMULAS: Record<KpiId, { label: string; formula: string }> = {
  conversion: { label: '询单转化率', formula: '询单转化率 = 下单人数 ÷ 咨询人数 × 100%' },
  'order-value': { label: '客单价', formula: '客单价 = 销售额 ÷ 成交客户数' },
  'qa-ratio': { label: '问答比', formula: '问答比 = 客服回复消息数 ÷ 客户咨询消息数' },
  'first-response': { label: '首次响应时间', formula: '首次响应时间 = 各位客户的首次等待时间之和 ÷ 客户人数' },
  'average-response': { label: '平均响应时间', formula: '平均响应时间 = 每次回复用时之和 ÷ 回复次数' },
};

/** Rounds for display, trimming float noise: round(10.833, 1) === 10.8. */
const round = (value: number, digits: number) => Math.round(value * 10 ** digits + 1e-9) / 10 ** digits;

/** `=` when the shown value is exact, `≈` when it was rounded (the lesson's convention). */
const equals = (value: number, digits: number) => (Math.abs(round(value, digits) - value) < 1e-9 ? '=' : '≈');

/** A number as typed back: integers plain, others without float noise. */
export const plain = (value: number) => String(round(value, 6));

/** Seconds for display: 12 → '12', 12.16 → '12.2'. */
export const secondsText = (value: number) => String(round(value, 1));

/** 询单转化率 = 下单人数 ÷ 咨询人数 × 100%; `inquiries` must be > 0. */
export function conversion(orders: number, inquiries: number): KpiResult {
  const value = (orders / inquiries) * 100;
  const shown = round(value, 1);
  const per100 = Number.isInteger(shown) ? `有 ${shown}` : `约有 ${round(value, 0)}`;
  return {
    id: 'conversion',
    ...FORMULAS.conversion,
    worked: `${plain(orders)} ÷ ${plain(inquiries)} × 100% ${equals(value, 1)} ${shown.toFixed(1)}%`,
    value,
    display: `${shown.toFixed(1)}%`,
    interpretation: `每 100 位咨询的顾客中${per100} 位下单。`,
  };
}

/** 客单价 = 销售额 ÷ 成交客户数; `buyers` must be > 0. */
export function orderValue(sales: number, buyers: number): KpiResult {
  const value = sales / buyers;
  const shown = round(value, 1).toFixed(1);
  return {
    id: 'order-value',
    ...FORMULAS['order-value'],
    worked: `${plain(sales)} ÷ ${plain(buyers)} ${equals(value, 1)} ${shown} 元`,
    value,
    display: `${shown} 元`,
    interpretation: `每位成交顾客平均花费 ${shown} 元。`,
  };
}

/** 问答比 = 客服回复消息数 ÷ 客户咨询消息数; `customerMessages` must be > 0. */
export function qaRatio(agentMessages: number, customerMessages: number): KpiResult {
  const value = agentMessages / customerMessages;
  const shown = round(value, 2).toFixed(2);
  const interpretation =
    value > 1 ? '回复多于顾客提问，说明客服在主动介绍、推荐或跟进；但不是越高越好，要看回复质量。'
    : value < 1 ? '回复少于顾客提问，可能有问题没答全，或只是被动地“问一句答一句”。'
    : '一问一答，回复数与顾客提问数相当。';
  return { id: 'qa-ratio', ...FORMULAS['qa-ratio'], worked: `${plain(agentMessages)} ÷ ${plain(customerMessages)} ${equals(value, 2)} ${shown}`, value, display: shown, interpretation };
}

/** The sum written out: `8 + 12 + 20` or `200 × 10 + 180 × 12`; long lists are shortened. */
function sumText(groups: readonly DurationGroup[]): string {
  const terms = groups.map((g) => (g.count === 1 ? plain(g.seconds) : `${plain(g.count)} × ${plain(g.seconds)}`));
  return terms.length <= 8 ? terms.join(' + ') : `${terms.slice(0, 3).join(' + ')} + … + ${terms.at(-1)}，共 ${terms.length} 项`;
}

/** Mean of weighted durations (首次 or 平均响应时间) in seconds; `groups` must not be empty. */
export function responseTime(id: 'first-response' | 'average-response', groups: readonly DurationGroup[]): KpiResult {
  const count = groups.reduce((sum, g) => sum + g.count, 0);
  const total = groups.reduce((sum, g) => sum + g.count * g.seconds, 0);
  const value = total / count;
  const target = (id === 'first-response' ? TIME_TARGETS.firstResponseMs : TIME_TARGETS.averageResponseMs) / 1000;
  const name = id === 'first-response' ? '首次响应' : '平均响应';
  const middle = groups.length === 1 && groups[0]!.count === 1 ? '' : ` = ${plain(total)} ÷ ${plain(count)}`;
  return {
    id,
    ...FORMULAS[id],
    worked: `（${sumText(groups)}）÷ ${plain(count)}${middle} ${equals(value, 1)} ${secondsText(value)} 秒`,
    value,
    display: `${secondsText(value)} 秒`,
    interpretation:
      value <= target
        ? `达到${name}不超过 ${target} 秒的常见店铺目标（教学示例）。`
        : `超过${name}不超过 ${target} 秒的常见店铺目标（教学示例），顾客等得偏久。`,
  };
}

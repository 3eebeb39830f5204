import { describe, expect, it } from 'vitest';
import { emptyInputs, kpisFromInputs, type KpiInputs, type KpiOutcome } from '../../../src/lib/kpi/index.ts';

const inputs = (over: Partial<KpiInputs>): KpiInputs => ({ ...emptyInputs(), ...over });
const find = (list: KpiOutcome[], id: KpiOutcome['id']) => list.find((k) => k.id === id)!;
const worked = (over: Partial<KpiInputs>, id: KpiOutcome['id']) => {
  const k = find(kpisFromInputs(inputs(over)), id);
  if (k.status !== 'ok') throw new Error(`${id}: ${k.status === 'error' ? k.problems.join(' ') : k.hint}`);
  return k.result;
};

// Lesson 1.2, 实例：小悦帮周姐算售前组一天的数据 (计算结果 table).
describe.each([
  ['陈浩', { inquiries: '200', orders: '40', sales: '7600', customerMessages: '1250', agentMessages: '1500' }, '40 ÷ 200 × 100% = 20.0%', '7600 ÷ 40 = 190.0 元', '1500 ÷ 1250 = 1.20'],
  ['赵晨', { inquiries: '180', orders: '27', sales: '4590', customerMessages: '1200', agentMessages: '1260' }, '27 ÷ 180 × 100% = 15.0%', '4590 ÷ 27 = 170.0 元', '1260 ÷ 1200 = 1.05'],
  ['孙雨', { inquiries: '120', orders: '13', sales: '2130', customerMessages: '800', agentMessages: '700' }, '13 ÷ 120 × 100% ≈ 10.8%', '2130 ÷ 13 ≈ 163.8 元', '700 ÷ 800 ≈ 0.88'],
  ['小组合计', { inquiries: '500', orders: '80', sales: '14320', customerMessages: '3250', agentMessages: '3460' }, '80 ÷ 500 × 100% = 16.0%', '14320 ÷ 80 = 179.0 元', '3460 ÷ 3250 ≈ 1.06'],
])('lesson 1.2 worked day: %s', (_name, typed, conversion, orderValue, qa) => {
  it('reproduces 询单转化率, 客单价 (成交客户数 blank → 下单人数) and 问答比 exactly', () => {
    expect(worked(typed, 'conversion').worked).toBe(conversion);
    expect(worked(typed, 'order-value').worked).toBe(orderValue);
    expect(worked(typed, 'qa-ratio').worked).toBe(qa);
  });
});

describe('response times from typed lists', () => {
  it.each([
    ['first-response', '8 12 20 6 14', '（8 + 12 + 20 + 6 + 14）÷ 5 = 60 ÷ 5 = 12 秒', 12],
    ['first-response', '200×10, 180×12, 120×16', '（200 × 10 + 180 × 12 + 120 × 16）÷ 500 = 6080 ÷ 500 ≈ 12.2 秒', 12.16],
    ['average-response', '1500x18、1260x22、700x30', '（1500 × 18 + 1260 × 22 + 700 × 30）÷ 3460 = 75720 ÷ 3460 ≈ 21.9 秒', 75720 / 3460],
    ['average-response', '２５', '（25）÷ 1 = 25 秒', 25],
  ] as const)('%s of “%s” → %s', (id, list, text, value) => {
    const result = worked(id === 'first-response' ? { firstWaits: list } : { replyTimes: list }, id);
    expect(result.worked).toBe(text);
    expect(result.value).toBeCloseTo(value, 9);
  });
});

describe('interpretations', () => {
  it.each([
    [{ inquiries: '500', orders: '80' }, 'conversion', '每 100 位咨询的顾客中有 16 位下单。'],
    [{ inquiries: '120', orders: '13' }, 'conversion', '每 100 位咨询的顾客中约有 11 位下单。'],
    [{ customerMessages: '800', agentMessages: '700' }, 'qa-ratio', '回复少于顾客提问，可能有问题没答全'],
    [{ customerMessages: '10', agentMessages: '12' }, 'qa-ratio', '主动介绍'],
    [{ customerMessages: '10', agentMessages: '10' }, 'qa-ratio', '一问一答'],
    [{ firstWaits: '16' }, 'first-response', '超过首次响应不超过 15 秒'],
    [{ firstWaits: '15' }, 'first-response', '达到首次响应不超过 15 秒'],
    [{ replyTimes: '31' }, 'average-response', '超过平均响应不超过 30 秒'],
    [{ inquiries: '', orders: '', sales: '9180', buyers: '54' }, 'order-value', '每位成交顾客平均花费 170.0 元。'],
  ] as const)('%o → %s', (typed, id, phrase) => {
    expect(worked(typed, id).interpretation).toContain(phrase);
  });
});

describe('bad input names the field and blocks only its own KPI', () => {
  it.each([
    [{ inquiries: '0', orders: '0' }, 'conversion', '咨询人数为 0，除数不能为 0'],
    [{ inquiries: '500', orders: '-3' }, 'conversion', '下单人数不能是负数'],
    [{ inquiries: '五百', orders: '80' }, 'conversion', '咨询人数“五百”不是数字'],
    [{ inquiries: '500', orders: '' }, 'conversion', '请填写下单人数'],
    [{ inquiries: '500', orders: '80.5' }, 'conversion', '下单人数是人数或条数，应为整数'],
    [{ inquiries: '80', orders: '500' }, 'conversion', '不能多于咨询人数'],
    [{ sales: '9180', inquiries: '100', orders: '0' }, 'order-value', '成交客户数（未填，按下单人数）为 0'],
    [{ sales: '9180', buyers: '0' }, 'order-value', '成交客户数为 0'],
    [{ customerMessages: '0', agentMessages: '5' }, 'qa-ratio', '客户咨询消息数为 0'],
    [{ firstWaits: '8 abc 12' }, 'first-response', '首次等待时间第 2 项“abc”'],
    [{ replyTimes: '0×20' }, 'average-response', '次数不能为 0'],
  ] as const)('%o → %s', (typed, id, phrase) => {
    const all = kpisFromInputs(inputs(typed));
    const k = find(all, id);
    expect(k.status).toBe('error');
    expect(k.status === 'error' && k.problems.join(' ')).toContain(phrase);
    expect(all.filter((other) => other.id !== id).every((other) => other.status !== 'error')).toBe(true);
  });

  it('leaves every KPI waiting, without errors, while nothing is typed', () => {
    expect(kpisFromInputs(emptyInputs()).map((k) => k.status)).toEqual(['empty', 'empty', 'empty', 'empty', 'empty']);
  });
});

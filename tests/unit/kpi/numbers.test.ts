import { describe, expect, it } from 'vitest';
import { emptyInputs, kpisFromInputs, maxKpiNumber, parseField, type KpiInputs } from '../../../src/lib/kpi/index.ts';

const nines = '9'.repeat(400);

describe('numbers too large to be real', () => {
  it.each([
    ['400 nines', nines, '销售额（元）'],
    ['ten times the limit', String(maxKpiNumber * 10), '咨询人数'],
  ])('%s is refused with a Chinese message, not read as Infinity', (_what, raw, label) => {
    const result = parseField(raw, label);
    expect(result.ok).toBe(false);
    expect(result.ok === false && !result.empty && result.message).toMatch(/过大/);
  });

  it('keeps the largest allowed number', () => {
    expect(parseField(String(maxKpiNumber), '销售额（元）')).toEqual({ ok: true, value: maxKpiNumber });
  });

  it.each<[string, Partial<KpiInputs>]>([
    ['销售额', { inquiries: '200', orders: '40', sales: nines }],
    ['咨询人数', { inquiries: nines, orders: '40', sales: '7600' }],
    ['客服回复消息数', { customerMessages: '1', agentMessages: nines }],
    ['time lists', { firstWaits: `${nines} 1`, replyTimes: `${nines}×${nines}` }],
  ])('no KPI shows Infinity or NaN when %s is 400 nines', (_what, typed) => {
    const shown = JSON.stringify(kpisFromInputs({ ...emptyInputs(), ...typed }));
    expect(shown).not.toMatch(/Infinity|NaN/);
    expect(shown).toMatch(/过大/);
  });
});

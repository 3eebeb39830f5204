import { describe, expect, it } from 'vitest';
import { freightTable } from '../../../src/data/freight.ts';
import { freightTableSchema } from '../../../src/schemas/freight.ts';

const issues = (data: unknown) => {
  const r = freightTableSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};
const clone = () => structuredClone(freightTable) as any;

describe('the teaching freight table', () => {
  it('passes the schema', () => expect(issues(freightTable)).toEqual([]));
  it('marks every carrier 教学示例 and covers 31 provinces with 新疆 and 西藏 remote', () => {
    expect(freightTable.carriers.every((c) => c.name.includes('教学示例'))).toBe(true);
    expect(freightTable.destinations).toHaveLength(31);
    for (const name of ['新疆', '西藏']) expect(freightTable.destinations.find((d) => d.name === name)?.zone).toBe('remote');
  });
});

describe.each([
  ['a carrier without 教学示例', (t: any) => { t.carriers[0].name = '顺丰'; }, /教学示例/],
  ['a zone without a price', (t: any) => { delete t.carriers[1].prices.remote; }, /缺少分区 remote/],
  ['a destination in an unknown zone', (t: any) => { t.destinations[0].zone = 'moon'; }, /未知分区 moon/],
  ['a duplicate destination', (t: any) => { t.destinations.push({ name: '浙江', zone: 'local' }); }, /目的地重复/],
  ['a coarse step that is not a multiple of the finer one', (t: any) => { t.carriers[0].rounding = [{ belowKg: 10, stepKg: 0.3 }, { stepKg: 0.5 }]; }, /整数倍/],
  ['a price that is not whole fen per step', (t: any) => { t.carriers[0].prices.local.perKgYuan = 2.05; }, /不是整分/],
  ['a middle band without belowKg', (t: any) => { delete t.carriers[0].rounding[0].belowKg; }, /belowKg/],
  ['an unsupported divisor', (t: any) => { t.carriers[0].divisor = 7000; }, /./],
])('refuses %s', (_label, edit, message) => {
  it('with a message for the author', () => {
    const t = clone();
    edit(t);
    expect(issues(t).join('\n')).toMatch(message);
  });
});

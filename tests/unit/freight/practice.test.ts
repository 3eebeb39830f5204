import { describe, expect, it } from 'vitest';
import { checkAnswer, makeOrder, quote, quoteOrder, resolve, yuanText, type FreightTable } from '../../../src/lib/freight/index.ts';
import { freightTable } from '../../../src/data/freight.ts';

const table: FreightTable = {
  origin: '浙江',
  zones: [{ id: 'national', name: '全国一般' }],
  destinations: [{ name: '广东', zone: 'national' }],
  carriers: [{ id: 'whole', name: '整千克（教学示例）', rule: '', divisor: 6000, maxKg: 50, rounding: [{ stepKg: 1 }], prices: { national: { firstKg: 1, firstYuan: 10, perKgYuan: 5 } } }],
};
const order = { seed: 'x', carrierId: 'whole', destination: '广东', parcel: { grams: 2300, mm: [400, 300, 200] as [number, number, number] } };
const correct = quoteOrder(table, order)!;
const retry = (m: object) => quoteOrder(table, order, m)!;

describe('checking a student answer for the worked example (¥25)', () => {
  it.each([
    ['25', 'correct', undefined],
    ['25.00', 'correct', undefined],
    ['¥25.01', 'correct', undefined],
    ['25元', 'correct', undefined],
    ['20', 'wrong', 'noVolumetric'], // 2.3 kg → 1.3 → 2 kg: 10 + 2 × 5
    ['25.02', 'wrong', undefined],
    ['30', 'wrong', 'noFirstWeight'], // 10 + 4 × 5
    ['', 'invalid', undefined],
    ['二十五', 'invalid', undefined],
    ['-25', 'invalid', undefined],
  ])('%j → %s (%s)', (answer, kind, mistake) => {
    const verdict = checkAnswer(answer, correct, retry);
    expect(verdict.kind).toBe(kind);
    if (verdict.kind === 'wrong') expect(verdict.mistake).toBe(mistake);
  });
  it('recognises an answer that skipped rounding up', () => {
    const o = { ...order, parcel: { grams: 2300, mm: [100, 100, 100] as [number, number, number] } };
    const c = quoteOrder(table, o)!; // 10 + 2 × 5 = 20
    const v = checkAnswer('16.5', c, (m) => quoteOrder(table, o, m)!); // 10 + 1.3 × 5
    expect(v).toMatchObject({ kind: 'wrong', mistake: 'noRounding', message: expect.stringMatching(/进位/) });
  });
});

describe.each(['a', 'b', 'c', 'seed-4', '2026'])('generated order %s', (seed) => {
  const o = makeOrder(freightTable, seed);
  it('is the same for the same seed and prices in the teaching table', () => {
    expect(makeOrder(freightTable, seed)).toEqual(o);
    expect(resolve(freightTable, o.carrierId, o.destination)).toBeDefined();
    expect(o.parcel.grams).toBeGreaterThan(0);
  });
  it('accepts its own answer key and rejects a blank answer', () => {
    const key = quoteOrder(freightTable, o)!;
    expect(checkAnswer(yuanText(key.fen), key, (m) => quoteOrder(freightTable, o, m)!).kind).toBe('correct');
    expect(checkAnswer('', key, (m) => quoteOrder(freightTable, o, m)!).kind).toBe('invalid');
  });
});

it('different seeds give different orders', () => {
  const keys = new Set(['1', '2', '3', '4', '5', '6'].map((s) => JSON.stringify(makeOrder(freightTable, s))));
  expect(keys.size).toBeGreaterThan(3);
});

it('quote matches quoteOrder for a resolved order', () => {
  const found = resolve(table, 'whole', '广东')!;
  expect(quote(order.parcel, found.carrier, found.price, 6000).fen).toBe(correct.fen);
});

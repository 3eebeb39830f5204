import { describe, expect, it } from 'vitest';
import { parseParcel, parseScaled, kgText, yuanText } from '../../../src/lib/freight/index.ts';

const limits = { maxKg: 50 };
const parcel = (weight: string, length = '', width = '', height = '') => parseParcel({ weight, length, width, height }, limits);

describe('parseScaled reads decimals exactly', () => {
  it.each([
    ['2.3', 3, 2300], ['0.1', 3, 100], ['.5', 3, 500], ['１０．０', 3, 10000], ['2.30kg', 3, 2300], [' 40 ', 1, 400], ['¥25.5', 2, 2550], ['-1', 3, -1000],
  ])('%s (×10^%i) → %i', (text, digits, value) => {
    expect(parseScaled(text, digits)).toEqual({ ok: true, value });
  });
  it.each([
    ['', 'empty'], ['abc', 'format'], ['1.2.3', 'format'], ['1e3', 'format'], ['2.3456', 'decimals'],
  ])('%j is refused (%s)', (text, reason) => {
    expect(parseScaled(text, 3)).toEqual({ ok: false, reason });
  });
  it.each([[2300, '2.3'], [4000, '4'], [1, '0.001']])('kgText(%i) = %s', (g, text) => expect(kgText(g)).toBe(text));
  it.each([[2500, '25'], [2550, '25.50'], [1, '0.01']])('yuanText(%i) = %s', (fen, text) => expect(yuanText(fen)).toBe(text));
});

describe('parseParcel', () => {
  it('accepts the worked example', () => {
    expect(parcel('2.3', '40', '30', '20')).toEqual({ ok: true, parcel: { grams: 2300, mm: [400, 300, 200] } });
  });
  it('accepts a parcel without dimensions', () => {
    expect(parcel('1')).toEqual({ ok: true, parcel: { grams: 1000, mm: null } });
  });
  it.each([
    ['0', '', 'weight', /必须大于 0/],
    ['-2', '', 'weight', /必须大于 0/],
    ['两公斤', '', 'weight', /只能填数字/],
    ['', '', 'weight', /请填写实际重量/],
    ['10000', '', 'weight', /超过 50 kg.*拆成几个包裹.*物流/],
    ['1', '1000', 'length', /超过 300 cm.*物流/],
    ['1', '0', 'length', /必须大于 0/],
    ['1', 'abc', 'length', /只能填数字/],
  ])('weight %j, length %j → error on %s', (weight, length, field, message) => {
    const result = parcel(weight, length, length === '' ? '' : '30', length === '' ? '' : '20');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]!.field).toBe(field);
      expect(result.errors[0]!.message).toMatch(message);
    }
  });
  it('asks for all three sides when only some are filled', () => {
    const result = parcel('1', '40', '', '20');
    expect(result).toEqual({ ok: false, errors: [{ field: 'width', message: expect.stringMatching(/三项都留空/) }] });
  });
});

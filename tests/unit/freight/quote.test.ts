import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quote, stepFor, volumetricGrams, type CarrierProfile, type Parcel } from '../../../src/lib/freight/index.ts';

const wholeKg: Pick<CarrierProfile, 'rounding'> = { rounding: [{ stepKg: 1 }] };
const sfStyle: Pick<CarrierProfile, 'rounding'> = { rounding: [{ belowKg: 10, stepKg: 0.1 }, { stepKg: 0.5 }] };
const halfKg: Pick<CarrierProfile, 'rounding'> = { rounding: [{ stepKg: 0.5 }] };
const price = { firstKg: 1, firstYuan: 10, perKgYuan: 5 };
const cm = (l: number, w: number, h: number): [number, number, number] => [l * 10, w * 10, h * 10];

describe('the worked example from the course notes', () => {
  const result = quote({ grams: 2300, mm: cm(40, 30, 20) }, wholeKg, price, 6000);
  it('costs ¥25: volumetric 4 kg beats actual 2.3 kg, 3 kg additional at ¥5', () => {
    expect(result.fen).toBe(2500);
    expect(result.volumetricGrams).toBe(4000);
    expect(result.chargeableGrams).toBe(4000);
  });
  it('shows every step with its numbers', () => {
    const lines = result.steps.map((s) => s.text);
    expect(lines).toContain('体积重量 = 40 × 30 × 20 ÷ 6000 = 4 kg');
    expect(lines).toContain('计费重量 = max(2.3, 4) = 4 kg');
    expect(lines.some((l) => l.startsWith('续重 = 4 − 1 = 3 kg → 进位后 3 kg'))).toBe(true);
    expect(lines).toContain('运费 = 10 + 3 × 5 = 25 元');
  });
});

describe.each([
  // [label, carrier, grams, dims, divisor, fen]
  ['exactly 1.0 kg: first weight only', wholeKg, 1000, null, 6000, 1000],
  ['1.001 kg: one whole kg of additional weight', wholeKg, 1001, null, 6000, 1500],
  ['SF-style 1.0 kg: first weight only', sfStyle, 1000, null, 6000, 1000],
  ['SF-style 1.01 kg: 0.1 kg additional', sfStyle, 1010, null, 6000, 1050],
  ['SF-style 9.99 kg: 8.99 → 9.0 kg in 0.1 kg steps', sfStyle, 9990, null, 6000, 5500],
  ['SF-style exactly 10.0 kg: 9 kg, 0.5 kg band', sfStyle, 10000, null, 6000, 5500],
  ['SF-style 10.01 kg: 9.01 → 9.5 kg', sfStyle, 10010, null, 6000, 5750],
  ['0.5 kg steps: 2.3 kg → 1.5 kg additional', halfKg, 2300, null, 6000, 1750],
  ['divisor 12000 halves the volumetric weight', wholeKg, 1000, cm(40, 30, 20), 12000, 1500],
  ['divisor 5000: 4.8 kg → 4 kg additional', wholeKg, 1000, cm(40, 30, 20), 5000, 3000],
  ['divisor 8000: 3 kg volumetric', wholeKg, 1000, cm(40, 30, 20), 8000, 2000],
  ['heavy but small parcel: actual weight wins', wholeKg, 5000, cm(10, 10, 10), 6000, 3000],
  ['0.1 + 0.2 style sides stay exact: 10.1 × 10.2 × 10.3 cm', sfStyle, 100, [101, 102, 103] as [number, number, number], 6000, 1000],
] as const)('%s', (_label, carrier, grams, mm, divisor, fen) => {
  it(`costs ${fen / 100} yuan`, () => {
    expect(quote({ grams, mm: mm as Parcel['mm'] }, carrier, price, divisor).fen).toBe(fen);
  });
});

describe('rounding bands and volumetric weight', () => {
  it.each([
    [1000, 100], [9999, 100], [10000, 500], [100000, 500],
  ])('SF-style chargeable %i g rounds in steps of %i g', (grams, step) => {
    expect(stepFor(sfStyle.rounding, grams)).toBe(step);
  });
  it.each([
    [cm(40, 30, 20), 6000, 4000],
    [cm(1, 1, 1), 6000, 1],
    [cm(33, 33, 33), 6000, 5990],
  ])('%j ÷ %i → %i g, rounded up to the gram', (mm, divisor, grams) => {
    expect(volumetricGrams(mm, divisor)).toBe(grams);
  });
  it('says ≈ when the volumetric weight is not a whole gram', () => {
    const lines = quote({ grams: 100, mm: cm(10, 10, 7) }, wholeKg, price, 6000).steps.map((s) => s.text);
    expect(lines).toContain('体积重量 = 10 × 10 × 7 ÷ 6000 ≈ 0.117 kg');
    expect(lines).toContain('计费重量 0.117 kg 不超过首重 1 kg，没有续重');
  });
});

describe('price never decreases when the parcel gets heavier or bigger', () => {
  const carriers = [wholeKg, sfStyle, halfKg];
  it.each(carriers.map((c, i) => [i, c] as const))('carrier %i', (_i, carrier) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 10, max: 3000 }), fc.integer({ min: 0, max: 500 }), (grams, extra, side, grow) => {
        const a = quote({ grams, mm: [side, side, side] }, carrier, price, 6000).fen;
        const b = quote({ grams: grams + extra, mm: [side + grow, side, side] }, carrier, price, 6000).fen;
        expect(b).toBeGreaterThanOrEqual(a);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseToDigits } from '../../../src/lib/answer/index.ts';

describe('chineseToDigits', () => {
  it.each([
    ['七', '7'],
    ['十', '10'],
    ['十五', '15'],
    ['二十', '20'],
    ['四十八', '48'],
    ['两百', '200'],
    ['一百零五', '105'],
    ['一百一十', '110'],
    ['一百十', '110'],
    ['两百五', '250'],
    ['三千五', '3500'],
    ['一千零一十', '1010'],
    ['十万', '100000'],
    ['一万五', '15000'],
    ['一万零五', '10005'],
    ['两百万', '2000000'],
    ['九千九百九十九万九千九百九十九', '99999999'],
    ['二〇二四', '2024'],
    ['零', '0'],
    ['〇一', '01'],
  ])('%s → %s', (chinese, digits) => {
    expect(chineseToDigits(chinese)).toBe(digits);
  });

  it.each([
    ['百', 'a bare unit is a word (百分百)'],
    ['千万', 'a bare unit is a word (千万不要)'],
    ['三四百', 'a range, not a number'],
    ['十十', 'a repeated unit'],
    ['一万万', '100 000 000 or more'],
    ['半', '半 is not a numeral'],
    ['', 'nothing'],
  ])('leaves %s alone: %s', (chinese) => {
    expect(chineseToDigits(chinese)).toBeNull();
  });

  it('reads back every integer below 100 000 000 written the standard way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => {
        expect(chineseToDigits(toChinese(n))).toBe(String(n));
      }),
    );
  });
});

/** Writes n the standard way (一万零五, 一千零一十), as a test oracle. */
function toChinese(n: number): string {
  const digits = '零一二三四五六七八九';
  const section = (x: number) => {
    let out = '';
    let zero = false;
    for (const [unit, name] of [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const) {
      const d = Math.floor(x / unit) % 10;
      if (d === 0) {
        zero = out !== '';
        continue;
      }
      out += (zero ? '零' : '') + digits[d] + name;
      zero = false;
    }
    return out;
  };
  if (n === 0) return '零';
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  return (high ? `${section(high)}万` : '') + (low ? (high && low < 1000 ? '零' : '') + section(low) : '');
}

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Whether a character belongs to a Chinese numeral (〇零一二两三四五六七八九十百千万; 半 is not one). */
export function isNumeralChar(ch: string): boolean {
  return NUMERAL_CHARS.has(ch);
}
const NUMERAL_CHARS: ReadonlySet<string> = new Set([...Object.keys(DIGITS), ...Object.keys(UNITS), '万']);

/** Value of a section below 10 000 (e.g. 三千零五, 两百五, 十五), or null when it is not a well-formed number. */
function section(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastUnit = 10000;
  let zero = false;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      // Two digits in a row inside a unit number (三四百) is a range, not a number: leave it alone.
      if (digit !== null) return null;
      if (d === 0) zero = true;
      else digit = d;
      continue;
    }
    const unit = UNITS[ch];
    if (unit === undefined || unit >= lastUnit) return null;
    if (digit === null) {
      // 十五 and 一百十 mean one ten; a bare 百 or 千 is not a number.
      if (unit !== 10) return null;
      digit = 1;
    }
    total += digit * unit;
    lastUnit = unit;
    digit = null;
    zero = false;
  }
  if (digit !== null) {
    // 两百五 = 250 and 三千五 = 3500: a trailing digit without 零 counts in the next lower unit.
    total += zero || lastUnit === 10000 || lastUnit === 10 ? digit : (digit * lastUnit) / 10;
  }
  return total;
}

/**
 * Digits for a run of Chinese numeral characters, or null when the run is not one integer below
 * 100 000 000 (then the caller keeps the characters as they are).
 * @example chineseToDigits('十五') // '15'
 * @example chineseToDigits('两百') // '200'
 * @example chineseToDigits('二〇二四') // '2024'
 */
export function chineseToDigits(run: string): string | null {
  const chars = [...run];
  if (chars.length === 0 || !chars.every(isNumeralChar)) return null;
  const hasDigit = chars.some((ch) => ch in DIGITS);
  const hasUnit = chars.some((ch) => ch in UNITS || ch === '万');
  if (!hasUnit) return chars.map((ch) => String(DIGITS[ch])).join('');
  // A bare 百 / 千 / 万 (百分百, 千万不要) is a word, not a number.
  if (!hasDigit && chars[0] !== '十') return null;
  const parts = run.split('万');
  if (parts.length > 2) return null;
  if (parts.length === 1) {
    const value = section(run);
    return value === null ? null : String(value);
  }
  const [highText, lowText] = parts as [string, string];
  const high = highText === '' ? null : section(highText);
  if (high === null || high === 0) return null;
  let low: number | null = 0;
  const lowDigit = [...lowText].length === 1 ? DIGITS[lowText] : undefined;
  // 一万五 = 15 000, like 三千五.
  if (lowDigit !== undefined && lowDigit > 0) low = lowDigit * 1000;
  else if (lowText !== '') low = section(lowText);
  return low === null ? null : String(high * 10000 + low);
}

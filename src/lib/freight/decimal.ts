/** Result of reading a number the user typed. */
export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: 'empty' | 'format' | 'decimals' };

const unitSuffix = /(kg|千克|公斤|cm|厘米|元|¥|￥)$/i;

/**
 * Reads a non-negative decimal such as "2.3" as an integer scaled by 10^digits ("2.3", 3 → 2300),
 * without floating-point maths, so 0.1 + 0.2 can never miss a boundary.
 */
export function parseScaled(text: string, digits: number): ParsedNumber {
  let t = text.normalize('NFKC').trim().replace(/^[¥￥]/, '').replace(unitSuffix, '').trim();
  if (t === '') return { ok: false, reason: 'empty' };
  if (t.startsWith('.')) t = `0${t}`;
  const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(t);
  if (!m) return { ok: false, reason: 'format' };
  const frac = (m[3] ?? '').replace(/0+$/, '');
  if (frac.length > digits) return { ok: false, reason: 'decimals' };
  const value = Number(m[2]) * 10 ** digits + Number(frac.padEnd(digits, '0') || 0);
  return { ok: true, value: m[1] ? -value : value };
}

/** An integer scaled by 10^digits as plain text without trailing zeros. @example scaledText(2300, 3) === '2.3' */
export function scaledText(value: number, digits: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const unit = 10 ** digits;
  const frac = String(abs % unit).padStart(digits, '0').replace(/0+$/, '');
  return `${sign}${Math.floor(abs / unit)}${frac ? `.${frac}` : ''}`;
}

/** Grams as kg text. @example kgText(2300) === '2.3' */
export const kgText = (grams: number) => scaledText(grams, 3);

/** Millimetres as cm text. @example cmText(400) === '40' */
export const cmText = (mm: number) => scaledText(mm, 1);

/** Fen as yuan text: whole yuan without decimals, otherwise two decimals. @example yuanText(2550) === '25.50' */
export const yuanText = (fen: number) => (fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2));

/** A decimal from the data files (kg, yuan) as an exact integer in smaller units. @example toUnits(0.1, 1000) === 100 */
export const toUnits = (value: number, per: number) => Math.round(value * per);

/** Integer division rounded up, for non-negative integers. */
export const ceilDiv = (a: number, b: number) => Math.floor((a + b - 1) / b);

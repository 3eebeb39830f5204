import { parseScaled } from './decimal.ts';
import type { Parcel } from './types.ts';

/** The text of one parcel's fields, exactly as typed. */
export interface ParcelInput {
  weight: string;
  length: string;
  width: string;
  height: string;
}

/** A field of the parcel form. */
export type ParcelField = keyof ParcelInput;

/** A problem with one field, in Chinese, saying what to do. */
export interface FieldError {
  field: ParcelField;
  message: string;
}

/** Limits a parcel must respect to go by express. */
export interface ParcelLimits {
  /** Heaviest actual weight in kg the carrier takes. */
  maxKg: number;
  /** Longest side in cm. @default 300 */
  maxSideCm?: number;
}

/** Result of reading a parcel form. */
export type ParsedParcel = { ok: true; parcel: Parcel } | { ok: false; errors: FieldError[] };

const sideNames = { length: '长', width: '宽', height: '高' } as const;
const sides = ['length', 'width', 'height'] as const;

/** Reads and checks one parcel's fields; every error names the field and what to type instead. */
export function parseParcel(input: ParcelInput, limits: ParcelLimits): ParsedParcel {
  const errors: FieldError[] = [];
  const maxSide = limits.maxSideCm ?? 300;
  const weight = parseScaled(input.weight, 3);
  let grams = 0;
  if (!weight.ok) {
    const message = {
      empty: '请填写实际重量（千克），例如 2.3。',
      format: '实际重量只能填数字（千克），例如 2.3，不要填文字或多个小数点。',
      decimals: '实际重量最多精确到 0.001 kg（1 克），请少填几位小数。',
    }[weight.reason];
    errors.push({ field: 'weight', message });
  } else if (weight.value <= 0) {
    errors.push({ field: 'weight', message: '实际重量必须大于 0，请填写称出的重量，例如 0.5。' });
  } else if (weight.value > limits.maxKg * 1000) {
    errors.push({ field: 'weight', message: `实际重量超过 ${limits.maxKg} kg，快递不收这么重的单件，请拆成几个包裹，或改用物流（大件快运、零担）向承运商询价。` });
  } else grams = weight.value;

  const blank = sides.filter((s) => input[s].trim() === '');
  if (blank.length === 3) return errors.length ? { ok: false, errors } : { ok: true, parcel: { grams, mm: null } };
  const mm: number[] = [];
  for (const side of sides) {
    const name = sideNames[side];
    const parsed = parseScaled(input[side], 1);
    if (!parsed.ok) {
      const message = {
        empty: `请填写${name}（厘米）；不量尺寸时长、宽、高三项都留空。`,
        format: `${name}只能填数字（厘米），例如 40。`,
        decimals: `${name}最多精确到 0.1 cm，请少填几位小数。`,
      }[parsed.reason];
      errors.push({ field: side, message });
    } else if (parsed.value <= 0) {
      errors.push({ field: side, message: `${name}必须大于 0，请填写量出的厘米数，例如 20。` });
    } else if (parsed.value > maxSide * 10) {
      errors.push({ field: side, message: `${name}超过 ${maxSide} cm，快递一般不收这么大的包裹，请检查单位是否为厘米，或改用物流（大件快运）询价。` });
    } else mm.push(parsed.value);
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, parcel: { grams, mm: mm as [number, number, number] } };
}

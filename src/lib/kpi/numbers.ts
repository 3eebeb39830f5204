/** A parsed number field: the value, nothing typed, or a Chinese reason naming the field. */
export type FieldResult = { ok: true; value: number } | { ok: false; empty: true } | { ok: false; empty: false; message: string };

/** Full-width digits, point and separators (typed through a Chinese IME) as ASCII; thousands separators dropped. */
export function asciiNumber(raw: string): string {
  return raw
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[－]/g, '-')
    .replace(/[,，\s]/g, '');
}

/** Largest number a field accepts (1 万亿): beyond it no shop figure is real, and sums would lose digits or reach Infinity. */
export const maxKpiNumber = 1e12;

/**
 * Reads one typed number. `integer` fields (人数, 消息数) refuse decimals; negatives are refused always.
 * @example parseField('１,200', '客户消息数', { integer: true }) → { ok: true, value: 1200 }
 */
export function parseField(raw: string, label: string, { integer = false } = {}): FieldResult {
  const text = asciiNumber(raw);
  if (text === '') return { ok: false, empty: true };
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { ok: false, empty: false, message: `${label}“${raw.trim()}”不是数字，请只填写数字。` };
  const value = Number(text);
  if (!Number.isFinite(value) || Math.abs(value) > maxKpiNumber) return { ok: false, empty: false, message: `${label}数值过大（超过 1 万亿），请检查是否多输了数字。` };
  if (value < 0) return { ok: false, empty: false, message: `${label}不能是负数（填写的是 ${raw.trim()}）。` };
  if (integer && !Number.isInteger(value)) return { ok: false, empty: false, message: `${label}是人数或条数，应为整数（填写的是 ${raw.trim()}）。` };
  return { ok: true, value };
}

/** One group of equal durations: `count` waits (or replies) of `seconds` each. */
export interface DurationGroup {
  count: number;
  seconds: number;
}

/** Parsed list of durations, or a Chinese reason naming the bad item. */
export type DurationsResult = { ok: true; groups: DurationGroup[] } | { ok: false; empty: true } | { ok: false; empty: false; message: string };

/**
 * Reads a list of seconds separated by spaces, commas or 、; an item `200×10` (or 200x10, 200*10) means
 * 200 waits of 10 s each, for a team total weighted by head count as in lesson 1.2.
 * @example parseDurations('8、12、20、6、14', '首次等待时间') → five groups of count 1
 */
export function parseDurations(raw: string, label: string): DurationsResult {
  const items = raw.split(/[\s,，、;；]+/).filter((item) => item !== '');
  if (items.length === 0) return { ok: false, empty: true };
  const groups: DurationGroup[] = [];
  for (const [index, item] of items.entries()) {
    const where = `${label}第 ${index + 1} 项“${item}”`;
    const weighted = /^(.+?)[×xX*＊](.+)$/.exec(item);
    const count = weighted ? parseField(weighted[1]!, '次数', { integer: true }) : ({ ok: true, value: 1 } as const);
    const seconds = parseField(weighted ? weighted[2]! : item, '秒数');
    if (!count.ok || !seconds.ok) {
      const reason = !count.ok && !count.empty ? count.message : !seconds.ok && !seconds.empty ? seconds.message : '不完整。';
      return { ok: false, empty: false, message: `${where}：${reason}` };
    }
    if (count.value === 0) return { ok: false, empty: false, message: `${where}：次数不能为 0。` };
    groups.push({ count: count.value, seconds: seconds.value });
  }
  return { ok: true, groups };
}

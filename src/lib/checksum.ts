import { fnv1a } from './fnv1a.ts';

/**
 * The checksum of files students hand in (答题文件, 作业提交): FNV-1a over the content as JSON with keys
 * sorted at every level, as 8 hex digits. It catches a file edited by hand or damaged on the way; it
 * is not a security boundary (anyone who reads this code can compute it), and the pages say so.
 */
export const contentChecksum = (body: unknown): string => fnv1a(canonical(body)).toString(16).padStart(8, '0');

/** JSON with keys sorted at every level (undefined members left out), so the checksum does not depend on key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

import * as v from 'valibot';

/** Result of reading a saved value: the value, or why the raw text could not be used. */
export type DecodeResult<T> = { ok: true; value: T } | { ok: false; reason: 'json' | 'envelope' | 'newer' | 'schema' };

/** Why saved text could not be read. */
export type DecodeFailure = Extract<DecodeResult<unknown>, { ok: false }>['reason'];

/** Anything with a zod-style `safeParse`: a zod schema, or a valibot schema through `checkWith`. */
export interface SafeParser<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

/** Adapts a valibot schema (a few hundred bytes in the browser, unlike zod) to `SafeParser`. */
export function checkWith<T>(schema: v.GenericSchema<unknown, T>): SafeParser<T> {
  return {
    safeParse(data) {
      const result = v.safeParse(schema, data);
      return result.success ? { success: true, data: result.output } : { success: false };
    },
  };
}

interface CodecOptions<T> {
  /** Current schema version of the saved value. */
  version: number;
  /** Schema of the current version. */
  schema: SafeParser<T>;
  /** Upgrades from version n to n + 1, keyed by n. @example { 1: (old) => ({ ...old, extra: [] }) } */
  migrations?: Record<number, (old: unknown) => unknown>;
}

/** Whether a parsed value is a saved-value envelope `{"v": <integer version>, "data": …}`. */
export function isEnvelope(value: unknown): value is { v: number; data: unknown } {
  return !!value && typeof value === 'object' && Number.isInteger((value as { v?: unknown }).v) && 'data' in value;
}

/** A saved value is wrapped as `{"v": <version>, "data": <value>}` so later versions can migrate it. */
export function createCodec<T>({ version, schema, migrations = {} }: CodecOptions<T>) {
  return {
    version,
    encode: (value: T): string => JSON.stringify({ v: version, data: value }),
    decode(raw: string): DecodeResult<T> {
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        return { ok: false, reason: 'json' };
      }
      return this.read(parsed);
    },
    /** Reads an already parsed envelope (an imported item): upgrades older versions, then checks the schema. */
    read(parsed: unknown): DecodeResult<T> {
      if (!isEnvelope(parsed)) return { ok: false, reason: 'envelope' };
      let { v, data } = parsed;
      if (v > version) return { ok: false, reason: 'newer' };
      for (; v < version; v++) {
        const migrate = migrations[v];
        if (!migrate) return { ok: false, reason: 'envelope' };
        data = migrate(data);
      }
      const result = schema.safeParse(data);
      return result.success ? { ok: true, value: result.data } : { ok: false, reason: 'schema' };
    },
  };
}

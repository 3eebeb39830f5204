/** A pasted name list, cleaned: names in order, and what was dropped. */
export interface NameList {
  names: string[];
  /** Names that appeared more than once (each listed once). */
  duplicates: string[];
}

/** Separators between names: line breaks, commas (ASCII and full-width), 顿号, semicolons and spaces (incl. U+3000). */
const separators = /[\r\n,，、;；\s\u3000]+/u;

/** Splits a pasted list into names: trims, drops blanks, keeps the first of each duplicate. */
export function parseNames(text: string): NameList {
  const names = new Set<string>();
  const duplicates = new Set<string>();
  for (const part of text.split(separators)) {
    const name = part.trim();
    if (!name) continue;
    if (names.has(name)) duplicates.add(name);
    else names.add(name);
  }
  return { names: [...names], duplicates: [...duplicates] };
}

/** A uniform random integer in [0, n) from a source of random 32-bit integers (rejection sampling, no bias). */
export function randomBelow(n: number, uint32: () => number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('n must be a positive integer');
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  for (;;) {
    const x = uint32();
    if (x < limit) return x % n;
  }
}

/** Random 32-bit integers from the browser's cryptographic generator. */
export function cryptoUint32(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/** The names still to be called this round (不重复点名). */
export function remainingOf(names: readonly string[], drawn: readonly string[]): string[] {
  const done = new Set(drawn);
  return names.filter((name) => !done.has(name));
}

/**
 * Picks a name. With `noRepeat`, only names not yet drawn this round are candidates, and the pick
 * joins `drawn`; returns undefined when the round is over (or the list is empty).
 */
export function pick(names: readonly string[], drawn: readonly string[], noRepeat: boolean, uint32: () => number): { name: string; drawn: string[] } | undefined {
  const pool = noRepeat ? remainingOf(names, drawn) : [...names];
  if (pool.length === 0) return undefined;
  const name = pool[randomBelow(pool.length, uint32)]!;
  const listed = new Set(names);
  return { name, drawn: noRepeat ? [...drawn.filter((d) => listed.has(d)), name] : [...drawn] };
}

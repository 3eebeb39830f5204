import { normalise, type NormaliseOptions, type Normalised } from './normalise.ts';

/** Texts up to twice this length are normalised in one piece; longer ones in pieces of about this length. */
export const PIECE = 4096;

// A piece ends just after a sentence end or a line break that a Han character follows: nothing the
// normaliser joins (a clause, a run of numerals, a decimal point, two numbers kept apart, a mark on its
// base character) reaches across such a place.
const CUT = /[。！？!?\n](?=\p{Script=Han})/gu;

/**
 * `normalise` for replies of any length, with the same text and map back to the raw text. A long reply is
 * normalised piece by piece and the pieces joined into typed arrays: one very long array grown one entry at
 * a time costs far more per entry than short ones (docs/budgets.md, the judge's 100,000-character row), so
 * the cost now grows in step with the length. Clause numbers keep their order and their equalities, which
 * is all their readers compare. Only the mock chat imports this file, so lesson pages do not load it.
 * @example normaliseLong('好的。'.repeat(5000)).text.length // 10000
 */
export function normaliseLong(raw: string, options: NormaliseOptions = {}): Normalised {
  if (raw.length <= PIECE * 2) return normalise(raw, options);
  const parts: { from: number; part: Normalised }[] = [];
  for (let from = 0; from < raw.length; ) {
    let to = raw.length;
    if (to - from > PIECE * 2) {
      CUT.lastIndex = from + PIECE;
      const cut = CUT.exec(raw);
      if (cut && cut.index < from + PIECE * 2) to = cut.index + 1;
    }
    parts.push({ from, part: normalise(raw.slice(from, to), options) });
    from = to;
  }
  const size = parts.reduce((sum, { part }) => sum + part.text.length, 0);
  const map = new Int32Array(size);
  const ends = new Int32Array(size);
  const clause = new Int32Array(size);
  let at = 0;
  let firstClause = 0;
  for (const { from, part } of parts) {
    for (let i = 0; i < part.text.length; i++, at++) {
      map[at] = part.map[i]! + from;
      ends[at] = part.ends[i]! + from;
      clause[at] = part.clause[i]! + firstClause;
    }
    // Each piece ends at a sentence end, so the next one starts a new clause.
    firstClause += (part.clause[part.clause.length - 1] ?? 0) + 1;
  }
  return { raw, text: parts.map(({ part }) => part.text).join(''), map, ends, clause };
}

import { chineseToDigits, isNumeralChar } from './chinese-numerals.ts';

/** How text is normalised before rules are checked. */
export interface NormaliseOptions {
  /** Converts Traditional to Simplified; injected so the 52 KB opencc table is loaded only when needed. */
  toSimplified?: (text: string) => string;
  /** Turn Chinese numerals into digits (七天 → 7天, 十五 → 15, 两百 → 200). @default false */
  numerals?: boolean;
}

/** Normalised text, with the way back to the raw text for highlighting. */
export interface Normalised {
  /** What the person typed, unchanged. */
  raw: string;
  /** The text rules are checked against. */
  text: string;
  /** map[i] = index in raw of text[i] (an array, or typed array for a long reply: see normalise-long.ts) */
  map: ArrayLike<number>;
  /** ends[i] = index in raw just after the character text[i] came from. */
  ends: ArrayLike<number>;
  /** clause[i] numbers the clause of text[i]; punctuation and line breaks in raw start a new clause. */
  clause: ArrayLike<number>;
}

interface Unit {
  ch: string;
  start: number;
  end: number;
}

// Emoji are dropped with whatever marks (variation selectors, keycaps, skin tones) hang on them.
const EMOJI = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]/u;
const MARK = /^\p{M}$/u;
const HAN = /^\p{Script=Han}$/u;
// Pauses in a sentence: a negator never reaches across them.
const BREAK = /^[,.!?;:、。…‥—–\-~\n\r\v\f\u0085\u2028\u2029]$/u;
// Removed without ending the clause: spaces, other punctuation (quotes, brackets), decorative symbols,
// invisible characters (ZWJ, BOM), emoji parts and variation selectors.
const DROP =
  /^[\s\p{P}\p{Z}\p{C}\p{So}\p{Sk}\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u20E3\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;
const DIGIT = /^[0-9]$/;

/** Characters normalisation leaves as they are (CJK ideographs, ASCII digits and lowercase letters), checked first for speed. */
function isPlain(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
}

/** Splits raw text into base characters with their combining marks, NFKC-normalised, emoji removed. */
function units(raw: string): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  while (i < raw.length) {
    const start = i;
    const code = raw.codePointAt(i)!;
    const first = String.fromCodePoint(code);
    i += first.length;
    while (i < raw.length) {
      const nextCode = raw.codePointAt(i)!;
      // Combining marks all lie at U+0300 or above; plain characters are never marks.
      if (nextCode < 0x300 || isPlain(nextCode)) break;
      const next = String.fromCodePoint(nextCode);
      if (!MARK.test(next)) break;
      i += next.length;
    }
    if (i === start + 1 && isPlain(code)) {
      out.push({ ch: first, start, end: i });
      continue;
    }
    if (EMOJI.test(first)) continue;
    for (const ch of raw.slice(start, i).normalize('NFKC')) out.push({ ch, start, end: i });
  }
  return out;
}

/**
 * Converts Traditional to Simplified in place. Usually the whole text converts character for
 * character; when a phrase changes length (部落格 → 博客), runs of Han characters are converted one by
 * one, and a run that still changes length is converted character by character, so the map stays true.
 */
function simplify(list: Unit[], toSimplified: (text: string) => string): void {
  const whole = [...toSimplified(list.map((u) => u.ch).join(''))];
  if (whole.length === list.length) {
    list.forEach((unit, k) => (unit.ch = whole[k]!));
    return;
  }
  let i = 0;
  while (i < list.length) {
    if (!HAN.test(list[i]!.ch)) {
      i++;
      continue;
    }
    let j = i;
    while (j < list.length && HAN.test(list[j]!.ch)) j++;
    const run = list.slice(i, j);
    const converted = [...toSimplified(run.map((u) => u.ch).join(''))];
    run.forEach((unit, k) => {
      if (converted.length === run.length) unit.ch = converted[k]!;
      else {
        const one = [...toSimplified(unit.ch)];
        if (one.length === 1) unit.ch = one[0]!;
      }
    });
    i = j;
  }
}

interface Kept extends Unit {
  clause: number;
}

/** Breaks that end a sentence or a line, and a slash (¥9.9/100张): digits on either side of one are two numbers (便宜50。5升 is not 505升). */
const SENTENCE_END = '。！？!?;；/\n\r\u2028\u2029';

const keptAs = (unit: Unit, ch: string, clause: number): Kept => {
  const kept = unit as Kept;
  kept.ch = ch;
  kept.clause = clause;
  return kept;
};

/** Drops spaces, punctuation and symbols, lowercases, and numbers the clauses. */
function keep(list: Unit[]): Kept[] {
  const kept: Kept[] = [];
  let clause = 0;
  let ended: Unit | undefined;
  for (let i = 0; i < list.length; i++) {
    const unit = list[i]!;
    if (ended && DIGIT.test(unit.ch) && DIGIT.test(kept.at(-1)?.ch ?? '')) kept.push({ ...ended, ch: '|', clause });
    if (SENTENCE_END.includes(unit.ch)) ended = unit;
    else if (ended && !DROP.test(unit.ch)) ended = undefined;
    if (unit.ch === '.' && DIGIT.test(kept.at(-1)?.ch ?? '')) {
      // A decimal point (9.9元) stays: the next character that survives must be a digit.
      let j = i + 1;
      while (j < list.length && !BREAK.test(list[j]!.ch) && DROP.test(list[j]!.ch)) j++;
      if (j < list.length && DIGIT.test(list[j]!.ch)) {
        kept.push({ ...unit, clause });
        continue;
      }
    }
    // The unit itself becomes the kept entry (no copy per character).
    if (unit.ch.length === 1 && isPlain(unit.ch.charCodeAt(0))) kept.push(keptAs(unit, unit.ch, clause));
    else if (BREAK.test(unit.ch)) clause++;
    else if (!DROP.test(unit.ch)) kept.push(keptAs(unit, unit.ch.toLowerCase(), clause));
  }
  return kept;
}

/**
 * The same reading with runs of Chinese numerals within a clause replaced by digits, the raw positions spread
 * over them (`normalise` with `numerals`). A reading without numerals is returned as it is.
 * @example withNumerals(normalise('七天')).text // '7天'
 */
export function withNumerals(input: Normalised): Normalised {
  const { text, clause } = input;
  // from[k]: the character of the input that character k of the output stands for.
  const from: number[] = [];
  let out = '';
  for (let i = 0, j = 0; i < text.length; i = j) {
    while (isNumeralChar(text[j] ?? '') && clause[j] === clause[i]) j++;
    j = Math.max(j, i + 1);
    // A character that is no numeral, or a run that is no number, stands for itself.
    const run = text.slice(i, j);
    const digits = (isNumeralChar(text[i]!) && chineseToDigits(run)) || run;
    const n = digits.length;
    // The last digit stands for the run's last character; the others are spread over the run in order.
    for (let k = 0; k < n; k++) from.push(i + (k === n - 1 ? j - i - 1 : Math.floor((k * (j - i)) / n)));
    out += digits;
  }
  const pick = (list: ArrayLike<number>) => from.map((k) => list[k]!);
  return out === text ? input : { raw: input.raw, text: out, map: pick(input.map), ends: pick(input.ends), clause: pick(clause) };
}

/**
 * Normalises text for matching: NFKC (full-width → half-width), Traditional → Simplified when a
 * converter is given, emoji / spaces / punctuation / decorative symbols removed (a decimal point
 * between digits stays; currency and maths signs such as ¥ + × stay; a keycap emoji keeps its digit),
 * Latin lowercased, Chinese numerals → digits when asked. Never throws.
 * @example normalise('亲，可以退貨哦😊', { toSimplified }).text // '亲可以退货哦'
 */
export function normalise(raw: string, options: NormaliseOptions = {}): Normalised {
  const list = units(raw);
  if (options.toSimplified) simplify(list, options.toSimplified);
  const kept = keep(list);
  const result = { raw, text: '', map: [] as number[], ends: [] as number[], clause: [] as number[] };
  // Joined once: adding one character at a time would build a chain of partial strings.
  const chars: string[] = [];
  for (const unit of kept) {
    chars.push(unit.ch);
    for (let k = 0; k < unit.ch.length; k++) {
      result.map.push(unit.start);
      result.ends.push(unit.end);
      result.clause.push(unit.clause);
    }
  }
  result.text = chars.join('');
  return options.numerals ? withNumerals(result) : result;
}

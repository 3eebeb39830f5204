import type { Scenario } from '../types.ts';

/**
 * The facts check: amounts of money and capacities in a reply must be ones the student could have taken
 * from the scenario (the side panel, the product card, the customer's words, the hints). A reply that
 * quotes 19.9 元 where the panel says 9.9 元, or 3.5 L for a 5 L pot, misleads the customer however
 * polite it is. Sums and differences of two known amounts count as known (169 + 39 = 208, 369 − 20 = 349),
 * and halves (two for 198 is 99 each).
 */

/** An amount with its kind, as written in the reply. */
export interface Amount {
  /** 'money' (元、块) or 'volume' (升、L). */
  kind: 'money' | 'volume';
  value: number;
  /** Start and end in the text (NFKC). */
  start: number;
  end: number;
}

const AMOUNT = /(?<![\d.])(\d{1,6}(?:\.\d{1,2})?)[ \t]*(元|块|升|[lL](?![a-zA-Z]))/g;
const YUAN_SIGN = /[¥](\d{1,6}(?:\.\d{1,2})?)/g;
const SPOKEN_DECIMAL = /(?<![\d.])(\d{1,6})[ \t]*[块元](\d)(?![\d.])/g;

/**
 * Amounts in a text as typed (full-width digits read as digits; punctuation keeps numbers apart, so
 * 3升199，4.5升 is 3 L and 4.5 L). Start and end are indices in the NFKC form, which keeps the length
 * of ordinary text.
 */
export function amounts(raw: string): Amount[] {
  const text = raw.normalize('NFKC');
  const out: Amount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    out.push({ kind: m[2] === '元' || m[2] === '块' ? 'money' : 'volume', value: Number(m[1]), start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(YUAN_SIGN)) out.push({ kind: 'money', value: Number(m[1]), start: m.index, end: m.index + m[0].length });
  // 9块9 is 9.9 yuan, not 9.
  for (const m of text.matchAll(SPOKEN_DECIMAL)) {
    const at = out.findIndex((a) => a.kind === 'money' && a.start === m.index);
    if (at !== -1) out[at] = { kind: 'money', value: Number(m[1]) + Number(m[2]) / 10, start: m.index, end: m.index + m[0].length };
  }
  return out;
}

const key = (kind: Amount['kind'], value: number) => `${kind}:${Math.round(value * 100)}`;

const cache = new WeakMap<Scenario, Set<string>>();

/** Every amount a student could know from the scenario, with sums and differences of two money amounts. */
export function knownAmounts(scenario: Scenario): Set<string> {
  let known = cache.get(scenario);
  if (known) return known;
  const texts = [scenario.brief, scenario.product.name, ...(scenario.product.specs ?? []), scenario.product.promo ?? '', ...scenario.facts];
  for (const state of Object.values(scenario.states)) {
    texts.push(...state.customer);
    if (!('end' in state)) texts.push(state.model, ...state.hints);
  }
  const found = texts.flatMap((text) => amounts(text));
  const money = [...new Set([scenario.product.price, ...found.filter((a) => a.kind === 'money').map((a) => a.value)])];
  known = new Set(found.map((a) => key(a.kind, a.value)));
  for (const a of money) {
    known.add(key('money', a));
    known.add(key('money', a / 2));
    for (const b of money) {
      known.add(key('money', a + b));
      if (a > b) known.add(key('money', a - b));
    }
  }
  cache.set(scenario, known);
  return known;
}

/**
 * The first amount in a reply that the scenario does not give, or undefined.
 * @example unknownAmount(scenario, '吸油纸19.9元100张') // { kind: 'money', value: 19.9, … } when the panel says 9.9 元
 */
export function unknownAmount(scenario: Scenario, text: string): Amount | undefined {
  const known = knownAmounts(scenario);
  return amounts(text).find((a) => !known.has(key(a.kind, a.value)));
}

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
  const found = scenarioTexts(scenario).flatMap((text) => amounts(text));
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

/** Every text of the scenario a student can read: the side panel, the product card, the customers' words, the hints. */
function scenarioTexts(scenario: Scenario): string[] {
  const texts = [scenario.brief, scenario.product.name, ...(scenario.product.specs ?? []), scenario.product.promo ?? '', ...scenario.facts];
  for (const state of Object.values(scenario.states)) {
    texts.push(...state.customer);
    if (!('end' in state)) texts.push(state.model, ...state.hints);
  }
  return texts;
}

/**
 * 送您一个杯套、再赠一盒茶包: giving, a count word, then the thing given (two to four characters); or a
 * service: 安排师傅上门.
 */
const GIFT = /(?:送|赠)(?:给)?(?:您|你)?(?:一|两|二|三|1|2|3)?(?:个|只|套|盒|份|张|包|瓶|把|支|条)([\u4e00-\u9fa5]{2,4})|(?:安排|派)(?:师傅|专人|工程师|人)?(上门)/g;

const giftCache = new WeakMap<Scenario, string>();

/**
 * The first gift in a reply that the scenario does not offer, or undefined: a gift the shop never
 * gives (再送一个保温杯) is a promise the customer will hold the shop to. A thing counts as offered
 * when the scenario's texts name it (its first or last two characters).
 * @example unknownGift(scenario, '再送您一个杯套') // { start: …, end: …, term: '杯套' } when no text names 杯套
 */
export function unknownGift(scenario: Scenario, raw: string): { term: string; start: number; end: number } | undefined {
  let known = giftCache.get(scenario);
  if (known === undefined) giftCache.set(scenario, (known = scenarioTexts(scenario).join('\n')));
  const text = raw.normalize('NFKC');
  for (const m of text.matchAll(GIFT)) {
    const thing = m[1] ?? m[2]!;
    if ([thing.slice(0, 2), thing.slice(-2)].some((part) => known.includes(part))) continue;
    return { term: m[0], start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/**
 * The first amount in a reply that the scenario does not give, or undefined.
 * @example unknownAmount(scenario, '吸油纸19.9元100张') // { kind: 'money', value: 19.9, … } when the panel says 9.9 元
 */
export function unknownAmount(scenario: Scenario, text: string): Amount | undefined {
  const known = knownAmounts(scenario);
  return amounts(text).find((a) => !known.has(key(a.kind, a.value)));
}

/** What the facts check found: the words as written, where, and what to tell the student. */
export interface UnknownFact {
  term: string;
  start: number;
  end: number;
  feedback: string;
  misconception: string;
}

/**
 * The facts check of a reply: the first gift or service, then the first amount, that the scenario does
 * not give; undefined when everything it names can be found in the scenario.
 */
export function unknownFact(scenario: Scenario, raw: string): UnknownFact | undefined {
  const gift = unknownGift(scenario, raw);
  if (gift) {
    return {
      ...gift,
      feedback: `“${gift.term}”在右侧资料里找不到：店铺没有这项赠品或服务。答应了给不了的东西，顾客收货时会觉得被骗。请只提资料栏里店铺真实提供的赠品和活动。`,
      misconception: '答应了店铺没有的赠品或服务',
    };
  }
  const amount = unknownAmount(scenario, raw);
  if (!amount) return undefined;
  const term = raw.normalize('NFKC').slice(amount.start, amount.end);
  const what = amount.kind === 'money' ? '金额' : '容量';
  return {
    term,
    start: amount.start,
    end: amount.end,
    feedback: `回复里的${what}“${term}”在右侧资料里找不到，和商品、活动或店铺规定对不上。报错价格或规格会误导顾客，请以资料栏为准。`,
    misconception: '报出的金额或规格与资料不符',
  };
}

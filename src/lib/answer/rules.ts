import { isNegated, NEGATORS, startsWithNegator } from './negation.ts';
import type { Normalised } from './normalise.ts';
import type { Act, ActClause, Clause, NegationScope } from './meaning/index.ts';

/**
 * One condition on a reply, checked against the normalised text. Keywords are normalised the same
 * way as the reply, so punctuation never matters inside a hit ('亲，您好' finds 亲您好). A keyword hit
 * 1–3 characters after 不 / 没 / 无 / 别 / 未 / 非 in the same clause does not count (不可以退货 does not
 * contain 可以退货), unless the keyword itself starts with a negator (不满意 is matched literally); see
 * negation.ts for the words that do not negate (非常, 无理由, 别人 …). A number is never cut out of a
 * longer one (7天 is not in 27天).
 */
export type Rule =
  | { containsAny: string[] }
  | { containsAll: (string | string[])[] } // each entry must be present; an array entry is a synonym group (any one of them)
  | { notContains: string[] }
  | { startsWith: string[] }
  | { regex: string; flags?: string } // tested against the normalised text
  | { lengthBetween: [number, number] } // length of the normalised text
  | { fuzzy: string[] } // each term ≥ 4 chars; present if some window of equal length differs by ≤ 1 substitution (≤ 2 for terms ≥ 8 chars)
  | { affirms: string[] } // a term stated as so: not negated anywhere in its clause (没有权限改价, 改价做不到), not warned against
  | { act: Act; about?: string[] }; // some clause does the act (refuse, promise, apologise, ask, warn, inform), about one of the terms if given

/** Every kind of rule, in the order authors usually need them. */
export const RULE_KINDS = ['containsAny', 'containsAll', 'notContains', 'startsWith', 'regex', 'lengthBetween', 'fuzzy', 'affirms', 'act'] as const;

/** The name of a rule's kind. */
export type RuleKind = (typeof RULE_KINDS)[number];

/** A stretch of the reply that made a rule hold; `term` is the keyword as written (for a regex, the matched normalised text). */
export interface Match { term: string; start: number; end: number } // start/end are indices in the RAW text, for highlighting

/** Whether a rule held, and where. */
export interface RuleResult {
  holds: boolean;
  /** Hits that made the rule hold (empty for notContains and lengthBetween). */
  matches: Match[];
}

/** Normalises a keyword the way the reply was normalised. */
export type PrepareTerm = (term: string) => string;

/** Shortest fuzzy term; shorter terms are matched exactly. */
export const FUZZY_MIN_LENGTH = 4;

/** Kind of a rule, e.g. 'containsAny'. */
export function ruleKind(rule: Rule): RuleKind {
  return RULE_KINDS.find((kind) => kind in rule)!;
}

/** Substitutions a fuzzy term may have: 1, or 2 for terms of 8 characters or more. */
export function fuzzyAllowance(term: string): number {
  const length = [...term].length;
  if (length < FUZZY_MIN_LENGTH) return 0;
  return length >= 8 ? 2 : 1;
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * Whether a hit would cut a number out of a longer one: 7天 is not in 27天, 100 is not in 1000. Digits
 * that were apart in what the person typed (减20 248.9, 3升199，4.5升) are separate numbers; pass the
 * normalised input to tell.
 */
export function cutsNumber(text: string, term: string, start: number, input?: Normalised): boolean {
  const end = start + term.length;
  // Joined unless a space or punctuation stood between the two digits (二十七 is one number).
  const joined = (left: number) => !input || !/[\s\p{P}]/u.test(input.raw.slice(input.ends[left], input.map[left + 1]));
  return (isDigit(term[0]) && isDigit(text[start - 1]) && joined(start - 1)) || (isDigit(term.at(-1)) && isDigit(text[end]) && joined(end - 1));
}

/** Mismatches between term and text at start, stopping past the allowance; a substitution may not add or remove a negator. */
function substitutions(text: string, term: string, start: number, allowance: number): number {
  let count = 0;
  for (let k = 0; k < term.length && count <= allowance; k++) {
    const a = term[k]!;
    const b = text[start + k]!;
    if (a === b) continue;
    if (NEGATORS.has(a) || NEGATORS.has(b)) return allowance + 1;
    count++;
  }
  return count;
}

/**
 * Start indices (in the normalised text) where a normalised term occurs and counts: not negated,
 * not cutting a number. With an allowance, windows of equal length with that many substitutions count.
 */
export function findHits(input: Normalised, term: string, allowance = 0): number[] {
  const { text, clause } = input;
  const hits: number[] = [];
  if (term === '' || term.length > text.length) return hits;
  const literal = startsWithNegator(term);
  const counts = (start: number) => !cutsNumber(text, term, start, input) && (literal || !isNegated(text, clause, start));
  if (allowance === 0) {
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) if (counts(at)) hits.push(at);
    return hits;
  }
  for (let at = 0; at + term.length <= text.length; at++) {
    if (substitutions(text, term, at, allowance) <= allowance && counts(at)) hits.push(at);
  }
  return hits;
}

/** The raw-text range of normalised characters [start, end). */
export function rawRange(input: Normalised, start: number, end: number): { start: number; end: number } {
  return { start: input.map[start]!, end: input.ends[end - 1]! };
}

// Rule sets are few and fixed, so this stays small.
const regexCache = new Map<string, RegExp | null>();

/** Compiles a rule's regex once; `g` and `y` are dropped because only the first match matters. */
export function compileRegex(source: string, flags = ''): RegExp | null {
  const key = `${flags}/${source}`;
  if (!regexCache.has(key)) {
    let compiled: RegExp | null = null;
    try {
      compiled = new RegExp(source, flags.replace(/[gy]/g, ''));
    } catch {
      compiled = null;
    }
    regexCache.set(key, compiled);
  }
  return regexCache.get(key)!;
}

/** Matches of the terms that occur (each occurrence is reported, for highlighting). */
function termMatches(input: Normalised, terms: readonly string[], prepare: PrepareTerm, fuzzy = false): Match[] {
  const matches: Match[] = [];
  for (const term of terms) {
    const normalised = prepare(term);
    const length = normalised.length;
    for (const at of findHits(input, normalised, fuzzy ? fuzzyAllowance(normalised) : 0)) {
      matches.push({ term, ...rawRange(input, at, at + length) });
    }
  }
  return matches;
}

/** Clauses with acts and the negation scope of a reply, built once per reply. */
export interface Meaning {
  acts: ActClause[];
  scope: NegationScope;
  /** The clause holding a normalised index. */
  clauseAt: (list: readonly ActClause[], at: number) => ActClause | undefined;
}

/**
 * Reads the meaning of a reply. The detectors (meaning/) register themselves when imported, so pages
 * whose rule sets use only keywords (quizzes, forms) don't load them; the mock chat and the schemas
 * import them. An `affirms` or `act` rule without them is a programming error.
 */
let reader: ((input: Normalised) => Omit<Meaning, 'clauseAt'>) | undefined;
let findClause: Meaning['clauseAt'] | undefined;

/** Registers the meaning detectors (called by meaning/index.ts). */
export function useMeaningDetectors(read: (input: Normalised) => Omit<Meaning, 'clauseAt'>, clauseAt: <T extends Clause>(list: readonly T[], at: number) => T | undefined): void {
  reader = read;
  findClause = clauseAt;
}

const meanings = new WeakMap<Normalised, Meaning>();

/** The meaning detectors' view of a reply (see meaning/), cached for the rules of one evaluation. */
export function meaningOf(input: Normalised): Meaning {
  if (!reader || !findClause) throw new Error('affirms / act rules need the meaning detectors: import src/lib/answer/meaning/index.ts');
  let meaning = meanings.get(input);
  if (!meaning) meanings.set(input, (meaning = { ...reader(input), clauseAt: findClause }));
  return meaning;
}

/** Hits of terms stated as so: not negated in the clause, not in a warning (an offer asked as a question still offers). */
function affirmed(input: Normalised, terms: readonly string[], prepare: PrepareTerm): Match[] {
  const { acts, scope, clauseAt } = meaningOf(input);
  const matches: Match[] = [];
  for (const term of terms) {
    const normalised = prepare(term);
    // A term that holds a negator states a negative itself (使用不当, 说不好): matched as written.
    const literal = [...normalised].some((ch) => NEGATORS.has(ch));
    if (normalised === '') continue;
    for (let at = input.text.indexOf(normalised); at !== -1; at = input.text.indexOf(normalised, at + 1)) {
      if (cutsNumber(input.text, normalised, at, input)) continue;
      const clause = clauseAt(acts, at);
      if (!clause || clause.acts.has('warn')) continue;
      // A negative term negated in turn (不是非买不可, 不敢说绝对不会糊) is not stated.
      if (scope.negated(at, at + normalised.length, literal)) continue;
      matches.push({ term, ...rawRange(input, at, at + normalised.length) });
    }
  }
  return matches;
}

/** Clauses doing the act, with the `about` terms they hold (negation does not matter: 我改不了价 is about 改价). */
function actMatches(input: Normalised, act: Act, about: readonly string[] | undefined, prepare: PrepareTerm): Match[] | undefined {
  const { acts } = meaningOf(input);
  const matches: Match[] = [];
  let found = false;
  for (const clause of acts) {
    if (!clause.acts.has(act)) continue;
    if (!about) {
      found = true;
      matches.push({ term: act, ...rawRange(input, clause.start, clause.end) });
      continue;
    }
    for (const term of about) {
      const normalised = prepare(term);
      const at = normalised === '' ? -1 : clause.text.indexOf(normalised);
      if (at === -1) continue;
      found = true;
      matches.push({ term, ...rawRange(input, clause.start + at, clause.start + at + normalised.length) });
    }
  }
  return found ? matches : undefined;
}

/**
 * Checks one rule against a normalised reply.
 *
 * `notContains` holds exactly when `containsAny` with the same terms would not: a negated hit is no
 * hit. So '这款不是绝对正品' does not trip `notContains: ['绝对正品']`, while '这个我不知道' trips
 * `notContains: ['不知道']`, because a term that starts with a negator is matched literally. To forbid
 * a phrase even when negated, list the negated form too: `notContains: ['绝对正品', '不是绝对正品']`.
 */
export function checkRule(rule: Rule, input: Normalised, prepare: PrepareTerm): RuleResult {
  const none: RuleResult = { holds: false, matches: [] };
  if ('containsAny' in rule) {
    const matches = termMatches(input, rule.containsAny, prepare);
    return { holds: matches.length > 0, matches };
  }
  if ('containsAll' in rule) {
    const matches: Match[] = [];
    for (const entry of rule.containsAll) {
      const found = termMatches(input, typeof entry === 'string' ? [entry] : entry, prepare);
      if (found.length === 0) return none;
      matches.push(...found);
    }
    return { holds: true, matches };
  }
  if ('notContains' in rule) return { holds: termMatches(input, rule.notContains, prepare).length === 0, matches: [] };
  if ('startsWith' in rule) {
    for (const term of rule.startsWith) {
      const normalised = prepare(term);
      if (normalised !== '' && input.text.startsWith(normalised) && !cutsNumber(input.text, normalised, 0, input)) {
        return { holds: true, matches: [{ term, ...rawRange(input, 0, normalised.length) }] };
      }
    }
    return none;
  }
  if ('regex' in rule) {
    const found = compileRegex(rule.regex, rule.flags)?.exec(input.text);
    if (!found) return none;
    const matches = found[0] === '' ? [] : [{ term: found[0], ...rawRange(input, found.index, found.index + found[0].length) }];
    return { holds: true, matches };
  }
  if ('lengthBetween' in rule) {
    const length = [...input.text].length;
    return { holds: length >= rule.lengthBetween[0] && length <= rule.lengthBetween[1], matches: [] };
  }
  if ('fuzzy' in rule) {
    const matches = termMatches(input, rule.fuzzy, prepare, true);
    return { holds: matches.length > 0, matches };
  }
  if ('affirms' in rule) {
    const matches = affirmed(input, rule.affirms, prepare);
    return { holds: matches.length > 0, matches };
  }
  if ('act' in rule) {
    const matches = actMatches(input, rule.act, rule.about, prepare);
    return matches ? { holds: true, matches } : none;
  }
  return none;
}

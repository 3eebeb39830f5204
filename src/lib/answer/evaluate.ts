import { normalise, type NormaliseOptions, type Normalised } from './normalise.ts';
import { checkRule, findHits, type Match, type PrepareTerm, type Rule } from './rules.ts';

export { mayBeTraditional } from './traditional.ts';

/** How right a reply is; widgets colour and count by it. */
export type Correctness = 'correct' | 'partial' | 'incorrect';

/** One kind of reply and what happens when a reply is of that kind. */
export interface AnswerGroup {
  /** Stable ID, unique in its rule set. @example 'offers-return' */
  id: string;
  /** All rules must hold. */
  when: Rule[];
  /** What the learner is told. */
  feedback: string;
  /** Points earned. */
  points: number;
  /** How right the reply is. */
  correctness: Correctness;
  /** The misconception this kind of reply shows, named for the learner. @example '把“七天无理由”说成“不能退”' */
  misconception?: string;
  /** Next state of a conversation (mock chat). */
  next?: string;
  /** Change in the customer's mood (mock chat). */
  mood?: number;
  /** Points the feedback asks for, each said only when the reply has none of `unless` (see `feedbackFor`). */
  asks?: { unless: string[]; say: string }[];
  /** Mock chat: only the manner falls short, the content is complete (see the schema, src/schemas/answer.ts). */
  mannerOnly?: true;
}

/** A reply the author expects to land in a given group. */
export interface Sample {
  /** The reply as a learner would type it. */
  reply: string;
  /** ID of the group it must land in (a group's or the fallback's). */
  expect: string;
}

/** Ordered answer groups: the first group whose rules all hold wins, otherwise the fallback. */
export interface RuleSet {
  /** Checked in order; the first whose rules all hold wins. */
  groups: AnswerGroup[];
  /** The group for replies no group matches. */
  fallback: Omit<AnswerGroup, 'when'>; // the default group
  /** Normalisation for this rule set. */
  numerals?: boolean;
  /** Replies with their expected group, checked by the schema and the tests. */
  samples?: Sample[];
}

/** The group a reply landed in, the stretches of the reply that decided it, and the normalised text. */
export interface Verdict {
  /** The winning group (or the fallback), without its rules. */
  group: Omit<AnswerGroup, 'when'>;
  /** Hits of the winning group's rules, in reply order (empty for the fallback). */
  matches: Match[];
  /** The reply as the rules saw it, with the map back to the raw text. */
  normalised: Normalised;
}

/** Converter and other things from the page. */
export interface EvaluateEnv {
  /** Traditional → Simplified, once loaded (see to-simplified.ts). */
  toSimplified?: (t: string) => string;
}

/** A keyword normaliser that remembers what it has normalised. */
function termPreparer(options: NormaliseOptions): PrepareTerm {
  const seen = new Map<string, string>();
  return (term) => {
    if (!seen.has(term)) seen.set(term, normalise(term, options).text);
    return seen.get(term)!;
  };
}

function withoutRules(group: AnswerGroup): Omit<AnswerGroup, 'when'> {
  const { when: _when, ...rest } = group;
  return rest;
}

function sortMatches(matches: Match[]): Match[] {
  const seen = new Set<string>();
  return matches
    .toSorted((a, b) => a.start - b.start || a.end - b.end)
    .filter((m) => {
      const key = `${m.start}:${m.end}:${m.term}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
}

/**
 * Judges a reply: the first group whose rules all hold, otherwise the fallback. A group with no rules
 * always holds. Never throws on any reply. The reply may come already normalised with the rule set's
 * options (the mock chat reads long replies with normalise-long.ts).
 * @example evaluate(ruleSet, '亲，支持七天无理由退货哦').group.id // 'offers-return'
 */
export function evaluate(ruleSet: RuleSet, raw: string | Normalised, env: EvaluateEnv = {}): Verdict {
  const options: NormaliseOptions = { toSimplified: env.toSimplified, numerals: ruleSet.numerals ?? false };
  const normalised = typeof raw === 'string' ? normalise(raw, options) : raw;
  const prepare = termPreparer(options);
  for (const group of ruleSet.groups) {
    const matches: Match[] = [];
    const holds = group.when.every((rule) => {
      const result = checkRule(rule, normalised, prepare);
      matches.push(...result.matches);
      return result.holds;
    });
    if (holds) return { group: withoutRules(group), matches: sortMatches(matches), normalised };
  }
  return { group: ruleSet.fallback, matches: [], normalised };
}

/**
 * A group's feedback for one reply: its fixed text, then each of its `asks` whose terms the reply lacks
 * (negation counts as in keyword rules: 不送 is no 送).
 * @example feedbackFor(group, normalise('亲，记得付款哦')) // '提醒了付款。先关心顾客… 再给一个理由…'
 */
export function feedbackFor(group: Omit<AnswerGroup, 'when'>, input: Normalised, options: NormaliseOptions = {}): string {
  if (!group.asks || group.asks.length === 0) return group.feedback;
  const prepare = termPreparer(options);
  const missing = group.asks.filter((ask) => !ask.unless.some((term) => findHits(input, prepare(term)).length > 0));
  return [group.feedback, ...missing.map((ask) => ask.say)].join('');
}

/** A sample reply that did not land where its author expected. */
export interface SampleFailure {
  /** The sample reply. */
  reply: string;
  /** The group its author expected. */
  expected: string;
  /** The group it landed in. */
  actual: string;
}

/** Runs a rule set's samples; an empty list means every sample landed in its expected group. */
export function checkSamples(ruleSet: RuleSet, env: EvaluateEnv = {}): SampleFailure[] {
  return (ruleSet.samples ?? [])
    .map((sample) => ({ reply: sample.reply, expected: sample.expect, actual: evaluate(ruleSet, sample.reply, env).group.id }))
    .filter((result) => result.actual !== result.expected);
}

/**
 * Whether `answer` equals one of `accepted` after normalisation (used by fill-in blanks). With
 * `contains`, an answer that holds an accepted text un-negated also counts ('A. 售前' holds '售前',
 * '不是售前' does not). An answer that normalises to nothing never counts.
 */
export function matchesAccepted(answer: string, accepted: string[], options: NormaliseOptions & { contains?: boolean } = {}): boolean {
  const { contains = false, ...normaliseOptions } = options;
  const input = normalise(answer, normaliseOptions);
  if (input.text === '') return false;
  return accepted.some((text) => {
    const term = normalise(text, normaliseOptions).text;
    if (term === '') return false;
    return contains ? findHits(input, term).length > 0 : input.text === term;
  });
}

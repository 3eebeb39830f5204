import type { Normalised } from '../normalise.ts';
import { clauses, type Clause } from './clauses.ts';

/**
 * Speech acts: what each clause of an agent's reply does. Scenario rules can then ask for an act
 * (`{ act: 'refuse', about: ['改价', '便宜'] }`: the reply refuses the discount) instead of a word.
 * - refuse: the agent (or the shop's rules) says it cannot or will not: 我改不了价、没有权限改价、不能私下交易;
 * - promise: a commitment: 保证、一定、肯定、承诺、包您 (不能保证 is not a promise);
 * - apologise: 抱歉、对不起、不好意思、给您添麻烦了;
 * - ask: a question to the customer: ？、吗、请问、能不能;
 * - warn: a warning: 千万不要、别扫码、谨防、这是诈骗;
 * - inform: everything else a clause states.
 */
export type Act = 'refuse' | 'promise' | 'apologise' | 'ask' | 'warn' | 'inform';

/** Every act, for schemas and reports. */
export const ACTS: readonly Act[] = ['refuse', 'promise', 'apologise', 'ask', 'warn', 'inform'];

/** Chinese names of the acts, for reports. */
export const ACT_LABELS: Record<Act, string> = { refuse: '拒绝', promise: '承诺', apologise: '道歉', ask: '提问', warn: '提醒警示', inform: '说明' };

/** Ways of saying "cannot / may not / will not" (also with a verb between: 改不了、退不了). */
export const REFUSALS: readonly string[] = [
  '不能', '不可以', '不可', '无法', '没法', '没办法', '办不到', '做不到', '不行', '不了', '没有权限', '没有权利', '没权限', '没这个权限', '没这权限', '无权',
  '不支持', '不允许', '不提供', '不接受', '不会给', '不会让', '不会要求', '不会索要', '不会私下', '不会通过', '不会向', '不会在', '不方便', '不予',
  '不点', '不扫', '不付', '不转', '不交', '不给', '不加', '不接受', '不答应', '不会点', '不会扫', '不会付', '不会转', '不会交', '不会提供', '拒绝', '不改', '改不',
];

/** Commitments. */
export const PROMISES: readonly string[] = ['保证', '一定', '肯定', '承诺', '包您', '包你', '包准', '绝对', '百分百', '百分之百', '打包票', '放心吧', '没问题'];

/** Apologies. */
export const APOLOGIES: readonly string[] = ['抱歉', '对不起', '不好意思', '歉意', '致歉', '添麻烦', '给您带来不便', '让您久等', '失误', '我们的错', '我们的问题', '对不住'];

/** Warnings. */
export const WARNINGS: readonly string[] = [
  '千万不要', '千万别', '不要点', '不要扫', '不要转', '不要付', '不要给', '不要提供', '不要相信', '别点', '别扫', '别转', '别付', '别给', '别信', '请勿', '切勿',
  '谨防', '警惕', '小心', '当心', '注意安全', '诈骗', '骗子', '骗局', '冒充', '假冒', '钓鱼', '上当', '被骗', '风险',
];

/** Negated commitments: 不能保证 / 无法保证 / 不一定 promise nothing. */
const HEDGED = ['不能保证', '无法保证', '没法保证', '不敢保证', '不好保证', '不能打包票', '不敢打包票', '不一定', '不能肯定', '不敢肯定', '没办法保证', '不能承诺', '无法承诺', '不敢承诺'];

/** One pattern per word list, built once: a clause is scanned once per list instead of once per word. */
const anyOf = (words: readonly string[]) => new RegExp(words.join('|'));
const [APOLOGY, WARNING, REFUSAL, PROMISE, HEDGE] = [APOLOGIES, WARNINGS, REFUSALS, PROMISES, HEDGED].map(anyOf) as [RegExp, RegExp, RegExp, RegExp, RegExp];

/** A clause with its acts. */
export interface ActClause extends Clause {
  /** What the clause does (at least one; 'inform' when nothing else). */
  acts: Set<Act>;
}

/** Acts of one clause. */
export function clauseActs(clause: Clause): Set<Act> {
  const acts = new Set<Act>();
  const { text } = clause;
  if (clause.question) acts.add('ask');
  if (APOLOGY.test(text)) acts.add('apologise');
  if (WARNING.test(text)) acts.add('warn');
  if (!clause.question && REFUSAL.test(text)) acts.add('refuse');
  if (!clause.question && PROMISE.test(text) && !HEDGE.test(text)) acts.add('promise');
  if (acts.size === 0 || (acts.size === 1 && acts.has('apologise') && text.length > 8)) acts.add('inform');
  return acts;
}

/**
 * The clauses of a reply with their acts.
 * @example speechActs(normalise('我改不了价，不过今天下单送除垢剂')).map((c) => [...c.acts]) // [['refuse'], ['inform']]
 */
export function speechActs(input: Normalised): ActClause[] {
  return clauses(input).map((clause) => ({ ...clause, acts: clauseActs(clause) }));
}

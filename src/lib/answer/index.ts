/**
 * The answer engine, shared by fill-in blanks, forms and the mock chat.
 *
 * ```ts
 * const env = mayBeTraditional(reply) ? { toSimplified: await loadToSimplified() } : {};
 * const { group, matches } = evaluate(ruleSet, reply, env);
 * ```
 * `group` carries feedback, points, correctness and the chat's next state and mood; `matches` are
 * ranges of the raw reply to highlight.
 */
export * from './normalise.ts';
export * from './rules.ts';
export * from './evaluate.ts';
export * from './negation.ts';
export * from './chinese-numerals.ts';
export { traditionalHints } from './traditional.ts';
export { loadToSimplified } from './to-simplified.ts';

/**
 * The mock-chat engine (模拟实战): scenarios from src/data/scenarios are played as state machines, each
 * agent reply judged by the answer engine behind the 禁用语 and off-platform guards.
 *
 * ```ts
 * let session = startSession(scenario, Date.now());
 * const env = mayBeTraditional(text) ? { toSimplified: await loadToSimplified() } : {};
 * const { session: next, customerReplies, hint } = replyTo(scenario, session, text, Date.now(), env);
 * // show each line after typingDelay(line), then: session = deliver(next, [line], Date.now());
 * const { turns, rubric, total } = report(scenario, session);
 * ```
 */
export * from './types.ts';
export * from './guards.ts';
export * from './engine.ts';
export * from './reply.ts';
export * from './kpis.ts';
export * from './rubric-lines.ts';
export * from './time-targets.ts';
export * from './metrics.ts';
export * from './visits.ts';
export * from './report-text.ts';
export * from './scenario-check.ts';
export * from './detectors/index.ts';

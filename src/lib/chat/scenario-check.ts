import { checkSamples, evaluate, type Correctness } from '../answer/index.ts';
import { deliver, startSession } from './engine.ts';
import { judgeReply, replyTo } from './reply.ts';
import { guard } from './guards.ts';
import { DECIDED_BY_LABELS, isEndState, type ChatSession, type GuardKind, type Scenario } from './types.ts';
import { factsEnv } from './detectors/facts.ts';

const CORRECTNESS: Record<Correctness, string> = { correct: '正确', partial: '部分正确', incorrect: '错误' };
const GUARD: Record<GuardKind, string> = { forbidden: '禁用语', 'off-platform': '站外交易', 'over-promise': '过度承诺' };

/**
 * Checks a scenario the way the engine will play it and returns the problems in Chinese ([] when fine):
 * - a sample reply that does not land in its expected group;
 * - a group (or the fallback) that no sample lands in, often because an earlier group shadows it;
 * - a model reply that trips a guard, quotes an amount the scenario does not give, or does not land in a 'correct' group;
 * - a sample that trips a guard (so the engine will judge it wrong) but is expected in a correct or partial group;
 * - a 'correct' group without `next`, which leaves the conversation stuck after a right answer.
 */
export function checkScenario(scenario: Scenario): string[] {
  const problems: string[] = [];
  for (const [id, state] of Object.entries(scenario.states)) {
    if (isEndState(state)) continue;
    const where = `场景 “${scenario.id}” 状态 “${id}”`;
    const { judge } = state;
    const groups = [...judge.groups, judge.fallback];
    for (const failure of checkSamples(judge)) {
      problems.push(`${where}：示例 “${failure.reply}” 应落入分组 “${failure.expected}”，实际落入 “${failure.actual}”`);
    }
    const landed = new Set(judge.samples.map((sample) => evaluate(judge, sample.reply).group.id));
    for (const group of groups) {
      if (!landed.has(group.id)) problems.push(`${where}：没有示例回复落入分组 “${group.id}”，请补一条；若写不出，说明它被前面的分组挡住了`);
    }
    const modelHit = guard(state.model);
    if (modelHit) problems.push(`${where}：参考回复含${GUARD[modelHit.kind]}“${modelHit.term}”，会被直接判错`);
    else {
      const { verdict } = judgeReply(state, state.model, factsEnv, [], scenario);
      if (verdict.correctness !== 'correct') problems.push(`${where}：参考回复判为“${verdict.groupId}”（${CORRECTNESS[verdict.correctness]}，${DECIDED_BY_LABELS[verdict.decidedBy ?? 'keywords']}），应落入正确分组`);
    }
    for (const sample of judge.samples) {
      const hit = guard(sample.reply);
      const expected = groups.find((group) => group.id === sample.expect);
      if (hit && expected && expected.correctness !== 'incorrect') {
        problems.push(`${where}：示例 “${sample.reply}” 含${GUARD[hit.kind]}“${hit.term}”，会被直接判错，却期望落入${CORRECTNESS[expected.correctness]}分组 “${expected.id}”`);
      } else if (expected && expected.points > 0 && judgeReply(state, sample.reply, factsEnv, [], scenario).verdict.decidedBy === 'facts') {
        problems.push(`${where}：示例 “${sample.reply}” 里的金额或容量在情景资料中找不到，会被判错，却期望落入分组 “${expected.id}”`);
      }
    }
    for (const group of groups) {
      if (group.correctness === 'correct' && !group.next) problems.push(`${where}：正确分组 “${group.id}” 没有下一状态（next），答对后对话会停住`);
    }
  }
  return problems;
}

/** Time between the customer's message and the agent's reply in `walk`, in ms. */
export const WALK_TURN_MS = 5000;

/**
 * Plays a solo session through the replies: each reply comes 5 s after the customer's last message, and
 * the customer's answer appears at once. Blank replies and replies after the end are skipped. For tests and previews.
 */
export function walk(scenario: Scenario, replies: readonly string[], start = 0): ChatSession {
  let session = startSession(scenario, start);
  let now = start;
  for (const text of replies) {
    if (session.ended) break;
    if (text.trim() === '') continue;
    now += WALK_TURN_MS;
    const result = replyTo(scenario, session, text, now, factsEnv);
    session = deliver(result.session, result.customerReplies, now);
  }
  return session;
}

import { stateOf, isEndState, type ChatMessage, type ChatSession, type Scenario, type VerdictOverride } from '../../../lib/chat/types.ts';
import type { ChatReports, ReportSummary } from '../../../stores/chat.ts';

/** Longest reason a teacher may type for an override. */
export const maxReasonLength = 200;

/** What the override control needs from the chat (MockChatState implements it). */
export interface VerdictReview {
  /** Most points a reply in `state` may be given; undefined when the scenario no longer has the state. */
  topPoints(state: string): number | undefined;
  /** Saves the teacher's points and reason for a reply; returns why it was refused (Chinese), or '' once saved. */
  overrideVerdict(message: ChatMessage, points: number, reason: string): string;
  /** Takes the teacher's override away, so the program's verdict counts again; returns why not, or ''. */
  withdrawOverride(message: ChatMessage): string;
}

/**
 * A state's top points: the best of its answer groups, the fallback included — the same ceiling the
 * rubric's 专业知识 line divides by (src/lib/chat/metrics.ts). Undefined for end states and lost states.
 */
export function topPoints(scenario: Scenario, state: string): number | undefined {
  const data = stateOf(scenario, state);
  if (!data || isEndState(data)) return undefined;
  return Math.max(data.judge.fallback.points, ...data.judge.groups.map((group) => group.points));
}

/** Checks a teacher's points (a whole number 0 … top) and reason (required), giving the override or what to fix. */
export function checkOverride(points: number, reason: string, top: number, at: number): { override: VerdictOverride } | { error: string } {
  if (!Number.isInteger(points) || points < 0 || points > top) return { error: `请选择 0 到 ${top} 分之间的整数分。` };
  const text = reason.trim();
  if (text === '') return { error: '请填写改判理由：写明为什么给这个分数，再点“保存改判”。' };
  if (text.length > maxReasonLength) return { error: `改判理由最多 ${maxReasonLength} 个字，请精简后再保存。` };
  return { override: { points, reason: text, at } };
}

/**
 * Where a message is in the session: the same object, else the agent reply with the same time and
 * text (a report built from an older copy of the session). −1 when it is gone.
 */
export function messageIndex(session: ChatSession, message: ChatMessage): number {
  const same = session.messages.indexOf(message);
  if (same >= 0) return same;
  return session.messages.findIndex((m) => m.from === message.from && m.at === message.at && m.text === message.text && m.state === message.state);
}

/** The session with the verdict of message `index` overridden, or with its override taken away (`undefined`). */
export function withOverride(session: ChatSession, index: number, override: VerdictOverride | undefined): ChatSession {
  const messages = session.messages.map((message, i) => {
    if (i !== index || !message.verdict) return message;
    const verdict = { ...message.verdict };
    if (override) verdict.override = override;
    else delete verdict.override;
    return { ...message, verdict };
  });
  return { ...session, messages };
}

/**
 * The kept reports after a teacher changed a finished conversation's verdicts: its summary replaces
 * the last one when it is the same conversation (same end time), and the best when it was the best or
 * now beats it. The completion count stays; another conversation's record is left alone.
 */
export function reviseRecord(reports: ChatReports, scenarioId: string, summary: ReportSummary): ChatReports {
  const old = reports[scenarioId];
  if (!old || old.last.at !== summary.at) return reports;
  const best = old.best.at === summary.at || summary.total > old.best.total ? summary : old.best;
  return { ...reports, [scenarioId]: { ...old, best, last: summary } };
}

import type { ChatSession } from './types.ts';

/**
 * The KPIs of lesson 1.2 on one mock-chat session: response times and 问答比. Kept apart from the
 * rubric (metrics.ts) so the KPI calculator (src/lib/kpi/log.ts) loads only this.
 */

/** The KPIs of lesson 1.2, measured on one session. */
export interface ChatMetrics {
  /** 首次响应时间: from the customer's first message to the agent's first reply after it, in ms. */
  firstResponseMs?: number;
  /** 平均响应时间: mean of the timed replies (see `metrics`), in ms. */
  averageResponseMs?: number;
  /** 问答比 = 客服回复消息数 ÷ 客户咨询消息数; undefined while the customer has said nothing. */
  questionAnswerRatio?: number;
  /** 客服回复消息数. */
  agentMessages: number;
  /** 客户咨询消息数. */
  customerMessages: number;
  /** Each timed reply's response time, in ms, in order. */
  responseTimesMs: number[];
}

/**
 * Measures a session. A reply is timed when a customer message is waiting for it: its response time is
 * the reply's time minus the time of the latest customer message since the agent last spoke (the
 * customer's lines arrive in bursts, and the agent can only answer once the burst has appeared). Further
 * agent lines before the customer speaks again are not timed. 首次响应 is the first timed reply measured
 * from the customer's first message. 问答比 = agent messages ÷ customer messages (hint lines are neither).
 * @example 2 customer lines at 0 s, replies at 12 s and 20 s, customer at 25 s, reply at 35 s
 *   → 首次响应 12 s, 平均响应 (12 + 10) ÷ 2 = 11 s, 问答比 3 ÷ 3 = 1
 */
export function metrics(session: ChatSession): ChatMetrics {
  let agentMessages = 0;
  let customerMessages = 0;
  let firstCustomerAt: number | undefined;
  let firstResponseMs: number | undefined;
  let waitingSince: number | undefined;
  const responseTimesMs: number[] = [];
  for (const message of session.messages) {
    if (message.from === 'customer') {
      customerMessages++;
      firstCustomerAt ??= message.at;
      waitingSince = message.at;
    } else if (message.from === 'agent') {
      agentMessages++;
      if (waitingSince === undefined) continue;
      responseTimesMs.push(Math.max(0, message.at - waitingSince));
      waitingSince = undefined;
      if (firstResponseMs === undefined && firstCustomerAt !== undefined) firstResponseMs = Math.max(0, message.at - firstCustomerAt);
    }
  }
  const result: ChatMetrics = { agentMessages, customerMessages, responseTimesMs };
  if (firstResponseMs !== undefined) result.firstResponseMs = firstResponseMs;
  if (responseTimesMs.length > 0) result.averageResponseMs = responseTimesMs.reduce((a, b) => a + b, 0) / responseTimesMs.length;
  if (customerMessages > 0) result.questionAnswerRatio = agentMessages / customerMessages;
  return result;
}

/** Time of the latest customer message still waiting for a reply (for a live clock), or undefined when none waits. */
export function waitingSince(session: ChatSession): number | undefined {
  for (let i = session.messages.length - 1; i >= 0; i--) {
    const message = session.messages[i]!;
    if (message.from === 'agent') return undefined;
    if (message.from === 'customer') return message.at;
  }
  return undefined;
}

/** Seconds for display: 12200 → '12.2', 15000 → '15'. */
export function formatSeconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}


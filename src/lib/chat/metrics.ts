import { normalise } from '../answer/index.ts';
import { visits } from './visits.ts';
import { isEndState, type ChatEnv, type ChatMessage, type ChatSession, type Outcome, type Scenario } from './types.ts';

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

/** One line of the scoring rubric. */
export interface RubricLine {
  /** Stable ID. */
  id: 'polite' | 'answered' | 'knowledge' | 'forbidden' | 'outcome' | 'timeliness';
  /** Chinese label as on the 量化考核表. */
  label: string;
  /** Points earned. */
  points: number;
  /** Points available. */
  max: number;
  /** How the points came about, in Chinese. */
  note: string;
}

/** Points per rubric line; they add up to 100. */
export const RUBRIC_MAX = { polite: 15, answered: 20, knowledge: 20, forbidden: 15, outcome: 15, timeliness: 15 } as const;

/** Polite markers (Traditional forms included, so they count before the converter loads). */
export const POLITE_MARKERS: readonly string[] = ['亲', '您', '请', '谢谢', '感谢', '抱歉', '不好意思', '麻烦', '稍等', '親', '請', '謝謝', '感謝', '麻煩'];

/** Shop targets for 时效 (教学示例, not a platform rule), in ms. */
export const TIME_TARGETS = { firstResponseMs: 15_000, averageResponseMs: 30_000 } as const;

/** Whether a reply uses a polite marker (亲、您、请、谢谢…); full-width and Traditional input count. */
export function isPolite(text: string, env: ChatEnv = {}): boolean {
  // 申请 is a verb, not a courtesy.
  const normalised = normalise(text, { toSimplified: env.toSimplified }).text.replaceAll('申请', '').replaceAll('申請', '');
  return POLITE_MARKERS.some((marker) => normalised.includes(marker));
}

const AFTER_SALES = new Set(['shipping', 'return', 'review', 'dispute', 'scam']);

/** '解决问题' for after-sales and scam scenarios (and any scenario that cannot end in 成交), else '促成交易'. */
export function outcomeLabel(scenario: Scenario): '促成交易' | '解决问题' {
  const canSell = Object.values(scenario.states).some((state) => isEndState(state) && state.end === '成交');
  return AFTER_SALES.has(scenario.kind) || !canSell ? '解决问题' : '促成交易';
}

const share = (max: number, part: number, whole: number) => (whole === 0 ? 0 : Math.round((max * part) / whole));

/** A talking state's visits with its agent replies, and the state's best possible points. */
function talkVisits(scenario: Scenario, session: ChatSession) {
  return visits(session).flatMap((visit) => {
    const state = scenario.states[visit.state];
    if (!state || isEndState(state)) return [];
    const agent = visit.messages.filter((m) => m.from === 'agent');
    const best = Math.max(0, ...agent.map((m) => m.verdict?.points ?? 0));
    const possible = Math.max(state.judge.fallback.points, ...state.judge.groups.map((g) => g.points));
    const answered = agent.some((m) => m.verdict && !m.verdict.guard && m.verdict.correctness !== 'incorrect');
    return [{ topic: state.topic, agent, best, possible, answered }];
  });
}

function timeliness(m: ChatMetrics): { points: number; note: string } {
  if (m.firstResponseMs === undefined || m.averageResponseMs === undefined) return { points: 0, note: '没有回复顾客，无法计时' };
  const first = m.firstResponseMs <= TIME_TARGETS.firstResponseMs ? 7 : m.firstResponseMs <= 2 * TIME_TARGETS.firstResponseMs ? 4 : 0;
  const average = m.averageResponseMs <= TIME_TARGETS.averageResponseMs ? 8 : m.averageResponseMs <= 2 * TIME_TARGETS.averageResponseMs ? 4 : 0;
  return {
    points: first + average,
    note: `首次响应 ${formatSeconds(m.firstResponseMs)} 秒（目标 ≤ 15 秒，${first} 分），平均响应 ${formatSeconds(m.averageResponseMs)} 秒（目标 ≤ 30 秒，${average} 分）；目标为教学示例店铺目标`,
  };
}

const OUTCOME_POINTS: Record<Outcome, number> = { 成交: 15, 解决: 15, 流失: 0, 投诉: 0 };

/**
 * Scores a session out of 100:
 * - 礼貌用语 (15): 15 × replies with a polite marker ÷ all replies, rounded.
 * - 回应全部问题 (20): 20 × customer questions (visits to talking states) that got at least one reply in
 *   a correct or partial group ÷ all questions reached, rounded; a question left waiting counts as unanswered.
 * - 专业知识 (20): 20 × points of the best reply to each question ÷ the best points each question offers, rounded.
 * - 禁用语 (15): 15, minus 5 per 禁用语 and 10 per off-platform attempt, at least 0.
 * - 促成交易 / 解决问题 (15): 15 for 成交 or 解决, 0 for 流失, 投诉 or a conversation not finished.
 * - 时效 (15): first response ≤ 15 s → 7 (≤ 30 s → 4), average ≤ 30 s → 8 (≤ 60 s → 4); targets are 教学示例 shop targets.
 */
export function rubric(scenario: Scenario, session: ChatSession, env: ChatEnv = {}): RubricLine[] {
  const agent = session.messages.filter((m) => m.from === 'agent');
  const polite = agent.filter((m) => isPolite(m.text, env)).length;
  const turns = talkVisits(scenario, session);
  const answered = turns.filter((t) => t.answered).length;
  const missed = [...new Set(turns.filter((t) => !t.answered).map((t) => t.topic))];
  const earned = turns.reduce((sum, t) => sum + t.best, 0);
  const possible = turns.reduce((sum, t) => sum + t.possible, 0);
  const guarded = (kind: string) => agent.filter((m) => m.verdict?.guard === kind);
  const forbidden = guarded('forbidden');
  const offPlatform = guarded('off-platform');
  const terms = [...new Set([...forbidden, ...offPlatform].map((m) => `“${m.verdict!.matches[0]?.term ?? ''}”`))];
  const time = timeliness(metrics(session));
  const outcome = session.ended?.outcome;
  return [
    { id: 'polite', label: '礼貌用语', max: RUBRIC_MAX.polite, points: share(RUBRIC_MAX.polite, polite, agent.length), note: agent.length === 0 ? '没有回复' : `${agent.length} 条回复中 ${polite} 条使用了礼貌用语（亲、您、请、谢谢……）` },
    { id: 'answered', label: '回应全部问题', max: RUBRIC_MAX.answered, points: share(RUBRIC_MAX.answered, answered, turns.length), note: `${turns.length} 个问题中 ${answered} 个得到有效回应${missed.length > 0 ? `；未有效回应：${missed.join('、')}` : ''}` },
    { id: 'knowledge', label: '专业知识', max: RUBRIC_MAX.knowledge, points: share(RUBRIC_MAX.knowledge, earned, possible), note: `按每个问题最好的一次回复计，得 ${earned} / ${possible} 分` },
    {
      id: 'forbidden',
      label: '禁用语',
      max: RUBRIC_MAX.forbidden,
      points: Math.max(0, RUBRIC_MAX.forbidden - 5 * forbidden.length - 10 * offPlatform.length),
      note: terms.length === 0 ? '未使用禁用语，未引导站外交易' : `禁用语 ${forbidden.length} 次（每次扣 5 分），引导站外交易 ${offPlatform.length} 次（每次扣 10 分）：${terms.join('、')}`,
    },
    { id: 'outcome', label: outcomeLabel(scenario), max: RUBRIC_MAX.outcome, points: outcome ? OUTCOME_POINTS[outcome] : 0, note: outcome ? `结果：${outcome}` : '对话未结束' },
    { id: 'timeliness', label: '时效', max: RUBRIC_MAX.timeliness, ...time },
  ];
}

/** One turn of the transcript in the report: what the customer said, how the agent replied, and the model reply. */
export interface ReportTurn {
  /** The state of the turn. */
  state: string;
  /** What the turn is about; for the closing turn, '对话结束：<outcome>'. */
  topic: string;
  /** The model reply ('' for the closing turn). */
  model: string;
  /** The customer's messages. */
  customer: ChatMessage[];
  /** The agent's replies, each with its verdict and matches. */
  agent: ChatMessage[];
  /** Hints shown in this turn. */
  hints: string[];
  /** All messages of the turn, in order. */
  messages: ChatMessage[];
  /** Closing turn only: why the conversation ended so. */
  summary?: string;
}

/** The end-of-chat report. */
export interface ChatReport {
  /** The transcript turn by turn. */
  turns: ReportTurn[];
  /** KPIs. */
  metrics: ChatMetrics;
  /** Scoring lines. */
  rubric: RubricLine[];
  /** Sum of the rubric points, out of 100. */
  total: number;
  /** How the conversation ended, if it did. */
  outcome?: Outcome;
}

/** Builds the report: transcript by turn with the model reply beside each, metrics, rubric and total. */
export function report(scenario: Scenario, session: ChatSession, env: ChatEnv = {}): ChatReport {
  const turns = visits(session).map((visit): ReportTurn => {
    const state = scenario.states[visit.state];
    const base = {
      state: visit.state,
      customer: visit.messages.filter((m) => m.from === 'customer'),
      agent: visit.messages.filter((m) => m.from === 'agent'),
      hints: visit.messages.filter((m) => m.from === 'system').map((m) => m.text.replace(/^提示：/, '')),
      messages: visit.messages,
    };
    if (!state) return { ...base, topic: visit.state, model: '' };
    if (isEndState(state)) return { ...base, topic: `对话结束：${state.end}`, model: '', summary: state.summary };
    return { ...base, topic: state.topic, model: state.model };
  });
  const end = scenario.states[session.state];
  // An end state without closing lines has no messages, but the report still says how it ended.
  if (session.ended && end && isEndState(end) && turns.at(-1)?.state !== session.state) {
    turns.push({ state: session.state, topic: `对话结束：${end.end}`, model: '', customer: [], agent: [], hints: [], messages: [], summary: end.summary });
  }
  const lines = rubric(scenario, session, env);
  const result: ChatReport = { turns, metrics: metrics(session), rubric: lines, total: lines.reduce((sum, line) => sum + line.points, 0) };
  if (session.ended) result.outcome = session.ended.outcome;
  return result;
}

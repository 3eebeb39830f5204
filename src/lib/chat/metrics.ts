import { normalise } from '../answer/index.ts';
import { visits } from './visits.ts';
import { formatSeconds, metrics, type ChatMetrics } from './kpis.ts';
import { outcomeLabel, RUBRIC_MAX, type RubricLine } from './rubric-lines.ts';
import { DEFAULT_TYPING_SPEED, READ_SECONDS, timeTargets, type RubricOptions } from './time-targets.ts';
import { stateOf, isEndState, type ChatEnv, type ChatMessage, type ChatSession, type ChatVerdict, type Outcome, type Scenario } from './types.ts';

/** 服务礼仪 is judged once per conversation: a greeting, a courteous tone, a polite close. */
export const COURTESY_POINTS = { greeting: 4, tone: 3, closing: 3 } as const;

/**
 * Words of a greeting in the first reply. 亲 alone is a form of address, not a greeting, and counts
 * nowhere: adding it to every line must not earn anything (lesson 9.1).
 */
export const GREETINGS: readonly string[] = ['您好', '你好', '欢迎', '在的', '在呢', '在哦', '在滴', '很高兴', '有什么可以帮', '我是', '早上好', '上午好', '下午好', '晚上好', '您們好', '歡迎'];

/** Courteous words that set the tone after the greeting. */
export const COURTESY_WORDS: readonly string[] = ['请', '谢谢', '感谢', '抱歉', '不好意思', '麻烦', '稍等', '辛苦', '理解', '打扰', '請', '謝謝', '感謝', '麻煩'];

/** Words of a polite close in the agent's last reply. */
export const CLOSINGS: readonly string[] = ['感谢', '谢谢', '祝', '欢迎再来', '欢迎下次', '欢迎您', '随时', '有问题', '有需要', '再见', '期待', '愉快', '开心', '联系我', '找我', '慢走', '感謝', '謝謝', '隨時'];

/** 问答比 at or above this earns the line's full points (lesson 1.2: above 1, the agent takes the initiative). */
export const RATIO_FULL = 1;
/** 问答比 at or above this earns part (lesson 1.2: 0.88 is 偏向被动). */
export const RATIO_PART = 0.8;

const contains = (text: string, words: readonly string[]) => words.some((word) => text.includes(word));

/** Text of a reply as the courtesy checks read it (normalised, Traditional converted when the converter is loaded). */
function courtesyText(text: string, env: ChatEnv): string {
  // 申请 is a verb, not a courtesy.
  return normalise(text, { toSimplified: env.toSimplified }).text.replaceAll('申请', '').replaceAll('申請', '');
}

/** Whether a reply uses a courteous word (请、谢谢、抱歉…); full-width and Traditional input count. 亲 alone does not. */
export function isPolite(text: string, env: ChatEnv = {}): boolean {
  return contains(courtesyText(text, env), COURTESY_WORDS);
}

/** 服务礼仪: greeting in the first reply, a courteous tone after it with no 禁用语, a polite close in the last reply. */
function courtesy(agent: ChatMessage[], env: ChatEnv, ended: boolean): { points: number; note: string } {
  if (agent.length === 0) return { points: 0, note: '没有回复' };
  const first = courtesyText(agent[0]!.text, env);
  const greeting = contains(first, GREETINGS);
  const rude = agent.some((m) => m.verdict?.guard === 'forbidden');
  const tone = !rude && agent.some((m, i) => (i > 0 || agent.length === 1) && isPolite(m.text, env));
  const closing = ended && contains(courtesyText(agent.at(-1)!.text, env), CLOSINGS);
  const points = (greeting ? COURTESY_POINTS.greeting : 0) + (tone ? COURTESY_POINTS.tone : 0) + (closing ? COURTESY_POINTS.closing : 0);
  const parts = [
    greeting ? `问候 ${COURTESY_POINTS.greeting} 分` : `问候 0 分（第一条回复没有“您好”“欢迎”等问候语）`,
    tone ? `语气 ${COURTESY_POINTS.tone} 分` : `语气 0 分（${rude ? '用了禁用语' : '问候之后没有用“请、谢谢、抱歉”等礼貌用语'}）`,
    closing ? `结束语 ${COURTESY_POINTS.closing} 分` : `结束语 0 分（${ended ? '最后一条回复没有感谢、祝福或“有问题随时找我”' : '对话未结束'}）`,
  ];
  return { points, note: `整段对话评一次：${parts.join('，')}` };
}

/**
 * A reply's text for telling repeats apart: normalised, terms of address dropped, and a word said twice
 * in a row said once (授权授权店 is 授权店), so padding a line does not make it a new one.
 */
function repeatKey(text: string): string {
  let key = normalise(text).text.replace(/亲爱的|亲亲|亲|親/g, '');
  // Until nothing repeats (at most 5 passes): collapsing 孩子爸孩子爸爸 leaves 爸爸 to collapse in turn.
  for (let pass = 0, previous = ''; pass < 5 && previous !== key; pass++) {
    previous = key;
    key = key.replace(/(.{1,20}?)\1+/g, '$1');
  }
  return key;
}

/** Agent messages that count toward 问答比: no guard hit, not a repeat of an earlier line, not empty once 亲 is dropped. */
function countedReplies(agent: ChatMessage[]): number {
  const seen = new Set<string>();
  let count = 0;
  for (const message of agent) {
    const text = repeatKey(message.text);
    if (message.verdict?.guard || text.length < 2 || seen.has(text)) continue;
    seen.add(text);
    count++;
  }
  return count;
}

/** 问答比 as lesson 1.2 defines it (客服回复消息数 ÷ 客户咨询消息数), rewarded up to 1 and no further. */
function ratioLine(agent: ChatMessage[], customerMessages: number): { points: number; note: string } {
  if (customerMessages === 0) return { points: 0, note: '顾客还没有发消息' };
  const counted = countedReplies(agent);
  const value = counted / customerMessages;
  const points = value >= RATIO_FULL ? RUBRIC_MAX.ratio : value >= RATIO_PART ? Math.round(RUBRIC_MAX.ratio * 0.6) : 0;
  const skipped = agent.length - counted;
  return {
    points,
    note: `问答比 ${value.toFixed(2)}（客服有效回复 ${counted} 条 ÷ 顾客消息 ${customerMessages} 条${skipped > 0 ? `；${skipped} 条不计：被判禁用语、打包票或站外交易的，重复的，只有“亲”“哦”的` : ''}）；≥ ${RATIO_FULL} 满分，≥ ${RATIO_PART} 得 ${Math.round(RUBRIC_MAX.ratio * 0.6)} 分；超过 1 不再加分，刷消息没有意义`,
  };
}

const OUTCOME_POINTS: Record<Outcome, number> = { 成交: 15, 解决: 15, 流失: 0, 投诉: 0 };
const TIME_POINTS = { first: 7, average: 8 } as const;

function timeliness(m: ChatMetrics, targets: ReturnType<typeof timeTargets>): { points: number; note: string } {
  if (m.firstResponseMs === undefined || m.averageResponseMs === undefined) return { points: 0, note: '没有回复顾客，无法计时' };
  const first = m.firstResponseMs <= targets.firstResponseMs ? TIME_POINTS.first : m.firstResponseMs <= 2 * targets.firstResponseMs ? 4 : 0;
  const average = m.averageResponseMs <= targets.averageResponseMs ? TIME_POINTS.average : m.averageResponseMs <= 2 * targets.averageResponseMs ? 4 : 0;
  const basis = targets.measured ? `按你打字练习的最好成绩 ${Math.round(targets.speed)} 字/分` : `你还没有打字练习成绩，按 ${DEFAULT_TYPING_SPEED} 字/分`;
  return {
    points: first + average,
    note: `首次响应 ${formatSeconds(m.firstResponseMs)} 秒（目标 ≤ ${formatSeconds(targets.firstResponseMs)} 秒，${first} 分），平均响应 ${formatSeconds(m.averageResponseMs)} 秒（目标 ≤ ${formatSeconds(targets.averageResponseMs)} 秒，${average} 分）；目标 = 读题 ${READ_SECONDS} 秒 + 参考回复的字数 ÷ 打字速度，${basis}计算，超过目标一倍以内得一半`,
  };
}

/** Points a reply counts for in the report: a teacher's override wins over the program's verdict. */
export function effectivePoints(verdict: ChatVerdict | undefined): number {
  return verdict?.override?.points ?? verdict?.points ?? 0;
}

/** Whether a reply counts as an answer (correct or partial), after any teacher override. */
function answers(verdict: ChatVerdict | undefined, best: number): boolean {
  if (!verdict) return false;
  if (verdict.override) return verdict.override.points > 0;
  return !verdict.guard && verdict.correctness !== 'incorrect' && best >= 0;
}

const share = (max: number, part: number, whole: number) => (whole === 0 ? 0 : Math.round((max * part) / whole));

/** A talking state's visits with its agent replies, and the state's best possible points. */
function talkVisits(scenario: Scenario, session: ChatSession) {
  return visits(session).flatMap((visit) => {
    const state = stateOf(scenario, visit.state);
    if (!state || isEndState(state)) return [];
    const agent = visit.messages.filter((m) => m.from === 'agent');
    const possible = Math.max(state.judge.fallback.points, ...state.judge.groups.map((g) => g.points));
    const best = Math.min(possible, Math.max(0, ...agent.map((m) => effectivePoints(m.verdict))));
    const answered = agent.some((m) => answers(m.verdict, best));
    return [{ topic: state.topic, agent, best, possible, answered }];
  });
}

/**
 * Scores a session out of 100. Nothing is counted per line, so adding 亲 to every reply or repeating a
 * scoring word never raises the total (tests/unit/chat/properties.test.ts):
 * - 服务礼仪 (10), once per conversation: a greeting in the first reply (4), a courteous tone after it
 *   with no 禁用语 (3), a polite close in the last reply (3).
 * - 问答比 (5): lesson 1.2's 客服回复消息数 ÷ 客户咨询消息数, counting replies that are not 禁用语,
 *   repeats or empty; ≥ 1 → 5, ≥ 0.8 → 3, else 0; no more above 1.
 * - 回应全部问题 (20): 20 × customer questions (visits to talking states) that got a correct or partial
 *   reply ÷ all questions reached, rounded; a question left waiting counts as unanswered.
 * - 专业知识 (20): 20 × points of the best reply to each question ÷ the best points each question offers, rounded.
 * - 禁用语 (15): 15, minus 5 per 禁用语 or over-promise and 10 per off-platform attempt, at least 0.
 * - 促成交易 / 解决问题 (15): 15 for 成交 or 解决, 0 for 流失, 投诉 or a conversation not finished.
 * - 时效 (15): first response within its target → 7 (within twice → 4), average within its target → 8
 *   (twice → 4). Targets: 10 s to read plus the model reply typed at the learner's speed (`timeTargets`).
 * A teacher's override (`verdict.override`) counts instead of the program's points.
 */
export function rubric(scenario: Scenario, session: ChatSession, env: ChatEnv = {}, options: RubricOptions = {}): RubricLine[] {
  const agent = session.messages.filter((m) => m.from === 'agent');
  const customerMessages = session.messages.filter((m) => m.from === 'customer').length;
  const turns = talkVisits(scenario, session);
  const answered = turns.filter((t) => t.answered).length;
  const missed = [...new Set(turns.filter((t) => !t.answered).map((t) => t.topic))];
  const earned = turns.reduce((sum, t) => sum + t.best, 0);
  const possible = turns.reduce((sum, t) => sum + t.possible, 0);
  const guarded = (kind: string) => agent.filter((m) => m.verdict?.guard === kind && !(m.verdict.override && m.verdict.override.points > 0));
  const forbidden = guarded('forbidden');
  const overPromises = guarded('over-promise');
  const offPlatform = guarded('off-platform');
  const terms = [...new Set([...forbidden, ...overPromises, ...offPlatform].map((m) => `“${m.verdict!.matches[0]?.term ?? ''}”`))];
  const time = timeliness(metrics(session), timeTargets(scenario, session, options));
  const outcome = session.ended?.outcome;
  const overridden = agent.filter((m) => m.verdict?.override).length;
  return [
    { id: 'polite', label: '服务礼仪', max: RUBRIC_MAX.polite, ...courtesy(agent, env, Boolean(session.ended)) },
    { id: 'ratio', label: '问答比', max: RUBRIC_MAX.ratio, ...ratioLine(agent, customerMessages) },
    { id: 'answered', label: '回应全部问题', max: RUBRIC_MAX.answered, points: share(RUBRIC_MAX.answered, answered, turns.length), note: `${turns.length} 个问题中 ${answered} 个得到有效回应${missed.length > 0 ? `；未有效回应：${missed.join('、')}` : ''}` },
    { id: 'knowledge', label: '专业知识', max: RUBRIC_MAX.knowledge, points: share(RUBRIC_MAX.knowledge, earned, possible), note: `按每个问题最好的一次回复计，得 ${earned} / ${possible} 分${overridden > 0 ? `；其中 ${overridden} 条回复由教师改判` : ''}` },
    {
      id: 'forbidden',
      label: '禁用语',
      max: RUBRIC_MAX.forbidden,
      points: Math.max(0, RUBRIC_MAX.forbidden - 5 * (forbidden.length + overPromises.length) - 10 * offPlatform.length),
      note:
        terms.length === 0
          ? '未使用禁用语，没有打包票，未引导站外交易'
          : `禁用语 ${forbidden.length} 次、打包票 ${overPromises.length} 次（每次扣 5 分），引导站外交易 ${offPlatform.length} 次（每次扣 10 分）：${terms.join('、')}`,
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
export function report(scenario: Scenario, session: ChatSession, env: ChatEnv = {}, options: RubricOptions = {}): ChatReport {
  const turns = visits(session).map((visit): ReportTurn => {
    const state = stateOf(scenario, visit.state);
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
  const end = stateOf(scenario, session.state);
  // An end state without closing lines has no messages, but the report still says how it ended.
  if (session.ended && end && isEndState(end) && turns.at(-1)?.state !== session.state) {
    turns.push({ state: session.state, topic: `对话结束：${end.end}`, model: '', customer: [], agent: [], hints: [], messages: [], summary: end.summary });
  }
  const lines = rubric(scenario, session, env, options);
  const result: ChatReport = { turns, metrics: metrics(session), rubric: lines, total: lines.reduce((sum, line) => sum + line.points, 0) };
  if (session.ended) result.outcome = session.ended.outcome;
  return result;
}

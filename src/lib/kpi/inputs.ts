import { conversion, FORMULAS, orderValue, qaRatio, responseTime, type KpiId, type KpiResult } from './formulas.ts';
import type { LogAnalysis } from './log.ts';
import { parseDurations, parseField } from './numbers.ts';

/** What the learner types, as typed (strings, so nothing is lost or reformatted). */
export interface KpiInputs {
  /** 咨询人数. */
  inquiries: string;
  /** 下单人数. */
  orders: string;
  /** 销售额（元）. */
  sales: string;
  /** 成交客户数; blank means the same as 下单人数. */
  buyers: string;
  /** 客户咨询消息数. */
  customerMessages: string;
  /** 客服回复消息数. */
  agentMessages: string;
  /** 各位客户的首次等待时间（秒）, a list. */
  firstWaits: string;
  /** 每次回复用时（秒）, a list. */
  replyTimes: string;
}

/** Blank inputs. */
export const emptyInputs = (): KpiInputs => ({ inquiries: '', orders: '', sales: '', buyers: '', customerMessages: '', agentMessages: '', firstWaits: '', replyTimes: '' });

/** One KPI's outcome: worked out, not asked for (its fields are blank), or the Chinese problems that stop it. */
export type KpiOutcome =
  | { id: KpiId; label: string; formula: string; status: 'ok'; result: KpiResult }
  | { id: KpiId; label: string; formula: string; status: 'empty'; hint: string }
  | { id: KpiId; label: string; formula: string; status: 'error'; problems: string[] };

const outcome = (id: KpiId) => ({ id, ...FORMULAS[id] });

/** Two fields divided: empty while both are blank, else every problem with either, else the result. */
function ratio(id: KpiId, top: [string, string, boolean], bottom: [string, string, boolean], make: (a: number, b: number) => KpiResult, extra?: (a: number, b: number) => string | undefined, blank?: boolean): KpiOutcome {
  const a = parseField(top[0], top[1], { integer: top[2] });
  const b = parseField(bottom[0], bottom[1], { integer: bottom[2] });
  if (blank ?? (!a.ok && a.empty && !b.ok && b.empty)) return { ...outcome(id), status: 'empty', hint: `填写${top[1].replace(/（.*）/, '')}和${bottom[1].replace(/（.*）/, '')}后计算。` };
  const problems: string[] = [];
  for (const [field, label] of [[a, top[1]], [b, bottom[1]]] as const) {
    if (!field.ok) problems.push(field.empty ? `请填写${label}。` : field.message);
  }
  if (b.ok && b.value === 0) problems.push(`${bottom[1]}为 0，除数不能为 0，无法计算${FORMULAS[id].label}。`);
  if (problems.length === 0 && a.ok && b.ok) {
    const extraProblem = extra?.(a.value, b.value);
    if (extraProblem) problems.push(extraProblem);
    else return { ...outcome(id), status: 'ok', result: make(a.value, b.value) };
  }
  return { ...outcome(id), status: 'error', problems };
}

function durations(id: 'first-response' | 'average-response', raw: string, label: string): KpiOutcome {
  const parsed = parseDurations(raw, label);
  if (!parsed.ok && parsed.empty) return { ...outcome(id), status: 'empty', hint: `填写${label}后计算。` };
  if (!parsed.ok) return { ...outcome(id), status: 'error', problems: [parsed.message] };
  return { ...outcome(id), status: 'ok', result: responseTime(id, parsed.groups) };
}

/** Works out every KPI from the typed numbers; each KPI stands alone, so one bad field blocks only its own KPI. */
export function kpisFromInputs(inputs: KpiInputs): KpiOutcome[] {
  const buyersBlank = inputs.buyers.trim() === '';
  return [
    ratio('conversion', [inputs.orders, '下单人数', true], [inputs.inquiries, '咨询人数', true], conversion, (orders, inquiries) =>
      orders > inquiries ? `下单人数（${orders}）不能多于咨询人数（${inquiries}），请检查是否填反了。` : undefined),
    ratio('order-value', [inputs.sales, '销售额', false], [buyersBlank ? inputs.orders : inputs.buyers, buyersBlank ? '成交客户数（未填，按下单人数）' : '成交客户数', true], orderValue, undefined,
      // 下单人数 also feeds 询单转化率, so typing it alone does not ask for 销售额.
      buyersBlank && inputs.sales.trim() === ''),
    ratio('qa-ratio', [inputs.agentMessages, '客服回复消息数', true], [inputs.customerMessages, '客户咨询消息数', true], qaRatio),
    durations('first-response', inputs.firstWaits, '首次等待时间'),
    durations('average-response', inputs.replyTimes, '每次回复用时'),
  ];
}

/** Works out 问答比 and the two response times from an analysed chat log. */
export function kpisFromLog(log: LogAnalysis): KpiOutcome[] {
  const noCustomer = '日志里没有识别出顾客的消息。请检查客服名单：不在名单里的名字才算顾客。';
  const qa: KpiOutcome =
    log.customerMessages === 0 ? { ...outcome('qa-ratio'), status: 'error', problems: [noCustomer] } : { ...outcome('qa-ratio'), status: 'ok', result: qaRatio(log.agentMessages, log.customerMessages) };
  const times = (id: 'first-response' | 'average-response', groups: LogAnalysis['firstWaits']): KpiOutcome =>
    groups.length > 0 ? { ...outcome(id), status: 'ok', result: responseTime(id, groups) }
    : { ...outcome(id), status: 'error', problems: [log.customerMessages === 0 ? noCustomer : '日志里没有客服对顾客消息的回复，无法计算响应时间。请检查客服名单。'] };
  return [qa, times('first-response', log.firstWaits), times('average-response', log.replyTimes)];
}

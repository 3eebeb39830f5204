// Direct module imports, not the lib/chat barrel: the scoring (metrics.ts) must stay out of the widget's first load.
import { DECIDED_BY_LABELS, type ChatMatch, type ChatVerdict, type VerdictOverride } from '../../../lib/chat/types.ts';
import { formatSeconds } from '../../../lib/chat/kpis.ts';
import { READ_SECONDS } from '../../../lib/chat/time-targets.ts';

const two = (n: number) => String(n).padStart(2, '0');

/** Time of a message as a chat window shows it. @example clock(new Date(2025, 0, 1, 9, 5, 3).getTime()) === '09:05:03' */
export function clock(at: number): string {
  const date = new Date(at);
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/** A duration as the report writes it. @example seconds(12_240) === '12.2 秒' */
export const seconds = (ms: number | undefined) => (ms === undefined ? '—' : `${formatSeconds(ms)} 秒`);

/** 问答比 as the report writes it (agent messages ÷ customer messages). @example ratio(1.25) === '1.25' */
export const ratio = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(2));

/** The customer's mood as a word and a tone for colour (no emoji). */
export function moodOf(mood: number): { label: string; tone: 'good' | 'calm' | 'tense' | 'angry' } {
  if (mood >= 1) return { label: '满意', tone: 'good' };
  if (mood === 0) return { label: '平静', tone: 'calm' };
  if (mood === -1) return { label: '不耐烦', tone: 'tense' };
  return { label: '生气', tone: 'angry' };
}

/** A stretch of a message, marked when a scoring phrase or a guard hit covers it. */
export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * Splits a message into plain and highlighted stretches (overlapping or touching matches merge),
 * so the view renders text nodes and never HTML.
 */
export function segments(text: string, matches: readonly ChatMatch[] = []): Segment[] {
  const ranges = matches
    .map(({ start, end }) => [Math.max(0, start), Math.min(text.length, end)] as const)
    .filter(([start, end]) => start < end)
    .sort((a, b) => a[0] - b[0]);
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    if (start > at) out.push({ text: text.slice(at, start), hit: false });
    const from = Math.max(start, at);
    const last = out.at(-1);
    if (last?.hit && from === at && start <= at) last.text += text.slice(from, end);
    else out.push({ text: text.slice(from, end), hit: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false });
  return out;
}

/** Avatar initial: the name's first character (a whole character, even outside the BMP). */
export const initial = (name: string) => [...name][0] ?? '客';

/** Chinese name of each scenario kind, for cards and the scenario list. */
export const kindLabels: Record<string, string> = {
  presale: '售前咨询',
  recommend: '商品推荐',
  payment: '催付',
  shipping: '物流查询',
  return: '退换货',
  review: '评价处理',
  dispute: '纠纷处理',
  scam: '防骗',
  assessment: '综合考核',
};

/** What a verdict is called beside the reply (guards by what they caught). */
export function verdictLabel(verdict: Pick<ChatVerdict, 'correctness' | 'guard' | 'decidedBy'>): string {
  if (verdict.guard === 'forbidden') return '禁用语';
  if (verdict.guard === 'off-platform') return '站外交易';
  if (verdict.guard === 'over-promise') return '过度承诺';
  if (verdict.decidedBy === 'sentence-form') return '像关键词堆砌';
  return { correct: '回复得当', partial: '部分得当', incorrect: '需要改进' }[verdict.correctness];
}

/** Which detector decided, as the report and the live verdict say it; '' for verdicts saved before it was recorded. */
export const decidedByText = (verdict: Pick<ChatVerdict, 'decidedBy'>) => (verdict.decidedBy ? `判定依据：${DECIDED_BY_LABELS[verdict.decidedBy]}` : '');

/** The program's verdict with its points. @example programVerdict({ correctness: 'partial', points: 1 }) === '部分得当 · 1 分' */
export const programVerdict = (verdict: Pick<ChatVerdict, 'correctness' | 'guard' | 'decidedBy' | 'points'>) => `${verdictLabel(verdict)} · ${verdict.points} 分`;

/** A teacher's override as the report shows it. @example overrideText({ points: 2, reason: '依据说清楚了', at: 0 }) === '教师改判：2 分（理由：依据说清楚了）' */
export const overrideText = (override: VerdictOverride) => `教师改判：${override.points} 分（理由：${override.reason}）`;

/** The start of a reply, to tell one reply's controls from another's. @example excerpt('亲，本店是品牌官方授权店', 6) === '亲，本店是品…' */
export function excerpt(text: string, length = 12): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : chars.join('');
}

/** What peers and the teacher look for under each rubric line (量化考核表). */
export const rubricGuidance: Record<string, string> = {
  polite: '第一条回复问候（您好/欢迎），之后用“请、谢谢、抱歉”，最后致谢或祝福；整段对话评一次',
  ratio: '客服回复条数 ÷ 顾客消息条数不低于 1，不漏回也不刷屏',
  answered: '顾客的每个问题都有回应，不遗漏、不答非所问',
  knowledge: '商品参数、店铺规定、平台规则讲解准确',
  forbidden: '不用禁用语和绝对化用语，不打包票，不引导站外交易',
  outcome: '引导下单或给出可行的解决方案，顾客满意',
  timeliness: `首次响应、平均响应不超过目标：读题 ${READ_SECONDS} 秒 + 参考回复字数 ÷ 自己的打字速度`,
};



import { metrics } from '../chat/kpis.ts';
import type { ChatMessage, ChatSession } from '../chat/types.ts';
import type { DurationGroup } from './numbers.ts';

/** Who said a parsed line. */
export type Speaker = 'customer' | 'agent';

/** One message read from a log, with its absolute time in ms. */
export interface LogMessage {
  /** 1-based line number in the pasted text (message number for JSON). */
  line: number;
  name: string;
  from: Speaker;
  at: number;
  text: string;
}

/** How to tell agents from customers. */
export interface SpeakerRule {
  /** Agent names typed by the learner (split on 、，, and spaces); blank → the default rule. */
  agentNames?: string;
  /** The shop's name; by default a name containing 客服 or the shop's name is an agent. @default '暖居优品' */
  shop?: string;
}

/** Everything the calculator needs from a log. */
export interface LogAnalysis {
  /** 'text' for workbench lines, 'json' for a mock-chat export. */
  source: 'text' | 'json';
  messages: LogMessage[];
  /** Customer names, in order of first message. */
  customers: string[];
  customerMessages: number;
  agentMessages: number;
  /** Each answered customer's first wait, in seconds. */
  firstWaits: DurationGroup[];
  /** Each timed reply's response time, in seconds. */
  replyTimes: DurationGroup[];
  /** Customers who never got a reply (left out of 首次响应时间). */
  unanswered: string[];
  /** Chinese notes naming the line, for lines skipped or doubtful. */
  problems: string[];
}

const SYSTEM_NAMES = /^(系统|系统消息|系统提示|system)$/i;
// Time first: optional date (2026-03-05, 2026/3/5, 2026.03.05), then H:MM or H:MM:SS, then the rest.
const LINE = /^\s*(?:(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[ T\u3000]+)?(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?(?:\s+|(?=\S))(.*)$/;
const DAY = 86_400_000;

/** Splits `名字：内容` (or `名字: 内容`); a full-width colon wins, so a name like `暖居优品:小悦` survives. */
export function splitSpeaker(rest: string): { name: string; text: string } | undefined {
  const wide = rest.indexOf('：');
  const narrow = rest.indexOf(':');
  const at = wide >= 0 ? wide : narrow;
  if (at <= 0) return undefined;
  const name = rest.slice(0, at).trim();
  if (name === '' || name.length > 30) return undefined;
  return { name, text: rest.slice(at + 1).trim() };
}

/** Whether a speaker name belongs to an agent under the rule. */
export function isAgentName(name: string, rule: SpeakerRule = {}): boolean {
  const listed = (rule.agentNames ?? '').split(/[\s,，、;；]+/).filter((n) => n !== '');
  if (listed.length > 0) return listed.some((agent) => name === agent || name.includes(agent));
  const shop = rule.shop ?? '暖居优品';
  return name.includes('客服') || (shop !== '' && name.includes(shop));
}

/**
 * Reads workbench lines `[YYYY-MM-DD ]HH:MM[:SS] 名字：内容`. A line without a time continues the message
 * above it. Time-only lines take the date of the last dated line; a time more than 12 hours earlier than
 * the line above is the next day (midnight), a smaller step back is a line out of order. Messages are
 * sorted by time (stable). 系统 lines are skipped.
 */
export function parseLogLines(text: string, rule: SpeakerRule = {}): { messages: LogMessage[]; problems: string[] } {
  const messages: LogMessage[] = [];
  const problems: string[] = [];
  let day = 0;
  let lastClock: number | undefined;
  let last: LogMessage | undefined;
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = index + 1;
    if (raw.trim() === '') continue;
    const match = LINE.exec(raw);
    if (!match) {
      if (last) last.text += `\n${raw.trim()}`;
      else problems.push(`第 ${line} 行：开头没有时间，无法识别（格式应为“10:02:15 客服小悦：亲，在的～”）。`);
      continue;
    }
    const [, y, mo, d, h, mi, s, rest] = match;
    const [hour, minute, second] = [Number(h), Number(mi), Number(s ?? 0)];
    if (hour > 23 || minute > 59 || second > 59) {
      problems.push(`第 ${line} 行：时间“${h}:${mi}${s ? `:${s}` : ''}”不正确。`);
      last = undefined;
      continue;
    }
    const clock = ((hour * 60 + minute) * 60 + second) * 1000;
    if (y) {
      const date = Date.UTC(Number(y), Number(mo) - 1, Number(d));
      const check = new Date(date);
      if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) {
        problems.push(`第 ${line} 行：日期“${y}-${mo}-${d}”不正确。`);
        last = undefined;
        continue;
      }
      day = date;
    } else if (lastClock !== undefined && clock < lastClock - DAY / 2) {
      day += DAY;
    }
    lastClock = clock;
    const speaker = splitSpeaker(rest ?? '');
    if (!speaker) {
      problems.push(`第 ${line} 行：找不到发言人（时间后面应是“名字：内容”），这一行没有计入。`);
      last = undefined;
      continue;
    }
    if (SYSTEM_NAMES.test(speaker.name)) {
      problems.push(`第 ${line} 行：系统消息，不计入。`);
      last = undefined;
      continue;
    }
    last = { line, name: speaker.name, from: isAgentName(speaker.name, rule) ? 'agent' : 'customer', at: day + clock, text: speaker.text };
    messages.push(last);
  }
  messages.sort((a, b) => a.at - b.at);
  return { messages, problems };
}

/** Reads a JSON export of this site's mock chat (a report with `turns[].messages`, or a session with `messages`). */
export function parseChatExport(json: unknown): { messages: LogMessage[]; problems: string[] } | undefined {
  if (!json || typeof json !== 'object') return undefined;
  const data = json as { turns?: { messages?: unknown }[]; messages?: unknown };
  const list: unknown[] = Array.isArray(data.turns) ? data.turns.flatMap((t) => (Array.isArray(t?.messages) ? t.messages : [])) : Array.isArray(data.messages) ? data.messages : [];
  if (!Array.isArray(data.turns) && !Array.isArray(data.messages)) return undefined;
  const messages: LogMessage[] = [];
  const problems: string[] = [];
  for (const [index, item] of list.entries()) {
    const m = item as Partial<ChatMessage> | null;
    if (!m || (m.from !== 'customer' && m.from !== 'agent' && m.from !== 'system') || typeof m.at !== 'number' || !Number.isFinite(m.at) || typeof m.text !== 'string') {
      problems.push(`第 ${index + 1} 条消息缺少 from、at 或 text，没有计入。`);
      continue;
    }
    if (m.from === 'system') continue;
    messages.push({ line: index + 1, name: m.from === 'agent' ? '客服' : '顾客', from: m.from, at: m.at, text: m.text });
  }
  messages.sort((a, b) => a.at - b.at);
  return { messages, problems };
}

const asSession = (messages: LogMessage[]): ChatSession => ({
  scenarioId: '',
  state: '',
  mood: 0,
  wrongInState: 0,
  startedAt: messages[0]?.at ?? 0,
  mode: 'solo',
  messages: messages.map((m) => ({ from: m.from, text: m.text, at: m.at, state: '' })),
});

/**
 * Measures sorted messages with the mock chat's own `metrics` (one conversation per customer name; an
 * agent line belongs to the customer who spoke last before it). 首次响应 averages each answered
 * customer's first wait; 平均响应 averages every timed reply; 问答比 counts all lines.
 */
export function analyseMessages(messages: LogMessage[], problems: string[], source: 'text' | 'json'): LogAnalysis {
  const byCustomer = new Map<string, LogMessage[]>();
  let current: string | undefined;
  for (const message of messages) {
    if (message.from === 'customer') {
      current = message.name;
      if (!byCustomer.has(current)) byCustomer.set(current, []);
    } else if (current === undefined) {
      problems.push(`第 ${message.line} 行：客服在顾客发消息之前的消息，不计入响应时间。`);
      continue;
    }
    byCustomer.get(message.from === 'customer' ? message.name : current!)!.push(message);
  }
  const firstWaits: DurationGroup[] = [];
  const replyTimes: DurationGroup[] = [];
  const unanswered: string[] = [];
  for (const [name, own] of byCustomer) {
    const measured = metrics(asSession(own));
    if (measured.firstResponseMs === undefined) unanswered.push(name);
    else firstWaits.push({ count: 1, seconds: measured.firstResponseMs / 1000 });
    replyTimes.push(...measured.responseTimesMs.map((ms) => ({ count: 1, seconds: ms / 1000 })));
  }
  return {
    source,
    messages,
    customers: [...byCustomer.keys()],
    customerMessages: messages.filter((m) => m.from === 'customer').length,
    agentMessages: messages.filter((m) => m.from === 'agent').length,
    firstWaits,
    replyTimes,
    unanswered,
    problems,
  };
}

/** Reads a pasted log: a mock-chat JSON export when it parses as one, else workbench lines. */
export function analyseLog(text: string, rule: SpeakerRule = {}): LogAnalysis {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      json = undefined;
    }
    const parsed = parseChatExport(json);
    if (parsed) return analyseMessages(parsed.messages, parsed.problems, 'json');
    if (json !== undefined) return analyseMessages([], ['粘贴的 JSON 不是本站模拟聊天导出的文件（找不到 messages 或 turns）。'], 'json');
  }
  const parsed = parseLogLines(text, rule);
  return analyseMessages(parsed.messages, parsed.problems, 'text');
}

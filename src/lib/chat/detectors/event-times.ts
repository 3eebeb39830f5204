import type { Scenario, UnknownFact } from '../types.ts';
import { readNumber } from './claims.ts';
import { scenarioTexts } from './scenario-texts.ts';

/**
 * When the customer wrote and when the shop answered, as the panel dates them (顾客前晚 23:40 咨询，客服……次日 9:00 才回复),
 * said back at another time: 您前天下午咨询时, 您前晚十点多来咨询, 我们第二天下午才回复您. A reply that owns a slow answer
 * must not move it to a time that sounds better, or the customer, who knows when he wrote, hears an excuse.
 */
type Event = 'ask' | 'answer';
const EVENT_IN_PANEL = /(\d{1,2})[:：](\d{2})[ \t]*(?:才)?(咨询|留言|提问|回复)/g;
const kindOf = (word: string): Event => (word === '回复' ? 'answer' : 'ask');
/** Words for the shop's answer and for the customer's question. */
const ANSWER = /回复|回您|回你|有人回|才回/;
const ASK = /咨询|来问|问我们|问客服|留言|发消息|找客服|联系客服|找我们/;
/** Parts of the day, as hour ranges [from, to) on a 24-hour clock (晚上 reaches midnight). */
const PARTS: readonly [RegExp, number, number][] = [
  [/凌晨/, 0, 6],
  [/早上|上午/, 5, 12],
  [/中午/, 11, 14],
  [/下午/, 12, 18],
  [/傍晚/, 17, 20],
  [/晚上|前晚|昨晚|那晚|当晚|夜里|深夜|半夜/, 18, 24],
];
/** A clock hour: 23:40, 十点多, 9点半. */
const HOUR = /(?<![\d])(\d{1,2})[:：]\d{2}|(?<![\d一二两三四五六七八九十])(\d{1,2}|[一二两三四五六七八九十]{1,3})点(?:多|半|左右|钟)?/;

const cache = new WeakMap<Scenario, Map<Event, number[]>>();

/** An hour of the day (a fraction of 24) as a clock reads it: 23.666… → 23:40. */
const clock = (hour: number) => `${Math.floor(hour)}:${String(Math.round((hour % 1) * 60)).padStart(2, '0')}`;

function panelEvents(scenario: Scenario): Map<Event, number[]> {
  let events = cache.get(scenario);
  if (events) return events;
  events = new Map();
  for (const text of scenarioTexts(scenario, { customers: false })) {
    for (const m of text.normalize('NFKC').matchAll(EVENT_IN_PANEL)) {
      const kind = kindOf(m[3]!);
      events.set(kind, [...(events.get(kind) ?? []), Number(m[1]) + Number(m[2]) / 60]);
    }
  }
  cache.set(scenario, events);
  return events;
}

/** Whether a time word (前晚, 十点多, 23:40) can be `hour` (a fraction of the day's 24 hours). */
function fits(word: string, hour: number): boolean {
  const part = PARTS.find(([name]) => name.test(word));
  if (part && !(hour >= part[1] && hour < part[2])) return false;
  const m = word.match(HOUR);
  if (!m) return true;
  const said = m[1] !== undefined ? Number(m[1]) : readNumber(m[2]!);
  // 十一点多 and 快十二点 both fit 23:40: the hour begun, or the one it is nearest (the 12-hour clock too).
  return [Math.floor(hour), Math.round(hour)].some((whole) => said % 12 === whole % 12);
}

const TIME_WORD = new RegExp(`${HOUR.source}|${PARTS.map(([word]) => word.source).join('|')}`, 'g');

/**
 * The event a time in a clause dates: 咨询 or 回复 within a few characters after it (Chinese puts the time before the
 * verb: 您前晚十点多来咨询, 第二天下午才回复您), with no list comma between (杯子中午就不热了、找客服 dates the cup). An
 * answer that did not come (那天晚上没能及时回复您) dates the night of the question.
 */
function eventAt(clause: string, at: number, end: number): Event | undefined {
  const after = clause.slice(end, end + 8);
  const ask = after.search(ASK);
  const answer = after.search(ANSWER);
  const first = ask !== -1 && (answer === -1 || ask < answer) ? ask : answer;
  if (first === -1 || /[、]/.test(after.slice(0, first))) return undefined;
  if (first === ask) return 'ask';
  return /没|未/.test(after.slice(0, first)) ? 'ask' : 'answer';
}

export function wrongEventTime(scenario: Scenario, raw: string): UnknownFact | undefined {
  const events = panelEvents(scenario);
  if (events.size === 0) return undefined;
  const text = raw.normalize('NFKC');
  let start = 0;
  for (const clause of text.split(/(?<=[。，！？；,!?;\n])/)) {
    // Only a clause that names a time of day is checked: 隔了两个小时才回复 is a wait, not a time.
    for (const m of clause.matchAll(TIME_WORD)) {
      // 等了一晚上, 一整晚: a length of time, not a time of day.
      if (/[一整半]$/.test(clause.slice(0, m.index))) continue;
      const kind = eventAt(clause, m.index, m.index + m[0].length);
      const hours = kind && events.get(kind);
      if (!hours || hours.some((hour) => fits(m[0], hour))) continue;
      const times = hours.map(clock).join(' 或 ');
      return {
        term: m[0],
        start: start + m.index,
        end: start + m.index + m[0].length,
        feedback: `“${m[0]}”和资料对不上：资料写的是${kind === 'ask' ? '顾客' : '客服'}在 ${times} ${kind === 'ask' ? '咨询' : '回复'}。顾客记得自己什么时候发的消息，时间说错，道歉就像在找借口。请按资料说。`,
        misconception: '说错顾客咨询或客服回复的时间',
      };
    }
    start += clause.length;
  }
  return undefined;
}

/**
 * The weekday of a shipment or of a fallback, as the scenario's texts give it (订单上周五……由中通发出; 如果周五还没有派送，
 * 就用顺丰补发), said as another day: 这单是这周一才发出的, 到下周一还没有派送就补发. The customer has the order in front of him,
 * and a deadline moved to a later day breaks the shop's own rule.
 */
const WEEKDAY_EVENTS: readonly [string, RegExp][] = [
  ['发出', /^[^，。！？；,!?;]{0,14}?(?:发出|发货|发的|寄出)/],
  ['付款', /^[^，。！？；,!?;]{0,4}?(?:付款|付的款|下单|下的单)/],
  ['没到', /^[^，。！？；,!?;]{0,3}?(?:还)?(?:没|未)(?:有)?(?:派送|送到|到|动)/],
];
/** The panel may say the day and the shipment a clause apart (上周五付款，当天由中通发出). */
const PANEL_SHIPPED = /^[^。！？；!?;]{0,6}?[，,]当天[^。！？；!?;，,]{0,8}?(?:发出|发货|寄出)/;
// 今天周三 is today, not the day of an event.
const WEEKDAY = /(?<!今天|今日|今儿)(?:周|星期|礼拜)([一二三四五六日天])/g;
/** 今天是星期三 in the panel, 今天已经周四了 in a reply: the day she is living, said wrong. */
const TODAY = /(?:今天|今日|今儿)(?:是|已经是?|都|就是)?(?:周|星期|礼拜)([一二三四五六日天])/g;
const weekdayCache = new WeakMap<Scenario, Map<string, Set<string>>>();

function panelWeekdays(scenario: Scenario): Map<string, Set<string>> {
  let days = weekdayCache.get(scenario);
  if (days) return days;
  days = new Map();
  for (const text of scenarioTexts(scenario, { customers: false })) {
    const panel = text.normalize('NFKC');
    for (const m of panel.matchAll(WEEKDAY)) {
      const after = panel.slice(m.index + m[0].length);
      for (const [event, pattern] of WEEKDAY_EVENTS) if (pattern.test(after) || (event === '发出' && PANEL_SHIPPED.test(after))) days.set(event, (days.get(event) ?? new Set()).add(m[1]!.replace('天', '日')));
    }
    for (const m of panel.matchAll(TODAY)) days.set('今天', (days.get('今天') ?? new Set()).add(m[1]!.replace('天', '日')));
  }
  weekdayCache.set(scenario, days);
  return days;
}

export function wrongWeekday(scenario: Scenario, raw: string): UnknownFact | undefined {
  const days = panelWeekdays(scenario);
  if (days.size === 0) return undefined;
  const text = raw.normalize('NFKC');
  const today = days.get('今天');
  if (today) {
    for (const m of text.matchAll(TODAY)) {
      if (today.has(m[1]!.replace('天', '日'))) continue;
      const said = [...today].map((day) => `周${day}`).join('或');
      return { term: m[0], start: m.index, end: m.index + m[0].length, feedback: `“${m[0]}”和资料对不上：资料写的今天是${said}。日子说错，后面算的派送时间也会跟着错，顾客会觉得你心里没数。请按资料说。`, misconception: '说错今天是星期几' };
    }
  }
  for (const m of text.matchAll(WEEKDAY)) {
    const after = text.slice(m.index + m[0].length);
    // A deadline is a condition (如果周五还没派送): 周三还没到 without one tells how long she has waited.
    const conditional = /如果|要是|假如|若|万一|到时/.test(text.slice(0, m.index).split(/[。！？!?；;]/).at(-1)!);
    const event = WEEKDAY_EVENTS.find(([name, pattern]) => days.has(name) && pattern.test(after) && (name !== '没到' || conditional))?.[0];
    if (!event || days.get(event)!.has(m[1]!.replace('天', '日'))) continue;
    const said = [...days.get(event)!].map((day) => `周${day}`).join('或');
    return {
      term: m[0],
      start: m.index,
      end: m.index + m[0].length,
      feedback: event !== '没到'
        ? `“${m[0]}”和资料对不上：资料写的是${said}${event}。订单的日子说错，顾客一查订单就知道，会觉得你在找借口。请按订单记录说。`
        : `“${m[0]}”和店铺规定对不上：按规定，${said}还没派送就补发或退款。把期限往后推，顾客要多等，也违反了店铺的承诺。`,
      misconception: event === '发出' ? '说错发货日期' : event === '付款' ? '说错付款日期' : '说错补发的期限',
    };
  }
  return undefined;
}

/**
 * The agent's hour off duty as the panel gives it (17:30 下班), said as another (我六点半下班, 我 18:00 下班): the customer
 * plans when to come back by it, and the handover depends on it.
 */
const OFF_DUTY_IN_PANEL = /(\d{1,2})[:：](\d{2})\s*下班/g;
const OFF_DUTY_SAID = /(?<![\d一二两三四五六七八九十])(?:(\d{1,2})[:：](\d{2})|(\d{1,2}|[一二两三四五六七八九十]{1,3})点(半)?)(?:钟)?\s*(?:就)?下班/g;
const offDutyCache = new WeakMap<Scenario, number[]>();

export function wrongOffDuty(scenario: Scenario, raw: string): UnknownFact | undefined {
  let given = offDutyCache.get(scenario);
  if (!given) {
    given = scenarioTexts(scenario, { customers: false }).flatMap((text) => [...text.normalize('NFKC').matchAll(OFF_DUTY_IN_PANEL)].map((m) => Number(m[1]) * 60 + Number(m[2])));
    offDutyCache.set(scenario, given);
  }
  if (given.length === 0) return undefined;
  const text = raw.normalize('NFKC');
  for (const m of text.matchAll(OFF_DUTY_SAID)) {
    const minutes = m[1] !== undefined ? Number(m[1]) * 60 + Number(m[2]) : readNumber(m[3]!) * 60 + (m[4] ? 30 : 0);
    // The 12-hour clock too: 五点半 is 17:30.
    if (given.some((at) => at === minutes || at === minutes + 12 * 60)) continue;
    const said = [...new Set(given)].map((at) => clock(at / 60)).join(' 或 ');
    return {
      term: m[0],
      start: m.index,
      end: m.index + m[0].length,
      feedback: `“${m[0]}”和资料对不上：资料写的是 ${said} 下班。下班时间说错，顾客按这个时间来找你会扑空，交接也对不上。`,
      misconception: '说错自己的下班时间',
    };
  }
  return undefined;
}

import { findHits, NEGATORS, NON_NEGATING, normalise, rawRange, type Normalised } from '../answer/index.ts';
import type { ChatEnv, GuardKind } from './types.ts';

/**
 * Guards run before a state's rule set: a 禁用语 or an attempt to move the deal or the contact off the
 * platform is always caught, whatever the scenario's groups say (DOMAIN-NOTES §2 and §6).
 */

/** A family of forbidden phrases with the reason and what to say instead. */
export interface ForbiddenRule {
  /** The phrases, as a teacher would write them. */
  terms: readonly string[];
  /** Why they are forbidden, for the feedback. */
  why: string;
  /** What to say instead, as a sentence for the feedback. */
  instead: string;
  /** Longer phrases that contain a term but are fine (不知道您穿多大码 asks, it does not brush off). */
  except?: readonly string[];
}

/** 禁用语 families; a hit is caught unless negated (不敢说绝对正品) or inside an `except` phrase. */
export const forbiddenRules: readonly ForbiddenRule[] = [
  {
    // 不清楚 also describes the customer's doubt (尺码不清楚可以问我), so only the agent's own 不清楚 counts.
    terms: ['不知道', '我不清楚', '我也不清楚', '我们不清楚', '不太清楚'],
    why: '推卸、敷衍，顾客得不到答复',
    instead: '可以改说：“我马上帮您查看一下，请稍等”',
    except: ['不知道您', '不知道亲', '您不知道', '如果不知道', '您不太清楚', '亲不太清楚'],
  },
  { terms: ['不可能'], why: '生硬拒绝，没有给顾客任何办法', instead: '可以改说：“我帮您查询一下可行性”', except: ['不可能让您'] },
  { terms: ['你不懂', '你懂不懂', '你懂什么'], why: '鄙视语，贬低顾客', instead: '可以改说：“我给您详细介绍一下”' },
  {
    terms: ['别啰嗦', '真啰嗦', '你好烦', '烦不烦', '有完没完', '急什么', '催什么', '听不懂吗', '你听不懂', '不是说过了吗', '我已经说过了', '说了多少遍'],
    why: '烦躁语，让顾客觉得被嫌弃',
    instead: '可以改说：“不好意思，我再为您详细说明一下”',
  },
  {
    terms: ['这不是我的问题', '不是我的问题', '不关我的事', '不归我管', '与我无关', '跟我没关系', '找别人去'],
    why: '推卸责任，违反首问负责制',
    instead: '可以改说：“非常抱歉给您带来不便，这个问题由我来帮您处理”',
  },
  { terms: ['爱买不买', '嫌贵别买', '嫌贵就别买', '买不起', '不买就算了'], why: '鄙视语，会直接赶走顾客', instead: '可以改说：“这款在品质和售后上都有保障，您可以放心比较”' },
  { terms: ['你自己看', '自己看去', '不会自己看'], why: '烦躁语，把顾客推给详情页', instead: '可以改说：“我把详细信息整理给您”' },
  {
    terms: ['绝对正品', '100%正品', '百分百正品', '百分之百正品', '100%有效', '百分百有效', '百分之百有效', '绝对有效', '保证有效', '全网最低', '全网最便宜', '最便宜', '最低价', '史上最低', '最佳', '最好用', '第一品牌', '肯定能退款'],
    why: '绝对化用语，广告法禁止，也无法兑现',
    instead: '请用事实说明依据，例如：“本店是品牌官方授权店，支持专柜验货”',
  },
];

/** Every forbidden phrase, flat. */
export const forbiddenPhrases: string[] = forbiddenRules.flatMap((rule) => [...rule.terms]);

/** Patterns of taking a deal or a contact off the platform (Tmall CS rules; scams in DOMAIN-NOTES §6). */
export interface OffPlatformPatterns {
  /** The agent offers their own outside contact or account: caught unless negated in the same clause. */
  offers: readonly string[];
  /** Outside channels in general: also excused when the reply is a warning (骗子, 谨防 …). */
  mentions: readonly string[];
  /** A mainland mobile number (giving an outside contact), tested on the normalised text. */
  phone: RegExp;
}

/** What counts as moving a deal or a contact off the platform. */
export const offPlatformPatterns: OffPlatformPatterns = {
  offers: [
    '加我微信', '我的微信', '我微信', '加我qq', '我的qq', '我的支付宝', '我的银行卡', '转给我', '转到我', '打款给我', '收款码',
    '扫我的二维码', '我的电话', '我的手机号',
  ],
  mentions: [
    '加微信', '加个微信', '加一下微信', '微信联系', '微信聊', '加vx', 'vx', '薇信', '威信', 'wechat', '加qq', 'qq联系', 'qq群', '微信号', 'qq号', '支付宝账号', '银行卡号',
    '转账', '私下交易', '私下付款', '私下', '线下付款', '线下交易', '线下支付', '当面交易', '站外', '平台外', '不走平台', '绕过平台', '扫码付款', '二维码付款',
  ],
  phone: /(?<!\d)1[3-9]\d{9}(?!\d)/,
};

/** What a guard caught. */
export interface GuardHit {
  /** Which guard. */
  kind: GuardKind;
  /** The phrase as listed (for a phone number, the number). */
  term: string;
  /** Start index in the raw text. */
  start: number;
  /** End index (exclusive) in the raw text. */
  end: number;
  /** Why it is wrong and what to say instead, in Chinese. */
  feedback: string;
}

// A negator this far before an off-platform phrase still negates it: 我们不会让您加微信付款.
const OFF_PLATFORM_WINDOW = 8;
// Words that negate without a negator character, and words that start with one but do not negate.
const WARNERS = ['勿', '谨防', '警惕', '小心', '严禁', '禁止', '拒绝', '以免', '避免', '防止'];
const NOT_NEGATING = [...NON_NEGATING, '不好意思', '不用担心', '不客气'];
// A reply that talks about scams is a warning, not a proposal (如果有人让您加微信转账，那是骗子).
const SCAM_WORDS = ['骗子', '诈骗', '骗局', '冒充', '假冒', '钓鱼', '盗号', '虚假', '风险', '违规', '不安全', '没有保障'];

const OFF_PLATFORM_FEEDBACK =
  '引导顾客站外交易或留站外联系方式，违反平台规则，顾客的资金也失去保障（骗子常用这一招）。请只用平台聊天工具联系，引导顾客在平台内下单付款，例如：“亲，为了保障您的资金安全，请直接在店铺下单付款哦。”';

const prepared = new Map<string, string>();
/** A phrase normalised the way replies are (punctuation and % dropped, lowercase). */
function prepare(term: string): string {
  let text = prepared.get(term);
  if (text === undefined) prepared.set(term, (text = normalise(term).text));
  return text;
}

/** Whether a negator or a warning word stands before `at` in the same clause, close enough to govern it. */
function governedByNegation(input: Normalised, at: number): boolean {
  const { text, clause } = input;
  for (let p = at - 1; p >= 0 && clause[p] === clause[at]; p--) {
    if (WARNERS.some((word) => p + word.length <= at && text.startsWith(word, p))) return true;
    if (at - p > OFF_PLATFORM_WINDOW || !NEGATORS.has(text[p]!)) continue;
    const excused = NOT_NEGATING.some((word) => p + word.length <= at && text.startsWith(word, p));
    // 能不能加微信 / 要不要加微信 asks for it: an A-not-A question is no negation.
    const question = text[p - 1] !== undefined && text[p - 1] === text[p + 1];
    if (!excused && !question) return true;
  }
  return false;
}

/** Whether the hit [at, at + length) lies inside one of the allowed longer phrases. */
function excepted(input: Normalised, at: number, length: number, except: readonly string[]): boolean {
  return except.some((phrase) => {
    const text = prepare(phrase);
    for (let p = input.text.indexOf(text); p !== -1; p = input.text.indexOf(text, p + 1)) {
      if (p <= at && at + length <= p + text.length) return true;
    }
    return false;
  });
}

interface Found {
  term: string;
  at: number;
  length: number;
  feedback: string;
}

function earliest(found: Found[]): Found | undefined {
  return found.toSorted((a, b) => a.at - b.at || b.length - a.length)[0];
}

/** Off-platform hits in a normalised reply. */
function offPlatformHits(input: Normalised): Found[] {
  const found: Found[] = [];
  const warning = SCAM_WORDS.some((word) => input.text.includes(prepare(word)));
  const scan = (terms: readonly string[], excusedByWarning: boolean) => {
    for (const term of terms) {
      const text = prepare(term);
      for (let at = input.text.indexOf(text); at !== -1; at = input.text.indexOf(text, at + 1)) {
        if (governedByNegation(input, at) || (excusedByWarning && warning)) continue;
        found.push({ term, at, length: text.length, feedback: OFF_PLATFORM_FEEDBACK });
      }
    }
  };
  scan(offPlatformPatterns.offers, false);
  scan(offPlatformPatterns.mentions, true);
  const phone = offPlatformPatterns.phone.exec(input.text);
  if (phone) found.push({ term: phone[0], at: phone.index, length: phone[0].length, feedback: OFF_PLATFORM_FEEDBACK });
  return found;
}

/** Forbidden-phrase hits in a normalised reply. */
function forbiddenHits(input: Normalised): Found[] {
  const found: Found[] = [];
  for (const rule of forbiddenRules) {
    for (const term of rule.terms) {
      const text = prepare(term);
      for (const at of findHits(input, text)) {
        if (excepted(input, at, text.length, rule.except ?? [])) continue;
        found.push({ term, at, length: text.length, feedback: `“${term}”是客服禁用语：${rule.why}。${rule.instead}。` });
      }
    }
  }
  return found;
}

/**
 * Checks an agent's reply against the guards. Off-platform attempts win over forbidden phrases; within a
 * kind the earliest hit is reported. Returns undefined when the reply is clean.
 * @example guard('我不知道')?.kind // 'forbidden'
 * @example guard('我们不会让您加微信付款') // undefined
 */
export function guard(text: string, env: ChatEnv = {}): GuardHit | undefined {
  const input = normalise(text, { toSimplified: env.toSimplified });
  for (const [kind, hits] of [['off-platform', offPlatformHits(input)], ['forbidden', forbiddenHits(input)]] as const) {
    const hit = earliest(hits);
    if (hit) return { kind, term: hit.term, feedback: hit.feedback, ...rawRange(input, hit.at, hit.at + hit.length) };
  }
  return undefined;
}

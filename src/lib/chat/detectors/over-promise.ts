import type { Normalised } from '../../answer/index.ts';
import { clauses, type Clause } from '../../answer/meaning/index.ts';

/**
 * The over-promise guard: a promise the agent cannot keep, because the outcome is not in the shop's
 * hands: 保证周六前送到、肯定明天到、一定给您退款 (before anything is checked)、保证不会坏. It sits beside the
 * 禁用语 and off-platform guards (guards.ts). A definite arrival day stated as certain (明天就能到) counts
 * too. A hedged promise is honest (不能保证明天到，一般 2～4 天; 预计周五前能到);
 * a promise of effort is the job (一定尽快帮您跟进); a conditional one states a rule (审核通过后一定给您退款).
 */

/** Words that make a promise. */
export const PROMISE_MARKERS: readonly string[] = ['保证', '一定', '肯定', '承诺', '包您', '包你', '包准', '打包票', '绝对', '百分百', '百分之百', '铁定', '准能', '准保', '稳稳', '妥妥'];

/** Negated or hedged markers: no promise. */
const HEDGES = ['不能保证', '无法保证', '没法保证', '不敢保证', '不好保证', '没办法保证', '不一定', '不能肯定', '不敢肯定', '不能承诺', '无法承诺', '不敢承诺', '不能打包票', '不敢打包票', '不绝对', '说不准', '不敢说', '不能说', '没法说', '不好说', '不敢讲'];
/**
 * A promise marker negated a few characters before it, with words in between: 没法跟您打包票、
 * 没法百分百打包票、不敢跟您保证. 不用 / 不客气 / 不好意思 / 不过 are not negations (不用担心，我保证…).
 */
const NEGATED_MARKER = /(?:不(?!用|客气|好意思|过|仅)|没(?!有问题)|无法)[^]{0,6}?(?:保证|打包票|承诺|担保)/;

/** Words of arrival: the carrier decides when a parcel arrives. */
const ARRIVAL = ['送到', '到货', '送达', '寄到', '到您手', '收到', '签收', '能到', '会到', '就到', '到达', '到家', '派送', '到账'];

/** When: a day, a date or a span. */
const WHEN = /明天|今天|今晚|后天|大后天|周[一二三四五六日天末]|星期|礼拜|\d{1,3}(?:天|号|日|点|小时)|[一二三两四五六七八九十]{1,4}(?:天|号|日|点|个小时)|之前|以前|以内|之内/;

/** Outcomes the agent cannot decide alone: arrival itself (肯定能到), a parcel not lost, a refund, goods that never fail. */
const OUTCOMES = ['来得及', '赶得上', '赶得及', '不会再', '没问题', '不糊', '不会糊', '零异味', '没异味', '没有异味', '能收到', '收得到', '全额赔付', '能到', '会到', '就到', '送得到', '到得了', '没丢', '不会丢', '丢不了', '退款成功', '给您退款', '给你退款', '给您退', '给你退', '退给您', '退给你', '能退款', '可以退款', '马上退款', '全额退款', '给您赔', '赔给您', '赔偿', '不会坏', '不会漏', '不会出问题', '不会有问题', '没有任何问题', '永远', '用不坏', '不会褪色', '不会变形', '一次就好', '百分百满意', '您满意', '你满意', '审核通过', '申诉成功', '通过审核', '封掉', '封号', '封禁'];

/**
 * A definite arrival day stated as certain, with no marker at all: 明天就能到成都、后天就到、明天一早您朋友就能收到. The carrier
 * decides that; 一般、预计、大概 make it an estimate, which is honest.
 */
const CERTAIN_ARRIVAL = /(?:明天|后天|今天|今晚|第二天|次日|周[一二三四五六日天末]|星期[一二三四五六日天])(?:上午|下午|中午|晚上|一早|之内|内|之前|前)?(?:[^，。！？,!?；;\n]{0,6}?)(?:就|肯定|一定|准|都)(?:能|会|可以)?(?:到|送到|送达|收到|拿到|到手|到账|派送)/;
/** An arrival vouched for after the fact: 周六前送到您手上这事包在我身上, 周六前到是板上钉钉的事. */
const VOUCHED = /(?:送到|到货|到您手|能到|送达|收到|到)[^，。！？,!?；;\n]{0,12}?(?:板上钉钉|包在我身上|没跑|是没有问题的|是没问题的|是稳稳的)/;
const ESTIMATES = ['一般', '预计', '大概', '大约', '应该', '左右', '可能', '正常', '基本', '通常', '争取', '估计', '差不多', '顺利的话', '按说', '按理说', '照理说', '照说', '前后', '按这个时间算', '这么算', '照常'];

/** Conditions that turn a promise into a statement of the rules. */
const CONDITIONS = ['如果', '只要', '一旦', '若', '核实后', '确认后', '审核通过后', '收到退货后', '收到退回', '收到商品后', '签收后', '退回后', '寄回后', '按规定', '按照规则', '按平台规则'];

/** A promise about how the customer will feel about the service (不会再让您失望、让您久等), no outcome. */
const FEELINGS = /不会再让(?:您|你)(?:失望|担心|操心|费心|久等|着急|为难)/g;
const has = (text: string, words: readonly string[]) => words.some((word) => text.includes(word));
/** An estimate, a hedge or a condition: a definite arrival in the same breath is no promise. */
const hedged = (text: string) => has(text, ESTIMATES) || has(text, HEDGES) || has(text, CONDITIONS);

/** What the guard found: the marker and the clause. */
export interface OverPromise {
  /** The promise marker as written (保证、肯定 …). */
  marker: string;
  /** Start of the marker in the normalised text. */
  at: number;
  /** The clause it stands in. */
  clause: Clause;
}

/**
 * Whether a clause promises an outcome out of the agent's hands; returns the marker's position in the
 * clause. A bare marker clause (肯定的，明天就到) reads on into the next clause.
 */
function promisedOutcome(clause: Clause, next: Clause | undefined, markers: readonly string[] = PROMISE_MARKERS): { marker: string; at: number } | undefined {
  const { text } = clause;
  for (const marker of markers) {
    const at = text.indexOf(marker);
    if (at === -1) continue;
    if (clause.question || has(text, HEDGES) || NEGATED_MARKER.test(text) || has(text, CONDITIONS)) return undefined;
    const short = text.length - at - marker.length <= 3 && next && !next.question && !has(next.text, HEDGES) && !has(next.text, CONDITIONS);
    // 一定不会再让您失望 vouches for the service, not for an outcome out of the agent's hands.
    const rest = (text.slice(at) + (short ? next.text : '')).replace(FEELINGS, '');
    const arrives = has(rest, ARRIVAL) || /到(?!时|底|位)/.test(rest.slice(marker.length));
    if ((arrives && (WHEN.test(text) || (short && WHEN.test(next.text)))) || has(rest, OUTCOMES)) return { marker, at };
  }
  return undefined;
}

/**
 * Finds the first over-promise in a normalised reply, or undefined. Linear in the length of the reply.
 * @example overPromise(normalise('我保证周六前送到'))?.marker // '保证'
 * @example overPromise(normalise('不能保证周六前送到，一般 2～4 天')) // undefined
 */
export function overPromise(input: Normalised): OverPromise | undefined {
  const list = clauses(input);
  // A clause is a piece of the reply: a marker the whole reply lacks is in none of its clauses, so each clause is
  // searched only for the markers the reply holds (a long reply stays cheap).
  const markers = PROMISE_MARKERS.filter((marker) => input.text.includes(marker));
  for (const [i, clause] of list.entries()) {
    const found = markers.length > 0 ? promisedOutcome(clause, list[i + 1], markers) : undefined;
    if (found) return { marker: found.marker, at: clause.start + found.at, clause };
    const vouched = VOUCHED.exec(clause.text);
    // Vouching for it (包在我身上) takes back an estimate said just before.
    if (vouched && !(clause.question || NEGATED_MARKER.test(clause.text))) return { marker: vouched[0], at: clause.start + vouched.index, clause };
    const certain = CERTAIN_ARRIVAL.exec(clause.text);
    // 顺利的话周四、最晚周五就能收到: a hedge in the clause just before carries over.
    if (certain && !(clause.question || hedged(clause.text) || (i > 0 && hedged(list[i - 1]!.text)) || NEGATED_MARKER.test(clause.text))) return { marker: certain[0], at: clause.start + certain.index, clause };
  }
  return undefined;
}

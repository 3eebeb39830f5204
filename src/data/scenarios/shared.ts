import type { AnswerGroupInput } from '../../schemas/answer.ts';

/**
 * Pieces the scenarios share. 禁用语 and off-platform offers need no group here: the chat engine's
 * guards (src/lib/chat/guards.ts) catch them before a state's rule set is consulted. Scenario groups
 * cover the mistakes the guards cannot know about; IDs of such traps start with 'trap-'.
 */

/** Absolute advertising claims (广告法); the guard knows the common ones, these add the rest. */
export const ABSOLUTE_TERMS = ['绝对正品', '百分百正品', '全网最低', '全网最便宜', '全网第一', '销量第一', '最好用', '最佳', '顶级', '国家级'];

/** A trap group for absolute advertising claims. */
export function absoluteTrap(options: { next?: string; mood?: number } = {}): AnswerGroupInput {
  return {
    id: 'trap-absolute',
    when: [{ affirms: ABSOLUTE_TERMS }],
    feedback: '“绝对正品”“全网最低”“销量第一”属于广告法禁止的绝对化用语，请用发票、授权、质保等事实来说服顾客。',
    points: 0,
    correctness: 'incorrect',
    misconception: '使用绝对化用语代替事实依据',
    mood: options.mood ?? -1,
    ...(options.next ? { next: options.next } : {}),
  };
}

/** Facts of 暖居优品旗舰店 that several scenarios show in the side panel (teaching examples). */
export const SHOP_FACTS = {
  genuine: '暖居优品旗舰店为品牌官方旗舰店，商品由品牌方直供，可开具电子发票（教学示例）',
  noDiscount: '商品价格由公司统一制定，客服没有议价和改价权限（教学示例）',
  shipping: '全国包邮，新疆、西藏等偏远地区需补运费 15 元；16:00 前付款当天发货，默认中通快递（教学示例）',
  delivery: '发货地浙江杭州：江浙沪 1～2 天送达，其他地区 2～4 天，偏远地区 5～7 天（教学示例）',
  sevenDays: '支持七天无理由退货：签收次日零点起 7 天内，商品完好、不影响二次销售即可，具体以平台现行规则为准',
  returnFreight: '非质量问题退货，寄回运费由买家承担，买了运费险的可申请理赔；质量问题或发错、破损，来回运费由店铺承担',
} as const;

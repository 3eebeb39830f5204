import type { Scenario, UnknownFact } from '../types.ts';
import { scenarioTexts } from './scenario-texts.ts';
import { PLACES } from './places.ts';
import { bySlots } from './slots.ts';
import { TAKEN_BACK_AFTER, wrongAct } from './wrong-acts.ts';

/**
 * Claims a reply makes that the scenario contradicts or does not support: a promotion, a payable total,
 * a coupon rule, a date, a cut-off time, a number of people or a processing time the side panel does
 * not give; a feature the product does not have; stock, restocking, costs, a returns procedure or a
 * notification rule told differently from the panel; a sold-out colour said to be in stock, a reduction
 * applied below its threshold, a wait before a same-day dispatch, the order's courier confused with the
 * replacement's, a feature on the card said to be missing, milk kept long against the panel's advice, a
 * today-only gift promised for later; and service faults that need no panel to see
 * (sending the customer to repeat everything to a colleague, badmouthing other shops, subscribing the
 * customer to marketing, an absolute guarantee of an outcome, asking for a payment password or a code,
 * asking for a review to be deleted, sending the customer to the courier, the insurer or another shop);
 * and, through slots.ts, one panel fact said with another value (a name, a district, a transit centre, a
 * temperature, booking hours, the day count of 无理由退货, when a refund or a promotion starts or ends).
 * Part of the facts check (facts.ts), which only runs on replies the rules would give points to, and
 * loads after the chat opens.
 */

/** What a scenario says, read once (NFKC, without spaces): the texts without the customers' words (what the shop says), and all texts. */
interface Known {
  staff: string;
  all: string;
}

const cache = new WeakMap<Scenario, Known>();
const squeeze = (texts: string[]) => texts.join('\n').normalize('NFKC').replace(/[ \t]/g, '');

export function panelText(scenario: Scenario): Known {
  let found = cache.get(scenario);
  if (!found) cache.set(scenario, (found = { staff: squeeze(scenarioTexts(scenario, { customers: false })), all: squeeze(scenarioTexts(scenario)) }));
  return found;
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 半: 0.5 };

/** The first group a match captured, where a pattern's alternatives each capture in a group of their own. */
export const firstGroup = (m: RegExpMatchArray): string | undefined => m.slice(1).find((group) => group !== undefined);

/**
 * A number as written in a reply or the panel: 12, 4.5, 两, 十二, 二十四, 半 (one half). Kept here rather than
 * importing the answer engine's chineseToDigits, which would split a shared chunk off the chat's first download.
 */
export function readNumber(text: string): number {
  if (/^\d/.test(text) || text.length === 1) return DIGITS[text] ?? Number(text);
  // 一两 / 两三 name a span: its upper end.
  if (!text.includes('十')) return DIGITS[text.at(-1)!]!;
  const [tens, unit] = text.startsWith('十') ? [1, text[1]] : [DIGITS[text[0]!]!, text[2]];
  return tens * 10 + (unit ? DIGITS[unit]! : 0);
}
/** An hour of the day with its part (下午 3 点 is 15): afternoon and evening hours below 12 move on by 12. */
export const hour24 = (part: string | undefined, hour: number) => (part && /下午|晚上|傍晚|夜里/.test(part) && hour < 12 ? hour + 12 : hour);
/** A number as a reply writes it, read whole: 四十八 is one number, never the 八 at its end. */
const NUM = String.raw`(?<![\d一二两三四五六七八九十])(\d{1,3}|[一二两三四五六七八九十]{1,3}|半)`;

/** Materials a product card would name if the product were made of them (陶瓷内胆, 铜釜, 钛合金杯身). */
/** Packing materials a reply may promise (the panel names the real ones: 气泡柱, 加厚纸箱). */
const PACKING = '(?:木架|木箱|泡沫箱|泡沫板|珍珠棉|气泡膜|气泡袋|缓冲棉|充气袋|蜂窝纸|EPE)';
const MATERIAL = '(?:陶瓷|陶晶|铜釜|纯铜|黄铜|紫铜|铁釜|铸铁|生铁|钛合金|纯钛|麦饭石|珐琅|搪瓷|紫砂|石墨烯|铝合金|钻石|晶钻)';
/** The clause before `at`, back to the last punctuation (at most 40 characters, so a long text stays linear). */
export const clauseBefore = (text: string, at: number, reach = 40) => text.slice(Math.max(0, at - reach), at).split(/[。，！？；,!?;\n]/).at(-1)!;
/** An amount turned down after it in its clause (便宜50块我确实做不到, 280元这边没办法给您改): the customer's ask said back, not a price quoted. */
export const REFUSED_AFTER = /^[^，。！？,!?]{0,8}?(?:做不到|办不到|不了|不行|没法|没办法|无法|不能|不可以)/;
/** Words that take a claim back when they stand earlier in its clause: 不能保证完全不会糊, 不用再跟同事说. */
const TAKEN_BACK = /不能|不敢|没法|没办法|无法|不一定|不用|不必|无需|不需要|不要|别|勿|未必|并非|不是|没有|不会|拒绝|绝不/;
/** A claim its own clause takes back (没法跟着降到139, 不是满300减50): a negation before it, or right before it. */
const COMFORT = /别(?:着)?急|别担心|不用担心|不用急|不好意思|不客气|没关系/g;
/** The text with its A-not-A questions (店铺会不会关, 删不删) taken out: they ask, they take nothing back; 不会不会 is 不会 said twice. */
export const withoutAnotA = (text: string) => text.replace(/(?<![不没])(\p{Script=Han})[不没]\1/gu, '');
const takenBack = (text: string, at: number) => TAKEN_BACK.test(withoutAnotA(clauseBefore(text, at).replace(COMFORT, ''))) || /[不没别勿]$/.test(text.slice(Math.max(0, at - 1), at));

/** A claim that the scenario's own words make wrong (or that is wrong whatever the scenario says). */
interface Rule {
  pattern: RegExp;
  /** Checked only when the shop's texts say this. */
  when?: RegExp;
  /** Not checked when the shop's texts say this. */
  unless?: RegExp;
  /** The pattern holds its own negation (不用寄回……退款), so a negation inside the hit takes nothing back. */
  ownNegation?: boolean;
  /** The part of a hit the scenario must name for it to be true (a feature): known when it does. */
  core?: (hit: string) => string;
  feedback: (term: string) => string;
  misconception: string;
}

/** Messages said to come every day where the panel says they don't (two rules share it). */
const MESSAGE_FREQUENCY = {
  when: /不会天天|不天天/,
  feedback: (term: string) => `“${term}”和资料对不上：资料里说的是“不会天天发”，按顾客愿意收的类别发。顾客正担心被打扰，说每天都发只会让她退订。`,
  misconception: '说错消息的频率',
};

const RULES: readonly Rule[] = [
  {
    // 江浙沪一般第二天上午就能送到家 where the shop's texts give no next-day delivery.
    pattern: /(?:第二天|次日|隔天|明天)(?:上午|下午|中午|晚上)?(?:就)?(?:能|可以|会)?(?:送到|送达|到货|到家|到手|签收|能到|就到|收到)/g,
    unless: /(?:第二天|次日|隔天)(?:就)?(?:能)?(?:送到|送达|到货|到|达)|次日达/,
    feedback: (term) => `“${term}”是资料里没有的到货时间：店铺只管发货，到货要看快递，资料没给的时效不能替快递说。请只说资料给的发货时间和一般时效，用“预计”“一般”来说。`,
    misconception: '编造到货时间',
  },
  {
    // 支付宝通道今天上午在维护, 平台消息系统故障: an outage given as the cause without anything to show it.
    pattern: /(?:通道|系统|支付宝|微信|服务器|平台)[^，。！？,!?]{0,6}?(?:在维护|维护中|正在维护|出了?故障|故障|升级中|在升级|崩了)/g,
    unless: /维护|故障|升级/,
    feedback: (term) => `“${term}”是资料里没有的原因：没有依据就说系统、通道出了问题，顾客一查不是这样，就不再信你。请说你看到的情况，给出可做的办法（换支付方式、截图给你查）。`,
    misconception: '编造系统故障作原因',
  },
  {
    // 要是还有异味，不用寄回，直接给您全额退款 where the shop never refunds without the goods back.
    pattern: /(?:不用|无需|不需要|不必)(?:您)?(?:把[^，。！？,!?]{0,4}?)?寄回[^。！？!?]{0,10}?(?:全额)?退款/g,
    unless: /(?:不用|无需|不需要|不必)寄回|不用退回/,
    ownNegation: true,
    feedback: (term) => `“${term}”是资料里没有的售后政策：退款要按平台流程退货后办理，客服不能答应不退货就退款。请按资料说明退换货的办法。`,
    misconception: '编造不退货就退款',
  },
  {
    // 积分这次也只能按平时的一倍算 where the panel doubles the points.
    pattern: /积分[^，。！？,!?]{0,8}?(?:一倍|不翻倍|不双倍|没有双倍|按平时|只算|普通积分)|按普通积分/g,
    when: /积分双倍|双倍积分|积分翻倍/,
    feedback: (term) => `“${term}”和资料对不上：资料写明活动期间积分双倍。说少了，顾客会觉得活动缩水。请以资料为准。`,
    misconception: '说错积分规则',
  },
  {
    // 收货后七天内有不会用的都可以找我们指导 where the panel offers help at any time.
    pattern: new RegExp(String.raw`${NUM}(?:个)?(?:天|月)(?:之)?内[^。！？!?]{0,24}?(?:指导|教(?:您|你))|指导[^。！？!?]{0,8}?(?:只|仅)(?:在|限)[^。！？!?]{0,6}?(?:天|月)(?:之)?内`, 'g'),
    when: /随时[^。；\n]{0,12}?指导/,
    feedback: (term) => `“${term}”给指导加了资料里没有的期限：资料写明收货后随时可以找客服指导。说成有期限，老人过了几天不会用也不敢来问。`,
    misconception: '给售后指导编造期限',
  },
  {
    // 我们家在别的平台有个学生款，便宜十几块，您也可以过去看看: the customer sent to buy elsewhere, across clauses.
    pattern: /(?:别的|其他|另外的?|别家)(?:平台|店铺|网店)[^。！？!?]{0,24}?(?:过去|去那边|去那儿|去那里)(?:看|买|拍|比)/g,
    feedback: (term) => `“${term}”是把顾客引到别处购买：顾客在这里问，就由你在这里把她的需要解决好。请按她的需要介绍本店的商品和服务。`,
    misconception: '把顾客推到别处购买',
  },
  {
    // 顺便说一句，我们新到了一款配套的玻璃杯，回头我把链接发您: selling on a call the shop's rule keeps free of it.
    pattern: /刚上了|(?:老客户|老顾客)价|(?:链接|新品|新款|新到|上新|爆款|特价|活动价)[^。！？!?]{0,10}?(?:发(?:给)?您|推给您|给您看|您看看)|(?:发|推)(?:给)?您[^。！？!?]{0,4}?链接|顺便(?:推荐|介绍|说一(?:句|下)|提一)/g,
    when: /回访原则[:：]?不推销|全程不推销/,
    feedback: (term) => `“${term}”是在回访里推销：资料写明回访不推销。顾客接回访电话是帮你了解使用情况，被推销会觉得上当，下次就不接了。请只问使用情况、给建议、记录偏好。`,
    misconception: '回访时推销',
  },
  {
    // 以后都在中午给您发 where the customer's record says she is free after 8 in the evening.
    pattern: /(?:早上|上午|中午|白天)(?:\d{1,2}点)?(?:左右|后|以后)?(?:给您)?发/g,
    when: /晚上\d{1,2}点(?:后|以后)方便/,
    feedback: (term) => `“${term}”和顾客档案对不上：档案写明她晚上 8 点后方便联系。按错的时间发消息，正好打扰她。请按档案里的时间联系。`,
    misconception: '说错顾客方便联系的时间',
  },
  {
    // 平台真要冻结店铺一般会提前72小时发短信, 都会先给店主打电话: a procedure of the platform made up to tell a scam.
    pattern: /(?:平台|官方)(?:真要|真的要|要是|如果|真)?(?:冻结|封)[^，。！？,!?]{0,10}?(?:一般|都)?会(?:先|提前)|(?:冻结|封店)的话[^，。！？,!?]{0,4}?(?:平台|官方)(?:一般|都)?会(?:先|提前)/g,
    feedback: (term) => `“${term}”是编出来的平台流程：拿它来辨别真假，骗子换个说法就骗过去了。请只以千牛工作台、卖家中心的官方通知为准去核实。`,
    misconception: '编造平台的处理流程',
  },
  {
    // 收到后晒个单，还能再领一份小礼物: a gift for showing the goods off, across clauses.
    pattern: /(?:晒单|晒个单|晒图|晒个图|晒张图|开箱照|开箱视频)[^。！？!?]{0,12}?(?:领|送|得)[^。！？!?]{0,6}?(?:礼|红包|券|工具|一套)/g,
    feedback: (term) => `“${term}”是用礼物换晒单评价：资料里没有这个活动，平台也禁止诱导评价。请只把订单和售后说清楚，评价由顾客自己决定。`,
    misconception: '用礼物诱导评价',
  },
  {
    // 除垢剂活动到明天都有效 where the panel ends it tonight.
    pattern: /(?:活动|赠品|优惠)[^，。！？,!?]{0,6}?到(?:明天|后天|下周|月底|周末)/g,
    when: /今晚\s?(?:24|12)/,
    feedback: (term) => `“${term}”和资料对不上：资料写明活动到今晚 24:00。把期限说长了，顾客明天付款时赠品没了，会觉得被骗。`,
    misconception: '说错活动期限',
  },
  {
    // 店铺状态以支付宝商家中心的通知为准 where only 千牛 and 卖家中心 carry the platform's notices.
    // 真正的平台通知是通过微信服务号发的, 去旺旺消息中心翻一下: another channel named for the platform's notices.
    pattern: /以(?!千牛|卖家中心|官方|平台官方|那里|那边|这里|后台|工作台)[^，。！？,!?以]{2,10}?(?:的)?(?:官方)?(?:通知|消息|公告)为准|(?:通知|消息)(?:一般|都|只)?(?:是|都是)(?:通过|用|走)(?:微信|短信|旺旺|邮件|电话|QQ)|(?:去|到)(?:旺旺|微信|短信|邮箱)[^，。！？,!?]{0,6}?(?:翻|查)|翻(?:翻|一下|看)?(?:手机)?(?:短信|微信|邮箱)/g,
    when: /以千牛/,
    feedback: (term) => `“${term}”说错了核实的地方：店铺状态只以千牛工作台、卖家中心的官方通知为准。到别处去核实，正好给了骗子钻空子的机会。`,
    misconception: '说错核实店铺状态的渠道',
  },
  {
    // 为了稳妥，我现在就先用顺丰再给您补发一件 where the panel reships only after two days without progress.
    pattern: /(?<!(?:如果|要是|万一|假如|若|还没|没进展|没有进展|的话)[^。！？!?]{0,30})(?:现在|马上|立刻|今天)(?:就)?(?:先)?(?:用顺丰)?(?:再)?(?:给您|帮您)?(?:用顺丰)?(?:再)?补发/g,
    when: /(?:两天|2天)[^。；\n]{0,12}?(?:无进展|没有进展|没进展|没动)/,
    feedback: (term) => `“${term}”补发得太早：资料写明催件后两天仍无进展才补发。现在就补发，两个包裹都到了，还要顾客拒收或退回，平白多出麻烦和运费。`,
    misconception: '不按规定过早补发',
  },
  {
    // 我再额外多给您申请一盒花茶, 我再给您备注多送一盒 where the panel gives one box: one more than the shop gives.
    pattern: /(?:额外|再)多(?:给您|帮您)?(?:申请|送|加送|赠)(?:一|1|两|2)?(?:盒|个|份|套|包)|再(?:给(?:您|你))?(?:备注)?多送(?:一|1|两|2)?(?:盒|个|份|包|套)/g,
    feedback: (term) => `“${term}”多给了资料里没有的赠品：赠品的种类和数量以资料为准，客服不能自己加。答应了给不了，顾客收货时会觉得被骗。`,
    misconception: '私自加送赠品',
  },
  {
    // 新疆离我们广州的发货仓太远, 从我们上海仓发到南京: a warehouse in a city the shop's texts never name.
    pattern: new RegExp(`(?:${Object.keys(PLACES).filter((place) => place.length >= 2 && !/地区|地方|城市|省份|省|江浙沪|偏远/.test(place)).join('|')})(?:的)?(?:发货仓|仓库|仓)(?![储位])`, 'g'),
    core: (hit) => hit.replace(/(?:的)?(?:发货仓|仓库|仓)$/, ''),
    feedback: (term) => `“${term}”说错了发货地：资料写明商品从哪里发出。发货地说错，顾客对时效的估计也就错了。请以资料为准。`,
    misconception: '说错发货地',
  },
  {
    // 加购杯子可以享受半价: a discount the shop's texts never give.
    pattern: /半价/g,
    unless: /半价/,
    feedback: (term) => `“${term}”在资料里找不到：店铺没有这项优惠或赠送。答应了给不了的东西，顾客会觉得被骗。请只说资料里写明的活动和赠品。`,
    misconception: '答应了店铺没有的优惠或赠品',
  },
  {
    // 生日当天还会给她寄一份小礼物: a present the shop's texts never give.
    pattern: /(?:还|另外|额外)会?(?:给(?:她|他|您|你|阿姨|叔叔))?(?:寄|送)(?:一|1)(?:份|个|张|盒)[^，。！？,!?]{0,4}?(?:礼物|小礼|礼品|礼盒)/g,
    unless: /(?:送|赠|寄)[^。；\n]{0,6}?(?:礼物|小礼|礼品|礼盒)/,
    feedback: (term) => `“${term}”在资料里找不到：店铺没有这项赠送。答应了给不了的东西，顾客会觉得被骗。请只说资料里写明的赠品。`,
    misconception: '答应了店铺没有的赠品',
  },
  {
    // 券是每满199减30，买得多减得多 where the coupon takes 30 off once.
    pattern: /每满\d{2,4}/g,
    unless: /每满/,
    feedback: (term) => `“${term}”把一次性的满减说成了可以累计：资料里的券只减一次。顾客为了多减多买，结账时发现只减了一次，会觉得被骗。`,
    misconception: '说错优惠规则',
  },
  {
    // 暖居优品专营店, 发票是纸质的: the shop's kind or its invoice told otherwise than the panel.
    pattern: /专营店|专卖店|经销店|纸质发票|发票是纸质/g,
    when: /旗舰店|电子发票/,
    unless: /专营店|专卖店|经销店|纸质发票/,
    feedback: (term) => `“${term}”和资料对不上：资料写明是品牌官方旗舰店、开电子发票。说错店铺或发票，顾客会怀疑真假，或等不到该有的东西。`,
    misconception: '说错店铺性质或发票',
  },
  {
    // 就算真付了，24小时内找平台也能全额追回: money said to come back, which nobody can promise.
    pattern: /(?:也|都|就|还)(?:能|可以)(?:全额|全部|把钱)?追回/g,
    feedback: (term) => `“${term}”是没有依据的安慰：钱一旦付给骗子，能不能追回谁也说不准。这样说只会让人放松警惕。请说清不付款、不点链接，并按规定留证、举报、报告主管。`,
    misconception: '编造损失能追回',
  },
  {
    // 七天无理由从签收当天零点开始算, 从付款那天算7天 where the rule counts from the day after signing.
    pattern: /签收当天(?:的)?(?:零点|0点)?(?:开始|起)?(?:算|计算|起算)|(?:从)?(?:付款|下单)(?:那天|当天|之日|时)?(?:开始|起)?(?:算|计算|起算)/g,
    when: /签收次日/,
    feedback: (term) => `“${term}”算错了起点：七天无理由从签收次日零点起算。起点说错，顾客可能以为过期了不敢退，或者拖过了期限。`,
    misconception: '说错七天无理由的起算时间',
  },
  {
    // 七天无理由是从签收次日起10天内有效, 15天无理由: the period said longer or shorter than the panel's seven days.
    pattern: /(?<=无理由[^。！？!?]{0,16}?)(?<![\d七])(?:(?!7)\d{1,2}|十[一二三四五]?|[两三四五六八九])天(?:内|之内|以内)(?:都)?(?:有效|可以退|能退|可退|可以申请|都能退|都可以)|(?<![\d七])(?:(?!7)\d{1,2}|十[一二三四五]?|[两三四五六八九])天无理由/g,
    when: /(?:七|7)\s*天无理由/,
    feedback: (term) => `“${term}”说错了期限：资料写明是七天无理由退货（签收次日起 7 天）。期限说长了，顾客过了 7 天来退会被拒；说短了，顾客以为自己过期了。`,
    misconception: '说错七天无理由的期限',
  },
  {
    // 7天内只要没拆封就能无理由退 where the panel's condition is goods in resaleable order: unopened is not the rule.
    pattern: /(?:只要|必须|得|要)(?:是)?(?:没|未|不)(?:有)?(?:拆封|拆开|开封|拆)(?:过)?(?:就|才)(?:能|可以|可)/g,
    when: /不影响二次销售|商品完好/,
    feedback: (term) => `“${term}”说错了七天无理由的条件：资料写的是商品完好、不影响二次销售，拆开检查不等于不能退。条件说严了，顾客会以为自己不能退。`,
    misconception: '说错七天无理由的条件',
  },
  {
    // 退货原因麻烦选“质量问题”, 原因选“颜色与描述不符”: a false reason taught.
    pattern: /(?:原因|理由)[^，。！？,!?]{0,4}?(?:选|填|写)[^，。！？,!?]{0,2}?(?:质量问题|颜色与描述不符|与描述不符|描述不符|商品破损|发错货|少件)|选[“"「]?质量问题|按质量问题(?:登记|处理|申请|退)/g,
    when: /非质量问题/,
    feedback: (term) => `“${term}”是在教顾客谎报退货原因：不是质量问题却选质量问题，审核时会被驳回，也损害店铺和顾客的信用。请如实选择原因，再说明运费怎么处理（例如运费险）。`,
    misconception: '教顾客谎报退货原因',
  },
  {
    // 原包装盒和吊牌都要齐全，少了就办不了换货: a condition the shop's texts do not set.
    pattern: /(?:少了|缺了|不全|不齐|撕了|拆了|丢了)[^，。！？,!?]{0,3}?(?:就)?(?:办不了|不能|没法|不给|不收|收不了)/g,
    unless: /吊牌|原包装|包装完整/,
    feedback: (term) => `“${term}”是资料里没有的条件：编出来的限制会让顾客担心办不成，甚至放弃售后。请只说资料写明的办理条件。`,
    misconception: '编造售后条件',
  },
  {
    // 雾蓝色目前仓库在补货 where the panel has it in stock and sells nothing out: a wait nobody needs.
    pattern: /(?:仓库|目前|现在|这两天)[^，。！？,!?]{0,4}?(?:正在|在|还在)补货|(?:是|目前是|属于|现在是)预售/g,
    when: /有现货|现货/,
    unless: /售罄|缺货|断货|补货|预售/,
    feedback: (term) => `“${term}”和资料对不上：资料写明有现货。说成在补货或预售，顾客以为要等，可能就不买或要退了。请以资料为准。`,
    misconception: '把有现货说成缺货',
  },
  {
    // 活动前一个月倒是调过一次价 where the panel says the price was not changed.
    pattern: /调过(?:一次|几次)?价|(?:先)?(?:涨|调高|提)过价/g,
    when: /(?:没有|未|没)调(?:过)?价|未调整/,
    feedback: (term) => `“${term}”和资料对不上：资料写明活动前没有调价。顾客正怀疑先涨后降，说调过价只会坐实他的担心。请以资料为准，并告诉他怎样自己核对。`,
    misconception: '说错价格有没有调整',
  },
  {
    // 活动商品都按双11的价格来算 where the panel prices the event at the everyday price.
    pattern: /按(?:双11|双十一|618|大促|活动前|原价)(?:当时)?的?(?:价格|价)(?:来)?算/g,
    when: /日常售价/,
    feedback: (term) => `“${term}”和资料对不上：资料写明活动按日常售价计算。把计价依据说错，顾客一核对就会觉得被骗。请以资料为准，并告诉他怎样自己核对。`,
    misconception: '说错活动的计价依据',
  },
  {
    // 两个都拍下来，不合适的那个七天无理由退掉: a return planned before buying, which the seven-day rule is not for.
    pattern: /(?:(?:两个|两款|两台|两只)(?:容量|型号|颜色|款式)?(?:都)?|都)(?:可以)?(?:先)?(?:拍|买)(?:下来|回去)?[^。！？!?]{0,24}?(?:不合适|不喜欢|用不上)[^。！？!?]{0,12}?退/g,
    feedback: (term) => `“${term}”是在教顾客买了再退：用过的商品影响二次销售，退不了还惹纠纷。请先帮她弄清需要，再推荐合适的一款。`,
    misconception: '建议顾客多买再退',
  },
  {
    // 如果您在乌鲁木齐有亲友代收，寄到那边就能包邮: a place in the remote region still pays the surcharge.
    pattern: /(?:新疆|西藏|伊宁|乌鲁木齐|喀什|拉萨)[^。！？!?；]{0,20}?就(?:能|可以|会)?(?:按)?(?:全国)?包邮/g,
    when: /偏远地区/,
    feedback: (term) => `“${term}”说错了：资料写明新疆、西藏等偏远地区都要补运费，换一个同在偏远地区的地址也一样。请说清哪些地区包邮，例如寄到内地亲友那里才包邮。`,
    misconception: '把偏远地区说成包邮',
  },
  {
    // 准备了一点小心意，到时候评价您看着办; 追评一下能领个小礼物: a gift set beside the review, across clauses.
    pattern: /(?:小心意|心意|礼物|小礼)[^。！？!?不没别禁]{0,20}?(?:评价|追评|看着办)|(?:评价|追评)[^。！？!?不没别禁]{0,20}?(?:小心意|礼物|小礼品|领个|红包)/g,
    feedback: (term) => `“${term}”把礼物和评价放在了一起：这就是用好处换评价，平台禁止诱导评价。请只把问题解决好，评价由顾客自己决定，不提任何回报。`,
    misconception: '用礼物诱导评价',
  },
  {
    // 您先拍下付款，我给您留一只 where the colour is sold out: money taken for goods nobody can send.
    pattern: /先(?:按[^，。！？,!?]{0,4}?)?(?:拍下|下单|付款|拍)[^。！？!?]{0,14}?(?:留一|预留|锁定|给(?:您|你)留|帮(?:您|你)留|登记|到货(?:就|优先)?(?:给(?:您|你))?发)/g,
    when: /售罄|缺货/,
    feedback: (term) => `“${term}”让顾客为缺货的商品先付款：补货时间没定，钱付了却迟迟发不出货，顾客只会投诉。请如实说明缺货，推荐有现货的款式。`,
    misconception: '让顾客为缺货商品先付款',
  },
  {
    // 家里没人直接放门口: a parcel left unattended, which the customer never asked for.
    pattern: /(?:没人|不在家)[^，。！？,!?]{0,4}?(?:就|直接)?放(?:在)?(?:家)?门口/g,
    feedback: (term) => `“${term}”替顾客做了主：包裹放门口容易丢，顾客也没有这样要求。请按顾客说的备注（例如送货前电话联系），拿不准的先问她。`,
    misconception: '擅自替顾客决定投递方式',
  },
  {
    // 仓库说月底会补一批 where the panel says the restock date is not set: a date nobody gave.
    pattern: /(?:月底|月初|月中|下周|下个月|过几天|这几天|明天|后天|周[一二三四五六日末]|\d{1,2}号|(?:\d{1,2}|[一二两三四五六七八九十])(?:个)?(?:工作日|天|周|星期)(?:后|内|左右))[^，。！？,!?]{0,6}?(?:会|就|能)?(?:补货|补一批|补上|到货|上架)/g,
    when: /补货时间(?:还)?(?:未定|没定|不确定)|暂无补货/,
    feedback: (term) => `“${term}”说了资料里没有的补货时间：资料写明补货时间未定。顾客按这个时间等，到时没货就会投诉。请如实说明补货时间未定，推荐有现货的款式。`,
    misconception: '编造补货时间',
  },
  {
    // 您再跟晚班同事说一下: the customer tells it all again, which a handover exists to spare her.
    pattern: /(?:您|你)[^。，！？!?,]{0,8}?(?:跟|和|给|对|向)[^。，！？!?,]{0,6}?(?:同事|客服|晚班|夜班|值班)[^。，！？!?,]{0,6}?(?:说|讲|描述|解释)/g,
    feedback: () => '让顾客把情况再跟同事说一遍，等于把问题推回给顾客，违反首问负责制。请由你做好交接，例如：“情况我已经登记在交接表里，同事会接着处理，您不用再重复说明。”',
    misconception: '让顾客向同事重复说明，没有做交接',
  },
  {
    // 我晚上也一直在线 from an agent whose shift ends: the customer will look for her and find nobody.
    pattern: /我[^。，！？!?,]{0,6}?(?:一直|全天|24小时|整晚|随时)(?:都)?在线/g,
    when: /下班|交接|晚班|夜班/,
    feedback: (term) => `你下班后不在线，“${term}”是做不到的承诺：顾客晚上找不到你，会更着急。请做好交接，告诉顾客晚班同事会接着处理。`,
    misconception: '承诺下班后也在线',
  },
  {
    // 寄回(去)和再发(过来)的运费 names two legs of the exchange joined by 和, not an order of steps;
    // 安排快递上门取回检测 fetches the broken goods the panel says stay with her.
    pattern: /(?:需要|要|得|请|麻烦)?(?:您|你)?先(?:把[^。，！？!?,]{0,8}?)?寄回|(?:上门)?(?:取回|收回|寄回)(?:来|去)?(?:检测|检验|验货|查验)|上门(?:取回|收回|取走)|(?:等|收到|寄回|验完)(?![去来]?[和与及、跟])[^。！？!?]{0,14}?(?:再|才)(?:能)?(?:给您|帮您|为您)?(?:发|补发|寄|换|安排)/g,
    when: /不用寄回|无需寄回|不必寄回|先发|先补发|先给您发|今天先/,
    feedback: () => '资料写明店铺先发新货、破损件不用寄回，这条回复却让顾客先寄回、等验货后再发，和店铺规定不符，还让顾客白白多等。请按资料说明处理流程。',
    misconception: '编造“先退回再发货”的流程',
  },
  {
    // 大概 3 到 5 天后发出, 补发要等一周后才安排, 48小时内给您安排补发 where the panel dispatches the same day: a wait the shop never imposes.
    pattern:
      /(?:\d{1,2}|[一二两三四五六七八九十])(?:[～~到至\-－](?:\d{1,2}|[一二两三四五六七八九十]))?(?:个)?(?:工作日|天|周|星期|小时)(?:之|以)?(?:后|内)(?:才|再)?(?:能|会|可以)?(?:给您|帮您|为您)?(?:安排)?(?:用|走)?(?:顺丰|中通)?(?:补发|重发|发出|发货|寄出|发)/g,
    when: /当天(?:安排|发出|发货|寄出|就发|发)|今天(?:就)?(?:安排|发出|发货|寄出)/,
    feedback: (term) => `资料写明当天就安排发出，“${term}”是编出来的等待时间。顾客会以为要干等好几天，也会觉得店铺在拖。请按资料说明什么时候发出、用哪家快递。`,
    misconception: '编造发货前的等待时间',
  },
  {
    pattern: /终身不(?:掉|坏|褪色|变形|生锈|漏)|怎么(?:磕|碰|摔)(?:碰)?都(?:伤不到|不会)|不会再(?:碎|坏|破|裂)|(?:完全|绝对|永远|保证|肯定|百分百|一定)(?:都)?(?:不会|没有)(?:再)?[\u4e00-\u9fa5]{0,2}?(?:糊|坏|漏|粘|变形|生锈|出问题|掉漆|褪色)|一分钱(?:都|也)不用(?:花|出|掏|付)|全额(?:赔付|赔偿|报销|赔)|一分不少/g,
    feedback: (term) => `“${term}”是打包票的说法：效果和赔付要看实际情况和规则，说死了做不到，顾客会觉得被骗。请如实说明，例如“按说明使用一般不会有问题，万一有问题随时找我们”。`,
    misconception: '把效果或赔付说成绝对',
  },
  {
    pattern: /(?:一定|必须)(?:要)?(?:配|买|加|搭)[^。，！？!?,]{0,10}?才(?:能|可以)(?:用|使用)/g,
    feedback: (term) => `“${term}”在资料里找不到：把配件说成必须买才能用，是在误导顾客搭售。请如实说明配件是可选的，由顾客决定。`,
    misconception: '把可选配件说成必须购买',
  },
  {
    pattern: /(?:App|APP|app|手机)(?:远程)?(?:控制|操控|遥控|预约)|远程(?:控制|操控|遥控|预约)|(?:WiFi|wifi|WIFI|蓝牙|语音)(?:控制|连接|功能|遥控|播报|提示|款|版|操作)|方言|声控|触屏|触控|智能(?![款型机])(?:(?!虽然|但是|不过)[\u4e00-\u9fa5]){1,4}?功能|自动断电|自动[\u4e00-\u9fa5]{2}功能|自清洁|自洁涂层|免清洗|测温|温度显示|一键[\u4e00-\u9fa5]{0,4}?(?:菜单|模式)|预设菜单|夜光|抗菌|防干烧|童锁|烤架|背光|自动提醒/g,
    // 一键菜单, 夜光按键, 抗菌涂层: named as the panel names them, or made up.
    // 触屏 and 触控 name one feature: a panel that gives 触控屏 (or 触摸屏) knows both.
    core: (hit) => (hit.startsWith('触') ? '触' : hit.replace(/^(?:手机)?/, '').replace(/^智能|功能$/g, '').replace(/(?:控制|操控|遥控|预约|连接|款|版|操作)$/, '').replace(/^自动/, '') || hit),
    feedback: (term) => `“${term}”在资料里找不到：这款商品没有写这个功能。给商品安上没有的功能，顾客收货后会觉得被骗。请只介绍资料栏里写明的功能。`,
    misconception: '编造商品没有的功能',
  },
  {
    // 内胆还是陶瓷的, 加厚铜釜内胆, 杯身用的是钛合金: a material the product card never names for any part.
    pattern: new RegExp(
      `(?:内胆|釜|涂层|壶身|杯身|锅身|杯体|壶体|底盘|炸篮|杯盖)(?:还|也|都)?(?:是|用的是|采用的是|采用|用的|为)(?:了)?(?:加厚|进口|优质|纯|双层|食品级)?(?:的)?${MATERIAL}|${MATERIAL}(?:的)?(?:内胆|釜|涂层|壶身|杯身|锅身|杯体|底盘|炸篮)`,
      'g',
    ),
    core: (hit) => new RegExp(MATERIAL).exec(hit)![0],
    feedback: (term) => `“${term}”在资料里找不到：商品卡没有写这种用料。把没有的材质说给顾客，她按这个下单，收货发现不是，就是虚假宣传（《消费者权益保护法》第二十条）。请只说商品卡写明的用料。`,
    misconception: '编造商品的用料',
  },
  {
    // 木架加泡沫箱, 珍珠棉和双层纸箱: packing the panel never names, promised for the next parcel.
    pattern: new RegExp(`${PACKING}`, 'g'),
    when: /包装|打包/,
    core: (hit) => hit,
    feedback: (term) => `“${term}”和资料对不上：资料写明了这次怎么加固包装，没有这种材料。答应的包装和收到的不一样，顾客会觉得又被敷衍了。请按资料说清用什么加固。`,
    misconception: '说错加固包装的方式',
  },
  {
    // 晚班王丽会主动给您打电话, 平台会在24小时内回电, 安排专人电话回访: a call nobody in the panel makes.
    pattern: /主动打(?:个)?电话给|(?:会|将|还会|再)(?:在[^，。！？!?,]{0,8}?)?(?:主动|先)?(?:给您|给你|跟您|和您|给叔叔阿姨|给阿姨|给老人|给家人)?(?:打(?:个|一个)?电话|回电|致电|来电|电话(?:回访|联系|通知|告知|同步))|电话回访/g,
    unless: /打电话|致电|来电|电话(?:回访|联系|通知)/,
    feedback: (term) => `“${term}”是资料里没有的服务：没人安排的电话，顾客会一直等。请只说资料里写明的跟进方式（例如在聊天窗口通知她）。`,
    misconception: '编造电话回访等服务',
  },
  {
    // 如果超过7天没送到，运费全额退还; 48小时内没派送，中通会赔偿运费: a guarantee against lateness the panel never gives.
    pattern: /(?:延误|晚到|超时)[^。！？!?]{0,12}?(?:赔偿|赔付|赔您|赔给您|补偿)|(?:超过|过了|没|未|不能|到不了|送不到)[^。！？!?]{0,12}?(?:送到|到货|派送|送达|到)[^。！？!?]{0,16}?(?:全额退款|全额退还|全额退|退还|赔偿|赔付|赔您|赔给您|赔给你|补偿|退运费|原路退给|退给(?:您|你))/g,
    core: (hit) => /赔偿|赔付|赔您|补偿|退运费|退还/.exec(hit)?.[0] ?? '全额',
    feedback: () => `回复里许了资料没有的保障：超时赔付或退款没人答应过，顾客当真了却兑现不了。请按资料说明预计时间和店铺真实的补救办法。`,
    misconception: '编造超时赔付的保障',
  },
  {
    // 回复TD退订 where the panel says 回复T: the wrong code leaves her subscribed.
    pattern: /回复\s*([A-Za-z]{1,4}|\d{1,4})(?=\s*(?:退订|即可|就|取消|$|[，。！？,!?]))/g,
    when: /回复[A-Za-z\d]/,
    core: (hit) => hit.replace(/\s/g, ''),
    feedback: (term) => `“${term}”和资料对不上：退订要回复的内容写错了，顾客照做也退不掉。请按资料逐字告诉她。`,
    misconception: '说错退订方式',
  },
  {
    // 积分三倍 where the panel gives double points.
    pattern: /积分(?:还是|是|也是|照样|照常)?(?:三|四|五|十|3|4|5|10)倍|(?:三|四|五|十|3|4|5|10)倍积分/g,
    when: /积分双倍|双倍积分|积分翻倍/,
    feedback: (term) => `“${term}”和资料对不上：资料写的是积分双倍。说多了的优惠，顾客会当真，兑现不了就是纠纷。`,
    misconception: '说错积分优惠',
  },
  {
    // 首次使用前烧开一壶水倒掉 where the panel says two or three.
    pattern: /烧(?:开)?(?:上)?(一|两|二|三|四|五|\d)(?:壶|遍|次)(?:清?水)?(?:倒掉|就)/g,
    when: /烧开两三壶|两三壶/,
    feedback: (term) => `“${term}”和资料对不上：资料写的是首次使用前烧开两三壶水倒掉。少说了，顾客照做异味去不干净，会以为是质量问题。`,
    misconception: '说错首次使用的方法',
  },
  {
    // 七天无理由从签收当天起算 where the panel counts from the day after signing.
    pattern: /(?:从)?签收(?:那天|当天|当日|那一刻|那刻)(?:就)?(?:起|开始)(?:算|计算)?|签收当天(?:起)?(?:算|计算)/g,
    when: /签收次日/,
    feedback: (term) => `“${term}”和资料对不上：七天无理由从签收次日零点起算。算错起点，顾客可能以为自己过了期限。`,
    misconception: '说错七天无理由的起算时间',
  },
  {
    // 签收后30天内都可以免费换货 where the panel gives no such window: a number of days made up.
    // Three days or more: 签收后两天内退款 is the panel's 48 小时 in other words.
    pattern: /(?:签收|收货|收到|购买|下单)(?:后|之后)(\d{2,3}|[3-9]|[三四五六七八九十][一二两三四五六七八九十]{0,2})天(?:内|之内)|(\d{1,3}|[一二两三四五六七八九十]{1,3})天(?:内|之内)(?:都)?(?:可以|能|支持)?(?:免费)?(?:换货|退换|包换|包退|换新)/g,
    core: (hit) => `${readNumber(/(\d{1,3}|[一二两三四五六七八九十]{1,3})天/.exec(hit)![1]!)}天`,
    feedback: (term) => `“${term}”是资料里没有的期限：编出来的天数，顾客会按它来办，到时办不了就是纠纷。请只说资料和平台规则写明的期限。`,
    misconception: '编造服务期限',
  },
  {
    // 上周六从中通发出 where the panel says 上周五: a day of the order's history said wrong (赶上周六 is 赶上 + 周六).
    pattern: /(?<!赶|跟|追|对|配|合|遇|碰)上周[一二三四五六日天]/g,
    when: /上周[一二三四五六日天]/,
    core: (hit) => hit,
    feedback: (term) => `“${term}”和资料对不上：订单的日期要照资料说。日期说错，顾客会觉得你没认真查她的订单。`,
    misconception: '说错订单的日期',
  },
  {
    // 会员消息每个月固定只发一条 where the panel only says not every day: a frequency made up.
    pattern: /每(?:个)?(?:月|周|星期)(?:固定)?(?:只|最多)?发(?:\d{1,2}|[一二两三四五六七八九十])条/g,
    ...MESSAGE_FREQUENCY,
  },
  {
    // 过了下午4点付款也没关系，我让仓库加急，今天一定发出; 不管几点付款，今天都给您发出: the cut-off waived.
    pattern: /(?:(?:过了|超过|晚于)[^，。！？!?,]{0,8}?(?:点|截单)|(?:不管|无论|不论)(?:您|你)?(?:几点|什么时候|啥时候|多晚))(?:(?!不能|不一定|不保证|没法|无法|赶不上|来不及|发不了|不是|就不|\d{1,2}(?::00|点)(?:之)?前)[^。！？!?]){0,20}?(?:今天|当天)[^，。！？!?,]{0,4}?(?:发出|发货|发)(?!不了|不出)/g,
    when: /\d{1,2}(?::00|点)(?:之)?前/,
    feedback: () => `回复越过了截单时间：资料写明几点前付款才当天发，过了点就是次日发。答应了做不到，顾客会更失望。`,
    misconception: '越过截单时间承诺当天发',
  },
  {
    // 公开回复里写明给您补寄了密封圈、补偿了运费: what the panel says a public reply must leave out.
    pattern: /公开回复(?:(?![不没别])[^。！？!?]){0,24}?(?:补偿|补寄|赔|订单号|运费|退款|手机号|地址)/g,
    when: /公开回复不写补偿/,
    feedback: () => '资料写明公开回复不写补偿、不泄露顾客隐私：写了补偿会引来别人效仿，写了订单和个人信息会泄露隐私。公开回复只说明原因和改进。',
    misconception: '公开回复写了补偿或顾客信息',
  },
  {
    // 装开水前先用冷水预热 where the panel preheats with hot water.
    pattern: /冷水[^，。！？!?,]{0,4}?(?:预热|预冷|冲|泡|降温)/g,
    when: /热水预热|开水预热/,
    feedback: () => '资料写的是装开水前先用热水预热。说成冷水，顾客照做保温会更差，还会以为杯子有问题。请按资料说明方法。',
    misconception: '说错商品的使用方法',
  },
  {
    // 所有短信都会停掉，包括订单和物流通知 where the panel keeps the service messages.
    pattern: /(?:所有|全部)(?:的)?(?:短信|消息|通知)(?:都)?(?:会)?(?:停|关)[^。！？!?]{0,8}?包括[^。！？!?]{0,4}?(?:订单|物流)/g,
    when: /(?:订单|物流)[^。]{0,8}?(?:照常|仍会|仍然|正常)/,
    feedback: () => '退订只停营销信息，订单、物流这类服务通知照常发送（资料里写明了）。说成“什么都不发”，顾客会错过发货和售后消息。',
    misconception: '说错退订的范围',
  },
  {
    // 欢迎光临暖居优选旗舰店 where the shop is 暖居优品: the shop's own name said wrong.
    pattern: /暖居(?!暖居|优品)[\u4e00-\u9fa5]{2}/g,
    when: /暖居优品/,
    core: (hit) => hit,
    feedback: (term) => `“${term}”说错了店名：店铺叫“暖居优品”。开口就报错店名，顾客会怀疑进错了店，甚至以为是假冒的。`,
    misconception: '说错店名',
  },
  {
    // 江浙沪有亲友代收就包邮 where the panel says any relative in the mainland will do.
    pattern: /江浙沪[^，。！？!?,]{0,8}?(?:亲友|朋友|亲戚)[^。！？!?]{0,14}?包邮/g,
    when: /内地(?:的)?亲友/,
    feedback: () => '资料写的是寄到内地亲友那里就能包邮，不只是江浙沪。把范围说小了，顾客可能以为自己没有合适的亲友，白白多付运费。',
    misconception: '说错包邮的范围',
  },
  {
    // 不锈钢饭勺 where the panel gives a 硅胶饭勺: a thing of the panel said in another material.
    pattern: /(?:不锈钢|塑料|木质|竹制|陶瓷|硅胶|玻璃|铝制)(?:的)?(?:饭勺|勺子|滤茶网|滤网|杯刷|量米杯|烤垫|茶杯|密封圈)/g,
    when: /(?:不锈钢|塑料|木质|竹制|陶瓷|硅胶|玻璃|铝制)(?:饭勺|勺子|滤茶网|滤网|杯刷|量米杯|烤垫|茶杯|密封圈)/,
    core: (hit) => hit.replace('的', ''),
    feedback: (term) => `“${term}”和资料对不上：资料写的材质不是这样。东西的材质说错，顾客收到会觉得货不对板。请逐字对照资料。`,
    misconception: '说错赠品或配件的材质',
  },
  {
    // 您这单没有买运费险 where the panel says she bought it.
    pattern: /(?:没|没有|未)(?:买|购买|投保)运费险/g,
    when: /购买了运费险|买了运费险|已购运费险/,
    feedback: () => '资料写明这单下单时买了运费险。说成没买，顾客会以为要自己出运费，白白多花钱或放弃退货。',
    misconception: '说错订单的运费险',
  },
  {
    // 追评一下的话，我们会再寄一份小礼物, 带图的话给您返点积分: a reward held out for a review, across a comma;
    // 准备了一份小礼物，……评价要不要更新一下: a reward first, then the review it is for.
    pattern:
      /(?:追评|好评|晒图|晒单|带图|五星)[^。！？!?]{0,20}?(?:寄|送|返|给|准备|有)[^。！？!?]{0,8}?(?:礼物|小礼|红包|券|心意|惊喜|积分)|(?:礼物|小礼|心意|惊喜|红包|积分)[^。！？!?]{0,24}?评价[^。！？!?]{0,6}?(?:更新|修改|改一下|追评|追加)/g,
    feedback: () => '用礼物、红包换追评或好评，是诱导评价，平台规则和《网络反不正当竞争暂行规定》都禁止。评价由顾客自己决定，把问题解决好就够了。',
    misconception: '用礼物诱导评价',
  },
  {
    // 报告店长张哥 where the panel's supervisor is 周姐: a colleague the shop does not have, so the report goes nowhere.
    pattern: /(?:店长|主管|组长|经理|领导|同事)([^大小老表帅美快\s，。！？,!?、（）()“”"](?:姐|哥))(?!们)/g,
    when: /(?:店长|主管|组长|经理|同事)[^大小老\s](?:姐|哥)/,
    core: (hit) => hit.slice(-2),
    feedback: (term) => `“${term}”和资料对不上：资料里没有这位同事。报告或交接的人说错，消息就传不到该管的人。请按资料写的职务和名字说。`,
    misconception: '说错报告或交接的同事',
  },
  {
    // 去买家中心看官方通知 where the panel says 千牛工作台 / 卖家中心.
    pattern: /买家中心/g,
    when: /卖家中心|千牛/,
    feedback: () => '店铺状态要在千牛工作台或卖家中心里看官方通知，买家中心看不到店铺的处罚。核实渠道说错，同事照做也查不到真实情况。',
    misconception: '举报或核实走错渠道',
  },
  {
    // 您上个月买的电热水壶 when she bought a 养生壶: the wrong product tells her nobody looked at her order.
    // 买的不只是锅 says what the price buys, it names no product.
    pattern: /(?:买|购买|入手|订)的(?:这|那)?(?:款|个|只|台|把)?(?:(?![不没非])[\u4e00-\u9fa5]){0,4}?(?:壶|杯|锅|煲|炉|盒|胆)/g,
    core: (hit) => hit.replace(/^(?:买|购买|入手|订)的(?:这|那)?(?:款|个|只|台|把)?/, ''),
    feedback: (term) => `“${term}”和顾客的订单对不上：资料里顾客买的不是这件商品。说错商品，顾客会觉得客服根本没看订单。请先核对订单再开口。`,
    misconception: '说错顾客买的商品',
  },
  {
    // Every colour or model in stock (三个颜色都有现货), not the ones just named (浅灰和米色都有现货).
    pattern: /(?:全部|全都|所有[^，。！？!?,]{0,4}?都|[三四五六几每](?:个|种|款)(?:颜色|款式)?都)(?:有)?现货|(?:全部|全都)有货/g,
    when: /预售|售罄|缺货|无货|没货|断货/,
    feedback: (term) => `资料写明有的颜色或款式是预售或售罄，“${term}”说错了库存。顾客按现货下单，到时发不出货就是纠纷。请按资料逐个说明库存。`,
    misconception: '说错库存情况',
  },
  {
    pattern:
      /(?:下周[一二三四五六日天]?|下个?月|明天|后天|过几天|过两天|月底|\d{1,2}号|周[一二三四五六日天])[^，。！？!?,]{0,6}?(?:补货|到货|补上|有货|补回来)|(?:补货|到货)(?:时间)?(?:是|在|大概|预计|应该)?(?:下周|明天|后天|\d{1,2}号|月底)|(?:在|正在)补货[^。！？!?]{0,8}?(?:下周[一二三四五六日天]?|明天|后天|\d{1,2}号|月底)/g,
    when: /补货时间(?:还)?(?:未定|没定|不确定|待定)|(?:还)?(?:没有|没)(?:确定|定)(?:补货|到货)/,
    feedback: (term) => `资料写明补货时间还没定，“${term}”是编出来的时间。顾客会按这个时间等，到时没货会更失望。请如实说“补货时间还没定，到货后第一时间通知您”，并推荐有现货的款式。`,
    misconception: '编造补货时间',
  },
  {
    pattern: /(?:什么时候|任何时候|随时|几点|不管几点)(?:拍|付款|下单|买)?(?:[^，。！？!?,]{0,6}?)(?:都|也)(?:是|能|可以|会|让仓库)?(?:当天|今天|马上)(?:给您)?发/g,
    when: /\d{1,2}(?::00|点)(?:之)?前/,
    feedback: (term) => `资料写明当天发货有截单时间，“${term}”漏了这个条件。顾客晚上付款、第二天才发，会觉得被骗。请说清“几点前付款当天发”。`,
    misconception: '漏说当天发货的截单时间',
  },
  {
    pattern: /(?:不会|不再)(?:再)?(?:给您|给你)?发[^。！？!?]{0,10}?包括[^。！？!?]{0,4}?(?:订单|物流)|(?:订单|物流)(?:和物流|和订单)?(?:的)?(?:通知|消息|短信)(?:也)?(?:都)?(?:不会|不再)(?:再)?(?:发|收到)|(?:订单|物流)[^，。！？!?]{0,8}?(?:通知|消息|短信)[^，。！？!?]{0,6}?(?:也|一并|一起|都)[^，。！？!?]{0,3}?(?:停|关|不会再|不再)/g,
    when: /(?:订单|物流)[^。]{0,8}?(?:照常|仍会|仍然|正常)/,
    feedback: () => '退订只停营销信息，订单、物流这类服务通知照常发送（资料里写明了）。说成“什么都不发”，顾客会错过发货和售后消息。',
    misconception: '说错退订范围',
  },
  {
    // 活动前是稍微调了一点价 where the panel says prices were not raised before the event.
    pattern: /(?:活动前|活动之前|之前|提前)[^，。！？,!?没未不无]{0,4}?(?<![没未不无])(?:调|涨|提)(?:了)?(?:一点|一些|点|一下)?(?:价|价格)/g,
    when: /没有(?:提前)?(?:调价|涨价|提价)|不(?:先)?涨价|先涨后降/,
    feedback: (term) => `“${term}”和资料相反：资料写明活动前没有调价，顾客可以在商品页面和历史订单里核对。顺着顾客的疑虑认下没发生的事，只会坐实她的怀疑。`,
    misconception: '说错活动前的价格',
  },
  {
    // 我们是品牌授权的经销店, 从省级总代理拿的货 where the shop is the brand's flagship store.
    pattern: /授权(?:的)?(?:经销|专卖|代理|分销)(?:店|商)|经销店|经销商|(?:总|省级|一级|区域)代理|代购/g,
    when: /旗舰店/,
    unless: /经销|代理|代购/,
    feedback: (term) => `“${term}”和资料对不上：本店是品牌官方旗舰店。把店铺身份说错，顾客反而会怀疑货的来源。请按资料说明店铺身份和正品依据（发票、质保）。`,
    misconception: '说错店铺的身份',
  },
  {
    // 我们每天只发一条 where the panel says messages don't come every day.
    pattern: /每天(?:只|都|会)?(?:给您|给你)?(?:发|推送|推)|每天[^，。！？,!?]{1,8}?(?:推送|推给|发给|给(?:您|你)发)/g,
    ...MESSAGE_FREQUENCY,
  },

  {
    pattern: /(?:帮|给|为|把)(?:您|你)(?:把)?[^。，！？!?,]{0,10}?(?:都)?(?:订阅(?:上|了|[^。，！？!?,]{0,8}?(?:消息|信息|短信|活动))|加(?:进|入|到)[^。，！？!?,]{0,8}?(?:名单|推送|群))|(?:优惠|活动|促销|营销|新品|推送|消息)(?:(?![不没别])[^。，！？!?,]){0,6}?(?:都)?(?:帮|给|为|替)(?:您|你)(?:都)?(?:开通|打开|开启)/g,
    feedback: () => '没有经过顾客同意就替顾客订阅营销消息，违背顾客的意愿（《广告法》第四十三条：未经当事人同意，不得以电子信息方式向其发送广告）。请只按顾客选的类型发送，并告诉顾客随时可以退订。',
    misconception: '未经同意替顾客订阅营销消息',
  },
  {
    pattern: /(?:需要|要|得|请)(?:您|你)(?:再)?(?:补|付|出|承担|自付|加)(?:一下|点)?(?:差价|运费|邮费|快递费|费用)/g,
    when: /(?:费用|运费|邮费)(?:都)?(?:由|是)?(?:店铺|我们|商家|本店)(?:来)?(?:承担|出|负责)|(?:店铺|我们|商家)(?:来)?(?:承担|出|负责)(?:所有|全部|来回|一切)(?:的)?(?:费用|运费)/,
    unless: /(?:买家|顾客|您)(?:需要|要)?(?:自己)?(?:补|付|出|承担|自付)[^。，]{0,3}(?:运费|差价|费用)/,
    feedback: (term) => `资料写明这些费用由店铺承担，让顾客“${term}”是把店铺的责任转给顾客。请按资料说明：费用由我们承担。`,
    misconception: '让顾客承担店铺该出的费用',
  },
  {
    // 退回的运费需要您自己先承担: the same shift of cost, said with the cost first.
    pattern: /(?:运费|邮费|快递费|差价)[^，。！？!?,]{0,4}?(?:需要|要|得|请|就)(?:您|你)(?:自己)?(?:先)?(?:来)?(?:承担|出|付|自付|补)/g,
    when: /(?:费用|运费|邮费)(?:都)?(?:由|是)?(?:店铺|我们|商家|本店)(?:来)?(?:承担|出|负责)|(?:店铺|我们|商家)(?:来)?(?:承担|出|负责)(?:所有|全部|来回|一切)(?:的)?(?:费用|运费)/,
    // Where the buyer pays the freight in some cases (非质量问题退货，运费由买家承担), saying so is right.
    unless: /(?:运费|邮费|费用)(?:由|是)?(?:买家|顾客)(?:自己)?(?:来)?(?:承担|出|付)|(?:买家|顾客)(?:需要|要)?(?:自己)?(?:补|付|出|承担|自付)[^。，]{0,3}(?:运费|差价|费用)/,
    feedback: (term) => `资料写明这些费用由店铺承担，“${term}”是把店铺的责任转给顾客。请按资料说明：费用由我们承担。`,
    misconception: '让顾客承担店铺该出的费用',
  },
  {
    // 牛奶装一整天都没问题, 装一整天也不会坏 where the panel says milk must not be kept long: the customer's milk spoils in the cup.
    pattern:
      /(?:牛奶|果汁|奶|豆浆|饮料)[^，。！？!?,]{0,6}?(?:一整天|一天|一晚上|一晚|一夜|隔夜|过夜|好几天|几天|一上午|一下午|大半天)[^，。！？!?,]{0,3}?(?:都|也)?(?:没问题|没事|可以|行|不会坏|不会变质)|不用(?:每天|天天|及时|马上)(?:清)?洗|(?<!水)(?:装|放)(?:上|着|了)?(?:一整天|一天|一晚上|一晚|一夜|隔夜|过夜|好几天|大半天)[^，。！？!?,]{0,8}?(?:都|也)?(?:没问题|没事|不会坏|不会变质)/g,
    when: /不宜长时间存放|及时清洗/,
    feedback: (term) => `资料写明装牛奶、果汁后要及时清洗、不宜长时间存放，“${term}”说反了。顾客照做，饮品会变质，杯子也会有异味。请按资料提醒顾客尽快喝完、及时清洗。`,
    misconception: '说错商品的使用和存放要求',
  },
  {
    // 明天付款也照样送 where the gift ends tonight: the customer waits and loses it.
    pattern: /(?:明天|后天|过几天|改天|下次|以后|下周)[^，。！？!?,]{0,8}?(?:也|照样|一样|还|依然|仍然|照旧)(?:是)?(?:能|可以|会|有)?(?:送|赠|享受|参加|算)/g,
    when: /(?:活动|优惠|赠品|送|赠)[^，。；]{0,4}?(?:时间)?(?:截止)?(?:到|至|截至)(?:今天|今晚|今日)|仅限今[天日晚]/,
    feedback: (term) => `资料写明活动只到今天，“${term}”是给不了的承诺：顾客拖到明天付款，赠品就没有了，会觉得被骗。请如实说明活动截止时间。`,
    misconception: '说错活动期限',
  },
  {
    // 您也可以自己到中通官网查: the customer is sent to the courier's site (首问负责: the agent follows it up).
    pattern: /(?:您|你)[^，。！？!?,]{0,6}?(?:自己)[^，。！？!?,]{0,6}?(?:到|在|去|上)(?:中通|顺丰|圆通|韵达|申通|极兔|京东|邮政|快递)(?:的)?(?:官网|网站|官方|客服|App|APP|app|小程序)/g,
    feedback: (term) => `“${term}”是把顾客推给快递，违反首问负责制：谁先接到问题，谁就跟进到底。请由你来查、来催，并告诉顾客你会怎么跟进、什么时候给她答复。`,
    misconception: '把顾客推给快递、保险公司或别家',
  },
  {
    // 您下单前没仔细看吧 / 详情页都写了: the customer's question turned into her fault (页面写着包邮结果还要补钱, 页面写着包邮，结算又多出15元 restate hers;
    // 您说的没错，页面上写了全国包邮 grants her point).
    pattern: /(?:您|你)(?:下单前|买之前|拍之前)?没(?:有)?(?:仔细|认真)?看(?:清楚)?(?:吧|吗|啊)|(?:您|你)(?:下单前|买之前|拍之前|购买前)(?:就)?应该(?:先)?(?:仔细|认真)?看(?:清楚|仔细)|(?<!(?:没错|确实|的确|是的|对)[^。！？!?]{0,3})(?:详情页|页面)(?:上)?(?:都)?写(?:了|着|得很清楚|得清清楚楚|得很明白)(?![^。！？!?]{0,10}?(?:结果|却|但|可是|怎么|又|还要|还得))|(?:您|你)(?:下单前|买之前|拍之前|购买前)(?:可以|最好|要|得)?(?:先)?仔细看|(?:您|你)当时(?:就)?应该|自己选(?:啊|吧|呗)|(?<!不)是(?:您|你)自己(?:选|拍|挑|下单|买|点)(?:错)?的|(?:您|你)(?:是不是|是否|会不会|可能)[^，。！？!?,]{0,8}?(?:选成|选错|拍错|看错|点错|买错|下错)/g,
    feedback: () => '把顾客的疑问说成“没看清”“自己选”，是在指责、推开顾客。请耐心解释，例如：“这一点确实容易忽略，我给您说明一下。”',
    misconception: '指责顾客、把问题推给顾客',
  },
  {
    pattern: /无门槛|不限门槛|没有门槛|没门槛|零门槛/g,
    when: /满\d{2,4}(?:元)?减/,
    unless: /无门槛|不限门槛|没有门槛|零门槛/,
    feedback: (term) => `资料里的券有使用门槛（满多少元才能用），说成“${term}”会让顾客以为随时能用，到付款时才发现用不了。`,
    misconception: '说错领券规则',
  },
  {
    // 七天无理由从下单那天算: the period runs from the day after delivery.
    pattern: /从(?:下单|付款|购买|买)(?:的)?(?:那天|当天|之日|时候)?(?:开始|起)(?:算|计算)?/g,
    when: /签收(?:次日|后|之日)/,
    feedback: () => '七天无理由退货从签收次日零点起算，不是从下单那天算（资料里写明了）。说早了，顾客会以为自己已经过期。',
    misconception: '说错七天无理由的起算时间',
  },
  {
    pattern: /买[一二两三\d]送[一二\d]/g,
    unless: /买[一二两三\d]送[一二\d]/,
    feedback: (term) => `资料里没有“${term}”的活动。编造促销，顾客下单后发现没有，会觉得被骗。`,
    misconception: '编造促销活动',
  },
  {
    // 别家便宜10块、又怕不锈钢有怪味: two of her worries in a list, not one claim about the rival.
    pattern: /(?:别家|别的店|别人家|其他家|其他店|外面|同行)[^。，！？!?,、；;]{0,14}?(?:翻新|假货|高仿|山寨|次品|水货|劣质|杂牌|质量差(?!不多)|坑人|骗人|没法比|201|怪味|异味|不合格|不安全|以次充好|偷工减料)/g,
    feedback: () => '说别家卖翻新货、假货没有依据，属于贬低同行，可能构成《反不正当竞争法》所说的商业诋毁，顾客也会反感。请只讲自己商品的事实和保障。',
    misconception: '贬低同行',
  },
  {
    // 您自己去问保险公司吧, 您直接打快递电话催一下: the customer is sent to find help elsewhere (首问负责 says the agent follows it up);
    // 我帮您联系快递 is the agent doing it.
    pattern:
      /(?:您|你)(?:也)?(?:可以)?(?:让[^，。！？!?,]{0,4}?)?自己(?:去)?(?:问|找|联系|打|留意|催)|(?<![帮替给为代])(?:您|你)(?:也)?(?:可以)?(?:拿[^，。！？!?,]{0,20}?)?(?:直接|自己)?(?:去)?(?:打|拨|联系|找|问)(?:一下)?(?:快递|中通|顺丰|圆通|韵达|申通|极兔|邮政|保险公司|平台客服|平台小二)|(?:嫌贵|觉得贵|嫌价格高|觉得价格高)[^。！？!?]{0,8}?(?:去|到)(?:别家|别的店|其他家|其他店|别处)/g,
    feedback: (term) => `“${term}”是把顾客推给别人（快递、保险公司、别家），违反首问负责制：谁先接到问题，谁就跟进到底。请由你来联系、跟进，并告诉顾客你会怎么做、什么时候给她答复。`,
    misconception: '把顾客推给快递、保险公司或别家',
  },
  {
    // A payment password or a code is never asked for, whatever the scenario: the shop needs neither to help.
    pattern:
      /(?:支付密码|验证码|账号密码|登录密码|银行卡密码|短信码)[^。！？!?不别勿]{0,8}?(?:告诉|发给|发|给|报给|提供给|说给)(?:一下)?(?:我|客服|我们)|(?:告诉|发给|发|给|报给|提供给)(?:一下)?(?:我|客服|我们)[^。，！？!?,]{0,6}?(?:支付密码|验证码|账号密码|登录密码|银行卡密码)|(?:提供|发送|报)(?:一下)?(?:您的)?(?:支付密码|验证码|账号密码|登录密码|银行卡密码)/g,
    feedback: () => '支付密码、验证码、账号密码任何时候都不能向顾客索要，客服帮顾客付款、售后也用不到这些。这样问会让顾客怀疑遇到了骗子，泄露后还可能造成财产损失。请引导顾客自己刷新、重新进入或更换支付方式。',
    misconception: '索要顾客的支付密码或验证码',
  },
  {
    // 您要是能删掉差评…, 麻烦改成好评: asking for a review to go, which the platform forbids whatever is offered for it.
    pattern:
      /(?<!不会|不|没|别)(?:要是|如果|能不能|能否|可不可以|可否|麻烦|帮忙|希望|请|拜托)[^。，！？!?,]{0,8}?(?:删掉|删除|删了|删评|撤掉|撤回|撤销|改成好评|改为好评|改成五星|改个好评|改一下评价|修改评价|改评)/g,
    feedback: () => '请顾客删除或修改评价违反平台规则，评价由顾客自己决定。请把心思放在解决问题上，问题解决了，顾客自然会看到你的诚意。',
    misconception: '要求顾客删评或改评',
  },
  {
    // 我帮您把运费改掉 where the panel says the agent cannot change prices or freight.
    pattern:
      /(?:帮|给|替)(?:您|你)(?:把)?(?:这)?(?:\d{1,4}(?:元|块))?(?:的)?(?:运费|邮费|价格|价钱|零头|差价)(?:给)?(?:改掉|改成|改低|改便宜|免掉|免了|减免|减掉|抹掉|去掉|退了)|(?:帮|给|替)(?:您|你)(?:免运费|免邮|抹零|改价|减价|打折)/g,
    when: /没有[^。]{0,10}?权限/,
    feedback: (term) => `资料写明客服没有改价、减免运费的权限，“${term}”是做不到的承诺，顾客付款时发现没改，会觉得被骗。请如实说明，并给出资料里真实可行的办法。`,
    misconception: '答应了没有权限做的改价或减免',
  },
  {
    // 运费到付 where the panel never offers it: 到付 puts the freight on whoever receives the parcel, so it
    // shifts a cost the panel gives to one side onto the other (the buyer's return freight onto the shop,
    // the shop's free part onto the buyer).
    // 收到付款 is no 到付.
    pattern: /(?:运费|快递|邮费)?(?<!收)到付(?!款)/g,
    when: /运费|邮费|寄回|寄送|免费寄/,
    unless: /到付/,
    feedback: () => '资料里没有“运费到付”的安排：运费由谁出、怎么寄，资料写得很清楚。让顾客或店铺到付，就把该一方出的运费转给了另一方，收件时会起纠纷。请按资料说明运费由谁承担。',
    misconception: '说错运费由谁承担',
  },
  {
    // 给个好评返 5 元, 好评后返现: paying for a review breaks the platform's rules whatever the scenario says.
    pattern:
      /(?:给|打|写|留|晒)(?:个|一个|我们|图)?(?:五星)?好评[^。！？!?]{0,14}?(?:\d{1,4}(?:元|块)|现金|红包|钱)[^。！？!?]{0,6}?(?:返|退|补|送)|(?:给|打|写|留|晒)(?:个|一个|我们|图)?(?:五星)?好评[^。！？!?]{0,10}?(?:返|退|补|送)(?:给)?(?:您|你)?[^。！？!?]{0,4}?(?:\d{1,4}(?:元|块)|现金|红包)/g,
    feedback: () => '“好评返现”违反平台规则：不得用返现、红包、赠品等利益换取好评。顾客一旦投诉，店铺会被处罚。请用真诚的服务打动顾客，评价由顾客自己决定。',
    misconception: '用返现换好评',
  },
  {
    // 这次我给您申请免掉 where the panel says nobody at the desk may waive the freight.
    pattern: /(?:帮|给|替)(?:您|你)(?:申请|去申请)?(?:把它|把这个)?(?:免掉|免了|减免掉?|抹掉|免运费|免邮)/g,
    when: /没有[^。]{0,10}?(?:减免|免运费)[^。]{0,6}?权限|没有[^。]{0,4}?权限[^。]{0,6}?(?:减免|免)/,
    feedback: (term) => `资料写明客服没有减免运费或改价的权限，“${term}”是做不到的承诺：顾客以为不用付，到时还得补，会觉得被骗。请如实说明，并给出资料里真实可行的办法。`,
    misconception: '答应了没有权限做的改价或减免',
  },
  {
    // 孩子吃了绝对不上火, 百分百健康: a health effect promised outright, which the shop cannot stand behind.
    pattern: /(?:绝对|保证|百分百|百分之百|肯定|一定)(?:都)?不(?:会)?(?:上火|伤身|致癌|发胖|长胖)|(?:百分百|百分之百|绝对|保证)(?:健康|安全|无害|有效|满意)/g,
    feedback: (term) => `“${term}”是绝对化的保证：健康和效果因人而异，说死了做不到，也违反《广告法》对绝对化用语的规定。请如实介绍商品的特点，例如“少油烹饪，相对更清淡”。`,
    misconception: '把效果或赔付说成绝对',
  },
  {
    // 您选仅退款就行 where the panel's procedure is 退货退款 (the goods go back first): the customer keeps
    // goods she must return, and the request is refused.
    pattern: /(?:选|申请|点|走)[^，。！？!?,]{0,3}?仅退款/g,
    when: /退货退款/,
    unless: /仅退款|不用寄回|无需寄回|不必寄回/,
    feedback: () => '资料写明这种情况要走“退货退款”：先按系统地址寄回，仓库签收后才退款。让顾客选“仅退款”，申请会被驳回，顾客白等一趟。请按资料的流程一步步说明。',
    misconception: '说错退货流程',
  },
  {
    // 七天无理由退货从您付款当天开始算: the seven days run from the day after she signs for the parcel (消费者权益保护法
    // 第二十五条: 自收到商品之日起七日内; docs/domain.md), never from paying, ordering or dispatch.
    pattern: /(?:七天|7天|无理由)[^。！？!?]{0,12}?从(?:您|你)?(?:下单|付款|发货|购买|拍下|支付)(?:那天|当天|之日|的那一?天)?(?:就)?(?:开始|起)?(?:算|计算|起算)|(?:下单|付款|发货|购买|拍下)(?:后|之日起|起)(?:七|7)天(?:内|之内|以内)[^，。！？,!?]{0,6}?(?:无理由|退货|退换)/g,
    feedback: (term) => `“${term}”把七天无理由退货的起算时间说错了：七天从签收的次日零点开始算，不从下单、付款或发货算。说早了，顾客以为自己过了期限，就不来退了。`,
    misconception: '说错七天无理由退货的起算时间',
  },
  {
    // 通过微信官方客服举报该账号 where the panel sends reports through 千牛 and the platform's own channel.
    pattern: /(?:通过|用|在|去|到|找|加)[^，。！？,!?；;]{0,8}?(?:微信|QQ|qq|短信|电话|抖音)[^，。！？,!?；;]{0,14}?(?:举报|核实|申诉|投诉)/g,
    when: /千牛|官方渠道/,
    feedback: (term) => `“${term}”走错了渠道：举报和核实要在千牛工作台或平台的官方渠道里做，微信、电话这些站外渠道核实不了店铺状态，还可能再被骗一次。`,
    misconception: '举报或核实走错渠道',
  },
  {
    // 满减券要先去店铺首页领，领了才能减, 先到店铺首页领一张满199减20的券 where the panel's 满减 comes off by itself at checkout.
    pattern: /(?:先|要先|需要先|得先)(?:去)?[^，。！？,!?]{0,6}?领(?:了|券|取)?[^，。！？,!?]{0,6}?才(?:能|可以)(?:减|用|抵)|领了才(?:能|可以)(?:减|用|抵)|首页领(?:一张|张|个)?[^，。！？,!?]{0,8}?(?:满\d+减\d+)?(?:的)?券/g,
    when: /自动抵扣|自动减/,
    unless: /领券|领取|首页领|会员中心领/,
    feedback: (term) => `“${term}”说错了优惠规则：资料写明满减是下单时自动抵扣的，不用领券。多加一道不存在的手续，顾客会以为自己错过了优惠。`,
    misconception: '说错满减的用法',
  },
  {
    // 积分双倍也享受不了 where the panel says the double points still apply.
    pattern: /积分(?:双倍)?(?:也)?(?:享受不了|享受不到|没有|不能享受|用不了)|积分[^，。！？!?,]{0,6}?满\d{2,3}(?:元)?才有/g,
    when: /积分双倍(?:照常|照样|仍然|也能)/,
    feedback: (term) => `“${term}”和资料相反：资料写明积分双倍照常享受。把顾客能拿的好处说没了，她会少拿该拿的优惠。`,
    misconception: '说错顾客能享受的优惠',
  },
  {
    // 店铺状态以平台客服发的短信通知为准, 真要处罚都会先打电话通知: the scam's own channels taken as official.
    pattern: /以[^，。！？,!?]{0,12}?(?:短信|电话|微信|旺旺)(?:通知|消息|服务号)?[^，。！？,!?]{0,14}?为准|(?:只会|都会|会)(?:在|用|通过)[^，。！？,!?]{0,6}?(?:电话|短信|QQ|qq|微信)[^，。！？,!?]{0,4}?(?:里|上|中)?(?:核对|索要|要|收|联系|通知)|只会在[^，。！？,!?]{0,8}?(?:要|索要|核对|收)(?:验证码)?|(?:都会|会)(?:先|提前)(?:打|发)[^，。！？,!?]{0,6}?(?:电话|短信)(?:通知)?|提前(?:\d|[一二三四五六七])天[^，。！？,!?]{0,6}?(?:站内信|短信|电话|通知)/g,
    when: /千牛|官方渠道/,
    feedback: (term) => `“${term}”说错了核实渠道：店铺状态只以千牛工作台里的官方通知为准，短信、电话这些都可能是骗子伪造的。请不回复，截图留证，到千牛核实并报告主管。`,
    misconception: '举报或核实走错渠道',
  },
  {
    // 涂层掉一点没关系，还能继续用 where the panel says a peeling coating means stop using it.
    pattern: /(?:涂层|内胆)[^，。！？,!?]{0,8}?(?:没关系|不要紧|没事|不影响|还能(?:继续)?用)|等坏了再换/g,
    when: /停用/,
    feedback: (term) => `“${term}”和资料相反：资料写明涂层脱落要停止使用、及时更换。说成还能接着用，顾客照做可能吃进脱落的涂层，也是安全问题。`,
    misconception: '说错商品的安全用法',
  },
  {
    // 可以开纸质发票随货寄 where the shop issues electronic invoices.
    pattern: /纸质发票|纸质的发票|纸质版发票/g,
    when: /电子发票/,
    unless: /纸质/,
    feedback: (term) => `“${term}”和资料对不上：店铺开的是电子发票。答应了纸质发票，顾客等不到就会投诉。请按资料说明发票的开法。`,
    misconception: '说错发票的开法',
  },
  {
    // 放七八个小时再喝也没问题, 早上装进去放到放学再喝也没事 where the panel says to drink it within two or three hours.
    pattern: /(?:放|存|装|搁)(?:到|了|上)?[^，,。！？!?]{0,10}?(?:[四五六七八九十]{1,2}|\d{1,2})(?:个)?(?:多)?小时[^，,。！？!?]{0,8}?(?:没问题|没事|也行|都行|也可以|照样)|放到(?:放学|下午|晚上|中午|傍晚)[^，,。！？!?]{0,6}?(?:没问题|没事|也行|都行|也可以)/g,
    when: /不宜长时间存放/,
    feedback: () => '资料写明装牛奶、果汁不宜长时间存放（建议两三个小时内喝完，喝完及时清洗）。说放很久也没事，顾客照做，牛奶可能变质。请按资料提醒。',
    misconception: '说错装牛奶的存放时间',
  },
  {
    // 我直接给您退全款，杯子您留着继续用: a full refund with the goods kept, which no rule of the shop gives.
    pattern: /(?:退全款|全额退款|全款退|退您全款)[^。！？!?]{0,12}?(?:留着|不用退|不用寄回|照用|继续用)/g,
    unless: /不用寄回|无需寄回|不必寄回/,
    feedback: () => '资料里没有“全额退款、东西留着”的做法：退款要按售后规则走，随口答应做不到，还会让别的顾客也来要。请按资料给出的售后办法（寄新配件、换新或退货退款）处理。',
    misconception: '许诺退款不退货',
  },
  {
    // 7天内无理由退，来回运费都由我们承担 where the panel says a return that is no quality problem is posted back at her cost.
    pattern: /无理由[^。！？!?]{0,16}?(?:运费|邮费)[^。！？!?]{0,6}?(?:都由|由|都是)?(?:我们|店铺|商家)(?:来)?(?:承担|出|包)/g,
    when: /非质量问题[^。；\n]{0,12}?(?:买家|顾客)承担/,
    feedback: () => '资料写明非质量问题退货（七天无理由），寄回运费由买家承担，买了运费险的可以申请理赔。说成店铺承担，顾客退货时发现要自己付，会觉得被骗。',
    misconception: '说错无理由退货的运费',
  },
  {
    // 只要老人学不会用，都可以直接退: a return for not learning to use it, which no rule of the shop gives.
    pattern: /学不会[^。！？!?]{0,8}?(?:都)?(?:可以|能)?(?:直接)?(?:退|换)/g,
    feedback: (term) => `“${term}”是资料里没有的售后承诺：退货只按七天无理由等规则办，学不会不是退货理由。请给出店铺真有的帮助：说明书、操作视频、收货后随时在聊天窗口指导。`,
    misconception: '编造“学不会就退”的售后承诺',
  },
  {
    // 建议您先拆开摆上去看看 where a return needs the goods intact: advice that costs her the return.
    // Only advice to try it out before deciding (拆开……看看效果再决定要不要退), not 拆开看看有没有裂.
    pattern: /(?:建议|可以|不妨|要不)(?:您|你)?(?:先)?(?:拆开|拆封|拆了|打开包装|撕掉)[^。！？!?]{0,16}?(?:退|试|摆上|用用|效果)/g,
    when: /二次销售/,
    feedback: () => '七天无理由退货要求商品完好、不影响二次销售。建议顾客先拆开试用，可能让她退不了货。请先说清退货条件，再让她自己决定。',
    misconception: '给出影响退货的建议',
  },
  {
    // 我们店规定每位会员每周最多只发一条 where the panel only says messages don't come every day.
    pattern: /(?:每|一)(?:周|月|个月|星期)(?:最多|至多|只)(?:只)?(?:会)?(?:给[^，。！？,!?]{0,4}?)?(?:发|推送|推|收到)(?:一|两|1|2)条/g,
    ...MESSAGE_FREQUENCY,
  },
  {
    // 明天上午统一发出, 下周一统一发出 where the panel ships the same day: a later dispatch the panel never sets.
    pattern: /(?:明天|明早|后天|下周[一二三四五六日天]?|周[一二三四五六日天])(?:上午|下午|一早)?[^，。！？,!?]{0,2}?统一(?:发出|发货|寄出|安排发)/g,
    when: /当天发|当天安排|今天[^。；\n]{0,8}?发/,
    feedback: (term) => `“${term}”和资料对不上：资料写明按时付款当天发出、补发当天安排。把发货说晚了，顾客会另作打算，甚至取消订单。请按资料说发货时间。`,
    misconception: '说错发货时间',
  },
  {
    // 消息也不多，每天就一两条 (last, so a reply's other slips are named first).
    pattern: /每天(?:就|只|也就|只有)?(?:一两|一|两|几)条/g,
    ...MESSAGE_FREQUENCY,
  },
];

function byRules(scenario: Scenario, text: string): UnknownFact | undefined {
  const { staff, all } = panelText(scenario);
  for (const rule of RULES) {
    if ((rule.when && !rule.when.test(staff)) || rule.unless?.test(staff)) continue;
    for (const m of text.matchAll(rule.pattern)) {
      // 不提供验证码, 没要求您删评: a negation right before the claim takes it back too; 私下给您改价也不行, one after it.
      if (takenBack(text, m.index) || TAKEN_BACK_AFTER.test(text.slice(m.index + m[0].length)) || (!rule.ownNegation && /不用|不必|无需|不需要/.test(m[0]))) continue;
      if (rule.core && all.toLowerCase().includes(rule.core(m[0]).toLowerCase())) continue;
      return { term: m[0], start: m.index, end: m.index + m[0].length, feedback: rule.feedback(m[0]), misconception: rule.misconception };
    }
  }
  return undefined;
}

/** 这款没有可视窗口, 不带预约功能: a feature denied to the product talked about. */
const DENIED = /(?<![有])(?:没有|没带|不带|不支持|没|无)([\u4e00-\u9fa5]{2,6})/g;
/** What may follow a denied feature and still leave it denied (没有预约功能了). */
const DENIED_TAIL = /^(?:功能|设计|款|版)?(?:了|呢|哦|哈|啊|的)?$/;
const MODEL_NAMED = /(\d{1,2}(?:\.\d)?)(?:升|l|L)/g;

const specCache = new WeakMap<Scenario, string>();

/**
 * 这款没有可视窗口 where the product card lists 可视窗口: the customer is told the product lacks what it has,
 * and buys elsewhere or expects less. A feature counts when the card's specs name the words denied (the
 * longest start of them, at least two characters), with nothing but 功能 / a particle after them.
 */
function deniedFeature(scenario: Scenario, text: string): UnknownFact | undefined {
  let specs = specCache.get(scenario);
  if (specs === undefined) specCache.set(scenario, (specs = (scenario.product.specs ?? []).join('\n').normalize('NFKC').replace(/[ \t]/g, '')));
  if (!specs) return undefined;
  const own = [...scenario.product.name.normalize('NFKC').matchAll(MODEL_NAMED)][0]?.[1];
  for (const clause of clausesOf(text)) {
    if (/[吗？?]$|的话/.test(clause.text)) continue;
    // 3.5L 款没有可视窗口 is about another model.
    const models = [...clause.text.matchAll(MODEL_NAMED)].map((m) => Number(m[1]));
    if (models.some((v) => own === undefined || v !== Number(own))) continue;
    for (const m of clause.text.matchAll(DENIED)) {
      const words = m[1]!;
      let n = words.length;
      while (n >= 2 && !specs.includes(words.slice(0, n))) n--;
      if (n < 2 || !DENIED_TAIL.test(words.slice(n)) || TAKEN_BACK.test(clause.text.slice(0, m.index).replace(/没有|没/g, ''))) continue;
      const feature = words.slice(0, n);
      // 杯子没保温 where the customer complains 不保温: her fault report said back, not a feature denied.
      if (new RegExp(`[不没](?:怎么|太)?${feature}`).test(panelText(scenario).all)) continue;
      // 无涂层 on a card that lists 无涂层内胆 repeats the card.
      if (specs.includes(m[0].slice(0, m[0].length - words.length) + feature)) continue;
      const start = clause.start + m.index;
      const term = m[0].slice(0, m[0].length - words.length + n);
      return { term, start, end: start + term.length, feedback: `“${term}”说错了：商品卡片写明这款有“${feature}”。把有的功能说成没有，顾客会放弃本来合适的商品，或者用错方法。请以商品卡片为准。`, misconception: '把商品有的功能说成没有' };
    }
  }
  return undefined;
}

/** 满 199 减 20: the threshold and the discount. */
const PROMO = /满(\d{2,4})(?:元|块)?(?:立)?减(\d{1,4})/g;
/** A pack of several: 两只装, 100 张装. */
const PACK = /(\d{1,4}|[一二两三四五六七八九十]{1,3})\s*(只|个|张|片|包|支|把|瓶|盒)装/g;
/** A cut said on its own: 下单还能减30, 结账立减 20 元. */
const CUT = /(?:下单|结账|付款|还能|自动|直接)(?:立)?减(?:掉)?(\d{1,4})(?:元|块)?(?![\d.折%])/g;
/** A total after discounts: 实付 188, 满减后 203 元, 减完只要 49 元 (双11到手价 names a day, not a sum). */
const PAID = /(?:实付|满减后|减完(?:后)?|减后|券后|到手(?:价)?|优惠后|减到|减成|降到)(?:是|只要|只需|就是|也就|也就是|为|仅|共|才)?(?:¥)?(\d{1,5}(?:\.\d{1,2})?)|(?<![减\d.双])(\d{1,5}(?:\.\d{1,2})?)(?:元|块)?到手(?![：:]?\d)|(?:减|抵扣|抵)\d{1,4}(?:元|块)?[^。！？!?\d]{0,8}?(?:只要|只需|仅需|仅要|就只要|才)(\d{1,5}(?:\.\d{1,2})?)(?![\d.]|[天人件个张年月号点%])/g;
/** A threshold named alone: 买满 299 就免运费, 满 199 才能用. */
const THRESHOLD = /满(\d{2,4})(?:元|块)?(?![减立\d.天年月岁人件个张条])/g;
/** A discount rate: 八折, 8.5 折. */
const RATE = /(?<![\d.])([一二三四五六七八九]|\d(?:\.\d)?)折(?!扣|叠|腾)/g;
const PERCENT = /(\d{1,3})%|百分之([一二三四五六七八九十]+|\d{1,3})/g;
/** Couriers; 京东 alone is the courier only when it sends (换成京东发货), else it may be the marketplace. */
const COURIER = /中通|顺丰|圆通|韵达|申通|极兔|京东快递|京东物流|京东(?=(?:给您|帮您|为您)?(?:发|配送|派送|送))|(?<!包)邮政|ems/gi;
/** Colours as the scenarios name them: 白色, 雾蓝, 藏青色. */
const COLOUR = /(?:浅|深|雾|奶|米|樱|藏|天|玫|酒|墨|象牙)?(?:黑|白|红|蓝|灰|粉|绿|黄|紫|金|银|咖|棕|橙|青)色/g;
/** A model and its price in the scenario's texts: 3L 空气炸锅 199 元, 4.5升259. */
const MODEL_PRICE = /(\d{1,2}(?:\.\d)?)(?:升|l|L)[^\d。；;，,]{0,8}?(\d{2,4}(?:\.\d{1,2})?)(?:元|块)?(?![\d.]|升|l|L|人|天|小时)/g;
/** A model and a price quoted for it in one sentence of a reply. */
const QUOTED_PRICE = /(\d{1,2}(?:\.\d)?)(?:升|l|L)[^\d。！？!?；;、]{0,20}?(\d{2,4}(?:\.\d{1,2})?)(?:元|块)/g;
const OUT_OF_STOCK = /预售|缺货|没货|售罄|卖完|断货|没有货|刚好断了|库存[^，。]{0,4}?断了/;
/** Stock that comes later: 要三天后才到货, 还得等几天, 得调货. */
const STOCK_LATER = /(?:天|周|号)(?:之)?后(?:才)?(?:能)?(?:到货|有货|补货|发货)|(?:要|得|还得|需要)等[^，。！？,!?]{0,4}?(?:到货|有货|补货|天)|暂时没|还没到货|调货/;
/** A clause about how a parcel went out (发出, 发的货), and one about sending again (补发, 重新发). */
const SENT = /发出|发的|发货|寄出|寄的|走的/;
/** A clause about tracking the parcel on its way: 物流有更新, 催件, 派送, 您这单的运单. */
const TRACKING = /物流|更新|轨迹|催件|催一下|催过|加急|派送|转运|滞留|查件|运单|单号|跟进/;
const AGAIN = /补发|重发|补寄|重新|再发|换|改|新的|退款/;
/**
 * The first courier a clause names that is not one of `own` (and, given `only`, is one of those), unless set
 * aside right before it (不是中通).
 */
function courierNotOf(clause: string, own: Set<string>, only?: Set<string>): RegExpMatchArray | undefined {
  for (const m of clause.matchAll(COURIER)) {
    const name = m[0].toLowerCase();
    if (own.has(name) || (only && !only.has(name)) || /[不没别]|不是|并非/.test(clause.slice(Math.max(0, m.index - 3), m.index))) continue;
    return m;
  }
  return undefined;
}
const courierFinding = (at: number, m: RegExpMatchArray, feedback: string): UnknownFact => {
  const start = at + m.index!;
  return { term: m[0], start, end: start + m[0].length, feedback, misconception: '说错快递公司' };
};

const rolesCache = new WeakMap<Scenario, { sent: Set<string>; again: Set<string> }>();
/** The couriers the shop's texts name for the order's shipment and for a replacement. */
function courierRoles(scenario: Scenario) {
  let found = rolesCache.get(scenario);
  if (found) return found;
  found = { sent: new Set(), again: new Set() };
  for (const sentence of scenario.facts.map((f) => f.normalize('NFKC')).flatMap((f) => f.split(/[。；;，,\n]/))) {
    const role = AGAIN.test(sentence) ? found.again : SENT.test(sentence) ? found.sent : undefined;
    for (const m of role ? sentence.matchAll(COURIER) : []) role!.add(m[0].toLowerCase());
  }
  rolesCache.set(scenario, found);
  return found;
}
/** A colour as a reply or the panel may write it, with or without 色 (樱粉, 白色). */
const STOCK_COLOUR = /(?<![浅深雾奶米樱藏天玫酒墨明空])((?:浅|深|雾|奶|米|樱|藏|天|玫|酒|墨|象牙)?(?:黑|白|红|蓝|灰|粉|绿|黄|紫|金|银|咖|棕|橙|青)色?)/g;
/** A colour the shop's texts give as not in stock: 白色（已售罄）, 白色规格已售罄, 樱粉预售. */
const SOLD_OUT_COLOUR = new RegExp(`${STOCK_COLOUR.source}(?:规格|款)?[（(]?(?:已经|已|暂时|目前|还是)?(?:售罄|预售|缺货|断货|无货|没货)`, 'g');
/** A claim that what a clause names is in stock: 都有现货, 有货, 现货. */
const IN_STOCK = /(?:都|也|均|全|全都)?(?:有|是)?现货|(?:都|也|均)?有货|都(?:能|可以)(?:直接|马上)?(?:拍|下单|发货)/;

const soldOutCache = new WeakMap<Scenario, Map<string, string>>();
/** The colours the shop's texts give as sold out or on pre-sale, by stem (白, 樱粉), with the sentence that says so. */
function soldOutMap(scenario: Scenario): Map<string, string> {
  let found = soldOutCache.get(scenario);
  if (found) return found;
  found = new Map();
  for (const sentence of panelText(scenario).staff.split(/[。；;\n]/)) {
    for (const m of sentence.matchAll(SOLD_OUT_COLOUR)) found.set(m[1]!.replace(/色$/, ''), m[0]);
  }
  soldOutCache.set(scenario, found);
  return found;
}
const soldOutColours = (scenario: Scenario) => new Set(soldOutMap(scenario).keys());
const soldOutText = (scenario: Scenario, stem: string) => soldOutMap(scenario).get(stem) ?? '';
/** The clauses of a text with where each starts. */
const clausesOf = (text: string) => {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const part of text.split(/(?<=[，。！？；,!?;\n])/)) {
    out.push({ text: part.replace(/[，。！？；,!?;\n]$/, ''), start });
    start += part.length;
  }
  return out;
};
const MONEY = /(\d{1,5}(?:\.\d{1,2})?)(?:元|块)/g;
/** A surcharge named with its amount: 补15元, 只要补7.5元. */
const SURCHARGE = /补(?:运费)?(\d{1,3}(?:\.\d{1,2})?)(?:元|块)/g;
/** What one item comes to: 相当于杯子只要19块, 平均每只才99元. */
const EACH = /(?:相当于|算下来|平均|均摊)[^，。！？,!?\d]{0,8}?(?:只要|只花|才花|才要|才|只需|合|就)(?:了)?(\d{1,4}(?:\.\d{1,2})?)(?:元|块)/g;
/** A setting count of the product card: 12档, 8种预设菜单. */
const SPEC = /(\d{1,3})(档|种(?:预设)?菜单)/g;
/** The steel grade of a liner: 316 不锈钢内胆, 304内胆. */
const STEEL = /(201|304|316|430)(?:食品级)?(?:不锈钢)?内胆/g;
const COUPONS = new RegExp(String.raw`(?:限|每人|每个账号|每位)(?:老顾客|老客户|顾客|客户|会员|用户)?(?:可以|能|可)?(?:领)?${NUM}张`, 'g');
const UNLIMITED = /不限张数|不限量|领多少(?:张)?都(?:行|可以)|随便领|无限领|可以叠加|能叠加|(?:跟|和|与)[^，。！？,!?]{0,8}?叠加|叠加(?:使用|用)|(?:每天|天天)(?:都)?(?:可以|能|可)?领/g;
const DATE = /(\d{1,2})月(\d{1,2})[日号]/g;
const DOTTED_DATE = /(?<![\d.])(\d{1,2})[./](\d{1,2})(?![\d.])/g;
const FOREVER = /长期有效|一直有效|永久有效|没有期限|不限时间|什么时候(?:买|用)都(?:能|可以)/g;
/** A cut-off for shipping: 16 点前付款当天发 (not 今晚 24 点前下单送除垢剂). */
const CUTOFF = /(上午|中午|下午|晚上|今晚)?(\d{1,2})(?:[:：]00|点)(?:钟)?(?:之)?前(?=[^。，！？!?,]{0,6}?发|[^。！？!?\d]{0,14}?当天(?:就)?(?:都)?(?:能)?发)/g;
const PEOPLE_SPAN = new RegExp(String.raw`${NUM}[～~到至\-－]${NUM}(?:个|口)?人`, 'g');
const PEOPLE = new RegExp(String.raw`${NUM}(?:个人|口人|人)`, 'g');
/** 十个人的量, 十个人吃也够, 从一个人吃到十个人吃的都有: more people than the biggest model is for. */
const PEOPLE_AMOUNT = new RegExp(String.raw`${NUM}个?人的(?:量|份)|${NUM}个?人(?:吃|用)?(?:也|都)(?:够|够用|没问题)|(?:到|至)${NUM}个?人(?:吃|用)?的都有`, 'g');
const DURATION = new RegExp(
  String.raw`${NUM}(?:个)?(小时|工作日|天|分钟|周)(?:内|之内|以内)?(?:就)?(?:给(?:您|你))?(?:安排)?(?:退款|到账|原路退|退回|审核|处理完?|空烧|去味|派送|送达|发货|发出|(?:全额)?追回|(?<=内[就会]?(?:给(?:您|你))?)(?:回复|答复|回(?:您|你)))|(?:退款|到账|空烧|审核)[^。，]{0,4}?${NUM}(?:个)?(小时|工作日|天|分钟|周)`,
  'g',
);
const ANY_DURATION = new RegExp(String.raw`${NUM}(?:个)?(小时|工作日|天|分钟|周)`, 'g');

const numbers = (text: string, pattern: RegExp, group = 1) => new Set([...text.matchAll(pattern)].map((m) => readNumber(m[group]!)));
const hit = (m: RegExpMatchArray, feedback: string, misconception: string): UnknownFact => ({ term: m[0], start: m.index!, end: m.index! + m[0].length, feedback, misconception });

/** Minutes in a duration, so 48 小时 and 2 天 agree; working days stay apart (7 个工作日 is not 7 天). */
const minutes = (value: number, unit: string) => (unit === '工作日' ? -value : value * ({ 分钟: 1, 小时: 60, 天: 1440, 周: 10080 } as Record<string, number>)[unit]!);

function byNumbers(scenario: Scenario, text: string): UnknownFact | undefined {
  const { all } = panelText(scenario);
  const promos = [...all.matchAll(PROMO)].map((m) => [Number(m[1]), Number(m[2])] as const);
  for (const m of text.matchAll(PROMO)) {
    if (promos.some(([x, y]) => x === Number(m[1]) && y === Number(m[2])) || takenBack(text, m.index)) continue;
    const listed = [...new Set(promos.map(([x, y]) => `满 ${x} 减 ${y}`))].join('、');
    return hit(m, `“${m[0]}”和资料里的店铺活动对不上${listed ? `（资料：${listed}）` : '：资料里没有这个活动'}。说错门槛或减免，顾客下单时算不出这个价，会觉得被骗。`, '说错店铺的满减活动');
  }
  const money = [...new Set([scenario.product.price, ...[...all.matchAll(MONEY)].map((m) => Number(m[1]))])];
  if (promos.length > 0) {
    // 下单还能减30 where the panel's promotion takes 20 off: the cut said without its threshold.
    const cuts = numbers(all, /减(\d{1,4})/g);
    for (const m of text.matchAll(CUT)) {
      if (cuts.has(Number(m[1])) || takenBack(text, m.index) || REFUSED_AFTER.test(text.slice(m.index + m[0].length))) continue;
      const listed = [...new Set(promos.map(([x, y]) => `满 ${x} 减 ${y}`))].join('、');
      return hit(m, `“${m[0]}”和资料里的店铺活动对不上（资料：${listed}）。减多少说错了，顾客下单时发现对不上，会觉得被骗。`, '说错店铺的满减活动');
    }
    const sums = new Set(money.flatMap((a) => money.map((b) => a + b)).concat(money));
    const payable = new Set(money.map((a) => Math.round(a * 100)));
    for (const s of sums) for (const [x, y] of promos) if (s >= x) payable.add(Math.round((s - y) * 100));
    // 到手248块9 is 248.9: the spoken decimal read as a point (one character for one, so the term stays in place).
    for (const m of text.replace(/(?<=\d)块(?=\d(?![\d.]))/g, '.').matchAll(PAID)) {
      if (payable.has(Math.round(Number(m[1] ?? m[2] ?? m[3]) * 100)) || takenBack(text, m.index)) continue;
      return hit(m, `“${m[0]}”算错了：按资料的价格和活动，实付不是这个数（满减要先达到门槛）。请先算清“合计 − 满减 = 实付”，再把算式告诉顾客核对。`, '算错实付金额');
    }
  }
  // 39元四只装的杯子 where the panel sells them 两只装: a pack said with another count.
  const packs = new Map<string, Set<number>>();
  for (const m of all.matchAll(PACK)) packs.set(m[2]!, (packs.get(m[2]!) ?? new Set()).add(readNumber(m[1]!)));
  for (const m of text.matchAll(PACK)) {
    const given = packs.get(m[2]!);
    if (!given || given.has(readNumber(m[1]!)) || takenBack(text, m.index)) continue;
    return hit(m, `“${m[0]}”和资料对不上：资料写的是${[...given].map((n) => `${n} ${m[2]}装`).join('或')}。件数说错，顾客收到会觉得少了。`, '说错商品的件数规格');
  }
  const thresholds = new Set([...money, ...promos.map(([x]) => x), ...[...all.matchAll(THRESHOLD)].map((m) => Number(m[1]))]);
  for (const m of text.matchAll(THRESHOLD)) {
    if (thresholds.has(Number(m[1])) || takenBack(text, m.index)) continue;
    return hit(m, `“${m[0]}”这个门槛在资料里找不到。编造的优惠条件，顾客凑了单却享受不到，会觉得被骗。`, '编造优惠门槛');
  }
  const given = (pattern: RegExp) => new Set([...all.matchAll(pattern)].map((m) => m[0].toLowerCase()));
  for (const [pattern, what] of [[RATE, '折扣'], [PERCENT, '比例']] as const) {
    const listed = given(pattern);
    for (const m of text.matchAll(pattern)) {
      if (listed.has(m[0].toLowerCase())) continue;
      return hit(m, `资料里没有“${m[0]}”这个${what}。编造的折扣或降价，顾客一核对就会失去信任。`, '编造折扣或降价');
    }
  }
  const couriers = given(COURIER);
  for (const m of text.matchAll(COURIER)) {
    if (couriers.size === 0 || couriers.has(m[0].toLowerCase()) || TAKEN_BACK.test(clauseBefore(text, m.index)) || /[不没别]/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    return hit(m, `资料写的快递是${[...couriers].join('、')}，说成“${m[0]}”，顾客会按错的快递查件、等件。`, '说错快递公司');
  }
  // 包裹是用顺丰发出的 where the order went by 中通 and 顺丰 is only for a replacement: both couriers are in the
  // panel, so each is checked against the shipment it is named for.
  const roles = courierRoles(scenario);
  if (roles.sent.size > 0 && roles.again.size > 0) {
    for (const clause of clausesOf(text)) {
      // A clause that follows the parcel already on its way (顺丰那边一有更新, 催一下中通) names its courier too.
      // 再用中通给您补发 where the panel sends a replacement by 顺丰: the replacement's courier is checked too.
      if (AGAIN.test(clause.text) && /补发|重发|补寄/.test(clause.text)) {
        const m = courierNotOf(clause.text, roles.again, roles.sent);
        if (m) return courierFinding(clause.start, m, `资料写明补发用${[...roles.again].join('、')}，${m[0]}是这单原来的快递。说错补发的快递，顾客会盯错单号，也就没有了换快递的意义。`);
      }
      if (!(SENT.test(clause.text) || TRACKING.test(clause.text)) || AGAIN.test(clause.text) || /[吗？?]$|如果|要是|的话/.test(clause.text)) continue;
      const m = courierNotOf(clause.text, roles.sent);
      if (m) return courierFinding(clause.start, m, `资料写明这单是${[...roles.sent].join('、')}发出的，${m[0]}只用于补发。说错发货的快递，顾客会拿单号到错的快递查件。`);
    }
  }
  const colours = given(COLOUR);
  for (const m of text.matchAll(COLOUR)) {
    const name = m[0].slice(0, -1);
    if (colours.size === 0 || colours.has(m[0]) || all.includes(name)) continue;
    return hit(m, `资料里没有“${m[0]}”。核对或介绍时说错颜色，顾客收到的和说的不一样，就是纠纷。`, '说错商品颜色');
  }
  // 藏青这批是预售 names the colour without 色: two characters or more are enough here.
  for (const m of text.matchAll(STOCK_COLOUR)) {
    if (m[1]!.length < 2) continue;
    const name = m[1]!.replace(/色$/, '');
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const said = (pattern: RegExp) => new RegExp(`${name}色?[^。；;，,\\n]{0,8}?(?:${pattern.source})`).test(all);
    const clause = after.split(/[，。！？,!?]/)[0]!;
    // 您不用担心雾蓝没货: her worry named, to be waved away.
    if (/担心|以为|怕/.test(clauseBefore(text, m.index))) continue;
    if ((OUT_OF_STOCK.test(clause) || STOCK_LATER.test(clause)) && !/有现货/.test(after) && said(/现货|有货/) && !said(OUT_OF_STOCK)) {
      return hit(m, `资料写明${m[0]}有现货，说成缺货或预售，会让顾客放弃本来能买到的商品。`, '说错库存情况');
    }
  }
  // 白色、浅灰、米色都有现货 where the panel gives 白色 as sold out or on pre-sale: the customer orders a colour
  // that cannot ship. The colours are the ones the shop's texts put right before a sold-out word.
  const soldOut = soldOutColours(scenario);
  if (soldOut.size > 0) {
    for (const clause of clausesOf(text)) {
      const claim = IN_STOCK.exec(clause.text);
      if (!claim || /[吗？?]$/.test(clause.text) || /除了|除去|只有|仅有|就剩|以外|之外/.test(clause.text.slice(0, claim.index))) continue;
      // 白色现货没了 / 白色没有现货: the stock word is negated.
      if (/(?:不是|没有|没|无|不)$/.test(clause.text.slice(0, claim.index)) || /^[^，。]{0,2}(?:没|卖完|售罄|断)/.test(clause.text.slice(claim.index + claim[0].length))) continue;
      for (const m of clause.text.slice(0, claim.index).matchAll(STOCK_COLOUR)) {
        const stem = m[1]!.replace(/色$/, '');
        if (!soldOut.has(stem) || (stem.length === 1 && !m[1]!.endsWith('色'))) continue;
        // 白色没货，浅灰有现货 within one clause: the sold-out colour is said to be out before the claim.
        const between = clause.text.slice(m.index + m[0].length, claim.index);
        if (OUT_OF_STOCK.test(between) || STOCK_LATER.test(between) || /没|缺|无货|暂无|[买卖]完|[买卖]光|[买卖]断|断货|售罄|不足|等/.test(between)) continue;
        const start = clause.start + m.index;
        return { term: m[0], start, end: start + m[0].length, feedback: `资料写明${m[0]}${/预售/.test(soldOutText(scenario, stem)) ? '是预售' : '已售罄'}，说成有现货，顾客下单后发不出货，就是纠纷。请按资料逐个说明每个颜色的库存。`, misconception: '说错库存情况' };
      }
    }
  }
  // A price quoted for the wrong model: 推荐 4.5 升的……只要 199 元 where 199 is the 3 升 model's price.
  const models = new Map<number, Set<number>>();
  for (const m of all.matchAll(MODEL_PRICE)) models.set(Number(m[1]), (models.get(Number(m[1])) ?? new Set()).add(Number(m[2])));
  if (models.size > 1) {
    const prices = new Set([...models.values()].flatMap((set) => [...set]));
    for (const m of text.matchAll(QUOTED_PRICE)) {
      // 从199元的2L款到369元的5L款: the ends of a range, each with its own model.
      if (/到|至|～|~/.test(m[0])) continue;
      const own = models.get(Number(m[1]));
      if (!own || own.has(Number(m[2])) || !prices.has(Number(m[2]))) continue;
      return hit(m, `“${m[0]}”把别的款式的价格安到了这一款上：资料写的是 ${m[1]} 升 ${[...own].join(' 或 ')} 元。报错价格，顾客下单时会觉得被骗。`, '说错商品价格');
    }
  }
  const limits = numbers(all, COUPONS);
  for (const m of text.matchAll(COUPONS)) {
    if (limits.size === 0 || limits.has(readNumber(m[1]!))) continue;
    return hit(m, `“${m[0]}”和资料对不上：资料写明每人限领 ${[...limits].join(' 或 ')} 张。说错领券规则，顾客领不到或用不了，会觉得被骗。`, '说错领券规则');
  }
  if (/限(?:领)?(?:1|一)张|不可叠加|不能叠加/.test(all)) {
    for (const m of text.matchAll(UNLIMITED)) {
      if (TAKEN_BACK.test(clauseBefore(text, m.index)) || /不/.test(text[m.index - 1] ?? '')) continue;
      return hit(m, `“${m[0]}”和资料对不上：资料写明券每人限领 1 张。说错领券规则，顾客领不到或用不了，会觉得被骗。`, '说错领券规则');
    }
  }
  const dates = new Set([...all.matchAll(DATE), ...all.matchAll(DOTTED_DATE)].map((m) => `${Number(m[1])}/${Number(m[2])}`));
  for (const m of text.matchAll(DATE)) {
    if (dates.has(`${Number(m[1])}/${Number(m[2])}`)) continue;
    return hit(m, `“${m[0]}”在资料里找不到，活动和服务的日期以资料为准。报错日期，顾客会错过活动或白等。`, '报出的日期与资料不符');
  }
  if (dates.size > 0) for (const m of text.matchAll(FOREVER)) return hit(m, `“${m[0]}”和资料对不上：资料写明了活动日期。把限时活动说成长期有效，顾客过期再来就用不了。`, '说错活动期限');
  const hour = (m: RegExpMatchArray) => Number(m[2]) + (m[1] === '下午' || m[1] === '晚上' || m[1] === '今晚' ? (Number(m[2]) < 12 ? 12 : 0) : 0);
  const cutoffs = new Set([...all.matchAll(CUTOFF)].map(hour));
  for (const m of text.matchAll(CUTOFF)) {
    const h = hour(m);
    if (cutoffs.size === 0 || cutoffs.has(h) || (!m[1] && cutoffs.has(h + 12))) continue;
    return hit(m, `“${m[0]}”和资料对不上：资料写明的时间是 ${[...cutoffs].map((c) => `${c}:00`).join(' 或 ')}。说错截单时间，顾客按错的时间付款就赶不上发货。`, '说错截单时间');
  }
  const spans = new Set([...all.matchAll(PEOPLE_SPAN)].map((m) => `${readNumber(m[1]!)}-${readNumber(m[2]!)}`));
  for (const m of text.matchAll(PEOPLE_SPAN)) {
    if (spans.size === 0 || spans.has(`${readNumber(m[1]!)}-${readNumber(m[2]!)}`)) continue;
    return hit(m, `“${m[0]}”和资料里的适用人数对不上。说大了，顾客买回去不够用；说小了，又会多花钱。请按资料说明适用人数。`, '说错适用人数');
  }
  const most = Math.max(0, ...numbers(all, PEOPLE), ...[...spans].map((s) => Number(s.split('-')[1])));
  for (const m of text.matchAll(PEOPLE_AMOUNT)) {
    if (most === 0 || readNumber(firstGroup(m)!) <= most) continue;
    return hit(m, `“${m[0]}”超出了资料写的适用人数。夸大容量，顾客买回去发现不够用，会觉得被骗。`, '说错适用人数');
  }
  // 只要补7.5元 where the panel's surcharge is 15 元: a surcharge the shop never set.
  const surcharges = new Set([...all.matchAll(SURCHARGE)].map((m) => Number(m[1])));
  for (const m of text.matchAll(SURCHARGE)) {
    if (surcharges.size === 0 || surcharges.has(Number(m[1])) || takenBack(text, m.index)) continue;
    return hit(m, `“${m[0]}”和资料对不上：资料写明要补 ${[...surcharges].join(' 或 ')} 元。说错补的钱，顾客付款时对不上，会觉得被骗。`, '说错补运费的金额');
  }
  // 相当于杯子只要9块 where 188 − 169 is 19: the sum for one item worked out wrong.
  if (promos.length > 0) {
    // The product with one more priced thing (or a second of itself), less the reduction: what one item comes to.
    const price = scenario.product.price;
    const each = new Set<number>();
    for (const b of new Set(money)) {
      for (const [x, y] of promos) {
        if (price + b < x) continue;
        const paid = price + b - y;
        each.add(Math.round((paid - price) * 100));
        for (const k of [2, 3]) each.add(Math.round((paid / k) * 100));
      }
    }
    for (const m of text.matchAll(EACH)) {
      const v = Math.round(Number(m[1]) * 100);
      if (each.has(v) || [...each].some((e) => Math.abs(e - v) <= 50) || takenBack(text, m.index)) continue;
      return hit(m, `“${m[0]}”算错了：按资料的价格和满减算，单件折下来不是这个数。请把“实付 − 原来要付的”或“实付 ÷ 件数”算清楚，再告诉顾客。`, '算错单件价格');
    }
  }
  // 18档功能菜单 where the card gives 12 档.
  const specs = new Map<string, Set<number>>();
  for (const m of all.matchAll(SPEC)) specs.set(m[2]!.replace(/预设/, ''), (specs.get(m[2]!.replace(/预设/, '')) ?? new Set()).add(Number(m[1])));
  for (const m of text.matchAll(SPEC)) {
    const own = specs.get(m[2]!.replace(/预设/, ''));
    if (!own || own.has(Number(m[1]))) continue;
    return hit(m, `“${m[0]}”和商品卡片对不上：卡片写的是 ${[...own].join(' 或 ')}${m[2]}。参数说错，顾客收货一对就会觉得被骗。`, '说错商品参数');
  }
  // 304内胆 where the card gives 316 不锈钢内胆.
  const grades = new Set([...all.matchAll(STEEL)].map((m) => m[1]!));
  for (const m of grades.size > 0 ? text.matchAll(STEEL) : []) {
    if (grades.has(m[1]!)) continue;
    return hit(m, `“${m[0]}”和商品卡片对不上：卡片写的是 ${[...grades].join(' 或 ')} 不锈钢内胆。用料说错，顾客收货一对就会觉得被骗。`, '说错商品参数');
  }
  // A time given for the same kind of thing (48 小时内退款 for 两天内退款), or any span in the same unit: 72 小时
  // is not the customer's 3 天 since delivery.
  const timed = new Set([...all.matchAll(DURATION)].map((m) => (m[1] ? minutes(readNumber(m[1]), m[2]!) : minutes(readNumber(m[3]!), m[4]!))));
  const sameUnit = [...all.matchAll(ANY_DURATION)].map((m) => `${readNumber(m[1]!)}${m[2]}`);
  for (const m of text.matchAll(DURATION)) {
    const [value, unit] = m[1] ? [m[1], m[2]!] : [m[3]!, m[4]!];
    if (timed.has(minutes(readNumber(value), unit)) || sameUnit.includes(`${readNumber(value)}${unit}`)) continue;
    return hit(m, `“${m[0]}”和资料对不上，时间以资料为准。报错时间，顾客按错的时间等、按错的方法用，都会出问题。`, '报出的时间与资料不符');
  }
  return undefined;
}

/**
 * The first claim of a reply (NFKC, as typed) that the scenario contradicts or does not support, or undefined.
 * @example unsupportedClaim(scenario, '券是满99减30') // { term: '满99减30', … } when the panel says 满 199 减 30
 */
export function unsupportedClaim(scenario: Scenario, raw: string): UnknownFact | undefined {
  // Read without spaces (满 199 减 20 is 满199减20), then point back into the text as typed.
  const typed = raw.normalize('NFKC');
  // A space between two digits stays a break (满300减20 368 is not 满300减20368).
  const at: number[] = [];
  let text = '';
  for (let i = 0; i < typed.length; i++) {
    const space = typed[i] === ' ' || typed[i] === '\t';
    if (space && !(/\d/.test(text.at(-1) ?? '') && /^[ \t]*\d/.test(typed.slice(i + 1, i + 8)))) continue;
    if (space && /[ \t]/.test(typed[i - 1] ?? '')) continue;
    at.push(i);
    text += space ? '，' : typed[i];
  }
  // Wrong acts (wrong-acts.ts): a concession, a push, going along with a scammer, blaming the customer …
  const act = wrongAct(scenario, text);
  const found = byRules(scenario, text) ?? byNumbers(scenario, text) ?? deniedFeature(scenario, text) ?? bySlots(scenario, text) ?? (act && { term: act.term, start: act.start, end: act.end, feedback: act.feedback, misconception: act.misconception });
  return found && { ...found, term: typed.slice(at[found.start], at[found.end - 1]! + 1), start: at[found.start]!, end: at[found.end - 1]! + 1 };
}

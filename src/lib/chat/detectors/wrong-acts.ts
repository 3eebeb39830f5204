import type { Scenario, UnknownFact } from '../types.ts';
import { readNumber } from './claims.ts';
import { PLACE, PLACES } from './places.ts';
import { scenarioTexts } from './scenario-texts.ts';

/**
 * Shared detectors of WRONG ACTS: things an agent does that are wrong in any scenario of the course, however
 * the reply is worded and whatever numbers it quotes — a concession the shop can't make (a price cut, free
 * shipping, a free upgrade), pushing a purchase against what the customer said she needs, asking her to add
 * items to reach a threshold, promising what nobody controls, going along with (or quarrelling with) a scammer,
 * blaming or lecturing the customer, sending her elsewhere, subscribing her to messages, asking for a good review,
 * taking her off the platform (微信, 私下转账), a gift or compensation the panel doesn't list, refusing what the shop
 * can do (a note on the order), talking her out of her request (退订, 退货), invented urgency, a procedure that costs
 * her (confirm receipt first, pay first where the shop pays).
 *
 * Each check reads a clause at a time: a negation earlier in the clause (不会给您降价, 我没法送, 不建议您再买)
 * or a take-back after the act (给您降价是不行的) lets it through, and so does a question (some checks: `inQuestions`,
 * `inConditions`) and a `verify` that looks again (a gift the panel lists). Words a scenario's own model
 * replies match are let through in that scenario (the scenario teaches them there), and some need the scenario to
 * say something (a price that can't be changed, shipping the customer pays, a need the customer stated).
 * Called from `unsupportedClaim` (claims.ts), so only on replies the rules gave points to. Linear in the
 * reply's length; per-scenario facts are read once.
 */

/** One kind of wrong act. */
export interface WrongActCheck {
  id: string;
  /** The act, in general service Chinese (global regexes, matched clause by clause). */
  pattern: RegExp;
  /** Whether the check applies in a scenario (read once per scenario). */
  applies?: (facts: ScenarioFacts) => boolean;
  /** Feedback to the student: what was wrong and what to do instead. */
  feedback: (term: string, facts: ScenarioFacts) => string;
  misconception: string;
  /** Words right before the act that make it a different, allowed act (a clause negation is always checked). */
  notAfter?: RegExp;
  /** The act is done in a question too (要不再考虑一下？ 是不是您选错了？). */
  inQuestions?: boolean;
  /** The act is done under a condition too (现在付的话我给您便宜5块, 到不了我赔您): an offer made on a condition is still made. */
  inConditions?: boolean;
  /**
   * Whether a negation earlier in the clause lets the match through (the default). A rule with a consequence
   * states its negative condition (不付款就会自动取消, 没人接就放驿站), so its check reads past one.
   */
  conditionNegates?: false;
  /** A last look at a match (its clause, the scenario's facts, the whole reply): false lets it through. */
  verify?: (match: RegExpMatchArray, clause: string, facts: ScenarioFacts, reply: string) => boolean;
}

/** What the checks need from a scenario, read once. */
export interface ScenarioFacts {
  scam: boolean;
  /** The shop's texts (panel, product card, hints, model replies), NFKC without spaces. */
  staff: string;
  /** The customers' words. */
  customer: string;
  /** The scenario's model replies, one per talking state. */
  models: string[];
  /** The panel says the agent cannot change prices. */
  fixedPrice: boolean;
  /** The panel says the customer pays for shipping somewhere (a surcharge, 买家承担). */
  paidShipping: boolean;
  /** The customer stated a limit on what she needs (a budget, only one, enough). */
  statedNeed: boolean;
  /** The shop's texts about gifts and compensation (赠品, 送, 补偿 …), to tell a listed gift from an invented one. */
  giftText: string;
  /** The panel says the agent can write a note on the order (备注). */
  notes: boolean;
  /** The panel lets the customer pay first and be paid back (垫付, 运费险). */
  payFirst: boolean;
  /** The shop's and the customer's words together, and the times of day they give (minutes). */
  texts: string;
  times: number[];
}

/** The times of day a text gives, in minutes (23:40, 9点, 下午4点半, 16点05分). */
function clockTimes(text: string): number[] {
  return [...text.matchAll(/(\d{1,2})(?:[:：](\d{2})|点(?:(\d{1,2})分?|(半))?)/g)].map((m) => Number(m[1]) * 60 + (m[4] ? 30 : Number(m[2] ?? m[3] ?? 0)));
}

/** The customer names where she is, and no place of hers is remote (places.ts). */
function freeForHer(customer: string): boolean {
  const regions = [...customer.matchAll(PLACE)].map((m) => PLACES[m[0]]);
  return regions.length > 0 && !regions.includes('remote');
}

const squeeze = (texts: string[]) => texts.join('\n').normalize('NFKC').replace(/[ \t]/g, '');

const factsCache = new WeakMap<Scenario, ScenarioFacts>();
export function scenarioFacts(scenario: Scenario): ScenarioFacts {
  let found = factsCache.get(scenario);
  if (found) return found;
  const staff = squeeze(scenarioTexts(scenario, { customers: false }));
  const customer = squeeze(Object.values(scenario.states).flatMap((state) => state.customer));
  const models = Object.values(scenario.states).flatMap((state) => ('end' in state ? [] : [state.model.normalize('NFKC').replace(/[ \t]/g, '')]));
  found = {
    scam: scenario.kind === 'scam',
    staff,
    customer,
    models,
    fixedPrice: /(?:没有|无|不具备)(?:议价|改价)|(?:不能|无法|不可以|不可)(?:议价|改价|降价|抹零)|价格统一|抹零也是改价/.test(staff),
    // Where the customer names her place and it is not a remote one (成都), the surcharge is not hers.
    paidShipping: !freeForHer(customer) && /(?:加收|补|另付|另收|需付|收取)(?:运费|邮费)|运费[^。；\n]{0,12}?(?:买家|顾客|您|自己)(?:承担|出|自理|付)|(?:买家|顾客)(?:承担|出|自付)[^。；\n]{0,4}?运费|运费\d{1,3}元|\d{1,3}元(?:的)?运费/.test(staff),
    // Sentences that rule a thing out as a gift (玻璃杯单独销售，不在赠品范围内) or ask about one (玻璃杯能送吗？) do not list it.
    giftText: [...staff.matchAll(/[^。；\n]{0,20}(?:赠|送|补偿|红包|返)[^。；\n]{0,30}/g)].map((m) => m[0]).filter((s) => !/不在赠|不赠|不送|送不了|单独销售|单独卖|另购|[？?]/.test(s)).join('\n'),
    notes: /备注/.test(staff),
    payFirst: /垫付|运费险|先行?(?:支付|付)/.test(staff),
    texts: staff + customer,
    // With their twelve-hour twins (8点 for 20:00).
    times: clockTimes(staff + customer).flatMap((t) => [t, t + 720, t - 720]),
    statedNeed: /预算|只要|只想|只需要|只买|就要|不需要|不用(?:太|那么)?(?:大|多|贵)|够用|一个人用|就够|别(?:给我)?推荐|不想多买|不要别的|不买别的/.test(customer),
  };
  factsCache.set(scenario, found);
  return found;
}

/** 您/你 */
const Y = '(?:您|你)';
/** Giving to the customer: 给您, 帮您, 为您, 替您. */
const FOR_YOU = `(?:给|帮|为|替)${Y}`;
const N = '(?:\\d{1,4}|[一二两三四五六七八九十几]{1,3})';

/** A negation, refusal or hedge earlier in the clause: the act is not done (付不了 is a complement: it negates its own verb). */
const NEGATED = /不(?!仅|但|过|好意思|客气|错|少|久|停|了)|没(?!问题)|(?<![区分特告识级])别(?![人家的处])|勿|无法|无需|未|拒绝|禁止|千万|严禁|绝不|并非|而不是|谨防|小心|警惕|防止|以免|避免/;
/** Words after the act that take it back: 给您降价是不行的, 抹零做不到 (an A-not-A question, 能不能, takes nothing back). */
const TAKEN_BACK_AFTER = /^(?:不了|不掉|不得|不起)|^[^，。！？；,!?;\n]{0,10}?(?:是)?(?:(?<!行)不行|(?<!可)不可以|(?<!能)不能|做不到|办不到|没办法|不允许|不被允许|违规|不合规|禁止|违反)/;
/** A clause that asks (the customer's question repeated, or a check) does not do the act. */
const QUESTION = /[吗么？?]$|是否|如果|要是|假如|的话/;
/** A clause that only asks (a condition is not enough). */
const ASKS = /[吗么？?]$|是否/;


const CHECKS: readonly WrongActCheck[] = [
  {
    id: 'ask-review',
    pattern: new RegExp(
      [
        `(?:好评|五星|5星|晒图|追评)(?:后|就)?(?:返现|返|送|有礼|有红包|红包|返红包|给${Y})`,
        `(?:给|帮|打)(?:我们|个|一个)?(?:个)?(?:好评|五星|5星|满分)`,
        `(?:改|删|撤|修改)(?:成|掉|了|一下)?(?:好评|差评|评价|中评)`,
        `(?:好评|差评|评价)(?:改|删|撤)(?!不)`,
        `(?:返现|红包|补偿)[^，。！？,!?]{0,6}?(?:好评|评价)`,
        `差评[^，。！？,!?]{0,8}?影响`,
      ].join('|'),
      'g',
    ),
    notAfter: /不|别|没|勿/,
    // 方便的话帮我们把评价改一下: asking on a condition is still asking.
    inConditions: true,
    feedback: (term) => `“${term}”是在向顾客要好评、要她改评：平台禁止诱导评价，用返现、补偿换好评还会被处罚。请只把问题解决好，评价由顾客自己决定。`,
    misconception: '索要或诱导好评',
  },
  {
    id: 'price-concession',
    pattern: new RegExp(
      [
        `${FOR_YOU}(?:把[^，。！？,!?]{0,8}?)?(?:便宜|降价|降一点|降点|减价|减掉|改价|改个价|改一下价|改下价|抹零|抹掉|抹了|抹个零|少算|少收|打(?:个)?折|让[\\d一二两三四五六七八九十几]|补(?:个)?差价|退(?:个)?差价|申请(?:个)?(?:特价|优惠价|折扣|降价))`,
        `(?:零头|尾数)(?:就)?(?:给${Y})?(?:抹|去|免|不要|不收)`,
        `抹(?:个|掉|了)?零`,
        `(?:便宜|少收|少算)${Y}${N}(?:元|块)`,
        `(?:价格|价钱|单价|总价)(?:给${Y}|帮${Y})?(?:改|降|调|减)(?:成|到|为|低|下来|一下|一点)`,
        `(?:改|降|调)(?:成|到)${N}(?:元|块)`,
        `(?:差价|价差)(?:我们|我)?(?:给${Y}|帮${Y})?(?:补|退)`,
        // 给您改成319, 帮您改到339吧, 减到5元: a new price named without a unit
        `(?:给${Y}|帮${Y})(?:申请)?(?:改价)?(?:改|调|降|减)(?:价)?(?:成|到|为)${N}(?=元|块|吧|了|呀|哦|啊|的价|$)`,
        `(?:改|降|减)价?(?:成|到)${N}(?=吧|了|呀|哦|啊|$)`,
        // 私下再给您多减20元, 给您电饭煲便宜15块
        `${FOR_YOU}[^，。！？,!?]{0,6}?(?:多减|再减|便宜|少|让)${N}(?:元|块)`,
        `私下再(?:给${Y})?(?:多)?(?:减|便宜|优惠|让|改)|私下(?:给${Y})?多(?:减|让)`,
        `${FOR_YOU}打(?:个)?[一二三四五六七八九\d](?:\.\d|五)?折`,
        // 返您20元, 退您50元差价, 补30块差价
        `返${Y}?${N}(?:元|块)|(?:退|补)${Y}?${N}(?:元|块)(?:钱)?(?:的)?差价`,
        `把(?:券|优惠券|价格|价钱)改(?:成|为)`,
        `就当(?:是)?(?:我们)?(?:送|白送)(?:给)?${Y}`,
        // 我按3升的199元给您算: another price
        `按[^，。！？,!?]{0,6}?${N}(?:元|块)(?:的价(?:格|钱)?)?(?:给${Y}|帮${Y})(?:算|结)`,
        // 没到199，券照样能用: a coupon's threshold waived
        `券(?:照样|一样|也|还是)(?:能|可以)(?:用|减)|(?:照样|一样)(?:能|可以)?用券`,
        // 先给您全额退款，锅到了您照收不用退: a refund with the goods kept
        `照收不用退|(?:照收|照样收)(?:下|着)?(?:就行|就好|不用退)?(?=[，。！？,!?～~]|$)`,
        // 280的话我去跟主管说一下，应该可以给您改
        `(?:可以|能)给${Y}改(?!地址|备注|颜色|收货|款|型号|成其他|成别的)`,
      ].join('|'),
      'g',
    ),
    inConditions: true,
    feedback: (term, f) =>
      `“${term}”是在擅自让价：${f.fixedPrice ? '资料写明客服没有议价、改价权限，' : '客服没有改价权限，'}价格对所有顾客统一，答应了做不到，顾客会觉得被骗。请礼貌说明价格统一、不能改价，再介绍店铺已有的活动或可申请的赠品。`,
    misconception: '擅自降价、抹零或补差价',
  },
  {
    id: 'free-shipping',
    pattern: new RegExp(
      `${FOR_YOU}(?:把[^，。！？,!?]{0,6}?)?(?:包邮|免(?:掉|了|去)?(?:运费|邮费)|减免运费|出运费|承担运费|报销运费)|运费(?:就)?(?:我们|我)(?:来)?(?:出|承担|包|报销|给${Y}免)|(?:免费|全部)?包邮(?:给${Y}|寄给${Y})|运费(?:给${Y})?(?:免|减免|全免|不收)(?:了|掉)?|把运费退(?:给)?${Y}|运费退(?:给)?${Y}|退${Y}运费`,
      'g',
    ),
    applies: (f) => f.paidShipping,
    inConditions: true,
    feedback: (term) => `“${term}”是店铺没有给出的让步：资料写明这笔运费要由顾客承担，客服不能私自免掉。请说明运费规则和原因，再看看有没有资料里给的办法（例如运费险）。`,
    misconception: '擅自免运费',
  },
  {
    id: 'free-upgrade',
    pattern: new RegExp(`(?:免费|不加钱|不用加钱|不补差价)(?:给${Y}|帮${Y})?(?:升级|换成|换个|换一个|升到|换大|换贵)|${FOR_YOU}(?:免费)?(?:升级(?:成|到)|换成(?:大|贵|高配))`, 'g'),
    inConditions: true,
    feedback: (term) => `“${term}”是店铺没有给出的让步：免费升级、换成别的款式不在客服权限内。请按资料给出的办法处理，拿不准的先向主管申请，不要先答应顾客。`,
    misconception: '擅自答应免费升级或换款',
  },
  {
    id: 'push-purchase',
    pattern: new RegExp(
      [
        `(?:建议|推荐|不如|干脆|最好|还是)${Y}?(?:再|多|顺便|顺手|额外){1,2}(?:买|拍|入|带|加购|囤|下单)`,
        `(?:再|多|顺便|顺手|额外)(?:买|拍|入|带|囤)(?:一|两|几|个|份|只|套|盒|件|点)`,
        `(?:直接|一步到位)(?:买|选|拿|拍|上)(?:我们的|我们家的|这款)?(?:大|贵|高配|顶配|豪华|旗舰|更好|\\d(?:L|升)大)`,
        `(?:买|选|拿|拍|上)(?:更大|更贵|大一点|贵一点|大号|高配|顶配|豪华)`,
        `(?:升级|换)(?:到|成)?(?:大|贵|高配|顶配|豪华|更大|更好)[^，。]{0,4}?(?:款|的|号|版|型)`,
        `多花${N}(?:元|块)`,
        `(?:不差|也就多|才多|只多)(?:这|那)?${N}(?:元|块)`,
        // 再加38元买个礼盒, 加20元升级加急; 必须一起买, 不买会后悔
        `(?:再)?加${N}(?:元|块)(?:钱)?(?:就能|就可以|可以)?(?:升级|买|换|加购|选|上)`,
        `建议${Y}?(?:两|几)(?:只|个|台|套)一起(?:买|拍|拿)`,
        `(?:必须|一定|都得)(?:一起)?(?:都)?(?:得)?买(?:上)?|不买(?:会|就)?后悔`,
        `(?:凑不上|用不上)[^，。！？,!?]{0,6}?(?:真的)?亏|真的亏|太亏了|买一只(?:就)?亏|这点钱|(?:也)?没多多少|(?:干脆|直接)(?:买|拍)(?:[三四五]|两|几)(?:只|个|套|台)|还是(?:两|几)(?:只|个|台|套)一起(?:买|拍|拿)`,
      ].join('|'),
      'g',
    ),
    applies: (f) => f.statedNeed,
    feedback: (term) => `“${term}”是在推销：顾客已经说了自己的需要（预算、用量或只买这一件），再推更多、更贵的东西，她会觉得你只想多卖。请按她说的需要推荐，合适的就说合适，不要硬加。`,
    misconception: '不顾顾客需要推销',
  },
  {
    id: 'pad-order',
    pattern: new RegExp(
      [
        `凑(?:单|满|够|一下|个|一|点|到)`,
        `(?:再|多)(?:买|拍|加|选)[^，。！？,!?]{0,10}?(?:就|才)(?:能|可以|可)?(?:满|用券|用上|享受|参加|包邮|减)`,
        `(?:差|还差)${N}(?:元|块)(?:钱)?(?:就|才)(?:能|可以)?(?:满|用|享|包邮|减)`,
        `(?:加|添)(?:购|点|个|一)[^，。！？,!?]{0,8}?(?:就|才)(?:能|可以)?(?:满|用|享|包邮|减)`,
      ].join('|'),
      'g',
    ),
    // Off where the scenario teaches reaching a promotion (凑单, 加购), or its model reply reaches one with a
    // second item the customer wants (两只 218 元，正好满 199 减 20).
    applies: (f) =>
      !/凑单|凑满|加购/.test(f.staff.replace(/(?:不|别|勿|禁止)(?:要)?(?:诱导|引导)?(?:顾客)?凑单/g, '')) && !f.models.some((m) => /(?:两|2)(?:只|个|件|台)[^。]{0,12}?满/.test(m)),
    notAfter: /以后|下次/,
    feedback: (term) => `“${term}”是在让顾客凑单：为了用优惠让她多买用不上的东西，她会觉得被套路。请按她的需要算清实付，优惠够得着就说明，够不着也如实告诉她。`,
    misconception: '引导顾客凑单',
  },
  {
    id: 'uncontrolled-promise',
    pattern: new RegExp(
      `(?:保证|一定|肯定|绝对|百分百|包您|包你|打包票|放心)[^，。！？,!?]{0,6}?(?:不耽误|不会耽误|误不了|来得及|赶得上|准时|按时|通过|批下来|判${Y}|赢|成功|赔${Y}|给${Y}赔|退回来|不会再(?:出|有|坏|延误|晚)|让快递|让快递员|让物流)|(?:让|叫|催)快递(?:员|小哥)?(?:今天|明天|马上|立刻)?(?:一定|必须|务必)|(?:让|叫)快递(?:员|小哥)?(?:今天|明天|后天|周[一二三四五六日])[^，。！？,!?]{0,4}?(?:送到|上门|派送|送)`
      // 保证明天送到, 周五前百分之百到, 肯定能收到, 保证不会再碎
      + `|(?:保证|一定|肯定|绝对|百分百|百分之百|打包票)[^，。！？,!?]{0,8}?(?:送到|到货|送达|到${Y}|到手|能到|就到|就能到|收到|能用上|赶上|不会(?:再)?(?:碎|坏|糊|漏|出问题)|不糊|不碎|不坏|学会|学得会|一看就会|一学就会|会用|没有(?:任何)?(?:味道|异味)|没味|一点[^，。！？,!?]{0,2}都不|永远不|补上货|补到货|补货|到货|有货|到账|不用${Y}出|全额赔|[前内](?:就|能|一定)?(?:到|送到))`
      + `|(?:保证|一定|肯定|绝对|百分百|百分之百)(?:能|会|就|可以)?(?:到|送到)`
      // 快递员保证每次都会先打电话, 绝对不会放驿站, 完全不会有任何异味
      + `|(?:快递员|快递小哥|快递|派件员)(?:会|都)?(?:保证|一定|肯定|绝对|百分百)|(?:保证|一定|肯定|绝对|百分百)[^，。！？,!?]{0,4}?不会(?:放|丢|扔|送错)|(?:保证|一定|肯定|绝对|完全)[^，。！？,!?]{0,4}?不会有(?:任何)?(?:异味|味道|问题)|永远(?:都|也)?不会(?:有|坏|漏|生锈|变形|掉|出问题)|(?:\\d{1,2}|[一二三四五六七八九十])年(?:都|也)(?:不会|不)?(?:掉|坏|漏|生锈|变形)`,
      'g',
    ),
    notAfter: /尽|努力|争取/,
    inConditions: true,
    feedback: (term) => `“${term}”承诺了客服做不了主的结果：快递、审核和平台判定都不在你手里，说死了做不到，顾客会更失望。请说明你会做什么（催件、跟进、提交材料）和一般的时间，用“预计”“我会跟进”来说。`,
    misconception: '承诺无法掌控的结果',
  },
  {
    id: 'scam-compliance',
    pattern: new RegExp(
      [
        `(?:我|我们)?(?:马上|立刻|这就|现在|愿意|会|一定)?配合`,
        `(?:要|该|应该|需要|得)(?:怎么|如何)(?:操作|处理|弄|做|交|付|解冻)|(?:怎么|如何)(?:操作|解冻)`,
        `(?:需要|要)(?:我|我们)(?:提供|准备|做)(?:什么|哪些)`,
        `验证码(?:是(?:\\d|[0-9xX*]|多少)|发(?:您|你|给)|给(?:您|你)|可以给|马上|我先|我收到|念)|(?:提供|告诉(?:您|你))验证码`,
        `(?:发|给)(?:您|你|对方)(?:验证码)`,
        `(?:点|点击|打开|点开)(?:一下)?(?:这个|那个|你的|您的|陌生)?(?:链接|网址|页面)`,
        `(?:扫码|扫一下|扫二维码)(?:交|付|缴|转)?`,
        `(?:交|付|缴|转)(?:款|钱|保证金|押金|罚款|费用|这笔钱)`,
        `(?:发|给|提供)(?:一下|个)?(?:工牌|工号|证件|工作证|证明|详情|订单号|收款账户|官方账户|流程|步骤)`,
        // 我登录千牛后台交就行, 走官方渠道缴纳: the fake deposit taken as real
        `(?:登录|在|到)(?:千牛|后台|卖家中心)[^，。！？,!?]{0,6}?(?:交|缴)|(?:官方渠道|后台)(?:去)?(?:缴纳|交|缴)`,
        // 您可以直接联系我们主管周姐，她的电话是: the scammer handed to the shop's people
        `${Y}(?:可以)?(?:直接)?(?:联系|找|打给)(?:我们)?(?:的)?(?:主管|老板|店长|周姐)|(?:电话|手机|手机号)(?:是|号是)\\d`,
        `工号是多少|(?:能不能|能否|可以)(?:少|便宜|先交|分)`,
        `(?:加|添加)(?:我|我们)?(?:的)?(?:QQ|qq|微信|电话)`,
        // 链接我先点开看看, 把聊天记录删了, 打我们老板电话, 上网搜客服电话
        `链接[^，。！？,!?]{0,4}?(?:点开|打开|点进去|点一下)`,
        `(?:删|删除|清空)(?:了|掉)?(?:聊天)?(?:记录|截图|证据)|(?:聊天)?记录(?:删|删除|清)(?:了|掉)`,
        `打(?:我们|我)(?:的)?(?:老板|店铺|店里|店长)?(?:的)?电话|打(?:老板|店铺|店里|店长)(?:的)?电话|电话里(?:说|聊|谈|沟通)`,
        `(?:上网|网上|百度)(?:搜|查|找)`,
        `验证码[^，。！？,!?不没别]{0,16}?(?:才能|才可以|只能)(?:提供|给|发|告诉)`,
        `确实有[^，。！？,!?]{0,6}?(?:保证金|解冻|罚款)|去(?:千牛|后台|卖家中心)[^，。！？,!?]{0,6}?(?:交|缴)`,
        `旺旺[^，。！？,!?]{0,8}?(?:通知|为准)|以(?:对方|他|你)[^，。！？,!?]{0,10}?为准|(?:对方|他|你)[^，。！？,!?]{0,6}?(?:留的|给的|发的)[^，。！？,!?]{0,4}?(?:电话|链接|网址|热线|号码)|(?:在|往)链接(?:里)?填|(?:确实|偶尔|有时候?)[^，。！？,!?]{0,4}?(?:会)?(?:要|需要)验证码|按(?:他|对方|你)说的(?:做|处理|办)`,
        `(?:保证金|押金|罚款)[^，。！？,!?不没别]{0,10}?(?:去|来)?(?:交|缴|付)`,
        `(?:把|将)[^，。！？,!?]{0,10}?(?:发过来|发来|发给我|发我|提供一下|拿出来)`,
        // 平台工作人员只会在千牛里要验证码: the platform never asks for it anywhere
        `(?:只会|会|才会)在(?:千牛|后台|工作台)(?:里)?(?:要|索要|问)验证码`,
        // 她同意了我再发给你: the code promised on a condition
        `(?:我)?再发给(?:你|您)|同意了(?:我)?再`,
        // 她会联系对方谈一谈: the scammer drawn into a talk
        `(?:联系|找)对方(?:谈|聊|沟通)|(?:跟|和)对方(?:谈|聊|沟通)`,
        // 麻烦发个截图给我看看, 具体是哪笔订单: asking the scammer for details keeps the talk going
        `麻烦(?:你|您)?(?:先)?(?:发|提供|说明|给我)|具体是哪(?:笔|个|条|一)`,
        // 验证码给了也不会动钱: the code called harmless
        `(?:给|发|告诉)(?:了|他|她|对方|出去)?(?:也)?(?:不会(?:动|扣|少|有)|没事|没关系|无所谓|不要紧)`,
      ].join('|'),
      'g',
    ),
    applies: (f) => f.scam,
    notAfter: /不(?!过|仅|但)|别|没|勿|拒绝|怎么可能|哪有/,
    feedback: (term) => `“${term}”是在跟可疑账号走：平台不会私聊要验证码、扫码交钱或点链接，按对方说的做、向对方要证明或步骤，都可能让店铺被骗。请不点、不付、不给验证码、不再回复，截图留证，到官方渠道核实，并报告主管。`,
    misconception: '顺从或配合诈骗账号',
  },
  {
    id: 'scam-quarrel',
    pattern: new RegExp(`${Y}(?:这|这是|就是|是)?(?:个|种|样的)?(?:骗子|诈骗|在诈骗|涉嫌诈骗)|见多了|(?:别|不要)白费力气|${Y}这种骗术|${Y}自己去关|抓${Y}|${Y}再(?:发|来)(?:一条|一次)?试试|记下${Y}的|白费力气|(?:你|您)等着|后果自负|后果由${Y}|否则|曝光|遭报应|告你|滚`, 'g'),
    applies: (f) => f.scam,
    feedback: (term) => `“${term}”是在跟可疑账号争吵、威胁：骗子不会因此停手，回得越多越容易被带着走。请不再回复，截图留证，通过平台官方渠道举报，并报告主管。`,
    misconception: '与诈骗账号争辩或威胁',
  },
  {
    id: 'blame-customer',
    pattern: new RegExp(
      [
        `${Y}(?:是不是|是否|可能|应该是|估计|肯定)?(?:自己)?(?:没|没有|不)(?:看清|仔细看|认真看|看仔细|注意看|看说明|按说明|看详情|看页面|读说明)`,
        `${Y}(?:是不是|是否|可能|应该是|估计|肯定|自己)(?:自己)?(?:拍错|选错|点错|填错|弄错|搞错|看错|用错|摔|操作不当|使用不当|操作错)`,
        `${Y}(?:当时|当初|下次|以后)?(?:应该|早该|本该|要是早|得|要)(?:先|早点|仔细|注意|看清|好好)`,
        `(?:是|属于)${Y}(?:自己)?(?:的)?(?:问题|原因|责任|操作问题|使用问题)`,
        `${Y}(?:自己)(?:的)?(?:问题|原因|责任)`,
        `(?:人为|使用不当|操作不当)(?:造成|导致|损坏|的)`,
        // 应该是您使用方法不对, 多半是使用方法的问题, 您可能算错了
        `(?:是不是|应该是|肯定是|多半是|大多是|估计是)${Y}?(?:自己)?(?:的)?(?:使用|用法|操作|清洗|下单|方法|使用方法)[^，。！？,!?]{0,4}?(?:不对|不当|问题|错)`,
        `${Y}(?:的)?(?:使用方法|用法|操作)(?:不对|不当|有问题)`,
        `${Y}(?:是不是|可能|应该|估计|肯定|自己)?(?:自己)?(?:没)?(?:算错|没算对|算对|记错|选成|想多了)`,
        `(?:签收|下单|收货)(?:前|时)${Y}?(?:自己)?(?:应该|本该|早该|没)(?:仔细)?(?:当面)?(?:验货|验一下|仔细看|看清|看一下|看)`,
        `下次(?:要|记得|注意)?(?:看清|看仔细|仔细看|注意看)`,
        `(?:不能|别)怪我们|(?:跟|和)我们(?:店)?(?:没|没有)关系`,
        `(?:那是|这是)${Y}(?:的)?[^，。！？,!?]{0,4}?的问题|(?<=是)${Y}[^，。！？,!?]{0,16}?(?:造成|导致|弄)的`,
        `(?:肯定|一定|多半|大多)是${Y}|应该是${Y}(?:用|使用|操作|清洗|没|自己|下单)`,
        // 您没检查密封圈就给差评, 用完没及时清洗, 下次签收前最好先验货, 是不是点错颜色了
        `(?:没|没有)(?:检查|验货|看清|确认|仔细看)[^，。！？,!?]{0,6}?就(?:给|打|下|拍|来)|(?:没|没有)(?:及时|按时)(?:清洗|清理|洗|刷|倒掉)`,
        `下次[^，。！？,!?]{0,6}?(?:最好|要|记得|注意|应该|可以)?(?:先)?(?:当面)?(?:验货|检查|看清|确认|看仔细|仔细看|看一下|看看)`,
        `(?:下单|购买|买)(?:之)?前${Y}?(?:可以|要|应该|最好|记得)?(?:先)?(?:仔细|认真)?(?:看看|看一下|看清|看仔细|量好|量一下|比好|比一比|对比好|对比一下|对比|确认好)`,
        // 详情页颜色图都写得很清楚了: the fault put on her not reading
        `(?:详情页|详情|页面|商品页|说明书|图片|颜色图)[^，。！？,!?]{0,6}?(?:都|早就?)(?:写|标|说|注明)得?(?:很|挺|非常)?(?:清楚|明白)`,
        `是不是${Y}?[^，。！？,!?]{0,6}?(?:不小心|自己)[^，。！？,!?]{0,2}?(?:弄|摔|碰|拆|用)|是不是${Y}?[^，。！？,!?]{0,6}?(?:划到|磕到|摔到|碰到|弄坏|弄裂|摔了|碰了)|是不是${Y}?(?:自己)?(?:拍错|选错|点错|填错|弄错|搞错|看错|用错)|(?:顾客|大家|很多人|买家)(?:都是|大多是|一般是)?自己(?:拍错|选错|点错|填错|弄错|搞错|看错|用错)`,
        // 我们也有点冤, 别人都付得了, 说明书上早写了, 多用几次就熟了, 一百出头买不到什么好杯子
        `(?:我们)?也(?:有点|挺|很)?冤|(?:一般)?别人都(?:能|可以|付得了|用得了|会用|没问题)|说明书(?:上)?(?:都|早就?)(?:写|说|讲)|多(?:用|按|试)(?:几|两)次就(?:熟|会|习惯)|买不到(?:什么)?好`,
        `(?:可能|应该|估计|多半|一般|大多)是没(?:仔细|认真)?(?:看|按说明书|按说明)|都是(?:使用|用法|操作|方法)[^，。！？,!?]{0,4}?(?:问题|不对|不当)|好好(?:看看|看)(?:说明书|详情)|属于快递(?:公司)?的责任`,
        `(?:应该|可能|估计|多半)是${Y}(?:的)?(?:手机|网络|那边)`,
        // 您下单时也应该把时间考虑进去; 没人回复也是正常的, 滞留很正常: a fault excused as normal
        `${Y}[^，。！？,!?]{0,4}?(?:也)?应该(?:把|提前|早点|考虑)|(?:没人回|滞留|延误|慢)[^，。！？,!?]{0,6}?(?:也是|很|挺)?正常`,
        // 客服晚上本来就下班了, 都是自己没用对, 收快递时最好当面验货, 您可能不太了解现在的行情, 别太纠结价格
        `本来就(?:下班|没人|不上班|休息)|自己没(?:用对|用好|装好|装对|拧紧|看清)|没看说明书就|(?:收快递|收货|签收)(?:的)?时(?:候)?(?:最好|要|记得|一定)?(?:当面)?验货|${Y}(?:可能)?(?:不太|不)(?:了解|懂)(?:现在的)?(?:行情|市场)|别太纠结`,
        // 可能是您拆箱的时候不小心磕到了, 会不会是您下单的时候选错颜色了, 我们出库前都检查过的, 下次您可以早点下单, 物流慢也不是我们能控制的
        `(?:可能|应该|估计|多半)是${Y}[^，。！？,!?]{0,8}?(?:不小心|自己)|(?:会不会|是不是)(?:是)?${Y}[^，。！？,!?]{0,8}?(?:选错|拍错|点错|填错|看错)|(?:出库|发货|出厂)(?:前)?都(?:检查|核对|检验)过|下次${Y}?(?:可以)?早点(?:下单|买|拍)|不是我们能控制的|别光盯着|道理(?:肯定)?比我(?:更)?明白|(?:用法|方法)不太?对|${Y}下次注意`,
        `(?:当面|当着[^，。！？,!?]{0,6}?的面)(?:开箱)?验货`,
        // 新杯子头一个星期保温差一点是正常的, 您应该是没领券
        `差(?:一点|一些|点)?(?:是|也是|很|属于)(?:很)?正常|(?:应该|可能|估计)是没(?:领券|用券|领|用对)|影响(?:我们)?(?:店铺)?(?:的)?(?:数据|排名|权重|销量)`,
        // scolding her for bargaining
        `(?:请${Y}|${Y})以后不要再|对我们(?:店)?影响很?(?:不好|大)|(?:别|不要)再砍|太会砍|做生意(?:也)?不容易|又要(?:抹零|便宜|砍价|优惠|送)|想要什么就送什么`,
        // pushing the fault onto the courier instead of owning it
        `不是我们(?:店|这边|店铺)?的(?:问题|责任|原因)|是(?:中通|顺丰|圆通|韵达|申通|邮政|京东|快递)(?:那边|公司)?的(?:问题|责任|原因)|(?:可|也|又|并)不是${Y}?想要什么就(?:送|给)什么|责任在快递|快递(?:公司)?(?:太|很)?(?:暴力|粗暴)`,
      ].join('|'),
      'g',
    ),
    inQuestions: true,
    feedback: (term) => `“${term}”是在指责、教育顾客：不管原因在谁，这样说顾客只会更生气，也显得在推卸责任。请先道歉、承担该承担的，再说你怎么帮她解决。`,
    misconception: '指责或说教顾客',
  },
  {
    id: 'send-elsewhere',
    pattern: new RegExp(
      [
        `${Y}(?:可以|可)?(?:自己|直接|自行|先)(?:去|再)?(?:联系|找|问|打给|咨询|问问|联系一下)(?:一下)?(?:快递|物流|厂家|品牌方|平台|小二|保险|其他|别的|官方|售后|驿站|快递员)`,
        `${Y}(?:可以|可|去)?(?:联系|找|问|咨询)(?:一下)?(?:快递公司|快递员|厂家|品牌方|保险公司|平台客服)`,
        `(?:去|到)(?:问问|问|看看)?(?:别家|别的店|其他店|其他家|别的地方|线下|别的平台|其他平台)(?:再)?(?:买|看|问)?`,
        `${Y}(?:也)?(?:可以|可)?(?:自己)(?:在|去|到)?[^，。！？,!?]{0,8}?(?:看物流|查物流|查看物流|盯物流|跟进物流|刷新物流)`,
        // 后面您可以随时自己在订单页查物流: the follow-up handed back to her (也 offers it as one more way)
        `${Y}(?:可以|可)?随时自己(?:在|去|到)?[^，。！？,!?]{0,8}?(?:看物流|查物流|查看物流|盯物流|跟进物流|刷新物流)`,
        // 您到时候自己联系快递员, 您让阿姨自己跟快递说, 您自己看详情页吧
        `${Y}[^，。！？,!?]{0,6}?自己(?:去|再)?(?:跟|和|联系|找|问)(?:一下)?(?:快递|物流|平台|厂家|小二)`,
        `${Y}[^，。！？,!?]{0,4}?自己(?:去|再)?(?:看看|看|查|翻)(?:一下)?(?:[^，。！？,!?]{0,2}?)(?:详情页|说明书|页面|订单里)`,
        `(?:联系|找)(?:一下)?(?:平台)?(?:客服)?小二`,
        `${Y}[^，。！？,!?]{0,6}?自己(?:去)?(?:问|找|联系)(?:一下)?(?:中通|顺丰|圆通|韵达|申通|邮政|京东)`,
        `(?:直接)?打(?:中通|顺丰|圆通|韵达|申通|邮政|京东|快递)(?:公司)?(?:的)?(?:客服)?电话`,
        `(?:在|去|到)(?:附近|楼下|线下)(?:的)?(?:超市|商场|实体店|店)?(?:买|再买|看)`,
        // 您也可以先联系快递公司, 打仓库电话, 去找平台客服, 去问问厂家客服, 去那家买, 自己关注一下物流
        `${Y}(?:也)?(?:可以|可)?(?:先|直接|自己)?(?:去)?(?:联系|找|问|咨询)(?:一下)?(?:快递公司|快递员|厂家|品牌方|保险公司|平台客服|仓库)`,
        `打(?:一下)?(?:中通|顺丰|圆通|韵达|申通|邮政|京东|快递|仓库|厂家)(?:公司)?(?:的)?(?:售后|客服)?电话`,
        `(?:可以|可|就|再)?去(?:找|问问|问|联系|咨询)(?:一下)?(?:淘宝|天猫)?(?:平台|小二|厂家|快递公司|仓库|品牌方)`,
        `(?:去|到)那家(?:店)?(?:买|下单|拍)`,
        `(?<!我)自己(?:多)?(?:关注|盯|留意)(?:一下)?(?:物流|进度|快递|就行|就好)|(?:官网|官方网站)自己(?:盯|查|看)|自己盯着|自己去(?:平台)?(?:申请|处理|办)(?:退款|售后)?|(?:那家|别家)(?:也)?(?:可以)?考虑|(?:去|到)(?:当地|附近)(?:的)?(?:家电)?(?:维修店|维修点|门店)|(?:去|到)(?:附近的|楼下的)?超市|哪家合适就在哪家买`,
        // 您到时候再问值班客服吧，把情况跟他们说一下: she tells it all again
        `${Y}(?:最好|还是|可以)?明天(?:白天)?再(?:来)?(?:问|找|联系)|把[^，。！？,!?]{0,6}?情况(?:再)?(?:跟|和|给)[^，。！？,!?]{0,6}?(?:说|讲)(?:一下|一遍)|${Y}(?:到时候)?再(?:去)?问(?:一下)?(?:值班|晚班|其他|别的)?客服|(?:去|再)问(?:一)?下(?:中通|顺丰|圆通|韵达|申通|邮政|京东|快递)(?:客服)?`,
        `直接(?:去)?(?:联系|找)(?:一下)?快递(?:公司)?(?:理赔|索赔|赔)|(?:或者|也可以)(?:直接)?(?:联系|找|问)(?:一下)?(?:中通|顺丰|圆通|韵达|申通|邮政|京东|快递)`,
      ].join('|'),
      'g',
    ),
    inConditions: true,
    // 我去问问仓库 is the agent's own errand; 您也可以自己查物流 beside 我马上告诉您单号 offers one more way.
    verify: (m, clause, _f, reply) => !/我(?!们的)/.test(clause.slice(Math.max(0, m.index! - 8), m.index!)) && !(/也/.test(m[0]) && /我(?:会|马上|第一时间|这边会|一有)[^，。！？]{0,6}?(?:告诉|通知|发给?您|盯|跟进)/.test(reply)),
    feedback: (term) => `“${term}”是把顾客推到别处：按首问负责制，顾客找到你，就由你跟到底。请说你会替她去查、去联系、去跟进，有结果主动告诉她。`,
    misconception: '把顾客推给别人，没有首问负责',
  },
  {
    id: 'subscribe',
    pattern: new RegExp(
      `${FOR_YOU}(?:订阅|开通|设置|加入|拉进|拉入|关注|登记)(?:一下)?(?:了)?(?:[^，。！？,!?]{0,6}?)(?:消息|推送|提醒|通知|会员群|群|活动)|(?:每天|每周|天天|定期|经常|以后)(?:都)?(?:会)?(?:给${Y}|向${Y})(?:发|推送|推)|拉${Y}?(?:进|入)(?:群|会员群|粉丝群)|把${Y}(?:设成|设置成|设为)(?:接收|订阅)|(?:都)?设(?:成|为|置成)(?:了)?(?:接收|订阅|开启)`
        + `|(?:加进|加入|拉进|放进)[^，。！？,!?]{0,6}?(?:推送|名单|群|提醒)|(?:都|全部|全都)(?:给${Y})?(?:订阅|开通)(?:上|了)`,
      'g',
    ),
    feedback: (term) => `“${term}”是在没征得同意时给顾客订消息、拉群：回访和服务不能变成打扰。请只回答她问的，问她愿不愿意收消息，由她决定。`,
    misconception: '擅自给顾客订阅消息',
  },
  {
    id: 'off-platform',
    pattern: new RegExp(
      [
        `加(?:一下)?(?:我|${Y})?(?:个|一个)?(?:的)?(?:私人|个人)?(?:微信|vx|VX|QQ|qq)`,
        `(?:微信号|vx号|QQ号)(?:是)?[:：]?[A-Za-z0-9_]`,
        `(?:微信|支付宝|私下|私人)(?:上)?(?:直接)?(?:再)?(?:给${Y})?(?:转|返)(?:给)?${Y}|(?:微信|支付宝|私下)(?:上)?(?:给${Y})?(?:发|返)(?:个)?红包`,
        `(?:转|付)(?:给)?我(?:${N}|就行|吧)|转${N}(?:元|块)?(?:就行|就可以|就好|吧)`,
        `直接(?:微信|支付宝)?转(?:账|给${Y}|${Y})`,
        `收款码|(?:支付宝|微信)(?:账号|号)(?:发|给)`,
        `不用(?:走)?平台|(?:绕开|跳过)平台|比(?:走)?平台(?:退款)?(?:快|方便)`,
        // 把店里的钱转到个人账户, 加我们店的微信群
        `(?:转|挪|提)(?:到|进)(?:个人|私人)(?:的)?(?:账户|账号|卡|银行卡|支付宝|微信)`,
        `(?:微信|支付宝)(?:把|将)[^，。！？,!?]{0,6}?(?:转|返|退)(?:给)?${Y}`,
        `(?:加|进)(?:我们)?(?:店|店铺)?(?:的)?(?:微信|QQ|qq)群`,
        `(?:微信|支付宝)红包(?:返|转|发)(?:给)?${Y}`,
        `微信(?:倒是|也|还是)?(?:可以|能)加|(?:把|发)(?:我的)?微信号发给${Y}`,
        // 用支付宝直接转到店铺账号: paying outside the order, to whatever account
        `(?:微信|支付宝|银行卡)[^，。！？,!?]{0,4}?(?:转|付|汇|打)(?:款)?(?:到|进|给)(?:店铺|我们|我|公司|个人|私人|对公)`,
      ].join('|'),
      'g',
    ),
    // 钱转到个人账户出了问题没人能帮您追回 warns of the risk; it proposes nothing.
    verify: (_m, clause) => !/出了?问题|没人|风险|追回|没保障|不安全|被骗/.test(clause),
    inConditions: true,
    feedback: (term) => `“${term}”是把顾客带到平台外：私下加微信、转账、返现没有平台保障，出了问题顾客和店铺都说不清，平台也禁止。请所有沟通、付款、退款和补偿都在平台内按流程走。`,
    misconception: '把顾客引到平台外私下处理',
  },
  {
    id: 'extra-gift',
    pattern: new RegExp(
      [
        `(?:额外|另外|再|免费|做主|就|备注)(?:再)?(?:给${Y})?(?:加送|多送|送|赠送|赠)(?:给)?${Y}?(?:一|1|两|个|套|把|包|盒|只|台|张|瓶|本|份){0,3}([\\u4e00-\\u9fa5]{2,3})`,
        `送${Y}(?:一|1|两)?(?:个|套|把|包|盒|只|台|张|瓶|本|份)([\\u4e00-\\u9fa5]{2,3})`,
        `([\\u4e00-\\u9fa5]{2,3})(?:就|我)?(?:做主|免费)?送${Y}(?:了|吧)`,
        `把([\\u4e00-\\u9fa5]{2,3})(?:也)?(?:一起|一块)?(?:送|赠)(?:给)?${Y}`,
        // 包裹里多塞一个同款杯子
        `多(?:塞|放|给|送)(?:${Y})?(?:一|1|两)?(?:个|只|套|包|盒|把)([\\u4e00-\\u9fa5]{2,4})`,
        // 再免费给您加个礼品袋
        `(?:免费|额外|另外)(?:再)?给${Y}(?:加|多加|配|附)(?:一|1|个|套|把|包|盒|只|份){0,2}([\\u4e00-\\u9fa5]{2,3})`,
        `(?:补偿|赔)${Y}?${N}(?:元|块)|${N}(?:元|块)(?:钱)?(?:的)?(?:红包)?(?:作为|当|做)?补偿|(?:现金|红包|运费)补偿|(?:发|转|补)${Y}?(?:个|一个)?(?:${N}(?:元|块))?(?:的)?红包|赔${Y}(?:双倍|三倍|两倍)|(?:双倍|三倍)(?:赔|差价)`,
      ].join('|'),
      'g',
    ),
    // A gift the panel lists (可申请的赠品) is fine: the item named after 送 is looked up in the shop's words about gifts.
    verify: (m, clause, f) => {
      const found = m.slice(1).find((g) => g !== undefined);
      if (found === undefined) return !/红包|补偿|赔/.test(f.giftText) || /双倍|三倍|两倍/.test(m[0]);
      // The thing given, without a counter or a repeated verb in front (赠赠一盒除垢剂 names 除垢剂); a counter
      // with nothing named after it (做主送您一套) gives something all the same.
      const after = clause.slice(m.index! + m[0].length, m.index! + m[0].length + 3);
      const item = (found + after).replace(/^[一两二三1-9个套把包盒只台张瓶本份送赠再给]+/, '');
      if (item.length < 2 || !/^[\u4e00-\u9fa5]{2}/.test(item)) return /[一两个套把包盒只台张瓶本份]$/.test(found) && !/^\d/.test(after);
      if (/一下|您|你|到|给|过去|出|回|货|达/.test(item.slice(0, 1))) return false;
      // Listed when any two characters of the named thing are in the shop's gift words (饭勺, 一盒除垢剂).
      for (let i = 0; i + 2 <= Math.min(item.length, 5); i++) if (f.giftText.includes(item.slice(i, i + 2))) return false;
      return true;
    },
    inConditions: true,
    feedback: (term) => `“${term}”许了资料里没有的赠品或补偿：客服只能给店铺规定的东西，随口答应做不到，顾客会更不满。请按资料说能给什么，拿不准的先向主管申请，不要先答应。`,
    misconception: '许诺资料里没有的赠品或补偿',
  },
  {
    id: 'refuse-request',
    pattern: new RegExp(
      [
        `备注(?:这个)?(?:的话)?(?:我们|这边|客服)?(?:这边)?(?:做不了|加不了|弄不了|写不了|办不了|没法加|不能加|加不上|没法弄)`,
        `备注(?:了)?(?:也)?(?:不一定|没|没什么)有?用|备注[^，。！？,!?]{0,6}?(?:一般)?不(?:弄|加|写|管|做)|不会用(?:的话)?[^，。！？,!?]{0,2}?也没(?:有)?办法`,
        `(?:没法|没办法|不能|无法|不可以|做不了)(?:给${Y})?(?:加|写|做)?(?:个)?备注`,
        `${Y}[^，。！？,!?]{0,6}?自己在[^，。！？,!?]{0,6}?(?:留言|备注)(?:里)?(?:写|填|备注)`,
        `(?:我们|这边|店里)(?:也|这边)?(?:管不了|没法管|没法安排|没办法安排|控制不了)|(?:我这边|我们)(?:也)?(?:没法|没办法|无法)(?:设置|控制)`,
        `(?:我们)?(?:一般)?不(?:单独|主动)(?:通知|告知|发单号)`,
        `(?:我们|店里|这边)(?:也)?没(?:有)?办法(?=[哦呀啊的了吧]*$)`,
      ].join('|'),
      'g',
    ),
    verify: (m, _clause, f) => f.notes || !m[0].includes('备注'),
    feedback: (term) => `“${term}”拒绝了店铺能办的合理要求：写备注、发单号、主动告知这些客服都做得到。请答应下来、马上办，并告诉顾客办好了。`,
    misconception: '拒绝顾客合理的要求',
  },
  {
    id: 'refuse-remedy',
    // 退款是办不了的, 只能给您补发: a remedy the panel offers, refused or left out of the choice.
    pattern: new RegExp(`(?<!仅)(退货退款|退款|退货|补发|换货|重发)(?:的话)?(?:是|这个|这边|我们)?(?:办不了|做不了|没法办|不能办|不支持|办理不了)|只能(?:给${Y})?(补发|换货|退款|退货)`, 'g'),
    verify: (m, _clause, f) => {
      const offered = (remedy: string) => new RegExp(`(?<!仅|不|不能|无法|不可)${remedy}`).test(f.staff.replace(/[^。；\n]*(?:不能|无法|不可|不支持)[^。；\n]*/g, ''));
      if (m[1]) return offered(m[1].slice(-2));
      return ['补发', '换货', '退款'].filter((r) => r !== m[2]!.slice(-2)).some(offered);
    },
    feedback: (term) => `“${term}”拒绝了店铺给得起的处理办法：资料里写明可以这样处理，客服不能替顾客把选择去掉。请把资料给的办法都告诉她，由她来选。`,
    misconception: '拒绝资料允许的处理办法',
  },
  {
    id: 'dissuade',
    pattern: new RegExp(
      [
        `(?:退订|关掉|关了|取消|退掉|退了|退货)(?:了|后|的话|以后|之后)?[^，。！？,!?]{0,10}?(?:收不到|享受不到|就没有|错过|可惜|亏了|就亏)`,
        `要不(?:${Y})?(?:还是|先|就)?(?:先留着|留着|留下|收下|保留|先留|别退|不退|不换|再考虑|考虑一下|先用|用用看|拆开)`,
        `建议${Y}?(?:别|不要)(?:关|退)|建议${Y}?还是(?:换|留着|留下|别退|不退)`,
        `(?:退货|退款|换货)(?:流程)?(?:也)?(?:挺|很|太|有点|比较)(?:麻烦|慢)`,
        `其实[^，。！？,!?]{0,4}?(?:也)?(?:挺|很|蛮)(?:好看|百搭|顺眼)`,
        `(?:多|挺|太)可惜`,
        `(?:理赔|申请)(?:手续)?(?:挺|很|太|有点|比较)麻烦|(?:建议|劝)${Y}(?:就)?别申请`,
      ].join('|'),
      'g',
    ),
    inQuestions: true,
    feedback: (term) => `“${term}”是在劝顾客放弃她提出的要求（退订、退货、换货）：这是她的权利，劝阻只会让她觉得店铺不尊重她。请痛快答应，并说明怎么办理。`,
    misconception: '劝顾客放弃合理的要求',
  },
  {
    id: 'fake-urgency',
    pattern: new RegExp(
      `(?:库存|现货|货)?(?:只剩|仅剩)(?:最后)?(?:${N})?|手慢无|晚了就没|再不(?:付|拍|下单|买)|(?:马上|很快)(?:就)?(?:涨价|恢复原价|卖完|没货)|被(?:别人)?抢(?:走|光)|名额有限|最后一天`
        + `|(?:不买|过了[^，。！？,!?]{0,4}?)(?:就|明天就|马上就)?涨价|错过(?:了)?(?:就)?(?:再)?等(?:一年|明年)|随时(?:可能|会)(?:结束|涨价|恢复)`
        // 库存不多了, 就剩最后两台, 明天就要涨到199, 满减今天就结束了, 线路马上要停发
        + `|库存(?:不多|紧张|告急|有限)|数量(?:非常|很|比较)?有限|数量不多|先到先得|机会难得|(?:快|马上)(?:被)?(?:领|抢|卖)(?:完|光)|(?:快|要|马上)停产|(?:\\d{1,2}|[一二三四五十])分钟内(?:付款|下单|拍)|不然(?:可能)?就排到明天|(?:不(?:领|买|拍|下单|付款))?(?:明天|过两天)(?:可能)?就没(?:了|有)|晚了[^，。！？,!?]{0,6}?(?:就)?(?:慢|没|抢不到|涨)|(?:就|只|仅)剩(?:最后)?${N}(?:台|件|个|只|套|份)`
        + `|(?:明天|后天|今晚|今天|马上|很快|这两天|过两天)(?:就)?(?:要)?(?:涨价|涨到|恢复原价|过期|截止|结束|停发|停运|下架|卖完|没货|断货|退不了|超过)`,
      'g',
    ),
    // An end the panel gives (活动到今晚24:00) is a fact, not pressure.
    verify: (m, _clause, f) => {
      if (!/结束|截止/.test(m[0])) return true;
      const day = /今[天晚]/.test(m[0]) ? '今[天晚日]' : /明天/.test(m[0]) ? '明天' : undefined;
      return !day || !new RegExp(`${day}[^。；\\n]{0,8}(?:结束|截止|24)|(?:到|至)${day}`).test(f.staff);
    },
    feedback: (term) => `“${term}”是在编造紧张、催逼顾客：没有依据的库存紧张、限时，顾客识破后只会反感。请如实说明库存和活动时间，把选择留给她。`,
    misconception: '编造紧迫感催促顾客',
  },
  {
    id: 'invented-restriction',
    pattern: /(?:不能|不可|无法|不可以)(?:同享|一起享受)|用(?:了)?(?:券|优惠券)(?:就|的话)?(?:不能|没有|不送|没法|不再)|每件(?:商品)?单独满/g,
    applies: (f) => !/同享|单独满/.test(f.staff),
    feedback: (term) => `“${term}”是资料里没有的限制：资料没说优惠和赠品不能同时享受，编出来的规则会让顾客少拿该拿的优惠。请只说资料里写明的活动规则。`,
    misconception: '编造资料里没有的优惠限制',
  },
  {
    id: 'invented-offer',
    // 30天价保, 运费险, 防伪码, 终身免费更换, 上门清洗, 免费刻字, 礼盒包装, 抽奖免单, 前置仓次日达, 花呗立减: a service,
    // guarantee or promotion the shop's texts never name, offered as if it were the shop's.
    pattern: new RegExp(
      `(?:(?:便宜|优惠|降)了?(?:[一二两三四五]|\\d)成|假一赔(?:十|三|\\d+)|(?:十|[三五]|\\d+)倍(?:赔偿|赔付|返还|赔)|价保|保价|退差价|补差价|丢件险|破损包赔|包赔|运费险|防伪码|终身(?:免费)?(?:更换|保修|质保|包换|换新)|上门(?:清洗|清洁|安装|服务|维修|除垢|教|检修)|送货上门|满(?:两|2|三|3)件(?:就)?(?:自动)?(?:免运费|包邮|减)|VIP通道|专线|刻字|礼盒|贺卡|抽奖|免单|前置仓|次日达|以旧换新|免息|货到付款|专享价|会员价|(?:花呗|新客|首单|新人)[^，。！？,!?]{0,6}?立减|再立减|减半|签到|各用一次|(?:可以|能|可)叠加|叠加使用|延保|联保|延长(?:质保|保修)|质保(?:也)?(?:给${Y})?延长|优先(?:出库|发货)|延误(?:赔付|补偿)|刻名字|刻名|免费换(?:一次|新)|服务热线|专属热线|24小时(?:人工|在线|客服)|(?:\\d|[一二三四五六七])天必达|签了(?:协议|合同)|(?:享|打)(?:\\d{2}|[一二三四五六七八九])折|满(?:两|2|三|3)单|免补运费|(?:双十一|双11|618|大促)[^，。！？,!?]{0,8}?(?:会|肯定|一定)?(?:便宜|降价|打折|更划算)|到时候(?:肯定|一定)?(?:会)?(?:更)?(?:便宜|降价|打折))`,
      'g',
    ),
    // 只收您十五块补差价: the customer paying a difference is no offer to her.
    verify: (m, clause, f) => !f.staff.includes(m[0]) && !(m[0] === '补差价' && /收|交|付|(?:您|你)(?:来|要|得)?补/.test(clause.slice(0, m.index))),
    feedback: (term) => `“${term}”是资料里没有的服务或优惠：店铺没有提供，顾客当真了却享受不到，就是纠纷。请只介绍资料里写明的服务和活动，拿不准的先去确认。`,
    misconception: '编造资料里没有的服务或优惠',
  },
  {
    id: 'invented-consequence',
    // 一小时不付款会自动关闭, 超时换货申请会自动关闭, 其他快递仓库会拒收, 差评会被自动折叠: a rule with a consequence the panel never gives.
    pattern: new RegExp(
      `(?:超过|超时|过了|否则|不然|逾期|不付款|没人接|其他快递)[^，。！？,!?]{0,10}?(?:就|会|将)?(?:被)?(?:自动)?(?:关闭|失效|不受理|不予受理|作废|拒收|封号|折叠|隐藏|放(?:到|在|进)?(?:小区)?(?:驿站|快递柜|门口))|自动(?:关闭|关单|折叠|隐藏|封号|封禁|封掉|停机|除垢|感应|变成|变为|转成|转为|改成|改为|删除|消失|取消|锁定|翻面|放(?:到|在|进)?(?:小区)?(?:驿站|快递柜|门口))|会被(?:系统)?锁定|语音提醒|(?:要|需要|得|必须)在(?:签收|收货|收到)(?:后)?(?:\\d{1,3}|[一二两三四五六七八九十])(?:个)?(?:小时|天)(?:内|之内)|(?:不全|不完整|丢了|没了)[^，。！？,!?]{0,6}?(?:就)?(?:没法|不能|无法)(?:换|退)|自动(?:给${Y})?(?:发送?|推送)(?:短信|消息|通知|提醒)|开箱视频|(?:必须|只能)(?:用|走|选)(?:顺丰|中通|圆通|韵达|申通|邮政|京东)`
        // 超过时间系统就没法补发, 少一样就没法换, 不然仓库没法入库, 24小时内反馈才能处理, 3个工作日才生效, 晚上8点以后才能领, 扣12分
        + `|(?:超过|超时|过了|否则|不然|逾期|少一样|少了)[^，。！？,!?]{0,10}?(?:就)?(?:没法|不能|无法|不给)(?:补发|处理|退|换|入库|赔|理赔|申请|受理|补偿)|(?:内|之前)[^，。！？,!?]{0,8}?才(?:能|可以)?(?:处理|退|换|补发|赔|理赔|生效)|(?:\\d{1,2}|[一二三四五六七])(?:个)?(?:工作日|天|小时)(?:后)?才(?:能)?(?:生效|处理|到账)|(?:\\d{1,2}|[一二三四五六七八九十])点(?:以后|之后|后)才(?:能|可以)[^，。！？,!?]{0,6}?(?:领|用|买|付)|扣(?:\\d{1,3}|[一二三四五六七八九十]{1,3})分`
        // 寄回时要附上原包装盒和吊牌, 需要先开通会员才能领, 就算验证码泄露对方也登不上
        + `|(?:要|需要|必须|得)(?:附上|保留|带上|放上)(?:原)?(?:包装盒|吊牌|发票)|(?:需要|要|得)(?:先)?开通[^，。！？,!?]{0,6}?才(?:能|可以)|(?:就算|即使)验证码(?:泄露|给了|被盗)`
        // 别家店寄新疆一般要补20到30元
        + `|(?:别家|别的店|其他店|其他家)(?:店)?[^，。！？,!?]{0,8}?(?:一般|都)(?:要|会|是)`
        // 所有淘宝店寄新疆都一样, 只有老顾客回购才送
        + `|(?:所有|每家|别的)[^，。！？,!?]{0,6}?(?:店|商家|卖家)[^，。！？,!?]{0,6}?都(?:一样|这样|是这样|要|会)|只有[^，。！？,!?]{1,12}?才(?:送|能|可以|有|给)`
        // 这是快递公司统一规定的, 平台规定商家每月最多只能发2条: the shop's own rule, or an invented one, put on someone else
        + `|(?:快递公司|物流公司)[^，。！？,!?]{0,6}?规定|(?:平台|淘宝|天猫)统一的规定|(?:平台|淘宝|天猫)(?:统一)?(?:的)?规[定则](?![^，。！？,!?]{0,2}?(?:不|禁止|任何人))[^，。！？,!?]{0,14}?(?:只能|最多|一定|必须|就会|会被|都会|自动|奖励|每)`,
      'g',
    ),
    // The panel gives the consequence (自动关闭) or the rule (必须用顺丰) itself: a fact then.
    inConditions: true,
    conditionNegates: false,
    verify: (m, _clause, f) => {
      const term = m[0];
      if (/^(?:所有|每家|别的)/.test(term)) return true;
      if (/规[定则]/.test(term)) return !f.staff.includes(term.slice(0, term.search(/规[定则]/) + 2));
      if (term.startsWith('只有')) return !f.staff.includes('只有');
      // 只要在签收后7天内 quotes the panel's own window.
      const window = /在(?:签收|收货|收到)(?:后)?(\d{1,3}|[一二两三四五六七八九十]{1,3})(?:个)?(小时|天)/.exec(term);
      if (window) return !f.staff.includes(`${readNumber(window[1]!)}${window[2]}`) && !f.staff.includes(`${window[1]}${window[2]}`);
      const core = /^(?:自动|开箱|必须|只能)/.test(term) ? term : term.replace(/^.*?(?=关闭|失效|不受理|作废|拒收|封号|折叠|隐藏)/, '');
      return !f.staff.includes(core);
    },
    feedback: (term) => `“${term}”是资料里没有的规定：编出来的限制或后果会吓到顾客，也会让她按错的规矩办事。请只说资料和平台规则里写明的流程和期限。`,
    misconception: '编造资料里没有的规定或后果',
  },
  {
    id: 'invented-feature',
    // 防异味涂层, 蒸烤功能, 银离子抗菌层, 防摔硅胶底套: a feature or layer the product card never names.
    // 一张能重复用三四次, 能减掉一半的油: a use or an effect the card never claims.
    pattern: /(?:有|带|自带|多了|做了|采用|还有|加了|内置|用的是|采用的是|是)(?:了)?(?:个|一层|一个)?([\u4e00-\u9fa5]{2,5}?)(功能|涂层|抗菌层|底套|防护层|硅胶套|保护套)|能?重复(?:用|使用)(?:[两三四五几]|\d)/g,
    // Named when the shop's texts hold the feature's own words (12小时预约功能 for 12 小时预约).
    verify: (m, _clause, f) => (m[1] ? !f.staff.includes(m[1]) && !f.staff.includes(m[1] + m[2]!) : !/重复/.test(f.staff)),
    feedback: (term) => `“${term}”是商品资料里没有的功能或用料：夸大或编造卖点，顾客买回去发现没有，就是虚假宣传（《消费者权益保护法》第二十条）。请只介绍商品卡和资料里写明的功能。`,
    misconception: '编造商品的功能或用料',
  },
  {
    id: 'unlisted-spec',
    // 316医用级不锈钢 where the card says 304 食品级, 750毫升 where it says 500, 前晚22:40 where the panel says 23:40 (a time
    // within an hour of one the texts give):
    // a number of the product or the case that the shop's texts give otherwise.
    pattern: /(?<=[“"「])([\u4e00-\u9fa5]{1,6})(?=[”"」][^，。！？,!?]{0,10}?键)|(?<!\d)(\d{3})(?:医用级|食品级)?(?:的)?不锈钢|(?<!\d)(\d{2,4})(?:毫升|ml|mL|ML)|(?<![\d:])([01]?\d|2[0-4])[:：]([0-5]\d)(?!\d)|医用级|(?<!\d)(\d{1,2})种(?:预设)?(?:菜单|模式)|(?<![\d:：点一二两三四五六七八九十])(早上|上午|中午|下午|晚上|傍晚|凌晨)?(\d{1,2}|[一二两三四五六七八九十]{1,3})点(?![多半钟\d一二三四五六七八九十]|左右|前后|上下)/g,
    verify: (m, _clause, f) => {
      const { texts } = f;
      if (m[6]) return /\d种/.test(texts) && !new RegExp(`(?<!\\d)${m[6]}种`).test(texts);
      if (m[8]) {
        // 次日十点才回复 where the panel says 9:00, 我六点下班 where it says 17:30: a whole hour within an hour of one the texts give.
        // A Chinese numeral is a time only beside a part of the day or a deed at that time (省一点, 三点都对得上 are no times).
        const rest = m.input!.slice(m.index! + m[0].length, m.index! + m[0].length + 3);
        if (!/^\d/.test(m[8]) && !m[7] && !/(?:晚|早|次日|第二天|明天|今天|当天|那天)$/.test(m.input!.slice(Math.max(0, m.index! - 3), m.index!)) && !/^(?:下班|上班|回复|回|咨询|联系|发|截单|付款|前|后|以前|以后)/.test(rest)) return false;
        const hour = readNumber(m[8]);
        const said = ((m[7] && /下午|晚上|傍晚/.test(m[7]) && hour < 12 ? hour + 12 : hour) % 24) * 60;
        return hour <= 24 && !f.times.includes(said) && f.times.some((t) => Math.abs(t - said) <= 60);
      }
      if (m[1]) return !texts.includes(m[1]);
      if (m[2]) return /\d{3}[^，。\n]{0,4}不锈钢/.test(texts) && !texts.includes(m[2]);
      if (m[3]) return /\d(?:毫升|ml)/i.test(texts) && !new RegExp(`(?<!\\d)${m[3]}(?:毫升|ml)`, 'i').test(texts);
      if (m[4]) {
        // A near miss of a time the texts give (22:40 for 23:40, 16:30 for 16:00); another time of day is another matter.
        const said = Number(m[4]) * 60 + Number(m[5]);
        return !f.times.includes(said) && f.times.some((t) => Math.abs(t - said) <= 60);
      }
      return !texts.includes('医用级');
    },
    feedback: (term) => `“${term}”和资料对不上：商品的规格、材质和时间要逐字对照资料说，说错了顾客按错的信息做决定。请先看清资料再回复。`,
    misconception: '说错资料里的规格或时间',
  },
  {
    id: 'invented-cause',
    // 郑州那边下雪封路, 那天是客服系统故障: a cause nobody in the shop's texts gives, which shifts the blame.
    pattern: /下雪|暴雪|大雪|暴雨|台风|封路|封控|疫情|系统故障|系统出了问题|系统出问题|系统崩|系统升级|系统维护|系统出了故障|系统故障了/g,
    // Given as the cause (是因为…, 那天是…), not as a risk (遇到下雪可能会晚).
    verify: (m, clause, f) => {
      const before = clause.slice(0, m.index);
      return !f.staff.includes(m[0]) && /因为|由于|是/.test(before) && !/如果|遇到|万一|可能|要是|假如/.test(before);
    },
    feedback: (term) => `“${term}”是资料里没有的原因：编一个原因来解释，等于推卸责任，顾客一查就知道不对。请按资料说明实际情况，该道歉就道歉。`,
    misconception: '编造原因推卸责任',
  },
  {
    id: 'skip-check',
    // 地址就按上次的，不用再确认了: the read-back the customer needs is skipped.
    // 我已经直接帮您按上次地址下好单了: the order placed for her, unread and unconfirmed.
    pattern: new RegExp(`不用(?:再)?(?:确认|核对)(?!收货)(?:了)?|(?:直接)?(?:帮|替)${Y}[^，。！？,!?]{0,8}?(?:下好单|下好了单|下单了|拍下了|拍好了|付好款)`, 'g'),
    feedback: (term) => `“${term}”跳过了该做的核对：订单、地址和电话要一项项跟顾客确认，省掉这一步，发错了就是纠纷。请逐项读给顾客听，请她确认。`,
    misconception: '跳过订单信息核对',
  },
  {
    id: 'untimely-upsell',
    // 要不要顺便带一个？补发时要不要加购一套？现在再拍一单: selling while she complains, confirms or leaves
    pattern: new RegExp(
      `(?:要不要|需不需要|要不|想不想)${Y}?(?:再|顺便|顺手|一起|额外|也)?(?:加购|加(?:一|个|套|把|只|份)|带(?:一|个|套|把|只|份|上)|买(?:一|个|套|把|只|份)|拍(?:一|个|套|把|只|份)|一起看看)`
        + `|(?:推荐|建议)${Y}?(?:再|多)(?:买|拍|带|入)(?:一|1|两|几|个)|(?:两台|两个|两只|两套)一起(?:买|拍)|再来(?:一|1)(?:个|台|只|套)|顺便(?:加购|带(?:一|个|套|把|只|份)|买(?:一|个|套|把|只|份)|拍(?:一|个|套|把|只|份))|(?:再|多)(?:拍|下|买)(?:一|1)单|推荐(?:一款|一个|一套)(?:配套|搭配)|加购一起(?:发|寄)`,
      'g',
    ),
    // Off where the scenario teaches selling more (关联推荐, 搭配, 加购).
    applies: (f) => !/关联推荐|搭配|加购|顺便/.test(f.staff),
    inQuestions: true,
    feedback: (term) => `“${term}”是在不合适的时候推销：顾客在投诉、核对订单或已经要走时，推别的东西会让她觉得你只想多卖。请先把她的事办好，推荐留到她需要的时候。`,
    misconception: '不合时宜地推销',
  },
  {
    id: 'wrong-procedure',
    pattern: new RegExp(
      [
        // confirm receipt first: the money goes to the shop and the after-sale cover shrinks
        `先(?:去)?(?:在[^，。！？,!?]{0,5}?)?(?:点|把)?(?:一下)?确认收货|确认收货(?:后|以后|之后)(?:再|会|就)?(?:申请|退|理赔|返|给${Y}返)`,
        // pay first and be paid back later, where the panel has the shop pay
        `运费${Y}?(?:先)?(?:自己)?(?:垫付|垫一下|先付|先垫|先出)|(?:${Y})?先(?:自己)?(?:垫付|付一下运费|付运费|垫运费)`,
        `运费[^，。！？,!?]{0,6}?${Y}(?:这边)?(?:先|自己)(?:垫|出|付)|先(?:自己)?(?:付|垫)[^，。！？,!?]{0,4}?运费`,
        // 来回运费咱们一家一半: no panel splits a cost with the customer
        `一家一半|各(?:出|承担|付)一半|(?:平摊|对半(?:分|出))`,
        // 先把杯子寄回来，我们检测确认后再寄: the shop's remedy made to wait on a test the panel doesn't ask for
        `寄回(?:来)?[^，。！？,!?]{0,4}?(?:检测|鉴定)`,
        // 不用在系统里申请那么麻烦，您直接按商品页的地址寄回来: a return with no record
        `不用在系统(?:里)?申请|直接按[^，。！？,!?]{0,6}?地址寄回`,
        // 先把旧的密封圈寄回来, 等仓库收到您寄回的杯子就马上给您发: the shop's remedy held back for a return the panel does not ask for first
        `先(?:把[^，。！？,!?]{0,8}?)?寄回(?:来|给我们)?|等(?:我们)?(?:仓库)?收到${Y}?(?:寄回|退回)`,
        // 钱退回来以后再重新拍一个 where the panel exchanges the item
        `(?:退款|退回来|退了)[^，。！？,!?]{0,6}?(?:再)?重新(?:拍|下单|买)|^再重新(?:拍|下单|买)(?:一)?(?:个|只|单|件)`,
      ].join('|'),
      'g',
    ),
    // Paying first is the rule where the panel says so (垫付, 运费险): only confirming receipt first is wrong there.
    verify: (m, _clause, f) => {
      const term = m[0];
      if (/重新/.test(term)) return /换货/.test(f.staff);
      if (/检测|鉴定/.test(term)) return !/检测|鉴定/.test(f.staff);
      if ((/^先/.test(term) && /寄回$|寄回(?:来|给我们)$/.test(term)) || /^等/.test(term)) return /无需寄回|不用寄回|今天(?:就)?(?:发|寄)|当天(?:安排|发|寄)|先(?:发|寄)/.test(f.staff) && !/先寄回|寄回后|收到退货后|收到后再/.test(f.staff);
      if (/系统|地址寄回/.test(term)) return /申请售后/.test(f.staff);
      return /确认收货|一半|平摊|对半/.test(term) || !f.payFirst;
    },
    // 退货的话运费需要您先出一下: a step on a condition is still the step she is told to take.
    inConditions: true,
    feedback: (term) => `“${term}”让顾客走了会吃亏的流程：先确认收货会丢掉售后保障，让她先垫本该店铺出的钱再等转回也不是店铺的规定。请按资料说的流程一步步告诉她，该店铺先做的由店铺先做，都在平台内办。`,
    misconception: '让顾客走错误的流程',
  },
  {
    id: 'extra-units',
    // 多囤点, 各拍两份, 再来一个 3 升的备用, 建议您再多拍一台给老人: more of a thing than the customer came for.
    pattern: new RegExp(
      [
        `(?:多|再多|先)(?:囤|屯|备)(?:点|些|几|一|两|上)?|囤(?:点|些|几|一|两|上|货)`,
        `各(?:拍|买|来|带|加|买上|拍上)(?:两|2|三|3|几)(?:份|个|包|套|只|台|盒)`,
        `(?:再|多|另外|额外|也)(?:多)?(?:买|拍|来|备|加购|入|下单)(?:一|1|两|2)(?:个|台|只|套)[^，。！？,!?]{0,8}?(?:备用|送人|送亲戚|给家里|给老人|给亲戚|轮换|换着用|同时|一起用)`,
        `(?:不如|干脆)(?:再)?(?:加|买|拍|带)(?:个|一个|一台|一只|一套|两个|两台|两只)|两(?:个|款|台)都(?:先)?拍|(?:再|多)(?:多)?(?:拍|买|来|加购)(?:一|1)台|(?:买|拍)两台|两台一起|(?:也|再)(?:买|拍|来|备)(?:一|1)(?:个|台)(?=[，。！？,!?～~]|$)`,
      ].join('|'),
      'g',
    ),
    // Off where a model reply sells more than one of a thing (两只 218 元).
    applies: (f) => !f.models.some((m) => /(?:两|2|三|3)(?:只|个|件|台|套|份|包)/.test(m)),
    feedback: (term) => `“${term}”是在让顾客多买：她没有说要这么多，为多卖而劝她多备、多拍，她会觉得被推销。请按她说的用途推荐需要的那一件，其余的介绍清楚由她决定。`,
    misconception: '劝顾客多买用不上的商品',
  },
  {
    id: 'bash-rival',
    // 别家便宜10块的多半不是304的: another shop run down with no evidence.
    pattern: /(?:很多|大多|多半|不少)(?:都)?是(?:翻新|仿品|假货|山寨|高仿)|来路(?:就)?不(?:好说|明|正)|(?:别家|别的店|其他家|其他店|人家|那家)[^，。！？,!?]{0,12}?(?:多半|肯定|可能|估计|八成|一般)?(?:不是(?:正品|304|316|真的|原装)|是假|假货|山寨|高仿|翻新|以次充好|偷工减料|用料(?:不一样|差(?!不多)|不行)|质量(?:差(?!不多)|不行|不好))/g,
    inQuestions: true,
    feedback: (term) => `“${term}”是在贬低别家：没有证据的指责不专业，也可能引来纠纷。只讲自己店铺看得见的保障（正品、发票、质保、售后），让顾客自己比较。`,
    misconception: '用贬低同行的方式回应比价',
  },
];

export const WRONG_ACT_CHECKS = CHECKS;

/** What clausesOf splits at, question marks and brackets included; a colon before a digit is part of a time (22:40). */
const BREAKS = /[，。！？；,!?;\n～~ \t（）()]|[：:](?!\d)/g;

const probes = new WeakMap<WrongActCheck, RegExp>();
/**
 * A check's pattern for the whole reply with its clause breaks turned into line ends (multiline, so ^ and $
 * fall at clause edges): it matches wherever the pattern matches inside a clause, so a reply it does not
 * match cannot hold the act, and the clause-by-clause scan is skipped. Keeps a long reply linear and cheap.
 */
function probe(check: WrongActCheck): RegExp {
  let found = probes.get(check);
  if (!found) probes.set(check, (found = new RegExp(check.pattern.source, `${check.pattern.flags.replace('g', '')}m`)));
  return found;
}

/** Clauses of a text with where each starts (spaces break clauses too: 不付款 不点链接). */
function clausesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  // A clause that ends in a question mark keeps it, so QUESTION sees it.
  const re = /(?:[^，。！？；,!?;\n～~：: \t（）()]|[：:](?=\d))+[？?]?/g;
  for (const m of text.matchAll(re)) out.push({ text: m[0], start: m.index });
  return out;
}

const modelCache = new WeakMap<Scenario, Map<string, Set<string>>>();
/**
 * What the scenario's own model replies set off, by check: the words they use are what the scenario teaches
 * (抹零需要改价，客服没有权限 names 抹零), so those words are let through there; the check still catches others
 * (给您返9块).
 */
function taughtActs(scenario: Scenario): Map<string, Set<string>> {
  let found = modelCache.get(scenario);
  if (found) return found;
  found = new Map();
  const facts = scenarioFacts(scenario);
  for (const model of facts.models) {
    const clauses = clausesOf(model);
    for (const check of CHECKS) {
      const seen = found.get(check.id) ?? new Set<string>();
      // Every use in the model reply, not only the first.
      for (let hit = actIn(check, clauses, facts, model, seen); hit; hit = actIn(check, clauses, facts, model, seen)) seen.add(hit.term);
      if (seen.size > 0) found.set(check.id, seen);
    }
  }
  modelCache.set(scenario, found);
  return found;
}

function actIn(check: WrongActCheck, clauses: readonly { text: string; start: number }[], facts: ScenarioFacts, reply: string, taught?: ReadonlySet<string>): { start: number; end: number; term: string } | undefined {
  for (const clause of clauses) {
    if (!check.inQuestions && (check.inConditions ? ASKS : QUESTION).test(clause.text) && !/怎么|如何|什么|哪些|多少/.test(clause.text)) continue;
    for (const m of clause.text.matchAll(check.pattern)) {
      // An A-not-A question (会不会, 有没有) before the act negates nothing.
      // A negation inside a condition (没送到的话, 不满意的话) does not reach the act that follows it.
      const before = clause.text.slice(Math.max(0, m.index - 12), m.index).replace(/(\p{Script=Han})[不没]\1/gu, '').replace(/^.*(?:的话|的时候)/, '');
      // 您不用自己去找快递: a negation right after the pronoun at the start of the match.
      if ((check.conditionNegates !== false && NEGATED.test(before)) || (check.notAfter && check.notAfter.test(before)) || /^(?:您|你)(?:也)?(?:不用|不必|无需|不需要|别|不要|没必要)/.test(m[0])) continue;
      if (TAKEN_BACK_AFTER.test(clause.text.slice(m.index + m[0].length))) continue;
      if (check.verify && !check.verify(m, clause.text, facts, reply)) continue;
      if (taught?.has(m[0])) continue;
      const start = clause.start + m.index;
      return { start, end: start + m[0].length, term: m[0] };
    }
  }
  return undefined;
}

/**
 * The first wrong act in a reply (NFKC, spaces kept as breaks), or undefined. `only` restricts to one check (for measuring).
 * @example wrongAct(scenario, '零头给您抹掉吧') // { term: '零头给您抹', … }
 */
export function wrongAct(scenario: Scenario, text: string, only?: string): (UnknownFact & { check: string }) | undefined {
  const facts = scenarioFacts(scenario);
  const taught = taughtActs(scenario);
  let clauses: { text: string; start: number }[] | undefined;
  // The clause breaks as line ends: one scan of the whole reply tells whether a check can fire at all.
  const lines = text.replace(BREAKS, '\n');
  for (const check of CHECKS) {
    if ((only && check.id !== only) || (check.applies && !check.applies(facts)) || !probe(check).test(lines)) continue;
    const found = actIn(check, (clauses ??= clausesOf(text)), facts, text, taught.get(check.id));
    if (found) return { ...found, feedback: check.feedback(found.term, facts), misconception: check.misconception, check: check.id };
  }
  return undefined;
}

import type { Scenario, UnknownFact } from '../types.ts';
import { clauseBefore, hour24, readNumber, REFUSED_AFTER } from './claims.ts';
import { scenarioTexts } from './scenario-texts.ts';

/**
 * Slot checks: one fact of the side panel said with another value. The panel fills a slot (the colleague
 * on the evening shift, the district and the unit / room numbers of the order's address, the city of the transit centre, the
 * temperature range, the booking hours of a model, the day count of 无理由退货, the event a refund is
 * counted from and the wait after it, the end of a promotion, the price and pack size of a thing the shop sells,
 * the order number, the courier's delivery window, the same-day cut-off, a same-day remedy, the chase-up wait,
 * when the customer can be contacted, how often she has bought, how soon a drink must be drunk) and a reply that
 * fills the same slot differently misleads the
 * customer, however fluent it is. Each slot is read from the scenario's own texts by a pattern (a name
 * after 晚班/交接给, a district after 市, a city before 转运中心…), once per scenario, so the checks hold for
 * any scenario; a scenario whose texts leave a slot empty is not checked for it. Part of the claims
 * check (claims.ts), which gets the reply as NFKC without spaces.
 */

/** A number as a reply writes it: 7, 15, 七, 十五, 三十. */
const NUM = String.raw`(?<![\d一二两三四五六七八九十])(\d{1,3}|[一二两三四五六七八九十]{1,3})`;
/** Words that take a claim back when they stand just before it in its clause: 不是十五天, 并非郑州. */
const NEGATED = /不是|并非|而不是|不在|没有|不属于|别/;
/** The clause before a claim, as far back as 20 characters (claims.ts reads 40). */
const before = (text: string, at: number) => clauseBefore(text, at, 20);
const hit = (m: RegExpMatchArray, start: number, term: string, feedback: string, misconception: string): UnknownFact => ({
  term,
  start: m.index! + start,
  end: m.index! + start + term.length,
  feedback,
  misconception,
});

/** 七天无理由退货, 无理由退货期限是 7 天, 15 天内商品完好都能无理由退: the day count of returns without a reason. */
const RETURN_DAYS = new RegExp(
  String.raw`${NUM}(?:个)?(?:自然)?天(?:内|之内|以内)?(?:都)?(?:可以|能|可|支持|享受)?(?:申请)?(?:无理由|无条件)|${NUM}(?:个)?(?:自然)?天(?:内|之内|以内)[^，。！？,!?]{1,12}?(?:无理由|无条件)|(?:无理由|无条件)(?:退货|退换货|退换|退款)?(?:的)?(?:期限|时间|期)?(?:是|有|为)?${NUM}(?:个)?(?:自然)?天|(?:签收|收货|收到)[^，。！？,!?]{0,4}?(?:还)?(?:不到|没到|未满|没超过|不超过)${NUM}(?:个)?(?:自然)?天[^。！？!?]{0,16}?(?:无理由|无条件)`,
  'g',
);
/** The day count a RETURN_DAYS match gives, whichever of its wordings matched. */
const returnDaysOf = (m: RegExpMatchArray) => readNumber(m[1] ?? m[2] ?? m[3] ?? m[4]!);
/** 交接给晚班的王丽, 收件人是李芳: a person's name in a slot the panel fills (晚班同事王丽在 ends at 在). */
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范廖贾夏韦付邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾毛郝龚邵钱严覃戴莫孔汤';
const NAME = new RegExp(
  String.raw`(?:晚班|早班|夜班|值班|交接给|转交给|转给|主管|店长|收件人|收货人|寄给|联系人)(?:的)?(?:售后|客服|同事|主管|组长|班长)?(?:是|叫|为)?(?:([${SURNAMES}])([\u4e00-\u9fa5]{1,2}?)|(小|老)([${SURNAMES}]))(?=[，。！？,.!?；;、：:\n（()）]|$|她|他|会|来|在|说|姐|哥|负责|接手|那边|了|的|啦|呀|哦|吧|哈)`,
  'g',
);
/** The name a NAME match holds: 王丽, or 小林 / 老周. */
const nameOf = (m: RegExpMatchArray) => (m[1] ? m[1] + m[2]! : m[3]! + m[4]!);
/** Words that begin with a surname's character but name nobody (同事马上会…). */
const NOT_A_NAME = /^(?:马上|方便|高兴|江浙|万一|安排|何时|林林|周末|周一|周二|周三|周四|周五|周六|周日|周天|明天|许多|余下|程序|史上)$/;
/** 南京市鼓楼区, 鼓楼区中山北路: a district of an address. */
const DISTRICT = /(?<=市)([\u4e00-\u9fa5]{2}区)|([\u4e00-\u9fa5]{2}区)(?=[\u4e00-\u9fa5]{2,5}?(?:路|街|大道|巷))/g;
const NOT_A_DISTRICT = /(?:地|小|社|园|景|市|城|郊|山|新|牧|灾|专|辖|片|分)区$/;
/** 3 单元 502, 6 栋, 1202 室: the building, unit and room numbers of an address. */
const ADDRESS_NO = /(?<![\d.])(\d{1,3})(栋|幢|号楼|单元)(?:(\d{2,4})(?:室|号)?)?|(?<![\d.])(\d{2,4})室/g;
const addressParts = (m: RegExpMatchArray) =>
  [m[1] ? [m[2] === '单元' ? 'unit' : 'building', m[1]] : undefined, m[3] ? ['room', m[3]] : undefined, m[4] ? ['room', m[4]] : undefined].filter((p): p is [string, string] => !!p);
const ADDRESS_PART_NAMES: Record<string, string> = { unit: '单元', building: '楼栋', room: '门牌' };
/** 中通郑州转运中心: the city of a transit centre. */
// A courier may stand between the city and the centre (郑州的中通转运中心): the city is still the one before it.
const CENTRE = /([\u4e00-\u9fa5]{2})(?:的)?(?:中通|顺丰|圆通|韵达|申通|极兔|邮政|京东)?(?:的)?(?:转运中心|分拨中心|中转中心|集散中心|转运场|分拣中心)/g;
const NOT_A_CITY = /[在了的是于到个这那里留停卡还已经过从向往打己问给找去]|^(?:中通|顺丰|圆通|韵达|申通|极兔|邮政|京东)$/;
/** 180℃, 200 度: a temperature (NFKC turns ℃ into °C). */
const TEMPERATURE = /(?<![\d.])(\d{2,3})(?:°C|°|度|摄氏度)(?!数)/g;
const TEMPERATURE_SPAN = /(?<![\d.])(\d{2,3})(?:°C|°|度)?[～~\-到至](\d{2,3})(?:°C|°|度)/g;
/** 12 小时预约, 预约最长 24 小时: the booking (timer) hours of a model. */
const BOOKING = new RegExp(String.raw`${NUM}(?:个)?小时(?:的)?(?:定时)?预约|预约(?:时间|功能)?(?:最长|最多)?(?:可达|能到|可以到|可以|能|可)?${NUM}(?:个)?小时`, 'g');
const MODEL = /(\d{1,2}(?:\.\d)?)(?:升|l|L)/g;
/** 仓库签收后 48 小时内原路退款: the event a refund is counted from, and its class. */
const REFUND_FROM = new RegExp(
  String.raw`(签收|收到|入库|验货|寄出|发出|寄回|退回|发货|填写单号|填好单号|填单号|单号填好|单号填写好|填完单号|申请|提交|下单|付款)[^，。；！？,;!?]{0,6}?(?:后|之后|以后|起)[^，。；！？,;!?]{0,3}?${NUM}(?:个)?(小时|天|工作日)(?:内|之内|以内)?[^，。；！？,;!?]{0,6}?(?:退款|到账|退回|原路)`,
  'g',
);
const eventClass = (event: string) => (/签收|收到|入库|验货/.test(event) ? 'received' : /申请|提交|下单|付款/.test(event) ? 'applied' : 'sent');
const EVENT_NAMES: Record<string, string> = { received: '仓库签收退货后', sent: '顾客寄出后', applied: '提交申请后' };
/** 适合 1～2 人: the people a model is for, in the panel. */
const PEOPLE_SPAN = new RegExp(String.raw`${NUM}[～~到至\-－]${NUM}(?:个)?(?:人|口)`, 'g');
/**
 * 两三个人, 一两口人: a span said as two numerals side by side; one inside the panel's span (三四个人 for 3～5) agrees with
 * it, and one in a clause that does not say the model suits it (如果只有一两个人用) is no claim.
 */
const SPOKEN_PEOPLE_SPAN = /(?<![\d一二两三四五六七八九十])([一二两三四五六七八])([二两三四五六七八九])(?:个)?(?:人|口)/g;
const HAS_PEOPLE_SPAN = new RegExp(`${PEOPLE_SPAN.source}|${SPOKEN_PEOPLE_SPAN.source}`);
/** A clause that says a model suits some people (够两三口人用, 适合两三个人): where a spoken span is a claim. */
const SUITS = /够|适合|正好|刚好|合适/;
/** 三口人 / 两个人 … 够用: one number of people said to be enough for the model in the same clause. */
// One numeral only: 一两个人 and 两三口人 are spans, not a count.
const PEOPLE = /(?<![～~到至\-－\d一二两三四五六七八九十])(\d{1,2}|[一二两三四五六七八九十])(?:个人|口人|口之家|人)(?![～~到至\-－])/g;
const ENOUGH = /够用|就够|够了|足够|适合|正好|刚好|合适/;
/** 14:20 付款, 16:00 前付款当天发货: when the customer paid and the cut-off for same-day dispatch. */
const PAID_AT = /(\d{1,2})[:：](\d{2})付款/;
const CUTOFF = /(\d{1,2})(?:[:：]00|点)(?:之)?前(?:付款|下单)[^，。；]{0,4}?当天发/;
/** 两三个小时内喝完: how soon a drink kept in the cup must be drunk (a span's upper end). */
const DRINK = /((?:\d{1,2}|[一二两三四五六七八九十]{1,2}))(?:个)?(?:多)?小时(?:内|之内|以内)?(?:喝完|饮用完?)/g;
/** 预计 48 小时内派送: the window the courier gave for delivering. */
const COURIER_WINDOW = new RegExp(String.raw`${NUM}(?:个)?(小时|天)(?:内|之内|以内)(?:就)?(?:能|会|可以)?(?:派送|派件|送达|送到)`, 'g');
/** 20251108-0087: an order number. */
const ORDER_NO = /(?<!\d)\d{8}-\d{4}(?!\d)|(?<![\d-])\d{12,16}(?![\d-])/g;
/** 晚上十点前付款都能当天发, 下午六点前付款当天发: a cut-off said by a reply. */
const CUTOFF_SAID = new RegExp(String.raw`(早上|上午|中午|下午|晚上|傍晚)?${NUM}(?:[:：]00|点)(?:钟)?(?:之|以)?前(?:付款|下单|拍下?|付|买)[^，。！？,!?；;]{0,4}?(?:当天|今天)(?:就|照样|也|照常|都|还){0,2}(?:能|可以|会)?(?:发|安排发)`, 'g');
/** 已经过了当天发货时间, 明天才能发: the customer told she missed the cut-off. */
/** Paying before the cut-off, said to ship the next day. */
const NEXT_DAY_AFTER_CUTOFF = /前(?:付款|付|下单|拍下)[^，。！？,!?]{0,4}?(?:明天|第二天|次日|隔天)(?:就|会|给您|一早|上午|下午){0,3}(?:发出|发货|寄出)/g;
const MISSED = /(?:已经)?(?:过了|错过了?|超过了?)[^，。！？,!?]{0,6}?(?:发货时间|截单时间|截单|发货的时间)|(?:明天|第二天|次日)才(?:能)?发|赶不上(?:今天|当天)|(?:明天|第二天|次日)(?:就|会|给您|一早|上午|下午){0,3}(?:发出|发货|寄出|安排发货)/g;
/** 活动会一直给您保留到明天: a promotion said to last past the day the panel ends it, with no hour. */
const PROMO_LATER = /(?:活动|优惠|赠品|送)[^，。！？,!?]{0,10}?(?:保留|延长|延期|有效|持续|一直)[^，。！？,!?]{0,4}?(?:到|至)(明天|后天|下周|月底|下个月)|(?:明天|后天|过两天)(?:再)?(?:来)?(?:付|付款|拍|下单|买)(?:也)?(?:就)?(?:可以|行|来得及|一样)/g;

/** 补发：收到照片当天安排: something the shop sends the same day, with no cut-off to meet. */
const SAME_DAY = /(?:补发|换货|重发|寄出|发出)[^。；\n]{0,10}?当天(?:安排|发|寄|就)|当天(?:安排)?(?:补发|重发)/;
/** 明天一早用顺丰发出, 大概 7 到 10 天才能发出, 仓库排单需要三天: a later day for it. */
const LATER = /(?:明天|明早|后天|(?:\d{1,2}|[一二两三四五六七八九十])(?:[到至～~\-](?:\d{1,2}|[一二三四五六七八九十]))?(?:个)?(?:工作)?天(?:左右|以后|后|之后)?)[^，。！？；,!?;]{0,8}?(?:才(?:能)?)?(?:发出|发货|寄出|补发|重发|安排发|安排)|(?:排单|备货|调货)(?:需要|要|得)(?:大概|大约)?(?:\d{1,2}|[一二两三四五六七八九十])/g;

/** 活动到今晚 24:00: when a promotion ends. */
const PROMO_END = /(?:活动|优惠|赠品|送)[^，。；！？,;!?]{0,4}?(?:时间)?(?:截止)?(?:到|至|截至)(今天|今晚|今日|明天|明晚)?(上午|中午|下午|晚上)?(\d{1,2})(?:[:：]00|点)|(?:活动|优惠|赠品)[^，。；！？,;!?]{0,4}?(今天|今晚|今日|明天|明晚)?(上午|中午|下午|晚上)?(\d{1,2})(?:[:：]00|点)(?:就|会)?(?:结束|截止|停止)/g;
/** A PROMO_END match's day, part of day and hour, whichever wording matched. */
const promoParts = (m: RegExpMatchArray) => (m[3] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]]) as [string | undefined, string | undefined, string];

/** 第 3 次购买, 您这是第一次在我们店买东西: how many times the customer has bought from the shop. */
const PURCHASES = new RegExp(String.raw`第${NUM}次(?:在(?:我们|咱们|本)(?:店|家)(?:里)?)?(?:购买|下单|买|回购|光顾)`, 'g');

/** 催件后两天仍无进展: how long after chasing the courier the shop acts. */
const CHASE = new RegExp(String.raw`催(?:件|单|快递)(?:后|之后|以后)(?:仍|还)?(?:再)?(?:过)?${NUM}(?:个)?(天|小时|工作日)`, 'g');
/** 晚上 8 点后方便联系: when the customer can be contacted; a clause about contacting her. */
const CONTACT_TIME = new RegExp(String.raw`(早上|上午|中午|下午|晚上|傍晚|夜里)?${NUM}点(?:钟)?(?:以|之)?(前|后)`, 'g');
const CONTACTING = /联系|回消息|回复|打电话|打扰|发消息|联络|回访|推送|[前后]发/;

/** 银卡会员, 金卡老会员: the customer's membership tier. */
const TIER = /(白金|黑金|钻石|金|银|铜|普通)(?:卡)?(?:老)?(?:会员|级会员|客户|顾客|用户|买家)/g;
/** 浸泡 20 分钟, 泡上一整夜: how long something soaks (a cleaning or first-use step). */
const SOAK = new RegExp(String.raw`(?:浸泡|泡)(?:上|着|个)?(?:(一整夜|一整晚|整夜|整晚|一夜|一晚上?|过夜|一整天|一天|一上午|一下午)|${NUM}(?:个)?(分钟|小时|钟头))`, 'g');
const SOAK_NIGHT: Record<string, number> = { 一整天: 1440, 一天: 1440, 一上午: 240, 一下午: 240 };
/** Minutes of a soak: a night is eight hours. */
const soakMinutes = (m: RegExpMatchArray) => (m[1] ? (SOAK_NIGHT[m[1]] ?? 480) : readNumber(m[2]!) * (m[3] === '分钟' ? 1 : 60));

/** 9.9 元, 15 块钱: a price in a reply or a panel line (NFKC, no spaces). */
const PRICE = /(?<![\d.])(\d{1,4}(?:\.\d{1,2})?)(?:元|块(\d(?![\d.]))?)/g;
const PRICED = new RegExp(PRICE.source);
/** The value of a PRICE match: 9 块 9 is 9.9. */
const priceOf = (m: RegExpMatchArray) => Number(m[1]) + (m[2] ? Number(m[2]) / 10 : 0);
/** 2 只、1 把: a count of things, two of which before a price make it a total. */
const COUNTED = /(?:\d{1,2}|[一二两三四五])(?:只|把|个|台|套|包|盒|件)/g;
/** 100 张: how many come in a pack. */
const PACK = /(?<![\d.])(\d{1,4})张/g;
const PACK_ONE = new RegExp(PACK.source);
/** A price said as a sum, a difference or a limit, not as what one thing costs: 共 268.9 元, 满 199 元, 便宜 20 块, 领了券只要 349 元. */
const NOT_UNIT_PRICE = /[共满减差省补凑抵返折加和跟及与、后比超均低高+=领券]|总|合计|实付|到手|一起|优惠|便宜|贵|多|少|预算|以内|不到|累计|运费|邮费|不是|并非|而不是|相当于|算下来|折合/;
const AFTER_PRICE = /^(?:以上|以内|左右|起|上下|的预算|差价|优惠|券|红包|现金|返现|的券|的门槛|门槛)/;
/** Words that ask what a price is, so a price in their clause is about the thing the sentence is on: 价格也只要 239 元. */
const PRICE_WORD = /价格|价钱|售价|单价|卖|只要|只需|才|要/;

/** A colour, with or without 色 (雾蓝, 奶白色). */
const COLOUR_WORD = String.raw`((?:浅|深|雾|奶|米|樱|藏|天|玫|酒|墨|象牙)?(?:黑|白|红|蓝|灰|粉|绿|黄|紫|金|银|咖|棕|橙|青))色?`;
/** 订单 20251108-0087：雾蓝色保温杯: the colour the order was placed for, in the panel. */
const ORDER_COLOUR = new RegExp(String.raw`订单[^：:。；\n]{0,20}[：:][^。；，,\n]{0,14}?${COLOUR_WORD}`, 'g');
/** 您订单上拍的其实是奶白色: a reply saying which colour the customer ordered. */
const ORDERED_COLOUR = new RegExp(String.raw`(?:订单|您|你)(?:当时|之前)?(?:上|里)?(?:拍|买|下单|选|下|订|写)的(?:其实|确实|本来)?(?:就|也)?是${COLOUR_WORD}`, 'g');

/** 订单 20251108-0087：雾蓝色保温杯 1 只: how many the order was placed for, in the panel. */
const ORDER_COUNT = /订单[^：:。；\n]{0,20}[：:][^。；，,\n]{0,14}?(\d{1,2}|[一两二三四五])\s*(只|个|台|件|套|把)/g;
/** 您这单拍的是两只: a reply saying how many the customer ordered. */
const ORDERED_COUNT = /(?:订单|这单|您|你)(?:上|里)?(?:拍|买|下单|订|下)的(?:其实|确实|本来)?(?:就|也)?是?(?:[\u4e00-\u9fa5]{1,3}色)?(\d{1,2}|[一两二三四五])(只|个|台|件|套|把)/g;

/** The slots a scenario's texts fill, read once. */
interface Slots {
  all: string;
  returnDays: Set<number>;
  /** The names the panel puts in a slot (晚班售后是王丽 → 王丽). */
  names: string[];
  districts: Set<string>;
  /** Building, unit and room numbers of the address (unit → {3}, room → {502}). */
  addressNumbers: Map<string, Set<string>>;
  centres: Set<string>;
  temperature?: [number, number];
  booking: Map<string, Set<number>>;
  ownModel?: string;
  refundFrom: Map<string, Set<string>>;
  promoEnds: Set<number>;
  /** The day a promotion ends on, where the panel says it: today (今天、今晚) or tomorrow. */
  promoDays: Set<string>;
  people: Map<string, [number, number]>;
  paidInTime: boolean;
  /** The most hours a drink may stay in the cup before it is drunk (3 for 两三个小时内喝完). */
  drink?: number;
  /** The courier's delivery windows the panel gives, in hours. */
  courierWindows: Set<number>;
  /** The order numbers the panel gives (20251108-0087). */
  orderNumbers: Set<string>;
  /** The hour before which paying ships the same day (16 for 16:00). */
  cutoff?: number;
  tiers: Set<string>;
  /** How many times the customer has bought (第 3 次购买 → 3). */
  purchases: Set<number>;
  /** The panel sends something the same day with no cut-off (补发：收到照片当天安排). */
  sameDay: boolean;
  /** Hours after chasing the courier before the shop acts (催件后两天 → 48). */
  chase: Set<number>;
  /** When she can be contacted: an hour (0–23) and before or after it. */
  contact: { hour: number; side: string }[];
  soak: Set<number>;
  orderColours: Set<string>;
  /** How many the order holds, by measure word (只 → {1}). */
  orderCounts: Map<string, Set<number>>;
  /** What a thing the shop sells costs: by the last two characters of its name (杯刷 → 15) and by model (4.5 → 259). */
  prices: Map<string, Set<number>>;
  /** How many come in its pack, by the same name (油纸 → 100). */
  packs: Map<string, Set<number>>;
  /** What the feedback calls a priced thing (温杯 → 保温杯, 杯刷 → 杯刷). */
  labels: Map<string, string>;
}

/**
 * The things a scenario's card and panel price, one clause at a time: 长柄专用杯刷 15 元 prices 杯刷, 4.5L 空气炸锅 259 元
 * prices 炸锅 and the 4.5 L model, 空气炸锅专用吸油纸 100 张 9.9 元 prices 油纸 and packs it by 100. A clause with more
 * than one price, or a price that is a threshold (满 199 元), prices nothing.
 */
function pricesOf(scenario: Scenario) {
  const prices = new Map<string, Set<number>>();
  const packs = new Map<string, Set<number>>();
  const labels = new Map<string, string>();
  const add = (map: Map<string, Set<number>>, key: string, value: number) => map.set(key, (map.get(key) ?? new Set()).add(value));
  const lines = [`${scenario.product.name}${scenario.product.price}元`, ...(scenario.product.specs ?? []), ...scenario.facts];
  for (const line of lines) {
    for (const clause of squeeze(line).replace(/（[^（）]*）|\([^()]*\)/g, (inner) => (/元/.test(inner) ? inner : '')).split(/[，。；：,;:\n]/)) {
      const found = [...clause.matchAll(PRICE)];
      if (found.length !== 1) continue;
      const m = found[0]!;
      // 保温杯每只 109 元 prices 保温杯: a unit word before the price is no name.
      const named = clause.slice(0, m.index).replace(/(?<![\d.])\d{1,4}张/g, '').replace(/(?:每(?:只|个|件|台|套|把|包|盒)|单价|售价|价格|只要|为|是|都是)+$/, '');
      const head = named.replace(/[^一-龥]+$/, '').match(/[一-龥]{2,}$/)?.[0];
      if (!head || /[满减计到约共付省差补]$/.test(head)) continue;
      const value = priceOf(m);
      add(prices, head.slice(-2), value);
      if (!labels.has(head.slice(-2))) labels.set(head.slice(-2), head.replace(/^.*?(?:专用|毫升|升|款)/, '') || head.slice(-2));
      for (const model of named.matchAll(MODEL)) add(prices, `${volume(model[1]!)}L`, value);
      for (const pack of clause.matchAll(PACK)) add(packs, head.slice(-2), Number(pack[1]));
    }
  }
  return { prices, packs, labels };
}

/** A price is one of the thing's, or a whole number of them (两只 218 元). */
const priceFits = (value: number, known: Set<number>) => [...known].some((price) => [1, 2, 3, 4, 5, 6, 8, 10].some((k) => Math.abs(price * k - value) < 0.01));

/**
 * Whether the scenario's own rules already grade a slip about `word` with some points (a group that names
 * a misconception and gives partial credit, its feedback naming the word): the author chose how much that
 * slip costs, so the slot check leaves it to the rules rather than taking every point away.
 */
const gradedByRules = (scenario: Scenario, word: string) =>
  Object.values(scenario.states).some((state) => 'judge' in state && state.judge.groups.some((g) => g.points > 0 && !!g.misconception && g.feedback.includes(word)));

const squeeze = (text: string) => text.normalize('NFKC').replace(/[ \t]/g, '');
const endHour = (day: string | undefined, part: string | undefined, hour: number) =>
  (part === '下午' || part === '晚上' || day === '今晚' || day === '明晚') && hour <= 12 ? hour + 12 : hour;
const volume = (value: string) => String(Number(value));
const dayOf = (day: string) => (day.startsWith('明') ? 'tomorrow' : 'today');

const drinkOf = (staff: string[]) => {
  const hours = staff.flatMap((line) => [...line.matchAll(DRINK)].map((m) => readNumber(m[1]!)));
  return hours.length > 0 ? { drink: Math.max(...hours) } : {};
};

const cache = new WeakMap<Scenario, Slots>();

function slotsOf(scenario: Scenario): Slots {
  let found = cache.get(scenario);
  if (found) return found;
  const staff = scenarioTexts(scenario, { customers: false }).map(squeeze);
  const all = [scenario.persona.name, ...scenarioTexts(scenario)].map(squeeze).join('\n');
  const temps = [...all.matchAll(TEMPERATURE_SPAN)].flatMap((m) => [Number(m[1]), Number(m[2])]).concat([...all.matchAll(TEMPERATURE)].map((m) => Number(m[1])));
  // Booking hours per model: a line names its model (3L 智能电饭煲 299 元：…24 小时预约); the card's specs are the card's model.
  const ownModel = [...squeeze(scenario.product.name).matchAll(MODEL)][0]?.[1];
  const booking = new Map<string, Set<number>>();
  const lines = [...(scenario.product.specs ?? []).map((spec) => [squeeze(spec), ownModel] as const), ...scenario.facts.map((fact) => [squeeze(fact), [...squeeze(fact).matchAll(MODEL)][0]?.[1]] as const)];
  for (const [line, model] of gradedByRules(scenario, '预约') ? [] : lines) {
    if (!model) continue;
    for (const m of line.matchAll(BOOKING)) {
      const key = volume(model);
      booking.set(key, (booking.get(key) ?? new Set()).add(readNumber(m[1] ?? m[2]!)));
    }
  }
  const people = new Map<string, [number, number]>();
  for (const [line, model] of lines) {
    const span = model ? [...line.matchAll(PEOPLE_SPAN)][0] : undefined;
    if (span && !people.has(volume(model!))) people.set(volume(model!), [readNumber(span[1]!), readNumber(span[2]!)]);
  }
  const joined = staff.join('\n');
  const paid = joined.match(PAID_AT);
  const cutoff = joined.match(CUTOFF);
  const refundFrom = new Map<string, Set<string>>();
  for (const line of staff) {
    for (const m of line.matchAll(REFUND_FROM)) {
      const key = `${readNumber(m[2]!)}${m[3]}`;
      refundFrom.set(key, (refundFrom.get(key) ?? new Set()).add(eventClass(m[1]!)));
    }
  }
  const addressNumbers = new Map<string, Set<string>>();
  for (const m of staff.join('\n').matchAll(ADDRESS_NO)) {
    for (const [part, value] of addressParts(m)) addressNumbers.set(part, (addressNumbers.get(part) ?? new Set()).add(String(Number(value))));
  }
  found = {
    all,
    addressNumbers,
    returnDays: new Set([7, ...[...all.matchAll(RETURN_DAYS)].map(returnDaysOf)]),
    names: [...new Set([...all.matchAll(NAME)].map(nameOf).filter((name) => !NOT_A_NAME.test(name)))],
    districts: new Set([...all.matchAll(DISTRICT)].map((m) => m[1] ?? m[2]!).filter((d) => !NOT_A_DISTRICT.test(d))),
    centres: new Set([...all.matchAll(CENTRE)].map((m) => m[1]!).filter((c) => !NOT_A_CITY.test(c))),
    ...(temps.length > 0 ? { temperature: [Math.min(...temps), Math.max(...temps)] as [number, number] } : {}),
    booking,
    ...(ownModel ? { ownModel: volume(ownModel) } : {}),
    refundFrom,
    people,
    paidInTime: !!paid && !!cutoff && Number(paid[1]) * 60 + Number(paid[2]) < Number(cutoff[1]) * 60,
    ...(cutoff ? { cutoff: Number(cutoff[1]) } : {}),
    courierWindows: new Set(staff.flatMap((line) => [...line.matchAll(COURIER_WINDOW)].map((m) => readNumber(m[1]!) * (m[2] === '天' ? 24 : 1)))),
    orderNumbers: new Set(staff.flatMap((line) => [...line.matchAll(ORDER_NO)].map((m) => m[0]))),
    ...drinkOf(staff),
    orderColours: new Set(staff.flatMap((line) => [...line.matchAll(ORDER_COLOUR)].map((m) => m[1]!))),
    orderCounts: staff.flatMap((line) => [...line.matchAll(ORDER_COUNT)]).reduce((counts, m) => counts.set(m[2]!, (counts.get(m[2]!) ?? new Set<number>()).add(readNumber(m[1]!))), new Map<string, Set<number>>()),
    tiers: new Set([...all.matchAll(TIER)].map((m) => m[1]!)),
    chase: new Set(staff.flatMap((line) => [...line.matchAll(CHASE)].map((m) => readNumber(m[1]!) * (m[2] === '小时' ? 1 : 24)))),
    contact: staff.flatMap((line) =>
      line.split(/[，。；,;\n]/).filter((clause) => CONTACTING.test(clause) || /方便/.test(clause)).flatMap((clause) => [...clause.matchAll(CONTACT_TIME)].map((m) => ({ hour: hour24(m[1], readNumber(m[2]!)), side: m[3]! }))),
    ),
    sameDay: staff.some((line) => SAME_DAY.test(line) && !/前(?:付款|下单)/.test(line)),
    purchases: new Set(staff.flatMap((line) => [...line.matchAll(PURCHASES)].map((m) => readNumber(m[1]!)))),
    soak: new Set(staff.flatMap((line) => [...line.matchAll(SOAK)].map(soakMinutes))),
    promoEnds: new Set(staff.flatMap((line) => [...line.matchAll(PROMO_END)].map((m) => {
      const [day, part, hour] = promoParts(m);
      return endHour(day, part, Number(hour));
    }))),
    promoDays: new Set(staff.flatMap((line) => [...line.matchAll(PROMO_END)].flatMap((m) => {
      const [day] = promoParts(m);
      return day ? [dayOf(day)] : [];
    }))),
    ...pricesOf(scenario),
  };
  cache.set(scenario, found);
  return found;
}

/**
 * The first slot a reply (NFKC, without spaces) fills differently from the scenario, or undefined.
 * @example bySlots(scenario, '下班前交接给晚班的王芳') // { term: '王芳', … } when the panel names 王丽
 */
export function bySlots(scenario: Scenario, text: string): UnknownFact | undefined {
  const slots = slotsOf(scenario);
  const { all } = slots;
  for (const m of text.matchAll(RETURN_DAYS)) {
    const days = returnDaysOf(m);
    if (slots.returnDays.has(days) || NEGATED.test(before(text, m.index))) continue;
    return hit(m, 0, m[0], `“${m[0]}”说错了天数：资料写的是 ${[...slots.returnDays].join(' 或 ')} 天无理由退货（《消费者权益保护法》规定的是七天，从签收次日起算）。天数说错了，顾客按错的期限来退，店铺做不到，就是纠纷。`, '说错无理由退货的天数');
  }
  for (const m of slots.names.length > 0 ? text.matchAll(NAME) : []) {
    const name = nameOf(m);
    // 周姐说 / 周姐再: the colleague the panel names (周姐) and the next word; 王丽丽姐 calls 王丽 fondly.
    if (NOT_A_NAME.test(name) || all.includes(name) || (m[1] && /^[姐哥]/.test(m[2]!) && (all.includes(m[1]) || all.includes(m[1] + m[2]![0])))) continue;
    if (m[1] && /^(.)\1$/.test(m[2]!) && all.includes(m[1] + m[2]![0])) continue;
    const start = m[0].length - name.length;
    return hit(m, start, name, `“${name}”和资料对不上：资料里写的是${slots.names.join('、')}。交接对象或收件人说错，同事接不上手，包裹也可能送错。请逐字对照资料里的人名。`, '说错资料里的人名');
  }
  if (slots.districts.size > 0) {
    for (const m of text.matchAll(DISTRICT)) {
      const district = m[1] ?? m[2]!;
      if (NOT_A_DISTRICT.test(district) || slots.districts.has(district) || all.includes(district)) continue;
      return hit(m, 0, district, `地址里的“${district}”和订单对不上：资料写的是${[...slots.districts].join('、')}。核对地址时读错，顾客没注意就会寄错地方。请逐字对照订单里的收货地址。`, '核对地址时说错区县');
    }
  }
  if (slots.addressNumbers.size > 0) {
    // 5 单元 302 where the order says 3 单元 502: read back wrong, the parcel goes to a neighbour's door.
    for (const m of text.matchAll(ADDRESS_NO)) {
      const wrong = addressParts(m).find(([part, value]) => slots.addressNumbers.has(part) && !slots.addressNumbers.get(part)!.has(String(Number(value))));
      if (!wrong || NEGATED.test(before(text, m.index))) continue;
      const expected = [...slots.addressNumbers.entries()].map(([part, values]) => `${ADDRESS_PART_NAMES[part]} ${[...values].join('、')}`).join('，');
      return hit(m, 0, m[0], `地址里的“${m[0]}”和订单对不上：资料写的是${expected}。核对地址时读错门牌，包裹会送到别人家门口。请逐字对照订单里的收货地址。`, '核对地址时说错门牌号');
    }
  }
  if (slots.centres.size > 0) {
    for (const m of text.matchAll(CENTRE)) {
      const city = m[1]!;
      if (NOT_A_CITY.test(city) || slots.centres.has(city) || NEGATED.test(before(text, m.index))) continue;
      return hit(m, 0, m[0], `“${m[0]}”和物流信息对不上：资料写的是包裹在${[...slots.centres].join('、')}转运中心。说错包裹的位置，顾客一查物流就知道你没有认真查。`, '说错包裹所在的转运中心');
    }
  }
  if (slots.temperature) {
    const [low, high] = slots.temperature;
    for (const m of text.matchAll(TEMPERATURE)) {
      const value = Number(m[1]);
      if (value >= low && value <= high) continue;
      return hit(m, 0, m[0], `“${m[0]}”超出了资料写的温度范围（${low}～${high}℃）。把性能说高了，顾客按这个温度去用，做不到就会觉得被骗。`, '报出的温度与资料不符');
    }
  }
  if (slots.booking.size > 0) {
    const mentions = [...text.matchAll(MODEL)];
    for (const m of text.matchAll(BOOKING)) {
      // The model talked about: the last one the reply names before the claim, else the card's.
      const named = mentions.filter((mention) => mention.index < m.index).at(-1)?.[1];
      const model = named ? volume(named) : slots.ownModel;
      const hours = model ? slots.booking.get(model) : undefined;
      if (!hours || hours.has(readNumber(m[1] ?? m[2]!))) continue;
      return hit(m, 0, m[0], `“${m[0]}”和资料对不上：资料写的这一款（${model} 升）是 ${[...hours].join(' 或 ')} 小时预约。把别的款式的功能安到这一款上，顾客买回去才发现不一样，会觉得被骗。`, '说错商品的预约时长');
    }
  }
  if (slots.refundFrom.size > 0) {
    for (const m of text.matchAll(REFUND_FROM)) {
      const from = slots.refundFrom.get(`${readNumber(m[2]!)}${m[3]}`);
      if (!from) {
        // 仓库签收后 7 天内原路退款 where the panel gives 48 hours from the same event: the wait said wrong.
        const hours = (key: string) => Number(key.match(/^\d+/)![0]) * (key.endsWith('小时') ? 1 : 24);
        const given = [...slots.refundFrom.entries()].filter(([, events]) => events.has(eventClass(m[1]!))).map(([key]) => key);
        if (given.length === 0 || given.some((key) => hours(key) === hours(`${readNumber(m[2]!)}${m[3]}`)) || NEGATED.test(before(text, m.index))) continue;
        return hit(m, 0, m[0], `“${m[0]}”把退款的时间说错了：资料写的是${EVENT_NAMES[eventClass(m[1]!)]} ${given.join(' 或 ')}内退款。说长了顾客会着急，说短了到时没到账，她会觉得被骗。`, '说错退款的时间');
      }
      if (from.has(eventClass(m[1]!))) continue;
      const [expected] = [...from];
      return hit(m, 0, m[0], `“${m[0]}”把退款的起算时间说错了：资料写的是${EVENT_NAMES[expected!]}才开始算。说早了，顾客寄出后按这个时间等，到时没到账会更着急。`, '说错退款的起算时间');
    }
  }
  if (slots.people.size > 0) {
    // Clause by clause: 三口人其实 2L 的就够用了 puts three people on a model the panel gives for one or two.
    let offset = 0;
    // 推荐这款2L大按键电饭煲，适合2~4人: a clause without a model is about the one its sentence named last.
    let lastModel: RegExpMatchArray | undefined;
    const sentenceModels = new Set<string>();
    // An aside in brackets that names another model (三口人用很合适（另有3.5L款适合1～2人）) is a clause of its own;
    // a bracket right after a model (2L（适合1～3人）) belongs to it.
    for (const clause of text.split(/(?<=[，。！？；,!?;\n])|(?=[（(][^）)]{0,6}?\d(?:\.\d)?\s*(?:L|l|升))/)) {
      const own = [...clause.matchAll(MODEL)];
      // 一个适合1-2人，一个适合3-5人 after two models: the clause is about one of them, no telling which.
      const models = own.length > 0 ? own : lastModel && sentenceModels.size === 1 && HAS_PEOPLE_SPAN.test(clause) ? [lastModel] : [];
      for (const model of own) sentenceModels.add(volume(model[1]!));
      lastModel = /[。！？!?\n]$/.test(clause) ? undefined : (own.at(-1) ?? lastModel);
      if (/[。！？!?\n]$/.test(clause)) sentenceModels.clear();
      const counts = [...clause.matchAll(PEOPLE)];
      const range = models.length === 1 ? slots.people.get(volume(models[0]![1]!)) : undefined;
      // 3 升的适合 3～5 人 where the panel gives 3 升 for 1～2: a span of people put on the wrong model.
      const span =
        range && !NEGATED.test(clause)
          ? ([...clause.matchAll(PEOPLE_SPAN)].find((s) => readNumber(s[1]!) !== range[0] || readNumber(s[2]!) !== range[1]) ??
            (SUITS.test(clause) ? [...clause.matchAll(SPOKEN_PEOPLE_SPAN)].find((s) => readNumber(s[1]!) < range[0] || readNumber(s[2]!) > range[1]) : undefined))
          : undefined;
      if (span && range) {
        return { term: span[0], start: offset + span.index!, end: offset + span.index! + span[0].length, feedback: `“${clause.replace(/[，。！？；,!?;\n]$/, '')}”和资料对不上：资料写的 ${models[0]![1]} 升适合 ${range[0]}～${range[1]} 人。说错了款式的适用人数，顾客会按错的容量来选。`, misconception: '说错款式的适用人数' };
      }
      // One number of people, however often it is said (三口人三口人的话…).
      if (range && counts.length > 0 && new Set(counts.map((c) => readNumber(c[1]!))).size === 1 && ENOUGH.test(clause) && !NEGATED.test(clause)) {
        const m = counts[0]!;
        const n = readNumber(m[1]!);
        if (n < range[0] || n > range[1]) {
          return { term: m[0], start: offset + m.index!, end: offset + m.index! + m[0].length, feedback: `“${clause.replace(/[，。！？；,!?;\n]$/, '')}”和资料对不上：资料写的 ${models[0]![1]} 升适合 ${range[0]}～${range[1]} 人。推荐了不合适的容量，顾客买回去不够用或太大，会觉得被误导。`, misconception: '说错款式的适用人数' };
        }
      }
      offset += clause.length;
    }
  }
  if (slots.orderNumbers.size > 0) {
    // 订单 20251108-0078 where it is 0087: the customer can't find the order, or a colleague pulls up the wrong one.
    for (const m of text.matchAll(ORDER_NO)) {
      if (slots.orderNumbers.has(m[0])) continue;
      return hit(m, 0, m[0], `单号“${m[0]}”和资料对不上：资料写的是 ${[...slots.orderNumbers].join('、')}。订单号或运单号读错，同事或顾客会查到别的单。请逐位核对后再说。`, '说错订单号或运单号');
    }
  }
  if (slots.courierWindows.size > 0) {
    // 预计 24 小时内就能派送 where the courier said 48: the customer waits by a promise nobody made.
    for (const m of text.matchAll(COURIER_WINDOW)) {
      const hours = readNumber(m[1]!) * (m[2] === '天' ? 24 : 1);
      if (slots.courierWindows.has(hours) || NEGATED.test(before(text, m.index))) continue;
      return hit(m, 0, m[0], `“${m[0]}”和资料对不上：快递回复的是 ${[...slots.courierWindows].map((h) => `${h} 小时`).join(' 或 ')}内派送。把时间说短了，到时没送到顾客更生气；说长了，她会白白着急。请照快递的原话转告。`, '说错快递回复的派送时间');
    }
  }
  if (slots.drink !== undefined) {
    // 放七八个小时内喝完都没问题 where the panel says 两三个小时内喝完: the milk spoils in the cup.
    for (const m of text.matchAll(DRINK)) {
      if (readNumber(m[1]!) <= slots.drink! || NEGATED.test(before(text, m.index))) continue;
      return hit(m, 0, m[0], `“${m[0]}”和资料对不上：资料建议 ${slots.drink} 个小时以内喝完、喝完及时清洗。时间说长了，顾客照做，饮品可能变质。`, '说错饮品的存放时间');
    }
  }
  if (slots.cutoff !== undefined) {
    // 晚上十点前付款都能当天发 where the panel says 16:00: she pays at nine and waits a day.
    for (const m of text.matchAll(CUTOFF_SAID)) {
      const hour = readNumber(m[2]!);
      if (hour24(m[1], hour) === slots.cutoff || (!m[1] && hour + 12 === slots.cutoff) || NEGATED.test(before(text, m.index))) continue;
      return hit(m, 0, m[0], `“${m[0]}”和资料对不上：资料写的是 ${slots.cutoff}:00 前付款当天发货。截单时间说错了：说晚了，顾客按这个时间付款却要多等一天；说早了，顾客会白白着急。`, '说错当天发货的截单时间');
    }
  }
  if (slots.cutoff !== undefined) {
    // 16:00前付款的话第二天一早就给您发货 where the panel ships the same day.
    for (const m of text.matchAll(NEXT_DAY_AFTER_CUTOFF)) {
      if (NEGATED.test(before(text, m.index))) continue;
      return hit(m, 0, m[0], `“${m[0]}”和资料对不上：资料写的是 ${slots.cutoff}:00 前付款当天发货。说成第二天才发，顾客会白白多等一天。`, '说错当天发货的时间');
    }
  }
  if (slots.paidInTime) {
    for (const m of text.matchAll(MISSED)) {
      if (NEGATED.test(before(text, m.index))) continue;
      return hit(m, 0, m[0], `“${m[0]}”和资料对不上：顾客付款的时间在当天发货的截单时间之前，今天就能发出。说成赶不上，顾客会白白多等一天，也会觉得店铺在找借口。`, '说错能否当天发货');
    }
  }
  if (slots.orderColours.size > 0) {
    // 您订单上拍的其实就是奶白色 where the order says 雾蓝色: the record is misread, and the fault put on the customer.
    for (const m of text.matchAll(ORDERED_COLOUR)) {
      if (slots.orderColours.has(m[1]!) || NEGATED.test(before(text, m.index))) continue;
      const expected = [...slots.orderColours].map((c) => `${c}色`).join('、');
      return hit(m, 0, m[0], `“${m[0]}”和订单对不上：订单上拍的是${expected}。把订单记录说错，还等于说顾客自己拍错了，只会让她更生气。请先核对订单再回复。`, '说错订单上的颜色');
    }
  }
  // 您这单拍的是两只雾蓝色 where the order holds 1 只: the record is misread.
  for (const m of slots.orderCounts.size > 0 ? text.matchAll(ORDERED_COUNT) : []) {
    const counts = slots.orderCounts.get(m[2]!);
    if (!counts || counts.has(readNumber(m[1]!)) || NEGATED.test(before(text, m.index))) continue;
    return hit(m, 0, m[0], `“${m[0]}”和订单对不上：订单上是${[...counts].join('、')}${m[2]}。把订单记录说错，顾客会觉得你没看她的订单。请先核对订单再回复。`, '说错订单上的数量');
  }
  if (slots.tiers.size > 0) {
    // 您是我们的金卡会员 where the panel says 银卡: the customer knows her own tier, and a wrong one shows nobody read her file.
    for (const m of text.matchAll(TIER)) {
      if (slots.tiers.has(m[1]!) || NEGATED.test(before(text, m.index)) || /[不没]$/.test(text.slice(0, m.index))) continue;
      return hit(m, 0, m[0], `“${m[0]}”和资料对不上：资料写的是${[...slots.tiers].map((t) => `${t}卡会员`).join('、')}。说错顾客的会员等级，顾客会觉得你没看她的档案。请以资料为准。`, '说错顾客的会员等级');
    }
  }
  if (slots.sameDay) {
    for (const m of text.matchAll(LATER)) {
      if (NEGATED.test(before(text, m.index)) || /如果|要是|万一|假如/.test(before(text, m.index))) continue;
      return hit(m, 0, m[0], `“${m[0]}”和资料对不上：资料写的是当天就安排发出。把时间说晚了，顾客白白多等，也会觉得店铺在拖。请以资料为准。`, '说错发出的时间');
    }
  }
  if (slots.chase.size > 0) {
    // 催件后三天还没进展就补发 where the panel says two days.
    for (const m of text.matchAll(CHASE)) {
      if (slots.chase.has(readNumber(m[1]!) * (m[2] === '小时' ? 1 : 24)) || NEGATED.test(before(text, m.index))) continue;
      const expected = [...slots.chase].map((h) => (h % 24 === 0 ? `${h / 24} 天` : `${h} 小时`)).join(' 或 ');
      return hit(m, 0, m[0], `“${m[0]}”和店铺规定对不上：规定写的是催件后 ${expected}。说长了顾客白等，说短了做不到，都会失信。`, '说错店铺规定的处理时限');
    }
  }
  if (slots.contact.length > 0) {
    // 以后都在早上 8 点前联系您 where her file says 晚上 8 点后: contacted when she can't answer.
    let offset = 0;
    for (const clause of text.split(/(?<=[，。！？；,!?;\n])/)) {
      if (CONTACTING.test(clause)) {
        for (const m of clause.matchAll(CONTACT_TIME)) {
          const hour = readNumber(m[2]!);
          const fits = slots.contact.some((c) => c.side === m[3] && (c.hour === hour24(m[1], hour) || (!m[1] && c.hour === hour + 12)));
          if (fits || NEGATED.test(clause.slice(0, m.index))) continue;
          const expected = slots.contact.map((c) => `${c.hour > 12 ? `晚上 ${c.hour - 12}` : c.hour} 点${c.side}`).join('、');
          return { term: m[0], start: offset + m.index!, end: offset + m.index! + m[0].length, feedback: `“${m[0]}”和档案对不上：档案写的是${expected}方便联系。挑她不方便的时候打扰，回访就成了骚扰。请按档案记录的时间联系。`, misconception: '说错顾客方便联系的时间' };
        }
      }
      offset += clause.length;
    }
  }
  if (slots.purchases.size > 0) {
    // 您这是第一次在我们店买 where her file says 第 3 次购买: a returning customer treated as a stranger.
    for (const m of text.matchAll(PURCHASES)) {
      if (slots.purchases.has(readNumber(m[1]!)) || NEGATED.test(before(text, m.index))) continue;
      return hit(m, 0, m[0], `“${m[0]}”和资料对不上：资料写的是第 ${[...slots.purchases].join('、')} 次购买。把老顾客说成新顾客（或反过来），她会觉得你没看她的档案。请以资料为准。`, '说错顾客的购买次数');
    }
  }
  if (slots.soak.size > 0) {
    // 泡上一整夜 where the panel says 浸泡 20 分钟: the customer follows the wrong method.
    for (const m of text.matchAll(SOAK)) {
      const clause = before(text, m.index);
      if (slots.soak.has(soakMinutes(m)) || /不用|不必|无需|不要|别/.test(clause) || NEGATED.test(clause)) continue;
      const expected = [...slots.soak].map((v) => (v % 60 === 0 ? `${v / 60} 小时` : `${v} 分钟`)).join(' 或 ');
      return hit(m, 0, m[0], `“${m[0]}”和资料对不上：资料写的是浸泡 ${expected}。时间说错，顾客照着做，效果不好或伤到商品。请按资料说明方法和时间。`, '说错使用方法的时间');
    }
  }
  if (slots.prices.size > 0) {
    const found = wrongPrice(slots, text);
    if (found) return found;
  }
  if (slots.promoDays.has('today') && !slots.promoDays.has('tomorrow')) {
    for (const m of text.matchAll(PROMO_LATER)) {
      if (NEGATED.test(before(text, m.index))) continue;
      return hit(m, 0, m[0], `“${m[0]}”和资料对不上：活动今天就结束。说成还能等，顾客拖到明天再付，就错过了赠品，会觉得被骗。`, '说错活动截止时间');
    }
  }
  if (slots.promoEnds.size > 0) {
    for (const m of text.matchAll(PROMO_END)) {
      // 活动到明天晚上 24 点 where it ends tonight: the right hour on the wrong day.
      const [said, part, hour] = promoParts(m);
      const day = said && slots.promoDays.size > 0 && !slots.promoDays.has(dayOf(said));
      if (slots.promoEnds.has(endHour(said, part, Number(hour))) && !day) continue;
      return hit(m, 0, m[0], `“${m[0]}”和资料对不上：活动截止时间是${slots.promoDays.size === 1 ? (slots.promoDays.has('today') ? '今天' : '明天') : ''} ${[...slots.promoEnds].map((h) => `${h}:00`).join(' 或 ')}。说早了是给顾客制造假的紧迫感，说晚了顾客会错过活动。`, '说错活动截止时间');
    }
  }
  return undefined;
}

/**
 * A price or pack size said of a thing the panel prices, other than the panel's: 杯刷只要 5 块钱 where the panel says
 * 15 元, 4.5 升的……价格也只要 239 元 where it says 259 元, 吸油纸 9.9 元 50 张 where a pack holds 100. The thing is the
 * one named last before the price in its clause (or just after it: 15 元的杯刷); a clause that only asks for a price
 * (价格也只要…) is about the thing its sentence named last. Sums, thresholds and differences (共、满、便宜、加…) are
 * no unit price and are left to the amounts check (facts.ts).
 */
function wrongPrice(slots: Slots, text: string): UnknownFact | undefined {
  if (!PRICED.test(text) && !PACK_ONE.test(text)) return undefined;
  const names = [...slots.prices.keys()];
  const words = names.filter((name) => !name.endsWith('L'));
  const NAMED = words.length > 0 ? new RegExp(words.sort((a, b) => b.length - a.length).join('|'), 'g') : undefined;
  const mentions = (clause: string) =>
    [...(NAMED ? [...clause.matchAll(NAMED)].map((m) => ({ name: m[0], at: m.index })) : []), ...[...clause.matchAll(MODEL)].map((m) => ({ name: `${volume(m[1]!)}L`, at: m.index }))]
      .filter((mention) => slots.prices.has(mention.name))
      .sort((a, b) => a.at - b.at);
  /** The last mention before `at` (mentions are sorted). */
  const lastBefore = (named: { name: string; at: number }[], at: number) => {
    let found: { name: string; at: number } | undefined;
    for (const mention of named) {
      if (mention.at >= at) break;
      found = mention;
    }
    return found;
  };
  let offset = 0;
  for (const sentence of text.split(/(?<=[。！？!?\n])/)) {
    let subject: string | undefined;
    let at = offset;
    // 价格也只要…: only while the sentence has priced nothing yet (满 199 减 20，只要 188 元 is a total).
    let priced = false;
    let listed = false;
    for (const clause of sentence.split(/(?<=[，；,;])/)) {
      const named = mentions(clause);
      const things = new Set(named.map((mention) => (mention.name.endsWith('L') ? 'model' : mention.name)));
      // Only the clause's first price can be a unit price: one after it is a sum or a second thing's.
      const m = clause.match(PRICED);
      if (m && m.index !== undefined) {
        const before = clause.slice(0, m.index);
        const own = lastBefore(named, m.index);
        const after = clause.slice(m.index + m[0].length, m.index + m[0].length + 12).match(/^(?:钱)?(?:一(?:个|只|把|包|台|套))?的([一-龥]{2,6})/)?.[1];
        const next = after ? names.find((name) => after.includes(name)) : undefined;
        // 推荐您选4.5升的，249元: a price that opens its clause is the price of what the sentence just named.
        const thing = next ?? own?.name ?? ((PRICE_WORD.test(before) || (before === '' && !listed)) && !priced ? subject : undefined);
        // Only what stands between the thing and the price (or the clause's start) can make it a sum or a limit;
        // a price right before its thing (5 块钱的杯刷) has nothing between them.
        const between = next ? '' : before.slice(own?.at ?? 0);
        // 相当于茶杯仅需19元: an effective price worked out, not the thing's price.
        const sum = NOT_UNIT_PRICE.test(between) || /相当于|算下来|折合|等于/.test(before) || AFTER_PRICE.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 8).replace(/^钱/, '')) || NEGATED.test(before.slice(-20)) || REFUSED_AFTER.test(clause.slice(m.index + m[0].length)) || (before.match(COUNTED)?.length ?? 0) > 1;
        const known = thing && things.size <= 1 && !sum ? slots.prices.get(thing) : undefined;
        if (known && !priceFits(priceOf(m), known)) {
          const label = thing!.endsWith('L') ? ` ${thing!.slice(0, -1)} 升款` : (slots.labels.get(thing!) ?? thing);
          return { term: m[0], start: at + m.index, end: at + m.index + m[0].length, feedback: `“${m[0]}”和资料对不上：资料写的${label}是 ${[...known].join(' 或 ')} 元。价格报错，顾客按这个价格下单，付款时对不上就会觉得被骗。报价前请逐字对照资料。`, misconception: '报错商品的价格' };
        }
        priced = true;
      }
      const pack = clause.match(PACK_ONE);
      if (pack && pack.index !== undefined) {
        const thing = lastBefore(named, pack.index)?.name ?? named[0]?.name ?? subject;
        const known = thing ? slots.packs.get(thing) : undefined;
        if (known && !known.has(Number(pack[1])) && !NEGATED.test(clause.slice(Math.max(0, pack.index - 20), pack.index))) {
          return { term: pack[0], start: at + pack.index, end: at + pack.index + pack[0].length, feedback: `“${pack[0]}”和资料对不上：资料写的是一包 ${[...known].join(' 或 ')} 张。规格说错，顾客收货发现不一样，会觉得被骗。`, misconception: '说错商品的规格' };
        }
      }
      // A clause that lists things (保温杯×2、杯刷×1) leaves no single thing for a price that follows.
      if (named.length > 0) listed = /[×*+、和]|(?:\d|[一两二三四五])(?:只|个|把|台|套|包)/.test(clause);
      subject = named.at(-1)?.name ?? subject;
      at += clause.length;
    }
    offset += sentence.length;
  }
  return undefined;
}

import { endsWord, findHits, NEGATORS, NON_NEGATING, normalise, rawRange, type Normalised } from '../answer/index.ts';
import { normaliseLong } from '../answer/normalise-long.ts';
import { isComplement, negationScope, proposalTurnedDown, type NegationScope } from '../answer/meaning/index.ts';
import type { ChatEnv, GuardKind } from './types.ts';
import { overPromise } from './detectors/over-promise.ts';

/**
 * Guards run before a state's rule set: a 禁用语 or an attempt to move the deal or the contact off the
 * platform is always caught, whatever the scenario's groups say (docs/domain.md).
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
  /** What the feedback calls a hit. @default '客服禁用语' */
  label?: string;
  /** A pattern for phrasings with a number or a person inside (给您便宜 10 块, 改成 190); bounded, so linear. */
  pattern?: RegExp;
  /** Excused when negated anywhere in its clause (客服没有权限给您改价), not only right before it. */
  clauseNegation?: boolean;
  /** Excused when its clause says this before it (别家的情况我不太清楚: not judging other shops is no brush-off). */
  unlessBefore?: RegExp;
  /**
   * Service etiquette toward a customer: it does not apply when the other side is a scammer, where
   * "平台不可能让商家扫码交保证金" or "我不知道你是谁" is the right thing to say.
   */
  etiquette?: boolean;
  /** Applies only toward a scammer (防骗 scenarios): arguing with or threatening one keeps the contact going. */
  scam?: boolean;
}

/** 禁用语 families; a hit is caught unless negated (不敢说绝对正品) or inside an `except` phrase. */
export const forbiddenRules: readonly ForbiddenRule[] = [
  {
    // 不清楚 also describes the customer's doubt (尺码不清楚可以问我), so only the agent's own 不清楚 counts.
    etiquette: true, terms: ['不知道', '我不清楚', '我也不清楚', '我们不清楚', '不太清楚'],
    why: '推卸、敷衍，顾客得不到答复',
    instead: '可以改说：“我马上帮您查看一下，请稍等”',
    // 不知道是不是 / 不知道方不方便 open a polite question to the customer; they brush nothing off.
    except: ['不知道您', '不知道亲', '您不知道', '如果不知道', '您不太清楚', '亲不太清楚', '不知道是不是', '不知道是否', '不知道有没有', '不知道方不方便', '不知道能不能', '不知道可不可以', '不知道是在', '不知道是还', '不知道您是', '哪里不太清楚', '哪儿不太清楚', '配置我不太清楚', '有不太清楚', '不太清楚的地方', '是不是不太清楚', '不知道选', '不知道挑', '不知道怎么选', '不知道买哪', '不知道该选', '不知道要什么样', '不知道要哪款', '不知道想要什么样'],
    // 不知道选哪个 is her choice to make, said back (您说款式多、不知道选哪个).
    unlessBefore: /别家|别的店|其他店|其他家|同行|他们家|那家/,
  },
  { etiquette: true, terms: ['不可能'], why: '生硬拒绝，没有给顾客任何办法', instead: '可以改说：“我帮您查询一下可行性”', except: ['不可能让您'] },
  { etiquette: true, terms: ['你不懂', '你懂不懂', '你懂什么'], why: '鄙视语，贬低顾客', instead: '可以改说：“我给您详细介绍一下”' },
  {
    etiquette: true, terms: ['别啰嗦', '真啰嗦', '你好烦', '烦不烦', '有完没完', '急什么', '催什么', '听不懂吗', '你听不懂', '不是说过了吗', '我已经说过了', '说了多少遍', '都说了', '赶紧拍', '赶紧下单', '赶快拍'],
    why: '烦躁语，让顾客觉得被嫌弃',
    instead: '可以改说：“不好意思，我再为您详细说明一下”',
  },
  {
    etiquette: true, terms: ['这不是我的问题', '不是我的问题', '不关我的事', '不归我管', '与我无关', '跟我没关系', '找别人去'],
    why: '推卸责任，违反首问负责制',
    instead: '可以改说：“非常抱歉给您带来不便，这个问题由我来帮您处理”',
  },
  { etiquette: true, terms: ['爱买不买', '嫌贵别买', '嫌贵就别买', '买不起', '不买就算了'], why: '鄙视语，会直接赶走顾客', instead: '可以改说：“这款在品质和售后上都有保障，您可以放心比较”' },
  { etiquette: true, terms: ['你自己看', '您自己看', '自己先看', '自己看去', '不会自己看', '自己没看清', '您没看清', '你没看清'],
    // 需不需要加您自己看着来就行: the choice left to her, politely.
    except: ['您自己看着来', '你自己看着来', '您自己看着选', '你自己看着选', '您自己看着定', '你自己看着定', '需不需要您自己看', '要不要您自己看', '需不需要你自己看', '要不要你自己看', '您自己看要不要', '你自己看要不要', '您自己看需不需要', '你自己看需不需要'], why: '烦躁语，把顾客推给详情页，还暗指顾客的错', instead: '可以改说：“我把详细信息整理给您”' },
  {
    etiquette: true,
    // Blaming the courier (快递太暴力了), shrugging it off (快递的事我们也控制不了) and sending the
    // customer to watch the parcel alone (您自己多查查物流) push the shop's job onto others.
    pattern:
      /不是我们(?:这边)?(?:的|打包的|发货的|仓库的|店铺的)问题|是快递的(?:问题|责任)|(?:找|联系|问)快递(?:去|吧)|快递(?:员)?(?:太|很|实在)?(?:暴力|野蛮|粗暴)|(?:快递|物流)(?:那边|公司|路上)?的事(?:情)?(?:我|我们)?(?:也)?(?:控制不了|管不了|说不准|没办法)|(?:快递|物流)[^]{0,6}?(?:我们|我)(?:也)?(?:控制不了|管不了)|(?<!不用|不必|无需|不需要)(?:您|你)(?:有空)?(?:也)?自己(?:也)?(?:去)?(?:多)?(?:查查|看看|查|盯着|盯)(?:一下)?(?:物流|订单)|(?<![帮替给为代]|不用|不必|无需|不需要)(?:您|你)(?:可以)?(?:直接|自己)?(?:去)?(?:联系|找|打(?:给)?)(?:一下)?(?:快递|中通|顺丰|圆通|韵达|物流)(?:公司|客服)?(?:索赔|理赔|催|电话)|(?:应该|可能|估计|多半|八成)是(?:您|你)(?:自己)?(?:用|使用|操作|清洗|拆装|安装|没|不小心|弄|放)|(?:您|你)签收(?:的)?时候没(?:有)?(?:当面)?验货|(?:您|你)自己(?:去)?(?:订单|物流)(?:里|上)?(?:查|看)|(?:一般|肯定|绝对)?不(?:会|可能)(?:发错|出错|搞错)/g,
    terms: [
      '您手机的问题', '你手机的问题', '是您的问题', '是你的问题', '您自己的问题', '你自己的问题', '怪您自己', '怪你自己', '占便宜',
      '跟我们没关系', '和我们没关系', '与我们无关', '不关我们的事', '不是我们的问题', '您自己弄', '你自己弄', '您自己解决', '你自己解决', '您自己联系快递', '你自己联系快递',
    ],
    why: '把问题推给顾客、指责顾客',
    instead: '可以改说：“别着急，我们一起看看是哪里出了问题”',
  },
  {
    terms: ['好评返现', '返现', '好评截图', '好评返', '好评送', '好评有礼', '好评红包', '晒图返', '改好评', '删差评'],
    // 我们不会让您删差评, 咱们不搞好评返现: ruling the practice out is what the course teaches.
    clauseNegation: true,
    // 您问我们是不是想让您删差评——不是的: the customer's question said back.
    // 您是担心我们联系您就是为了删差评吧？并不是: her worry said back, to be denied.
    // 您说的删差评，我们没有这个意思: her words said back, to be denied.
    unlessBefore: /(?:您|你)(?:问|以为|说)[^]{0,10}?是不是|(?:您|你)(?:是)?(?:担心|怕|以为|觉得)[^]{0,12}?(?:就是|是为了|为了|是要)|(?:您|你)(?:说|提|讲)的$/,
    // A reward tied to a review with words in between: 给个五星好评，我返您 10 元.
    pattern: /(?:好评|五星|晒图|追评)[^]{0,10}?(?:返(?:您|你|现)|红包|补贴您)|差评[^]{0,16}?(?:帮帮忙|帮个忙|行行好|高抬贵手)/g,
    label: '违规做法',
    why: '用返现、红包、赠品换好评或换删差评，属于诱导评价，《网络反不正当竞争暂行规定》第九条明确禁止，也违反平台规则',
    instead: '请凭服务和商品本身赢得评价，例如：“使用中有任何问题随时找我，祝您用得开心”',
  },
  {
    terms: ['特殊处理', '破个例', '破例', '通融一下', '开个后门', '给您改价', '帮您改价', '给你改价', '帮你改价', '给您打折', '给你打折', '给您打个折', '便宜给您', '便宜卖给您', '少收您', '少收你', '给您抹零', '帮您抹零', '抹掉零头', '零头我帮您抹', '零头给您抹', '帮您抹了', '给您抹了'],
    pattern: /(?:给|帮|替)(?:您|你)(?:便宜|少收|抹零|改个价|改一下价)|改(?:成|到|为)\d{1,5}|(?:便宜|少收)(?:您|你)\d{1,5}|(?:给|帮)(?:您|你)(?:减|优惠)\d{1,5}(?:块|元)|打(?:个)?[九八七六五]折|(?:给|帮)(?:您|你)[^]{0,5}?便宜\d{1,4}(?:块|元)?|(?<!券.{0,4})(?:可以|能|给您|给你|帮您)少(?:收)?\d{1,4}|拍下(?:后)?我(?:给您|帮您)?改(?:价|一下)|(?:算|当)我送(?:给)?(?:您|你)/g,
    label: '越权承诺',
    clauseNegation: true,
    // 您说的抹个零，其实就是把169改成160: the customer's request restated, not granted.
    unlessBefore: /(?:您|你)(?:说|提|想要|要)的|其实就是|也就是/,
    why: '客服没有议价和改价权限（店铺规定），随口答应降价，顾客付款时发现做不到，会觉得被骗',
    instead: '请守住价格，用商品的价值、赠品和店铺活动打动顾客，例如：“价格是公司统一定的，我这边改不了，不过今天下单可以帮您申请赠品”',
  },
  {
    // 也不是只剩最后一件, 不会跟您说马上涨价: ruling the pressure out is honest.
    clauseNegation: true,
    terms: ['马上涨价', '明天涨价', '明天就涨价', '要涨价了', '马上就涨', '涨回去', '恢复原价', '只剩最后', '最后一件', '最后几只', '最后几件', '马上就卖完', '马上卖完', '快卖完了', '就要断货', '今天不买明天', '马上就结束了', '晚了就没有', '晚了就没了', '只买一只就亏'],
    label: '违规做法',
    why: '编造库存紧张或涨价来逼单，属于虚假宣传（《消费者权益保护法》第二十条要求向消费者提供真实、全面的信息），顾客发现后会失去信任',
    instead: '请如实说明库存和活动时间，例如：“活动到今晚 24:00，您考虑好了随时下单”',
  },
  {
    // Calling a paid item free (加购杯子相当于免费送) misleads the customer about what she pays.
    terms: ['等于白送', '相当于白送'],
    pattern: /(?:相当于|等于)[^]{0,4}?(?:免费|白)送/g,
    label: '误导说法',
    why: '把要花钱买的东西说成“免费送”“白送”，是引人误解的宣传，顾客算账时会觉得被骗',
    instead: '请如实算账，例如：“加购玻璃杯 39 元，凑满 199 减 20，实付 188 元”',
  },
  {
    terms: ['绝对正品', '100%正品', '百分百正品', '百分之百正品', '100%有效', '百分百有效', '百分之百有效', '绝对有效', '保证有效', '全网最低', '全网最便宜', '最便宜', '最低价', '史上最低', '最佳', '最好用', '第一品牌', '肯定能退款', '卖得最好', '卖得最火', '销量第一', '全网第一', '销量最高'],
    clauseNegation: true,
    // 最好用热水预热 advises (had better use): no claim that anything is the best.
    except: ['最好用热水', '最好用开水', '最好用温水', '最好用冷水', '最好用软布', '最好用清水', '最好用柠檬', '最好用手', '最好用中性'],
    why: '绝对化用语，广告法禁止，也无法兑现',
    instead: '请用事实说明依据，例如：“本店是品牌官方授权店，支持专柜验货”',
  },
  {
    // A verification code is the key to an account: nobody may be sent one, whoever asks (docs/domain.md).
    terms: [],
    pattern: /验证码[^不没别勿]{0,14}?(?:发给|发在|发到|发你|发您|告诉你|告诉您|报给|给你|给您|转给|转发给|交给)|(?:把|将)验证码(?:发|给|告诉|报|转)/g,
    label: '安全风险',
    clauseNegation: true,
    // 那个账号改口说……，让我把验证码发给他: somebody's demand reported (to the supervisor), not the agent's act.
    unlessBefore: /(?:让|要|叫|逼|催)我(?!们)/,
    why: '短信验证码是账号的钥匙，任何人索要都不能给，平台工作人员也不会要',
    instead: '请明确拒绝，例如：“验证码不能提供给任何人”，并截图留证、报告主管',
  },
  {
    // 确认收货 releases the payment to the shop; asked for before the problem is solved, the customer
    // loses the platform's protection (docs/domain.md). 确认收货地址 / 信息 / 人 is checking the address.
    terms: [],
    pattern: /(?:先|请|您|麻烦|赶紧|直接)(?:点|去)?(?:一下|下)?确认收货(?!地址|信息|人|电话|后|前|之后|之前|时间)/g,
    label: '错误指引',
    clauseNegation: true,
    why: '问题还没解决就让顾客确认收货，货款会直接打给店铺，顾客失去平台的交易保障，售后也更难处理',
    instead: '请先把问题处理完，例如：“这边先为您处理售后，问题解决前不用点确认收货”',
  },
  {
    // The seven-day rule asks for goods in good condition (docs/domain.md); 随便退 promises more.
    terms: ['随便退', '用过了也能退', '用过也能退', '怎么用都能退', '想退就退', '用了也没关系', '不管什么情况都'],
    label: '错误指引',
    clauseNegation: true,
    why: '七天无理由退货要求商品完好、不影响二次销售，不是怎样都能退；说过头了，顾客退货被拒时会觉得被骗',
    instead: '请按规则说明，例如：“签收后 7 天内，商品完好就可以申请无理由退货”',
  },
  {
    // Toward a scammer the right move is to stop replying and report through official channels.
    scam: true,
    terms: ['你等着', '你是骗子', '报警了', '再发我就'],
    pattern: /(?:投诉|告)你|你(?:这)?(?:明显)?是(?:在)?诈骗|我要(?:去)?(?:公安|派出所)/g,
    label: '不当处置',
    why: '和骗子争辩、威胁对方，只会让对话继续下去，对方还可能换个说法再骗',
    instead: '请停止回复，截图留证，通过千牛官方渠道核实、举报，并报告主管',
  },
];

/** Every forbidden phrase, flat. */
export const forbiddenPhrases: string[] = forbiddenRules.flatMap((rule) => [...rule.terms]);

/** Patterns of taking a deal or a contact off the platform (Tmall CS rules; scams aimed at sellers, docs/domain.md). */
export interface OffPlatformPatterns {
  /** The agent offers their own outside contact or account: caught unless negated in the same clause. */
  offers: readonly string[];
  /** Outside channels in general: also excused when the reply is a warning (骗子, 谨防 …). */
  mentions: readonly string[];
  /** A mainland mobile number (giving an outside contact), tested on the normalised text. */
  phone: RegExp;
  /** Offers written with a person or the shop between the verb and the channel (转我支付宝, 加您微信, 加一下我们客服微信); bounded, so linear. */
  personal: RegExp;
}

/** What counts as moving a deal or a contact off the platform. */
export const offPlatformPatterns: OffPlatformPatterns = {
  offers: [
    '加我微信', '我的微信', '我微信', '加我qq', '我的qq', '我的支付宝', '我的银行卡', '转给我', '转到我', '打款给我', '收款码',
    '扫我的二维码', '我的电话', '我的手机号', '我个人微信', '我私人微信', '我的个人微信', '我的私人微信',
  ],
  mentions: [
    '加微信', '加个微信', '加一下微信', '微信联系', '微信聊', '加vx', 'vx', '薇信', '威信', 'wechat', '加qq', 'qq联系', 'qq群', '微信群', '微信号', 'qq号', '支付宝账号', '银行卡号',
    '转账', '私下交易', '私下付款', '私下', '线下付款', '线下交易', '线下支付', '当面交易', '站外', '平台外', '不走平台', '绕过平台', '扫码付款', '二维码付款',
  ],
  phone: /(?<!\d)1[3-9]\d{9}(?!\d)/,
  personal: /(?:转|打|付|汇|发|加|传)(?:一下)?(?:到|给|进)?(?:我|您|你)(?:的|们)?(?:的)?(?:个人|私人|私|客服|店铺|官方|专属|售后)?(?:的)?(?:支付宝|微信|vx|qq|银行卡|卡上|账户)|加(?:一下|个)?(?:我们)?(?:的)?(?:客服|店铺|官方|专属|售后|店长|老板|主管|周姐)(?:的)?(?:微信|vx|qq)|(?:支付宝|微信|vx)(?:上)?(?:转|付|发|收|聊|联系|找)(?:给)?(?:我|您|你)|微信上/g,
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
const WARNERS = ['勿', '谨防', '警惕', '小心', '严禁', '禁止', '拒绝', '以免', '避免', '防止', '千万别', '千万不要'];
const WARNER_FIRSTS = new Set(WARNERS.map((w) => w[0]));
const NOT_NEGATING = [...NON_NEGATING, '不好意思', '不用担心', '不客气'];
// A reply that talks about scams or the lost protection is a warning, not a proposal (如果有人让您加微信转账，那是骗子).
const SCAM_WORDS = ['骗子', '诈骗', '骗局', '冒充', '假冒', '钓鱼', '盗号', '虚假', '风险', '违规', '违反', '不安全', '没有保障', '没保障', '失去保障', '交易保障', '没有任何保障', '没任何保障', '毫无保障', '没人管', '没人兜底', '追回', '追不回', '没人能帮', '没有订单记录', '没处说理', '说不清'];

// Recourse lost, in any wording: 难维权, 没处维权, 无法维权, 维权很难.
const NO_RECOURSE = /没(?:有)?(?:这些|这种|任何|这个)保障|(?:没|无|难|不好|没法|没处|无处|无从|没地方)维权|维权(?:很|就|会)?(?:难|困难|麻烦)|出了?问题[^。！？!?]{0,8}?(?:没有?记录|没有?(?:平台|任何|什么)?(?:的)?保障|难(?:以)?保障|说不清|找不到人|没人管|没人能?保障|很难处理|难以处理|不好处理|没处找|没地方找|找不回|追不回)|得不到保障|没有平台(?:的)?保护|没有(?:任何)?保护|平台(?:就|也)?(?:没法|无法|不能|管不了)(?:帮(?:您|你))?(?:处理|介入|保障|追回)|一旦(?:有|出现|发生)?纠纷|没人(?:帮(?:您|你))?兜底|(?:没地儿|没地方|没处|无处)说理/;

/** What may follow a channel and refuse it (我不能加, 也千万别转, 是不接受的 is read by the negation scope). */
const REFUSED_AFTER = /^(?:这个|这事儿?|这种)?(?:我们?|咱们?)?(?:也|都|均|可|就|真的?|是|一律|一概|从来)*(?:千万|绝对|一定)?(?:别|不要|不能|不可以|不会|不接受|不支持|不答应|不同意|不收|无法|勿)/;

const OFF_PLATFORM_FEEDBACK =
  '引导顾客站外交易或留站外联系方式，违反平台规则，顾客的资金也失去保障（骗子常用这一招）。请只用平台聊天工具联系，引导顾客在平台内下单付款，例如：“亲，为了保障您的资金安全，请直接在店铺下单付款哦。”';

const prepared = new Map<string, string>();
/** A phrase normalised the way replies are (punctuation and % dropped, lowercase). */
function prepare(term: string): string {
  let text = prepared.get(term);
  if (text === undefined) prepared.set(term, (text = normalise(term).text));
  return text;
}

/**
 * Which positions of a reply are governed by a negator or a warning word in their clause, built once per
 * reply in linear time (a 30,000-character reply used to take most of a second here). A warning word
 * governs the rest of its clause; a negator the next `OFF_PLATFORM_WINDOW` characters.
 */
function governance(input: Normalised): (at: number) => boolean {
  const { text, clause } = input;
  const warnedFrom = new Int32Array(text.length).fill(-1);
  let warned = -1;
  for (let p = 0; p < text.length; p++) {
    if (p > 0 && clause[p] !== clause[p - 1]) warned = -1;
    warnedFrom[p] = warned;
    const word = WARNER_FIRSTS.has(text[p]!) ? WARNERS.find((w) => text.startsWith(w, p)) : undefined;
    if (word && warned === -1) warned = p + word.length;
  }
  return (at) => {
    const from = warnedFrom[at]!;
    if (from !== -1 && from <= at) return true;
    for (let p = at - 1; p >= 0 && at - p <= OFF_PLATFORM_WINDOW && clause[p] === clause[at]; p--) {
      if (!NEGATORS.has(text[p]!)) continue;
      // 不用担心要私下转账 (you won't have to) negates what follows; 不用担心，我来处理 does not.
      const excused = NOT_NEGATING.some((word) => p + word.length <= at && text.startsWith(word, p)) && !(text.startsWith('不用担心', p) && /^(?:要|会|需要|得)/.test(text.slice(p + 4)));
      // 能不能加微信 / 要不要加微信 asks for it: an A-not-A question is no negation; 到不了 negates 到.
      // 要不您直接… proposes (how about): no negation either.
      const question = (text[p - 1] !== undefined && text[p - 1] === text[p + 1]) || (text[p - 1] === '要' && text[p] === '不');
      if (!excused && !question && !isComplement(text, p) && !endsWord(text, p)) return true;
    }
    return false;
  };
}

/** Whether a hit [at, at + length) lies inside one of the allowed longer phrases; linear per phrase. */
function exceptions(input: Normalised, except: readonly string[]): (at: number, length: number) => boolean {
  const covers = except.map((phrase) => {
    const text = prepare(phrase);
    // latest[i]: the latest start of the phrase at or before i.
    const latest = new Int32Array(input.text.length).fill(-1);
    let last = -1;
    let next = input.text.indexOf(text);
    for (let i = 0; i < input.text.length; i++) {
      while (next !== -1 && next <= i) {
        last = next;
        next = input.text.indexOf(text, next + 1);
      }
      latest[i] = last;
    }
    return (at: number, length: number) => latest[at]! !== -1 && at + length <= latest[at]! + text.length;
  });
  return (at, length) => covers.some((cover) => cover(at, length));
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

/** The normalised text of a position's clause before it (at most 30 characters back). */
function clauseBefore(input: Normalised, at: number): string {
  let from = at;
  while (from > 0 && at - from < 30 && input.clause[from - 1] === input.clause[at]) from--;
  return input.text.slice(from, at);
}

/** Off-platform hits in a normalised reply. */
function offPlatformHits(input: Normalised): Found[] {
  const found: Found[] = [];
  const warning = SCAM_WORDS.some((word) => input.text.includes(prepare(word))) || NO_RECOURSE.test(input.text);
  const governedBefore = governance(input);
  let scope: NegationScope | undefined;
  // Negated before the phrase (我们不会让您加微信) or after it in its clause (站外交易我们是不接受的).
  const governedByNegation = (at: number, length = 1) => governedBefore(at) || (scope ??= negationScope(input)).negated(at, at + length);
  // 私下转账、站外交易我们是不能接受的: a channel listed right before a refused one is refused with it.
  const listedBeforeRefused = (at: number, length: number) => {
    const next = at + length;
    // The same clause, or the next one after a list comma (、 ends a clause in the normaliser).
    const listed = input.clause[next] === input.clause[at] || /^[\s]*、[\s]*$/u.test(input.raw.slice(input.ends[next - 1], input.map[next]));
    return listed && offPlatformPatterns.mentions.some((other) => {
      const word = prepare(other);
      for (let k = next; k <= next + 2 && k < input.text.length; k++) if (input.text.startsWith(word, k) && (scope ??= negationScope(input)).negated(k, k + word.length)) return true;
      return false;
    });
  };
  // 私下沟通 (差评处理四步) and 今天私下联系您 are the shop's own talk with her in the chat, not a channel.
  // 如果有人自称客服让您加微信: what someone else may ask of her, told as a warning.
  const someoneElse = (at: number) => /有人|陌生人|对方|骗子|自称/.test(clauseBefore(input, at));
  // 微信我不能加, 转账也千万别转: the channel named first, then refused in its own clause.
  const refusedAfter = (at: number, length: number) => {
    const next = at + length;
    return input.clause[next] === input.clause[at] && REFUSED_AFTER.test(input.text.slice(next, next + 8));
  };
  // 任何站外付款、私下交易均无法接受: a list of channels refused at the end of its clause.
  const refusedAtEnd = (at: number) => {
    const rest = input.raw.slice(input.map[at]!, input.map[at]! + 30).split(/[，。！？；,!?;\n]/)[0]!;
    return rest.length < 30 && /(?:均|都|一律|一概|全都|全部)?(?:无法接受|不能接受|不接受|不支持|不答应|不能答应|没法答应|不会答应|答应不了|不可以|做不到|不行|使不得|不兴(?:干|做|搞)?|不能(?:干|做|搞))[哈哦啊呀呢的了]*$/.test(rest.trim());
  };
  // 您说加微信转150、不走平台，心意我领了，但这个真不能答应: her proposal said back, then turned down in its sentence.
  const restatedThenRefused = (at: number) => proposalTurnedDown(input.raw, input.map[at]!);
  const scan = (terms: readonly string[], excusedByWarning: boolean) => {
    for (const term of terms) {
      const text = prepare(term);
      for (let at = input.text.indexOf(text); at !== -1; at = input.text.indexOf(text, at + 1)) {
        // 比私下交易放心: a comparison that sets the channel aside offers nothing.
        if (governedByNegation(at, text.length) || (excusedByWarning && warning) || input.text[at - 1] === '比' || listedBeforeRefused(at, text.length) || refusedAfter(at, text.length) || refusedAtEnd(at) || restatedThenRefused(at) || someoneElse(at) || (term === '私下' && /^(?:沟通|联系您|联系你)/.test(input.text.slice(at + text.length)))) continue;
        found.push({ term, at, length: text.length, feedback: OFF_PLATFORM_FEEDBACK });
      }
    }
  };
  scan(offPlatformPatterns.offers, false);
  scan(offPlatformPatterns.mentions, true);
  const personal = new RegExp(offPlatformPatterns.personal.source, 'g');
  for (let m = personal.exec(input.text); m; m = personal.exec(input.text)) {
    if (!governedByNegation(m.index, m[0].length) && !warning) found.push({ term: m[0], at: m.index, length: m[0].length, feedback: OFF_PLATFORM_FEEDBACK });
  }
  const phone = offPlatformPatterns.phone.exec(input.text);
  if (phone) found.push({ term: phone[0], at: phone.index, length: phone[0].length, feedback: OFF_PLATFORM_FEEDBACK });
  return found;
}

/** Forbidden-phrase hits in a normalised reply; etiquette families only toward a customer. */
function forbiddenHits(input: Normalised, toScammer: boolean): Found[] {
  const found: Found[] = [];
  let scope: NegationScope | undefined;
  const negated = (rule: ForbiddenRule, at: number, length: number) => rule.clauseNegation === true && (scope ??= negationScope(input)).negated(at, at + length);
  for (const rule of forbiddenRules) {
    if ((toScammer && rule.etiquette) || (!toScammer && rule.scam)) continue;
    if (rule.pattern) {
      const pattern = new RegExp(rule.pattern.source, 'g');
      for (let m = pattern.exec(input.text); m; m = pattern.exec(input.text)) {
        if (negated(rule, m.index, m[0].length) || (rule.unlessBefore && rule.unlessBefore.test(clauseBefore(input, m.index)))) continue;
        found.push({ term: m[0], at: m.index, length: m[0].length, feedback: `“${m[0]}”是${rule.label ?? '客服禁用语'}：${rule.why}。${rule.instead}。` });
      }
    }
    let excepted: ((at: number, length: number) => boolean) | undefined;
    for (const term of rule.terms) {
      const text = prepare(term);
      for (const at of findHits(input, text)) {
        // 2～3小时内喝完最好，用完及时清洗: a term read across a pause is two clauses' words, not the term.
        if (input.clause[at] !== input.clause[at + text.length - 1]) continue;
        excepted ??= exceptions(input, rule.except ?? []);
        if (excepted(at, text.length) || negated(rule, at, text.length) || (rule.unlessBefore && rule.unlessBefore.test(clauseBefore(input, at)))) continue;
        found.push({ term, at, length: text.length, feedback: `“${term}”是${rule.label ?? '客服禁用语'}：${rule.why}。${rule.instead}。` });
      }
    }
  }
  return found;
}

const OVER_PROMISE_FEEDBACK =
  '这是一句无法兑现的承诺（打包票）：送达时间、退款结果、商品会不会坏，都不由客服一个人决定，做不到时顾客会觉得被骗。请说明一般情况和你会做什么，例如：“一般 2～4 天送到，发货后我帮您盯着物流，有变化第一时间告诉您。”';

/** Over-promise hits in a normalised reply (detectors/over-promise.ts). */
function overPromiseHits(input: Normalised): Found[] {
  const found = overPromise(input);
  return found ? [{ term: found.marker, at: found.at, length: found.marker.length, feedback: OVER_PROMISE_FEEDBACK }] : [];
}

/** Who the reply is written to. */
export interface GuardOptions {
  /** The other side is a scammer (防骗 scenarios): service etiquette toward customers does not apply. */
  toScammer?: boolean;
}

/**
 * Checks an agent's reply against the guards. Off-platform attempts win over forbidden phrases, and
 * those over an over-promise (保证周六前送到); within a
 * kind the earliest hit is reported. Returns undefined when the reply is clean.
 * @example guard('我不知道')?.kind // 'forbidden'
 * @example guard('我们不会让您加微信付款') // undefined
 */
export function guard(text: string, env: ChatEnv = {}, options: GuardOptions = {}): GuardHit | undefined {
  return guardRead(normaliseLong(text, { toSimplified: env.toSimplified }), options);
}

/** `guard` on a reply already normalised (without numerals): the judge passes the reading its rules use when both read the same text. */
export function guardRead(input: Normalised, options: GuardOptions = {}): GuardHit | undefined {
  for (const [kind, hits] of [['off-platform', offPlatformHits(input)], ['forbidden', forbiddenHits(input, options.toScammer === true)], ['over-promise', overPromiseHits(input)]] as const) {
    const hit = earliest(hits);
    if (hit) return { kind, term: hit.term, feedback: hit.feedback, ...rawRange(input, hit.at, hit.at + hit.length) };
  }
  return undefined;
}

import type { Scenario, UnknownFact } from '../types.ts';
import { scenarioTexts } from './scenario-texts.ts';

/**
 * Shared detectors of WRONG ACTS: things an agent does that are wrong in any scenario of the course, however
 * the reply is worded and whatever numbers it quotes — a concession the shop can't make (a price cut, free
 * shipping, a free upgrade), pushing a purchase against what the customer said she needs, asking her to add
 * items to reach a threshold, promising what nobody controls, going along with (or quarrelling with) a scammer,
 * blaming or lecturing the customer, sending her elsewhere, subscribing her to messages, asking for a good review.
 *
 * Each check reads a clause at a time: a negation earlier in the clause (不会给您降价, 我没法送, 不建议您再买)
 * or a take-back after the act (给您降价是不行的) lets it through, and so does a question. A check is off in a
 * scenario whose own model replies do the act (the scenario teaches it there), and some need the scenario to
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
    paidShipping: /(?:加收|补|另付|另收|需付|收取)(?:运费|邮费)|运费[^。；\n]{0,12}?(?:买家|顾客|您|自己)(?:承担|出|自理|付)|(?:买家|顾客)(?:承担|出|自付)[^。；\n]{0,4}?运费|运费\d{1,3}元|\d{1,3}元(?:的)?运费/.test(staff),
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

/** A negation, refusal or hedge earlier in the clause: the act is not done. */
const NEGATED = /不(?!仅|但|过|好意思|客气|错|少|久|停)|没(?!问题)|别|勿|无法|无需|未|拒绝|禁止|千万|严禁|绝不|并非|而不是|谨防|小心|警惕|防止|以免|避免/;
/** Words after the act that take it back: 给您降价是不行的, 抹零做不到. */
const TAKEN_BACK_AFTER = /^(?:不了|不掉|不得|不起)|^[^，。！？；,!?;\n]{0,10}?(?:是)?(?:不行|不可以|不能|做不到|办不到|没办法|不允许|不被允许|违规|不合规|禁止|违反)/;
/** A clause that asks (the customer's question repeated, or a check) does not do the act. */
const QUESTION = /[吗么？?]$|是否|如果|要是|假如|的话/;

const CHECKS: readonly WrongActCheck[] = [
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
      ].join('|'),
      'g',
    ),
    feedback: (term, f) =>
      `“${term}”是在擅自让价：${f.fixedPrice ? '资料写明客服没有议价、改价权限，' : '客服没有改价权限，'}价格对所有顾客统一，答应了做不到，顾客会觉得被骗。请礼貌说明价格统一、不能改价，再介绍店铺已有的活动或可申请的赠品。`,
    misconception: '擅自降价、抹零或补差价',
  },
  {
    id: 'free-shipping',
    pattern: new RegExp(
      `${FOR_YOU}(?:把[^，。！？,!?]{0,6}?)?(?:包邮|免(?:掉|了|去)?(?:运费|邮费)|减免运费|出运费|承担运费|报销运费)|运费(?:就)?(?:我们|我)(?:来)?(?:出|承担|包|报销|给${Y}免)|(?:免费|全部)?包邮(?:给${Y}|寄给${Y})|运费(?:给${Y})?(?:免|减免|全免|不收)(?:了|掉)?`,
      'g',
    ),
    applies: (f) => f.paidShipping,
    feedback: (term) => `“${term}”是店铺没有给出的让步：资料写明这笔运费要由顾客承担，客服不能私自免掉。请说明运费规则和原因，再看看有没有资料里给的办法（例如运费险）。`,
    misconception: '擅自免运费',
  },
  {
    id: 'free-upgrade',
    pattern: new RegExp(`(?:免费|不加钱|不用加钱|不补差价)(?:给${Y}|帮${Y})?(?:升级|换成|换个|换一个|升到|换大|换贵)|${FOR_YOU}(?:免费)?(?:升级(?:成|到)|换成(?:大|贵|高配))`, 'g'),
    feedback: (term) => `“${term}”是店铺没有给出的让步：免费升级、换成别的款式不在客服权限内。请按资料给出的办法处理，拿不准的先向主管申请，不要先答应顾客。`,
    misconception: '擅自答应免费升级或换款',
  },
  {
    id: 'push-purchase',
    pattern: new RegExp(
      [
        `(?:建议|推荐|不如|干脆|最好|还是)${Y}?(?:再|多|顺便|顺手|额外)(?:买|拍|入|带|加购|囤|下单)`,
        `(?:再|多|顺便|顺手|额外)(?:买|拍|入|带|囤)(?:一|两|几|个|份|只|套|盒|件|点)`,
        `(?:直接|一步到位)(?:买|选|拿|拍|上)(?:大|贵|高配|顶配|豪华|旗舰|更好)`,
        `(?:买|选|拿|拍|上)(?:更大|更贵|大一点|贵一点|大号|高配|顶配|豪华)`,
        `(?:升级|换)(?:到|成)?(?:大|贵|高配|顶配|豪华|更大|更好)[^，。]{0,4}?(?:款|的|号|版|型)`,
        `多花${N}(?:元|块)`,
        `(?:不差|也就多|才多|只多)(?:这|那)?${N}(?:元|块)`,
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
    applies: (f) => !/凑单|凑满|加购/.test(f.staff),
    notAfter: /以后|下次/,
    feedback: (term) => `“${term}”是在让顾客凑单：为了用优惠让她多买用不上的东西，她会觉得被套路。请按她的需要算清实付，优惠够得着就说明，够不着也如实告诉她。`,
    misconception: '引导顾客凑单',
  },
  {
    id: 'uncontrolled-promise',
    pattern: new RegExp(
      `(?:保证|一定|肯定|绝对|百分百|包您|包你|打包票|放心)[^，。！？,!?]{0,6}?(?:不耽误|不会耽误|误不了|来得及|赶得上|准时|按时|通过|批下来|判${Y}|赢|成功|赔${Y}|给${Y}赔|退回来|不会再(?:出|有|坏|延误|晚)|让快递|让快递员|让物流)|(?:让|叫|催)快递(?:员|小哥)?(?:今天|明天|马上|立刻)?(?:一定|必须|务必)`,
      'g',
    ),
    notAfter: /尽|努力|争取/,
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
        `工号是多少|(?:能不能|能否|可以)(?:少|便宜|先交|分)`,
        `(?:加|添加)(?:我|我们)?(?:的)?(?:QQ|qq|微信|电话)`,
      ].join('|'),
      'g',
    ),
    applies: (f) => f.scam,
    notAfter: /不|别|没|勿|拒绝|怎么可能|哪有/,
    feedback: (term) => `“${term}”是在跟可疑账号走：平台不会私聊要验证码、扫码交钱或点链接，按对方说的做、向对方要证明或步骤，都可能让店铺被骗。请不点、不付、不给验证码、不再回复，截图留证，到官方渠道核实，并报告主管。`,
    misconception: '顺从或配合诈骗账号',
  },
  {
    id: 'scam-quarrel',
    pattern: new RegExp(`${Y}(?:这|这是|就是|是)?(?:个)?(?:骗子|诈骗|在诈骗|涉嫌诈骗)|(?:你|您)等着|后果自负|后果由${Y}|否则|曝光|遭报应|告你|滚`, 'g'),
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
      ].join('|'),
      'g',
    ),
    feedback: (term) => `“${term}”是在指责、教育顾客：不管原因在谁，这样说顾客只会更生气，也显得在推卸责任。请先道歉、承担该承担的，再说你怎么帮她解决。`,
    misconception: '指责或说教顾客',
  },
  {
    id: 'send-elsewhere',
    pattern: new RegExp(
      [
        `${Y}(?:可以|可)?(?:自己|直接|自行|先)(?:去|再)?(?:联系|找|问|打给|咨询|问问|联系一下)(?:一下)?(?:快递|物流|厂家|品牌方|平台|小二|保险|其他|别的|官方|售后|驿站|快递员)`,
        `${Y}(?:可以|可|去)?(?:联系|找|问|咨询)(?:一下)?(?:快递公司|快递员|厂家|品牌方|保险公司|平台客服)`,
        `(?:去|到)(?:别家|别的店|其他店|其他家|别的地方|线下)(?:买|看|问)?`,
        `${Y}(?:也)?(?:可以|可)?(?:自己)(?:在|去|到)?[^，。！？,!?]{0,8}?(?:看物流|查物流|查看物流|盯物流|跟进物流)`,
      ].join('|'),
      'g',
    ),
    feedback: (term) => `“${term}”是把顾客推到别处：按首问负责制，顾客找到你，就由你跟到底。请说你会替她去查、去联系、去跟进，有结果主动告诉她。`,
    misconception: '把顾客推给别人，没有首问负责',
  },
  {
    id: 'subscribe',
    pattern: new RegExp(
      `${FOR_YOU}(?:订阅|开通|设置|加入|拉进|拉入|关注|登记)(?:一下)?(?:了)?(?:[^，。！？,!?]{0,6}?)(?:消息|推送|提醒|通知|会员群|群|活动)|(?:每天|每周|天天|定期|经常|以后)(?:都)?(?:会)?(?:给${Y}|向${Y})(?:发|推送|推)|拉${Y}?(?:进|入)(?:群|会员群|粉丝群)`,
      'g',
    ),
    feedback: (term) => `“${term}”是在没征得同意时给顾客订消息、拉群：回访和服务不能变成打扰。请只回答她问的，问她愿不愿意收消息，由她决定。`,
    misconception: '擅自给顾客订阅消息',
  },
  {
    id: 'ask-review',
    pattern: new RegExp(
      [
        `(?:好评|五星|5星|晒图|追评)(?:后|就)?(?:返现|返|送|有礼|有红包|红包|返红包|给${Y})`,
        `(?:给|帮|打)(?:我们|个|一个)?(?:个)?(?:好评|五星|5星|满分)`,
        `(?:改|删|撤|修改)(?:成|掉|了|一下)?(?:好评|差评|评价|中评)`,
        `(?:好评|差评|评价)(?:改|删|撤)(?!不)`,
        `(?:返现|红包|补偿)[^，。！？,!?]{0,6}?(?:好评|评价)`,
      ].join('|'),
      'g',
    ),
    notAfter: /不|别|没|勿/,
    feedback: (term) => `“${term}”是在向顾客要好评、要她改评：平台禁止诱导评价，用返现、补偿换好评还会被处罚。请只把问题解决好，评价由顾客自己决定。`,
    misconception: '索要或诱导好评',
  },
];

export const WRONG_ACT_CHECKS = CHECKS;

/** Clauses of a text with where each starts (spaces break clauses too: 不付款 不点链接). */
function clausesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  // A clause that ends in a question mark keeps it, so QUESTION sees it.
  const re = /[^，。！？；,!?;\n～~：: \t]+[？?]?/g;
  for (const m of text.matchAll(re)) out.push({ text: m[0], start: m.index });
  return out;
}

const modelCache = new WeakMap<Scenario, Set<string>>();
/** The checks the scenario's own model replies set off: those acts are what the scenario teaches, so they are off there. */
function taughtActs(scenario: Scenario): Set<string> {
  let found = modelCache.get(scenario);
  if (found) return found;
  found = new Set();
  const facts = scenarioFacts(scenario);
  for (const model of facts.models) for (const check of CHECKS) if (actIn(check, model)) found.add(check.id);
  modelCache.set(scenario, found);
  return found;
}

function actIn(check: WrongActCheck, text: string): { start: number; end: number; term: string } | undefined {
  for (const clause of clausesOf(text)) {
    if (QUESTION.test(clause.text) && !/怎么|如何|什么|哪些|多少/.test(clause.text)) continue;
    for (const m of clause.text.matchAll(check.pattern)) {
      const before = clause.text.slice(Math.max(0, m.index - 12), m.index);
      if (NEGATED.test(before) || (check.notAfter && check.notAfter.test(before))) continue;
      if (TAKEN_BACK_AFTER.test(clause.text.slice(m.index + m[0].length))) continue;
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
  for (const check of CHECKS) {
    if ((only && check.id !== only) || taught.has(check.id) || (check.applies && !check.applies(facts))) continue;
    const found = actIn(check, text);
    if (found) return { ...found, feedback: check.feedback(found.term, facts), misconception: check.misconception, check: check.id };
  }
  return undefined;
}

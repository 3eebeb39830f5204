import type { ScenarioInput } from '../../schemas/scenario.ts';
import { absoluteTrap, SHOP_FACTS } from './shared.ts';

/** Saying it is genuine. */
const GENUINE = ['正品', '官方', '授权', '直供', '直营', '原装', '原厂'];
/** Facts that back it up. */
const PROOF = ['发票', '质保', '保修', '授权', '旗舰店', '售后', '无理由', '防伪', '检测', '验货'];
/**
 * A second reason besides the shop itself: 官方旗舰店 alone names both a genuine word and a proof, and teachers give a
 * bare 我们是官方旗舰店 half marks (tests/judge-corpus/).
 */
const MORE_THAN_STORE = [...GENUINE.filter((term) => term !== '官方'), ...PROOF.filter((term) => term !== '旗舰店'), '直接供'];
/** Explaining why other shops' prices differ: the price is set by the company. */
const PRICE_GAP = ['统一定', '统一制定', '价格统一', '统一定价', '活动不一样', '活动不同', '差价', '差别', '价格不一样'];
/** Promising to look for something for her without saying what (帮您问问、帮您申请). */
const SEEK = ['帮您问', '帮您申请', '帮您争取', '帮您看看', '给您申请', '给您争取', '问问主管', '向主管', '找主管'];
/** A concrete dispatch or delivery time: a number of days (2～4天 normalises to 24天, 两三天 to 23天), today, or the 16:00 cut-off. */
const WHEN_CONCRETE = '\\d(个)?(工作)?天|当天|今天(就|能|可以|会|给您)?(发|寄)|1600|16点|(?<!\\d)4点';
/** Offering the store coupon (满 300 减 20), which the 299 rice cooker alone does not reach. */
const COUPON = ['券', '满减', '满300'];
/** Saying the order is short of the coupon's threshold. */
const BELOW_THRESHOLD = ['不满', '不够', '没满', '没到', '差1', '差一', '凑', '再买', '再加', '加购', '用不了', '不能用', '不适用', '才能用', '才可以用', '门槛'];
/** Declining 抹零: it is a price change the agent may not make. */
const ROUND_REFUSE = ['没办法直接改', '没法直接改', '不能直接改', '抹不了', '没法抹', '没办法抹', '不能抹', '不好抹', '不抹零', '不议价', '权限', '没有权限', '没权限', '没这个权限', '没有这个权限', '无权', '改不了', '不能改', '没法改', '没办法改'];
/** What the coupon does for her: 到手 368, or cheaper than 抹零. */
const COUPON_GAIN = [{ regex: '368|到手|实付|划算|省|便宜|优惠(?!券)' }, { regex: '300|368|减20' }];
/** Saying shipping is free: 包邮, or no freight to pay. */
const FREE = ['包邮', '免运费', '免邮', '运费我们', '不用补运费', '不收运费', '不用运费', '运费不用您出', '运费全免', '不用出运费'];
/** A delivery time of 1～2 days (1～2天 normalises to 12天), which is 江浙沪's, not 成都's. */
const NEAR_ETA = '(?<![\\d到至])(1|12|1到2|1至2)(个)?(工作)?天|明天就?(能)?到|次日达|隔天就?到';

/** 4.1 售前接待: 正品吗？能便宜吗？有赠品吗？包邮吗？能抹零吗？ — holding the price with 以退为进. */
export const scenario = {
  id: 'presale-genuine',
  title: '售前咨询：正品、议价与包邮',
  module: 4,
  lesson: '4.1',
  kind: 'presale',
  brief:
    '一位讲价型顾客看中了店里的智能电饭煲，想确认是不是正品，还想砍价、要赠品、问包邮、抹零。请你按店铺规定热情接待：用事实让顾客放心，守住价格但以退为进，最终促成交易。',
  persona: {
    name: '王女士',
    type: '讲价型',
    mood: 0,
    description: '成都的上班族，货比三家，喜欢砍价，但也在意售后。',
    color: '#b5542d',
  },
  product: {
    name: '暖居优品3L智能电饭煲',
    price: 299,
    specs: ['3 升容量，适合 2～4 人', '24 小时预约', '不粘内胆', '整机一年质保'],
    promo: '店铺券：满 300 减 20（教学示例）',
  },
  facts: [
    SHOP_FACTS.genuine,
    SHOP_FACTS.noDiscount,
    '议价时客服可为顾客申请赠品：硅胶饭勺 + 量米杯一套（教学示例）',
    '店铺券满 300 减 20，在店铺首页领取，下单自动抵扣（教学示例）',
    '同店保温杯售价 89 元（教学示例）',
    SHOP_FACTS.shipping,
    SHOP_FACTS.delivery,
    SHOP_FACTS.sevenDays,
  ],
  start: 'genuine',
  requirements: ['m4.know.inquiry', 'm4.know.objection', 'm4.know.promotion', 'm4.skill.needs', 'm4.skill.handle'],
  states: {
    genuine: {
      topic: '回应“是不是正品”',
      customer: ['在吗？', '你家这款电饭煲是正品吗？我看别家便宜了二三十块。'],
      judge: {
        groups: [
          absoluteTrap(),
          {
            id: 'bash-rivals',
            when: [{ affirms: ['假货', '山寨', '仿冒', '高仿', '别家是假', '他们是假'] }],
            feedback: '不要暗示别家卖假货。贬低同行既不专业，也可能引起纠纷；只讲自己店铺的事实依据就好。',
            points: 0,
            correctness: 'incorrect',
            misconception: '靠贬低其他店铺来证明自己是正品',
            mood: -1,
          },
          {
            id: 'genuine-with-proof',
            when: [{ containsAll: [GENUINE, PROOF] }, { containsAny: MORE_THAN_STORE }],
            feedback: '很好！先正面回答，再用旗舰店、发票、质保这些看得见的依据让顾客放心。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'discount',
          },
          {
            id: 'unsure',
            when: [{ affirms: ['不能保证', '不敢保证', '保证不了', '说不好', '不确定', '不一定是'] }],
            feedback: '客服对自家商品都没把握，顾客只会更不放心。旗舰店、品牌直供、可开发票，这些都是可以直接告诉顾客的事实。',
            points: 0,
            correctness: 'incorrect',
            misconception: '对自家商品的来源没有把握，回答含糊',
            mood: -1,
          },
          {
            id: 'proof-only',
            when: [{ containsAny: ['发票', '质保', '保修', '授权', '旗舰店', '直供', '品牌方', '防伪', '验货'] }],
            feedback: '给出的依据能让人放心，但顾客问的是“是不是正品”，先正面回答一句“是正品”，再讲依据，顾客才听得明白。',
            points: 1,
            correctness: 'partial',
            misconception: '没有正面回答顾客的问题',
            mood: 0,
          },
          {
            id: 'genuine-only',
            when: [{ containsAny: ['正品', '官方', '直营', '原装', '放心'] }],
            feedback: '回答了是正品，但只有一句保证说服力不够。补上一条依据，比如品牌旗舰店、可开电子发票、整机一年质保。',
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
          {
            id: 'price-gap-only',
            when: [{ containsAny: PRICE_GAP }],
            feedback: '解释了价格差，但顾客最想知道的是“是不是正品”。先正面回答，再给依据：品牌官方旗舰店、品牌方直供、可开电子发票、整机一年质保。',
            points: 1,
            correctness: 'partial',
            misconception: '只解释价格差，没有回答是不是正品',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客问的是“是不是正品”，请先正面回答，再给出让人放心的依据。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '亲，在的！我们是品牌官方旗舰店，所有商品都由品牌方直供，支持开电子发票，还有一年质保，您可以放心购买～', expect: 'genuine-with-proof' },
          { reply: '您好，我们店卖的都是正品，有品牌授权书，放心哈', expect: 'genuine-with-proof' },
          { reply: '是正品的亲', expect: 'genuine-only' },
          { reply: '亲，我们是官方旗舰店。', expect: 'proof-only' },
          { reply: '亲，这款我们提供整机一年质保，下单可以开发票哦', expect: 'proof-only' },
          { reply: '是不是正品我也说不好', expect: 'unsure' },
          { reply: '亲，各家店铺活动不同，我们的价格是公司统一制定的哦', expect: 'price-gap-only' },
          { reply: '亲，别家便宜可能是高仿，我们家是正品', expect: 'bash-rivals' },
          { reply: '亲，我们绝对正品，假一赔十！', expect: 'trap-absolute' },
          { reply: '您好', expect: 'no-answer' },
        ],
      },
      hints: [
        '顾客最关心“是不是正品”：先正面回答，再给出一条能让人放心的依据。',
        '可以这样组织：官方旗舰店、品牌直供 + 可开发票或一年质保。不要说“绝对正品”，也不要说别家的坏话。',
      ],
      model: '亲，在的，很高兴为您服务！我们是品牌官方旗舰店，电饭煲由品牌方直供，支持开具电子发票，整机一年质保，您可以放心购买。',
    },
    discount: {
      topic: '议价：能便宜点吗？有赠品吗？',
      customer: ['哦，那能便宜点吗？299 有点贵，280 我就拍了。', '不便宜的话，有没有送点什么？'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'trap-agree-discount',
            when: [{ affirms: ['给您改价', '帮您改价', '给你改价', '改成280', '改到280', '就280', '280给您', '给您便宜', '给你便宜', '给您优惠一点', '给你优惠一点', '便宜20', '少20', '285', '290', '打折'] }],
            feedback: '客服没有改价权限，随口答应降价，要么店铺亏损，要么兑现不了让顾客更失望。价格要守住，可以用赠品来弥补。',
            points: 0,
            correctness: 'incorrect',
            misconception: '没有议价权限却答应给顾客降价',
            mood: 0,
          },
          {
            id: 'trap-coupon-short',
            when: [{ affirms: COUPON }, { notContains: BELOW_THRESHOLD }],
            feedback: '店铺券要满 300 元才能用，单买这台 299 元的电饭煲还不够门槛，下单时减不了，顾客会觉得被骗。议价时守住价格，可以为她申请一套硅胶饭勺和量米杯。',
            points: 0,
            correctness: 'incorrect',
            misconception: '没看清店铺券的使用门槛',
            mood: -1,
          },
          {
            id: 'trap-wrong-gift',
            when: [{ affirms: ['保温杯'] }, { containsAny: ['送', '赠'] }],
            feedback: '能申请的赠品只有硅胶饭勺和量米杯一套，保温杯是单独售卖的商品，随口答应送，兑现不了只会让顾客更失望。',
            points: 0,
            correctness: 'incorrect',
            misconception: '把在售商品当赠品随口许诺',
            mood: -1,
          },
          {
            id: 'hold-and-gift',
            when: [
              {
                containsAll: [
                  ['价', '权限', '实惠', '便宜', '很优惠', '没法便宜', '没法再便宜', '没办法便宜', '没办法再便宜', '不能便宜', '不能再便宜', '便宜不了', '让不了', '不议价', '不讲价', '改不了'],
                  ['赠', '送', '礼', '饭勺', '量米杯'],
                ],
              },
              // 赠品我帮您问问有没有 promises nothing yet; 您问有没有送的 repeats her question.
              { notContains: ['帮您问问', '帮你问问', '给您问问', '看有没有', '问问有没有', '查查有没有'] },
            ],
            feedback: '以退为进用得好：温和说明价格改不了，再送上赠品，顾客既有面子又得到实惠。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'shipping',
          },
          {
            id: 'bare-refuse',
            when: [{ containsAny: ['没法便宜', '没法再便宜', '没办法便宜', '没办法再便宜', '不能便宜', '不能再便宜', '便宜不了', '让不了', '不议价', '不讲价', '不还价', '改不了', '权限', '价格', '活动价', '很优惠'] }],
            feedback: '守住价格是对的，但只说“不议价”太生硬。试试以退为进：表示理解，再主动提出送赠品。',
            points: 1,
            correctness: 'partial',
            misconception: '只会拒绝，没有以退为进',
            mood: -1,
          },
          {
            id: 'gift-only',
            when: [{ containsAny: ['赠', '送', '礼'] }],
            feedback: '送赠品很好，但要先温和地说明价格改不了，否则顾客以为还能再砍。',
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
          {
            id: 'seek-vague',
            when: [{ containsAny: SEEK }, { notContains: ['改价', '降价', '便宜', '打折', '少点'] }],
            feedback: '愿意帮顾客争取，态度很好，但说得太模糊。要说清两件事：价格由公司统一制定，客服没有改价权限；能为她申请的是一套硅胶饭勺和量米杯。',
            points: 1,
            correctness: 'partial',
            misconception: '回应含糊，没有说明价格和能给的赠品',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客在砍价、要赠品。请说明价格不能改，同时主动提出店铺能给的赠品。',
          points: 0,
          correctness: 'incorrect',
          mood: -1,
        },
        samples: [
          { reply: '亲，非常理解您想买得实惠一点，不过这已经是活动价了，客服没有改价权限哦。我帮您向主管申请送一套饭勺和量米杯，您看可以吗？', expect: 'hold-and-gift' },
          { reply: '亲，真的便宜不了了，送您一个饭勺吧', expect: 'hold-and-gift' },
          { reply: '价格改不了哦，送您一个保温杯吧', expect: 'trap-wrong-gift' },
          { reply: '好的亲，给您改成二百八', expect: 'trap-agree-discount' },
          { reply: '亲，不议价哦', expect: 'bare-refuse' },
          { reply: '不好意思亲，这个价格已经很优惠了，没法再便宜了', expect: 'bare-refuse' },
          { reply: '可以给您优惠一点，285吧', expect: 'trap-agree-discount' },
          { reply: '可以送您一个饭勺', expect: 'gift-only' },
          { reply: '亲，价格改不了哦，不过首页有满300减20的店铺券，您领了下单能省一些～', expect: 'trap-coupon-short' },
          { reply: '亲，我去帮您申请看看哈，稍等～', expect: 'seek-vague' },
          { reply: '价格改不了哦，赠品我帮您问问有没有。', expect: 'bare-refuse' },
          { reply: '嗯嗯', expect: 'no-answer' },
        ],
      },
      hints: [
        '客服没有议价权限，但可以“以退为进”：守住价格，在别的地方让顾客得到实惠。',
        '先表示理解，再说明已是活动价、客服没有改价权限，最后主动提出送硅胶饭勺和量米杯。',
      ],
      model: '亲，非常理解您想买得实惠一点。这款已经是活动价了，客服这边没有改价权限，还请您见谅。我帮您向主管申请，送您一套硅胶饭勺和量米杯，您看可以吗？',
    },
    shipping: {
      topic: '回答包邮和到货时间',
      customer: ['行吧，送饭勺也行。', '包邮吗？我在成都，几天能到？'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'trap-not-free',
            when: [{ affirms: ['不包邮', '不能包邮', '没有包邮', '不是包邮', '属于偏远', '是偏远地区', '算偏远'] }],
            feedback: '成都在包邮范围内。把包邮商品说成不包邮，顾客会觉得被骗，平台也明确禁止这样答复。回答前先核对店铺的运费规则。',
            points: 0,
            correctness: 'incorrect',
            misconception: '没核对运费规则，把包邮商品说成不包邮',
            mood: -2,
            next: 'lost',
          },
          {
            id: 'trap-fee',
            // Naming the exception (新疆、西藏补 15 元) is not charging her.
            when: [{ affirms: ['要运费', '需要运费', '补运费', '加运费', '付运费', '另收运费', '补15元', '补15块', '15元运费', '15块运费'] }, { notContains: ['新疆', '西藏'] }],
            feedback: '成都在包邮范围内，只有新疆、西藏等偏远地区才补 15 元运费。把包邮说成要补运费，顾客会觉得被骗。',
            points: 0,
            correctness: 'incorrect',
            misconception: '没核对运费规则，把包邮商品说成不包邮',
            mood: -2,
            next: 'lost',
          },
          {
            id: 'trap-near-eta',
            when: [{ regex: NEAR_ETA }, { notContains: ['24天', '2到4', '2至4', '34天', '3到4', '3天', '4天'] }],
            feedback: '时效说错了：1～2 天是江浙沪的时效，成都属于其他地区，一般 2～4 天送达。对照右侧的店铺信息如实说，不要为了让顾客满意把时间说短。',
            points: 0,
            correctness: 'incorrect',
            misconception: '报错了到货时效',
            mood: -1,
          },
          {
            id: 'free-with-time',
            when: [{ containsAny: FREE }, { regex: WHEN_CONCRETE }, { notContains: ['说不好', '不确定', '不一定'] }],
            feedback: '回答准确又完整：包邮，还说清了发货和到货时间，顾客心里有数。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'round-off',
          },
          {
            id: 'free-vague-time',
            when: [{ containsAny: FREE }, { containsAny: ['很快', '尽快', '几天', '没多久', '不久', '马上', '发货', '发出', '送达', '到货'] }],
            feedback: '包邮答对了，也回应了到货，但时间说得太笼统，顾客没法安排。说具体一些：16:00 前付款当天从杭州发货，成都属于江浙沪以外，一般 2～4 天送达。',
            points: 1,
            correctness: 'partial',
            misconception: '到货时间说得含糊，没有给出具体时效',
            mood: 0,
          },
          {
            id: 'free-only',
            when: [{ containsAny: FREE }],
            feedback: '包邮答对了，但顾客还问了“几天能到”。每个问题都要回应到，可以说“江浙沪以外一般 2～4 天”。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客的全部问题',
            mood: 0,
          },
          {
            id: 'time-only',
            when: [{ containsAll: [['天', '16点', '16:00', '4点', '小时'], ['发货', '发出', '送到', '送达', '到货', '就到', '能到', '天到', '发过去', '寄过去', '到成都', '到您']] }],
            feedback: '发货和到货时间答了，但顾客还问了包不包邮。成都在包邮范围内，要明确告诉她，免得她以为还要另付运费。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客的全部问题',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客问了两件事：包不包邮、几天能到。请对照右侧的店铺信息回答。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '亲，成都是包邮的哦～今天16点前付款当天就能发货，一般2～4天送到。', expect: 'free-with-time' },
          { reply: '包邮的，大概三天到', expect: 'free-with-time' },
          { reply: '包邮的亲', expect: 'free-only' },
          { reply: '成都不收运费，今天就能发，三天左右到', expect: 'free-with-time' },
          { reply: '亲，是包邮的，付款后尽快给您发货，很快就能收到～', expect: 'free-vague-time' },
          { reply: '今天下午四点前拍下当天就能发货，三四天能到成都', expect: 'time-only' },
          { reply: '亲，成都不包邮的哦', expect: 'trap-not-free' },
          { reply: '亲，成都要补运费的哦', expect: 'trap-fee' },
          { reply: '包邮的，杭州发到成都一般一两天就能到', expect: 'trap-near-eta' },
          { reply: '好的', expect: 'no-answer' },
        ],
      },
      hints: [
        '对照右侧店铺信息：成都是否在包邮范围内？从杭州发到成都一般几天？',
        '两个问题都要答：成都包邮；16:00 前付款当天发货，江浙沪以外一般 2～4 天送达。',
      ],
      model: '亲，成都是包邮的哦。您今天 16:00 前付款，我们当天就从杭州发货，一般 2～4 天就能送到您手上。',
    },
    'round-off': {
      topic: '应对“抹零”，介绍满减活动',
      customer: ['那我再加一个保温杯，89 的那个。', '一共 388，抹个零，380 行不行？'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'trap-agree-round',
            when: [{ affirms: ['给您抹', '帮您抹', '给你抹', '可以抹', '改成380', '改到380', '380给您', '就380', '给您改价', '帮您改价'] }],
            feedback: '抹零也是改价，客服没有这个权限。其实店铺有满 300 减 20 的券，比抹零还划算，应该告诉顾客。',
            points: 0,
            correctness: 'incorrect',
            misconception: '没有改价权限却答应抹零',
            mood: 0,
          },
          {
            id: 'coupon',
            // The coupon and what it does for her: 到手 368, or cheaper than 抹零 (满300减20 alone only names the coupon).
            when: [{ containsAny: COUPON }, ...COUPON_GAIN, { containsAny: [...ROUND_REFUSE, '抹', '改价', '380', '给不了'] }],
            feedback: '太棒了！用店铺的满减券代替抹零，顾客到手 368 元，比抹零还省，这就是会介绍促销活动。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'confirm',
          },
          {
            id: 'coupon-skip-round',
            when: [{ containsAny: COUPON }, ...COUPON_GAIN],
            feedback: '用满减券帮顾客省钱，方案对了。但顾客问的是能不能抹零，先回应一句：抹零也是改价，客服没有权限，再介绍用券更划算。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客的抹零请求',
            mood: 0,
          },
          {
            id: 'coupon-bare',
            when: [{ containsAny: COUPON }],
            feedback: '想到用店铺券，方向对了！再帮顾客算一算：388 元满 300 减 20，到手 368 元，比抹零还省。',
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
          {
            id: 'refuse-round',
            when: [{ containsAny: ROUND_REFUSE }],
            feedback: '守住了价格，但错过了促销：两件商品 388 元已满 300，领满 300 减 20 的券到手 368 元，比抹零还划算。',
            points: 1,
            correctness: 'partial',
            misconception: '忘了介绍店铺正在进行的促销活动',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客想抹零。看看右侧的促销信息：有没有比抹零更划算、又不用改价的办法？',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '亲，抹零客服这边改不了价哦，不过您买两件已经满300了，领一张满300减20的店铺券，到手368元，比抹零还省12元呢！', expect: 'coupon' },
          { reply: '抹零相当于改价，这个做不了哦。首页有张满300减20的券，您领了更划算', expect: 'coupon' },
          { reply: '您领一张满300减20的店铺券，到手368元', expect: 'coupon-skip-round' },
          { reply: '不好意思亲，抹不了零哦', expect: 'refuse-round' },
          { reply: '抹零相当于改价，我这边没有权限，抱歉哈', expect: 'refuse-round' },
          { reply: '可以领券', expect: 'coupon-bare' },
          { reply: '抹零不行哦，不过首页可以领满300减20的店铺券。', expect: 'coupon-bare' },
          { reply: '亲，您可以用店铺的优惠券，更划算哦', expect: 'coupon-bare' },
          { reply: '行吧，给您抹了，380', expect: 'trap-agree-round' },
          { reply: '稍等', expect: 'no-answer' },
        ],
      },
      hints: [
        '抹零也是改价。看看右侧的“店铺券”：顾客这一单满足条件吗？',
        '388 元已满 300，领满 300 减 20 的店铺券，到手 368 元，比抹零的 380 元还省。',
      ],
      model: '亲，抹零需要改价，客服这边没有权限哦。不过您这两件一共 388 元，已经满 300 了，在首页领一张满 300 减 20 的店铺券，到手只要 368 元，比抹零还划算呢！',
    },
    confirm: {
      topic: '确认发货时间，礼貌结束',
      customer: ['368 可以！我现在就拍。', '今天能发货吗？'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'trap-overpromise',
            when: [{ affirms: ['保证明天到', '肯定明天到', '一定明天到', '保证到', '肯定能到', '一定能到'] }],
            feedback: '快递时效客服控制不了，“保证明天到”是做不到的承诺，到不了就会变成投诉。说发货时间和“一般几天送达”即可。',
            points: 0,
            correctness: 'incorrect',
            misconception: '对快递时效作出绝对承诺',
            mood: -1,
          },
          {
            id: 'trap-wrong-delivery',
            when: [{ affirms: ['顺丰', '圆通', '韵达', '申通', '极兔', '京东快递', '京东物流', '邮政', 'ems', '明天到', '明天就到', '明天就能到', '明天能到', '次日达', '隔天到', '隔天就到'] }],
            feedback: '快递和时效要按店铺规定说：16:00 前付款当天发货，默认中通快递，成都一般 2～4 天送达。报错快递公司或到货时间，顾客会按错的信息等货，到时只会更失望。',
            points: 0,
            correctness: 'incorrect',
            misconception: '报错快递公司或到货时间',
            mood: -1,
          },
          {
            id: 'trap-upsell',
            when: [{ affirms: ['再买', '顺便买', '顺便带', '一起买', '加购', '再加一'] }],
            feedback: '顾客已经决定下单，这时再推别的商品，会让她觉得被硬推销。回答发货时间，感谢支持就好。',
            points: 0,
            correctness: 'incorrect',
            misconception: '成交后硬推额外商品',
            mood: -1,
          },
          {
            id: 'ship-and-thanks',
            when: [{ containsAll: [['今天', '当天', '16点', '16:00', '4点'], ['发货', '发出', '寄出', '当天发', '今天发', '就发', '能发', '中通', '快递', '安排', '揽收'], ['谢谢', '感谢', '愉快']] }, { notContains: ['发不了'] }],
            feedback: '结束得很完整：确认发货时间，再感谢顾客、送上祝福，给顾客留下好印象。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'deal',
          },
          {
            id: 'ship-only',
            when: [{ containsAll: [['今天', '当天', '16点', '16:00', '4点'], ['发货', '发出', '寄出', '当天发', '今天发', '就发', '能发', '中通', '快递', '安排', '揽收']] }, { notContains: ['发不了'] }],
            feedback: '发货时间答对了。成交前再加一句感谢和祝福，就是一个完整的结束语。',
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
          {
            id: 'wrong-time',
            // 要是过了16点，今天就发不了了 states the cut-off; it puts nothing later.
            when: [{ affirms: ['明天发', '后天发', '3天内发', '48小时', '72小时', '发不了'] }, { notContains: ['过了16', '过了4点', '过了四点', '16点以后', '16点后', '16:00以后', '16:00后', '4点以后', '四点以后'] }],
            feedback: '店铺规定 16:00 前付款当天发货。把发货时间说晚了，顾客可能就不买了。',
            points: 0,
            correctness: 'incorrect',
            misconception: '没看清店铺的发货规则',
            mood: -1,
          },
          {
            id: 'ship-yes',
            when: [{ containsAny: ['能发', '可以发', '发得了'] }],
            feedback: '确认了能发货，但没说清条件：16:00 前付款当天发货，默认中通快递。',
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
          {
            id: 'thanks-only',
            when: [{ containsAny: ['谢谢', '感谢', '愉快'] }],
            feedback: '结束语很礼貌，但顾客问的“今天能发货吗”还没有明确回答：按店铺规定，16:00 前付款当天发货，默认中通快递。',
            points: 1,
            correctness: 'partial',
            misconception: '只说结束语，没有回答发货时间',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客问今天能不能发货。请按店铺规则回答，并用结束语感谢顾客。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '亲，16点前付款今天就能发货，默认中通快递，发货后会有短信通知。感谢您的支持，祝您购物愉快！', expect: 'ship-and-thanks' },
          { reply: '可以的，今天发货', expect: 'ship-only' },
          { reply: '今天就给您发顺丰，感谢支持～', expect: 'trap-wrong-delivery' },
          { reply: '亲，48小时内发货哦', expect: 'wrong-time' },
          { reply: '今天发不了，明天发货', expect: 'wrong-time' },
          { reply: '放心，保证明天到', expect: 'trap-overpromise' },
          { reply: '谢谢亲的支持，祝您购物愉快！', expect: 'thanks-only' },
          { reply: '今天就能发货，您要不要再买一个电热水壶？一起发更省事', expect: 'trap-upsell' },
          { reply: '可以发的亲', expect: 'ship-yes' },
          { reply: '好的呢', expect: 'no-answer' },
        ],
      },
      hints: [
        '先回答“今天能不能发货”（看右侧发货规则），再用结束语收尾。',
        '可以这样说：16:00 前付款当天发货，默认中通快递；最后感谢顾客支持，祝购物愉快。',
      ],
      model: '亲，现在付款今天就能发货，默认中通快递，发货后您会收到短信通知。感谢您的支持，祝您购物愉快！',
    },
    deal: {
      end: '成交',
      customer: ['已付款，等你们发货～饭勺别忘了哦！'],
      summary: '你用事实回应了“正品”疑问，守住价格又以赠品和满减券以退为进，每个问题都答到，顾客满意成交。',
    },
    lost: {
      end: '流失',
      customer: ['成都还要运费？那算了，我去别家看看。'],
      summary: '成都本在包邮范围内，却被说成要补运费，顾客觉得不划算，转去了别的店铺。回答运费前一定要核对店铺的运费规则。',
    },
  },
} satisfies ScenarioInput;

import type { ScenarioInput } from '../../schemas/scenario.ts';
import { absoluteTrap, SHOP_FACTS } from './shared.ts';

/**
 * 4.4 处理价格异议: 能便宜点吗 → 送赠品吗 → 别家更便宜 → 私下交易 → 抹个零. The agent holds the price
 * politely, offers only what the shop really gives (gift, 满减), never bashes rivals, never leaves the
 * platform. Negated forms (没办法给您便宜, 不能加微信) pass the negation guard of the answer engine.
 */

/** Words that hold the price without a discount. */
const HOLD = ['活动价', '统一定价', '统一定', '价格统一', '统一制定', '统一价', '没有改价', '没改价', '没有议价', '权限', '便宜不了', '让不了', '没法便宜', '没办法便宜', '没办法再便宜', '没法再便宜', '改不了价', '不议价', '不在我权限', '不在我的权限', '不在权限'];
/** What a refusal of the discount is about: 我改不了、价格动不了、没法再便宜、不能打折 (see the `refuse` act). */
const PRICE_TOPIC = ['改', '价', '便宜', '降', '让利', '打折', '折扣', '优惠', '砍', '少算', '少收', '动不了'];
/** Value the customer gets for the price (materials, guarantees, real gifts, promotions). */
const VALUE = ['高硼硅', '玻璃', '304', '恒温', '质保', '保修', '正品', '旗舰店', '发票', '无理由', '滤茶网', '滤网', '花茶', '赠', '满199', '满减'];
/** What the shop really gives when customers bargain (teaching example). */
const REAL_GIFT = ['滤茶网', '滤网', '花茶', '茶包', '试饮装'];
/** Offering the real gift: 送、赠、申请, or 给您 / 帮您 / 可以 with the gift named. */
const OFFER = ['送', '赠', '申请', '给您', '给你', '帮您', '为您', '替您', '可以申请', '可以送', '可以帮', '可以给', '可以替', '可以为'];
/** The 满减 promotion, adding the cups to reach it, and the sum that shows the customer what she pays. */
const PROMO = ['满199', '满减', '减20', '199减20', '门槛', '抵扣20'];
const ADD_ON = ['杯', '凑', '加购', '一起买', '一起拍', '188', '208'];
const SUM = ['188', '208', '19元', '19块', '实付', '到手', '相当于', '算下来'];
/** Answering the 抹零 request itself: it is a price change the agent may not make. */
const ROUND_HOLD = ['抹不了', '没法抹', '不能抹', '不抹零', '改价', '改不了', '不能改', '动不了', '做不了', '给不了', '权限', '没权限', '没有权限'];
/** What a refusal of 抹零 is about (see the `refuse` act). */
const ROUND_TOPIC = ['抹', '零', '改', '价', '便宜', '少', '权限', '权利', '160', '9块', '9元'];
/** Asking the customer to check that the two offers are really the same product. */
const COMPARE = ['对比', '对照', '型号', '配置', '配件', '核实', '核对', '看清', '是否一样', '是不是一样', '一样吗', '是否一致', '一不一样', '参数', '规格', '是不是同样', '是否同样', '是不是同一', '对一下', '比一下', '比一比'];
/** Saying the price is already fair, without the reason or the value (a soft, vague hold). */
const FAIR_PRICE = '(价格|价钱|这个价|这价|169).{0,6}(实惠|划算|公道|良心)|已经(是)?(很|非常|挺)(实惠|划算|优惠)|性价比(很|非常|挺)?高';
/** Holding the price when the customer compares: 价格统一、客服改不了. */
const HOLD_AT_RIVAL = [...HOLD, '是统一的', '改不了', '不能改', '动不了', '补不了', '跟不了'];
/** Steering the customer back to ordering in the shop. */
const IN_SHOP = ['店铺下单', '店里下单', '店铺拍', '店里拍', '店铺里拍', '在店铺', '在店里', '店铺内', '平台下单', '平台内', '平台上', '走平台', '直接拍', '直接下单', '正常下单', '拍下'];
/** Saying honestly that the glass cups are not a free gift. */
/**
 * Softening a refusal: an apology, understanding, a friendly particle, asking whether the offer suits her, what the gift is good
 * for (泡花茶正好用得上), or going to ask for it at once (我这就去问主管). A pattern: 送不了哦 is no negated 哦.
 */
const SOFTEN = '抱歉|不好意思|对不起|见谅|谅解|理解|哦|哈|呢|可以吗|行吗|好吗|好不好|您看|您觉得|怎么样|咋样|如何|您要的话|需要的话|正好|刚好|正合适|用得上|配着|搭着|别失望|别灰心|别急|争取|这就|马上|现在就|稍等|同意的话|要不要|～|~';
/** Brushing off what the customer asked for instead of answering it. */
/** Sending her to other, cheaper shops: no vague praise of the product makes up for it. */
const ELSEWHERE = ['别家', '别的店', '别处', '便宜货'];
const BRUSH_OFF = ['随便什么', '随便哪个', '随便用', '没必要', '用不着', '不一定要', '凑合用', '将就用'];
/** Words of an explicit refusal. */
const REFUSE_WORDS = ['不能', '不可以', '不行', '抱歉', '不好意思', '不支持', '不方便', '不加', '不接受', '不私下', '不走', '不会加', '无法', '没法', '没办法', '拒绝', '不太方便', '不太行', '不允许', '不收', '不答应', '不用加', '不做', '不接', '一律不', '不敢', '不进行'];
const CUP_STATUS = ['39', '单独', '另购', '加购', '另外买', '不在赠品', '不在赠送', '不能送', '送不了', '没法送', '没办法送', '赠品范围', '只能送', '不属于赠品', '不属于赠送'];

export const scenario = {
  id: 'objection-price',
  title: '处理价格异议：便宜点、送赠品、别家更便宜',
  module: 4,
  lesson: '4.4',
  kind: 'presale',
  brief:
    '刘女士看中了店里的养生壶，却一路讲价：能便宜点吗？送个杯子吧？别家更便宜！还想私下转账。请你先认同她的感受，再守住价格，用店铺真实提供的赠品和满减活动让她觉得值；不贬低同行，不答应任何站外交易，最终促成她在店铺下单。',
  persona: {
    name: '刘女士',
    type: '讲价型',
    mood: 0,
    description: '宁波的退休教师，精打细算，习惯在几家店之间比价，最在意“买得值”。',
    color: '#8c3b5e',
  },
  product: {
    name: '暖居优品1.5L多功能养生壶',
    price: 169,
    specs: ['1.5 升高硼硅玻璃壶身', '304 不锈钢加热底盘', '12 档功能菜单', '2 小时恒温', '整机一年质保'],
    promo: '全店满 199 减 20，下单自动抵扣（教学示例）',
  },
  facts: [
    SHOP_FACTS.genuine,
    SHOP_FACTS.noDiscount,
    '顾客议价时，客服可为其申请赠品：不锈钢滤茶网一个 + 养生花茶试饮装一盒（教学示例）',
    '配套玻璃茶杯（两只装）39 元，单独销售，不在赠品范围内（教学示例）',
    '全店满 199 减 20，下单自动抵扣（教学示例）',
    SHOP_FACTS.shipping,
    SHOP_FACTS.sevenDays,
    '只能在平台内下单付款；任何站外付款、私下交易都不答应',
  ],
  start: 'ask-cheaper',
  requirements: ['m4.know.objection', 'm4.skill.handle', 'm4.attitude.proactive'],
  states: {
    'ask-cheaper': {
      topic: '回应“能便宜点吗”',
      customer: ['这个养生壶要 169？有点贵啊。', '能便宜点吗？150 我马上就拍。'],
      judge: {
        numerals: true,
        groups: [
          absoluteTrap(),
          {
            id: 'trap-agree-discount',
            when: [{ affirms: ['给您改价', '帮您改价', '给你改价', '改成150', '改到150', '150给您', '就150', '给您便宜', '给你便宜', '可以便宜', '给您打折', '给您打个折', '可以打折', '打九折', '打9折', '给您少', '160给您', '改成160', '帮您改', '给您改', '改一下价', '改下价', '改个价', '少收您', '算您便宜'] }],
            feedback: '客服没有改价权限，随口答应降价，要么兑现不了，要么让按原价买的顾客吃亏。价格要守住，用价值和店铺真实的赠品、活动来回应。',
            points: 0,
            correctness: 'incorrect',
            misconception: '遇到价格异议就答应降价',
            mood: 0,
          },
          {
            id: 'hold-and-value',
            when: [{ containsAll: [HOLD, VALUE] }],
            feedback: '做得好：先守住价格，再讲清这个价格买到了什么（材质、质保、赠品或活动），让顾客觉得“贵得有道理”。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'gift',
          },
          {
            id: 'refuse-and-value',
            when: [{ act: 'refuse', about: PRICE_TOPIC }, { containsAny: VALUE }],
            feedback: '做得好：温和地说明价格改不了，再讲清这个价格买到了什么（材质、质保、赠品或活动），让顾客觉得“贵得有道理”。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'gift',
          },
          {
            id: 'bare-refuse',
            when: [{ containsAny: HOLD }],
            feedback: '价格守住了，但只说“改不了”太生硬。先认同顾客的感受，再讲这款壶值在哪里，或者主动提出能申请的赠品。',
            points: 1,
            correctness: 'partial',
            misconception: '只拒绝议价，没有说明价值',
            mood: -1,
          },
          {
            id: 'refuse-only',
            when: [{ act: 'refuse', about: PRICE_TOPIC }],
            feedback: '价格守住了，但只说“改不了”太生硬。先认同顾客的感受，再讲这款壶值在哪里，或者主动提出能申请的赠品。',
            points: 1,
            correctness: 'partial',
            misconception: '只拒绝议价，没有说明价值',
            mood: -1,
          },
          {
            id: 'value-only',
            when: [{ containsAny: VALUE }],
            feedback: '讲了商品的价值，很好；但顾客问的是“能不能便宜”，要温和而明确地告诉她价格不能改，否则她会一直砍下去。',
            points: 1,
            correctness: 'partial',
            misconception: '回避顾客的议价问题',
            mood: 0,
          },          {
            id: 'fair-price-vague',
            when: [{ regex: FAIR_PRICE }, { notContains: ELSEWHERE }],
            feedback: '告诉顾客这个价格已经很实惠，方向对了，但说得太笼统。请明确说明这是活动价、客服没有改价权限，再讲出具体的价值：高硼硅玻璃壶身、304 不锈钢底盘、一年质保。',
            points: 1,
            correctness: 'partial',
            misconception: '守价和讲价值都太笼统',
            mood: 0,
          },
          {
            id: 'quality-vague',
            when: [{ affirms: ['质量', '用料', '做工', '品质'] }, { notContains: ELSEWHERE }],
            feedback: '想用品质说服顾客，但“质量好”太笼统，也没说价格能不能改。请说明这是活动价、客服没有改价权限，再讲具体价值：高硼硅玻璃壶身、304 不锈钢底盘、一年质保。',
            points: 1,
            correctness: 'partial',
            misconception: '守价和讲价值都太笼统',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客在议价。请先认同她的感受，再说明价格不能改，同时讲清这个价格能得到什么。',
          points: 0,
          correctness: 'incorrect',
          mood: -1,
        },
        samples: [
          { reply: '姐，懂的懂的～但改价这个真不在我权限里。这壶高硼硅玻璃壶身加 304 不锈钢底盘，还有一年质保，用得久才是真划算。', expect: 'hold-and-value' },
          { reply: '亲，理解您想买得实惠一点。这款已经是活动价了，客服没有改价权限。它是高硼硅玻璃壶身，耐高温好清洗，整机一年质保，169元用得很放心～', expect: 'hold-and-value' },
          { reply: '价格是公司统一定价的，便宜不了哦，不过我可以帮您申请赠一个滤茶网', expect: 'hold-and-value' },
          { reply: '亲，不好意思，这已经是活动价了', expect: 'bare-refuse' },
          { reply: '理解您的心情，不过这个价我这边降不了，它是304不锈钢底盘，还有一年质保', expect: 'refuse-and-value' },
          { reply: '亲，真不好意思，价格我这边改不了哦', expect: 'refuse-only' },
          { reply: '我们是官方旗舰店，正品有保障', expect: 'value-only' },
          { reply: '亲，这个价格已经很划算了哦', expect: 'fair-price-vague' },
          { reply: '亲，我们家的做工很好的，用着放心', expect: 'quality-vague' },
          { reply: '行，给您改成150吧', expect: 'trap-agree-discount' },
          { reply: '亲，这已经是全网最低了', expect: 'trap-absolute' },
          { reply: '在的亲', expect: 'no-answer' },
        ],
      },
      hints: [
        '价格异议先认同感受，再守住价格：客服没有改价权限，但可以讲清“这个价格值在哪里”。',
        '例如：理解您想买得实惠，这已是活动价，客服没有改价权限；高硼硅玻璃壶身、304 不锈钢底盘、一年质保，买得放心。',
      ],
      model: '亲，非常理解您想买得实惠一点。这款已经是活动价了，客服这边没有改价权限。它用的是高硼硅玻璃壶身和 304 不锈钢底盘，还有一年质保，169 元用得安心又长久。',
    },
    gift: {
      topic: '回应“送点什么吧”：只送真实的赠品',
      customer: ['唉，好吧，不便宜那总得送点什么吧？', '把那个配套的玻璃杯送我呗。'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'trap-false-gift',
            when: [{ affirms: ['送您玻璃杯', '送你玻璃杯', '玻璃杯送您', '玻璃杯送你', '杯子送您', '杯子送你', '送您杯子', '送你杯子', '杯子也送', '玻璃杯也送', '杯子就送', '玻璃杯就送', '杯子我送', '玻璃杯我送', '免费送杯', '做主送', '破例送'] }],
            feedback: '玻璃杯不在赠品范围内，客服随口答应，仓库不会发，顾客收到货发现没有，就成了纠纷。只能承诺店铺规定能送的赠品。',
            points: 0,
            correctness: 'incorrect',
            misconception: '答应送出不在赠品范围内的商品',
            mood: 0,
          },
          {
            id: 'trap-cup-promised',
            when: [{ regex: '杯.{0,8}送(您|你)' }, { affirms: ['杯'] }, { notContains: [...CUP_STATUS, '不送', '不是赠品'] }],
            feedback: '玻璃杯不在赠品范围内，客服随口答应，仓库不会发，顾客收到货发现没有，就成了纠纷。只能承诺店铺规定能送的赠品。',
            points: 0,
            correctness: 'incorrect',
            misconception: '答应送出不在赠品范围内的商品',
            mood: 0,
          },
          {
            id: 'trap-other-gift',
            when: [{ regex: '(送|赠|加)(您|你)?[0-9一两]?(个|只|套)?(保温杯|茶具)' }, { affirms: ['保温杯', '茶具'] }],
            feedback: '店铺允许为议价顾客申请的只有滤茶网和花茶试饮装，其他东西都不在赠品范围内。随口多承诺一样，仓库不会发，顾客收到货就成了纠纷。',
            points: 0,
            correctness: 'incorrect',
            misconception: '承诺了赠品范围以外的东西',
            mood: -1,
          },
          {
            id: 'real-gift-honest',
            when: [{ containsAll: [REAL_GIFT, OFFER, CUP_STATUS] }, { regex: SOFTEN }],
            feedback: '以退为进又实事求是：如实说明玻璃杯需要单独购买，再主动申请店铺能送的滤茶网和花茶，顾客得到了实惠，也不会有落差。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'rival',
          },
          {
            id: 'real-gift-curt',
            when: [{ containsAll: [REAL_GIFT, OFFER, CUP_STATUS] }],
            feedback: '内容是对的：如实说明了玻璃杯不送，也主动申请了能送的赠品。但语气太生硬，顾客刚被拒绝，会觉得被打发。先说一句“实在抱歉”或“理解您”，再用商量的口气问她“您看可以吗”。',
            points: 1,
            correctness: 'partial',
            mannerOnly: true,
            misconception: '拒绝时语气生硬，没有致歉或体谅',
            mood: 0,
          },
          {
            id: 'real-gift-only',
            when: [{ containsAll: [REAL_GIFT, OFFER] }],
            feedback: '主动申请赠品很好。顾客点名要玻璃杯，还要如实告诉她杯子不在赠品范围、需要单独购买（39 元），免得她以为会一起送。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客点名要的赠品',
            mood: 0,
          },
          {
            id: 'trap-brush-off',
            when: [{ containsAny: BRUSH_OFF }],
            feedback: '顾客点名要玻璃杯，回一句“没必要”“随便什么杯子都行”，是在否定她的需要，既生硬又没给任何办法。如实说明杯子单独销售、不在赠品范围，再主动申请店铺能送的滤茶网和花茶试饮装。',
            points: 0,
            correctness: 'incorrect',
            misconception: '生硬拒绝，否定顾客的需要',
            mood: -1,
          },
          {
            id: 'refuse-gift',
            when: [{ containsAny: CUP_STATUS }],
            feedback: '如实说明杯子不送是对的，但只拒绝会让顾客失望。店铺允许为议价顾客申请滤茶网和花茶试饮装，主动提出来。',
            points: 1,
            correctness: 'partial',
            misconception: '只拒绝，不提供店铺允许的补偿',
            mood: -1,
          },          {
            id: 'offer-unnamed',
            when: [{ containsAny: ['赠品', '送'] }, { containsAny: ['申请', '问问主管', '问下主管', '问一下主管', '请示', '向主管', '跟主管', '争取'] }, { notContains: ['杯'] }],
            feedback: '愿意为顾客申请赠品，态度很好，但说得太笼统。请说清能申请的是滤茶网和花茶试饮装，并如实告诉她玻璃杯单独销售、不在赠品范围内。',
            points: 1,
            correctness: 'partial',
            misconception: '没有说明具体赠品，也没有回应玻璃杯',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客想要赠品，还点名要玻璃杯。看看右侧信息：哪些东西能送，哪些不能送？',
          points: 0,
          correctness: 'incorrect',
          mood: -1,
        },
        samples: [
          { reply: '刘老师，实在抱歉，配套玻璃杯不属于赠品范围。我这边能帮您争取的是滤茶网一个加花茶试饮装一盒，我现在就去向主管申请，您看可以吗？', expect: 'real-gift-honest' },
          { reply: '亲，玻璃杯是单独销售的，不在赠品范围内，实在抱歉。不过我帮您向主管申请一个不锈钢滤茶网和一盒花茶试饮装，泡花茶正好用得上，您看可以吗？', expect: 'real-gift-honest' },
          { reply: '杯子送不了哦，我给您申请送一个滤网和花茶吧', expect: 'real-gift-honest' },
          { reply: '杯子真不行，它是单品 39 元，不属于赠品。我去帮您向主管申请个滤茶网和一盒花茶试饮装吧，泡花茶刚好用得上。', expect: 'real-gift-honest' },
          { reply: '可以送您一个滤茶网', expect: 'real-gift-only' },
          { reply: '杯子是单独销售的，送不了，我给您申请滤茶网和花茶试饮装。', expect: 'real-gift-curt' },
          { reply: '杯子送不了，其实也没必要配套，家里的杯子一样用', expect: 'trap-brush-off' },
          { reply: '玻璃杯要另购的，39元', expect: 'refuse-gift' },
          { reply: '我去跟主管申请一下，看看能送您点什么赠品', expect: 'offer-unnamed' },
          { reply: '杯子送不了，不过可以申请滤茶网，再送您一个保温杯', expect: 'trap-other-gift' },
          { reply: '好的，玻璃杯送您啦', expect: 'trap-false-gift' },
          { reply: '行，杯子我去申请一下送您一对', expect: 'trap-cup-promised' },
          { reply: '嗯嗯', expect: 'no-answer' },
        ],
      },
      hints: [
        '只能承诺店铺真正能送的东西。右侧信息里，议价时可以申请哪些赠品？玻璃杯能送吗？',
        '先如实说明玻璃杯单独销售、不在赠品范围内，再以退为进，主动向主管申请一个滤茶网和一盒花茶试饮装。',
      ],
      model: '亲，玻璃杯是单独销售的，不在赠品范围内，实在抱歉。我帮您向主管申请一个不锈钢滤茶网和一盒养生花茶试饮装，泡花茶正好用得上，您看可以吗？',
    },
    rival: {
      topic: '回应“别家更便宜”',
      customer: ['行吧，滤网和花茶也行。', '不过我刚看到别家同款才卖 139，你们贵了 30 呢。'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'trap-bash',
            when: [{ affirms: ['假货', '山寨', '高仿', '仿冒', '别家是假', '翻新', '便宜没好货', '劣质', '二手'] }],
            feedback: '不要贬低或猜测别家卖假货。没有证据的指责既不专业，也可能引起纠纷；只讲自己店铺看得见的保障，让顾客自己比较。',
            points: 0,
            correctness: 'incorrect',
            misconception: '用贬低同行的方式回应比价',
            mood: -2,
            next: 'lost',
          },
          {
            id: 'trap-price-match',
            when: [{ affirms: ['补差价', '退差价', '差价补', '也卖139', '给您139', '改成139', '跟他们一样价', '和他们一样价', '一样的价格'] }],
            feedback: '客服无权跟价或补差价，随口承诺兑现不了，会变成投诉。回应比价要讲价值，而不是跟着降价。',
            points: 0,
            correctness: 'incorrect',
            misconception: '随口承诺跟价或补差价',
            mood: 0,
          },
          {
            id: 'compare-value',
            when: [{ containsAll: [COMPARE, ['旗舰店', '正品', '发票', '质保', '保修', '无理由', '售后', '赠', '滤茶网', '花茶', '官方']] }],
            feedback: '回应得很专业：理解顾客比价，提醒她核对型号和配置，再讲清旗舰店的正品、发票、质保和赠品，让她自己判断哪家更值。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'off-platform',
          },
          {
            id: 'value-only',
            when: [{ containsAny: ['旗舰店', '正品', '发票', '质保', '保修', '无理由', '售后', '官方', '品质', '有保障'] }],
            feedback: '讲了自己店铺的保障，方向对了。再加一句：请顾客核对两边的型号、材质和配件是否一样，价格才有可比性。',
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
          {
            id: 'compare-only',
            when: [{ containsAny: COMPARE }],
            feedback: '提醒顾客核对两边的型号和配置，方向对了。再讲清本店的保障：官方旗舰店正品、可开发票、一年质保、七天无理由，还有申请到的赠品，让她知道多花的钱买到了什么。',
            points: 1,
            correctness: 'partial',
            misconception: '只请顾客比较，没有说明本店的保障',
            mood: 0,
          },          {
            id: 'hold-only',
            when: [{ containsAny: HOLD_AT_RIVAL }],
            feedback: '价格守住了，但没有回应顾客的比价。请理解她多比较，建议她核对两边的型号、材质和配件，再讲清本店的保障：官方旗舰店正品、可开发票、一年质保。',
            points: 1,
            correctness: 'partial',
            misconception: '只守价，没有回应比价',
            mood: 0,
          },
          {
            id: 'hold-only-act',
            when: [{ act: 'refuse', about: PRICE_TOPIC }],
            feedback: '价格守住了，但没有回应顾客的比价。请理解她多比较，建议她核对两边的型号、材质和配件，再讲清本店的保障：官方旗舰店正品、可开发票、一年质保。',
            points: 1,
            correctness: 'partial',
            misconception: '只守价，没有回应比价',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客拿别家的价格来比。请理解她比价的心情，引导她核对配置，再讲清本店的保障。',
          points: 0,
          correctness: 'incorrect',
          mood: -1,
        },
        samples: [
          { reply: '亲，理解您多比较几家。建议您核对一下两边的型号、壶身材质和配件是否一样。我们是品牌官方旗舰店，可以开发票，一年质保，还支持七天无理由退货，今天还帮您申请了滤茶网和花茶～', expect: 'compare-value' },
          { reply: '您可以对比一下配置，我们是旗舰店正品', expect: 'compare-value' },
          { reply: '我们是官方旗舰店，售后有保障的', expect: 'value-only' },
          { reply: '我们家的品质您放心', expect: 'value-only' },
          { reply: '亲，您可以先对比一下两家的型号和配件是否一致', expect: 'compare-only' },
          { reply: '亲，我们的价格是统一定价的，这边改不了哦', expect: 'hold-only' },
          { reply: '亲，不好意思，这个价我这边降不了', expect: 'hold-only-act' },
          { reply: '那个139的可能是高仿', expect: 'trap-bash' },
          { reply: '那我给您补差价30元吧', expect: 'trap-price-match' },
          { reply: '哦哦', expect: 'no-answer' },
        ],
      },
      hints: [
        '不评价别家，只讲事实：两边的商品真的一样吗？本店能给顾客什么保障？',
        '可以说：理解您比较，建议核对型号、材质和配件；我们是官方旗舰店，可开发票、一年质保、七天无理由，还送滤茶网和花茶。',
      ],
      model: '亲，理解您多比较几家。建议您核对一下两边的型号、壶身材质和配件是否一样。我们是品牌官方旗舰店，可以开发票、一年质保，还支持七天无理由退货，今天也帮您申请了滤茶网和花茶。',
    },
    'off-platform': {
      topic: '拒绝私下交易，引导平台内下单',
      customer: ['你说的也有道理。', '要不这样，我加你微信，直接转你 150，不走平台，你们还省了手续费。'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'trap-agree-off',
            when: [{ affirms: ['加我微信', '我的微信', '可以加微信', '加微信吧', '微信号是', '转给我', '转我吧', '收款码', '扫码', '私下也行', '可以私下', '那就私下', '不走平台也行', '不走平台也可以', '站外也行'] }],
            feedback: '绝不能答应站外交易！这违反平台规则，顾客付了钱没有订单保障，售后、退换都无从谈起，这也是骗子最常用的套路。',
            points: 0,
            correctness: 'incorrect',
            misconception: '答应顾客绕开平台私下交易',
            mood: -1,
          },
          {
            id: 'trap-threaten',
            when: [{ affirms: ['上报', '举报', '拉黑', '封号'] }],
            feedback: '顾客只是想省点钱，用“上报平台”之类的话吓她，她会难堪、生气。温和地谢绝，说清在店铺下单对她的保障就好。',
            points: 0,
            correctness: 'incorrect',
            misconception: '用威胁的口气拒绝顾客',
            mood: -1,
          },
          {
            id: 'refuse-and-guide',
            when: [{ containsAll: [['只能在', '平台内', '平台上', '平台下单', '在平台', '店铺下单', '店铺内', '店铺里', '店里下单', '直接下单', '在店铺', '页面下单', '正常下单', '拍下', '下单付款', ...IN_SHOP], ['安全', '保障', '担保', '权益', '售后', '无理由', '退换', '规则', '记录', '凭证', '没保障', '没有保障', '没人管', '风险'], [...REFUSE_WORDS, '只能', '只在']] }],
            feedback: '拒绝得坚定又有温度：说明在店铺下单才有资金和售后保障，把顾客引回平台，交易才安全。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'bundle',
          },
          {
            id: 'warn-and-guide',
            when: [{ act: 'warn', about: ['私下', '转账', '微信', '站外'] }, { containsAny: IN_SHOP }, { containsAny: ['安全', '保障', '售后', '无理由', '记录'] }],
            feedback: '提醒得好：点明私下转账的风险，说清在店铺下单才有订单记录和售后保障，把顾客引回了平台。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'bundle',
          },
          {
            id: 'refuse-bare',
            when: [{ containsAny: REFUSE_WORDS }],
            feedback: '拒绝是对的，但要说清理由（资金安全、售后保障），并引导顾客直接在店铺下单，否则顾客会觉得你不近人情。',
            points: 1,
            correctness: 'partial',
            misconception: '只拒绝，不说明理由也不引导',
            mood: 0,
          },          {
            id: 'guide-only',
            when: [{ containsAny: IN_SHOP }],
            feedback: '引导顾客在店铺下单，方向对了。但顾客提出加微信私下转账，要先明确拒绝，再说明理由：站外付款没有订单记录，资金安全和售后都没有保障。',
            points: 1,
            correctness: 'partial',
            misconception: '没有明确拒绝私下交易',
            mood: 0,
          },
          {
            id: 'risk-only',
            when: [{ containsAll: [['私下', '转账', '微信', '站外', '不走平台'], ['没有保障', '没保障', '风险', '不安全', '不好处理', '没法处理', '被骗', '没有记录', '没有订单记录']] }],
            feedback: '点明了私下转账的风险，说得对。再谢谢顾客的好意，引导她直接在店铺下单：订单有记录，售后才有保障。',
            points: 1,
            correctness: 'partial',
            misconception: '只讲风险，没有引导在店铺下单',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客提出私下交易。请明确拒绝，说明原因，并引导她在店铺正常下单。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '亲，谢谢您替我们着想！为了保障您的资金安全和售后权益，我们只能在店铺下单付款哦，这样订单有记录，七天无理由退换也有保障。', expect: 'refuse-and-guide' },
          { reply: '亲，这个真不行，请您直接在店铺拍下，售后才有保障', expect: 'refuse-and-guide' },
          { reply: '不好意思亲，这个不可以哦', expect: 'refuse-bare' },
          { reply: '亲，我们不接受私下付款的', expect: 'refuse-bare' },
          { reply: '亲，您在店铺下单就可以啦', expect: 'guide-only' },
          { reply: '谢谢您！千万别私下转账给任何人，在平台下单订单有记录，售后也有保障。', expect: 'warn-and-guide' },
          { reply: '亲，您在店铺下单更有保障哦', expect: 'guide-only' },
          { reply: '微信付款风险很大，钱没了都找不回来', expect: 'risk-only' },
          { reply: '这样是违规的，我要举报给平台了', expect: 'trap-threaten' },
          { reply: '可以的，加我微信吧', expect: 'trap-agree-off' },
          { reply: '那您扫码付150也行', expect: 'trap-agree-off' },
          { reply: '嗯', expect: 'no-answer' },
        ],
      },
      hints: [
        '站外交易一律不答应。拒绝时说清理由：对顾客有什么风险？在店铺下单有什么保障？',
        '可以说：谢谢您为我们着想，为了保障您的资金安全和售后权益，只能在店铺下单付款，订单有记录，退换货也有保障。',
      ],
      model: '亲，谢谢您替我们着想！为了保障您的资金安全和售后权益，我们只能在店铺下单付款哦。这样订单有记录，七天无理由退换也有保障，您买得更放心。',
    },
    bundle: {
      topic: '回应“抹个零”：用满减帮顾客算账',
      customer: ['好吧，那我就在店里拍。', '169 抹个零，160 行不行？反正就差 9 块钱。'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'trap-false-deadline',
            when: [{ affirms: ['最后一天', '今天结束', '今天就结束', '今天截止', '今天就截止', '今晚结束', '马上结束', '快结束', '只有今天', '仅限今天', '过了今天', '明天就没', '恢复原价', '不加就没', '错过就没', '错过今天'] }],
            feedback: '店铺的满减活动没有说今天结束，编造截止时间逼顾客凑单是虚假宣传，顾客发现后会失去信任。如实帮她算账，让她自己决定要不要加购。',
            points: 0,
            correctness: 'incorrect',
            misconception: '编造活动截止时间逼单',
            mood: -1,
          },
          {
            id: 'trap-agree-round',
            when: [{ affirms: ['给您抹', '帮您抹', '给你抹', '可以抹', '改成160', '改到160', '160给您', '就160', '给您改价', '帮您改价'] }, { notContains: ['您说的抹', '其实就是把', '这个客服改不了', '客服改不了'] }],
            feedback: '抹零也是改价，客服没有这个权限。店铺有满 199 减 20 的活动，帮顾客凑单算账，比抹零更划算。',
            points: 0,
            correctness: 'incorrect',
            misconception: '没有改价权限却答应抹零',
            mood: 0,
          },
          {
            id: 'bundle-promo',
            when: [{ containsAll: [PROMO, ADD_ON, SUM, ROUND_HOLD] }],
            feedback: '太棒了！先说明抹零改不了，再用店铺的满减活动代替抹零：加购她想要的玻璃杯，208 元减 20 实付 188 元，相当于杯子只花 19 元，顾客得到了真实的优惠。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'deal',
          },
          {
            id: 'bundle-promo-act',
            when: [{ containsAll: [PROMO, ADD_ON, SUM] }, { act: 'refuse', about: ROUND_TOPIC }],
            feedback: '太棒了！先说明抹零改不了，再用店铺的满减活动代替抹零：加购她想要的玻璃杯，208 元减 20 实付 188 元，相当于杯子只花 19 元，顾客得到了真实的优惠。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'deal',
          },
          {
            id: 'bundle-sum-only',
            when: [{ containsAll: [PROMO, ADD_ON, SUM] }],
            feedback: '账算得很清楚，加购玻璃杯凑满减的办法也对。不过顾客开口问的是能不能抹零，直接报数字会显得答非所问、有点生硬。先温和地回应她：抹零也是改价，客服没有这个权限，再给出这个更划算的办法。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客抹零的请求',
            mood: 0,
          },
          {
            id: 'bundle-no-sum',
            when: [{ containsAll: [PROMO, ADD_ON] }],
            feedback: '想到用加购玻璃杯凑满减，思路对了！再把账算给顾客看：壶 169 元加杯子 39 元共 208 元，减 20 实付 188 元，杯子相当于只花 19 元。',
            asks: [{ unless: ROUND_HOLD, say: '还要说明抹零等于改价，客服没有这个权限。' }],
            points: 1,
            correctness: 'partial',
            misconception: '提了凑单却没有帮顾客算清金额',
            mood: 0,
          },
          {
            id: 'promo-bare',
            when: [{ containsAny: ['满199', '满减', '减20', '199减20'] }],
            feedback: '想到了满减活动，方向对了！但养生壶 169 元还不够 199，帮顾客想想怎么凑单，并把实付金额算出来。',
            points: 1,
            correctness: 'partial',
            misconception: '介绍了活动却没有帮顾客算账',
            mood: 0,
          },
          {
            id: 'refuse-round',
            when: [{ containsAny: ['抹不了', '没法抹', '不能抹', '不抹零', '改不了', '权限', '不能改', '做不了', '做不到', '办不到'] }],
            feedback: '守住了价格，但错过了促销：加购 39 元的玻璃杯就满 199，减 20 后实付 188 元，顾客想要的杯子也有了。',
            points: 1,
            correctness: 'partial',
            misconception: '忘了用店铺正在进行的促销活动',
            mood: 0,
          },
          {
            id: 'refuse-round-act',
            when: [{ act: 'refuse', about: ROUND_TOPIC }],
            feedback: '守住了价格，但错过了促销：加购 39 元的玻璃杯就满 199，减 20 后实付 188 元，顾客想要的杯子也有了。',
            points: 1,
            correctness: 'partial',
            misconception: '忘了用店铺正在进行的促销活动',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客想抹零。看看右侧的促销信息和她想要的玻璃杯：有没有比抹零更划算、又不用改价的办法？',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '亲，抹零也是改价，这个我做不了，169元已经很实在了。', expect: 'refuse-round' },
          { reply: '亲，抹零我真没这权限哈～把玻璃杯一起拍，208元够满199减20，到手188，杯子约等于19块。', expect: 'bundle-promo-act' },
          { reply: '亲，抹零需要改价，客服没有权限哦。不过您刚才想要玻璃杯，加购一套39元的杯子一共208元，满199减20，实付188元，相当于杯子只花19元，比抹零划算多了！', expect: 'bundle-promo' },
          { reply: '亲，抹零客服做不了哦，您加一个39元的玻璃杯凑满199减20吧，实付188元，更划算', expect: 'bundle-promo' },
          { reply: '这9块钱客服也没有权利少算，不过您加一个39元的玻璃杯凑满199减20，实付188元', expect: 'bundle-promo-act' },
          { reply: '您加一个39元的玻璃杯凑满199减20吧，实付188元，更划算', expect: 'bundle-sum-only' },
          { reply: '亲，要不要加购一套玻璃杯？正好能用上满减', expect: 'bundle-no-sum' },
          { reply: '店里有满199减20的活动哦', expect: 'promo-bare' },
          { reply: '不好意思亲，抹不了零', expect: 'refuse-round' },
          { reply: '亲，这9块钱客服也没有权利少算，还请理解', expect: 'refuse-round-act' },
          { reply: '加个杯子凑满减吧，活动今天就结束了', expect: 'trap-false-deadline' },
          { reply: '行，给您抹了，160', expect: 'trap-agree-round' },
          { reply: '稍等', expect: 'no-answer' },
        ],
      },
      hints: [
        '抹零也是改价。看看右侧的满减活动：169 元够不够门槛？顾客之前想要的什么东西正好能凑单？',
        '加购 39 元的玻璃杯共 208 元，满 199 减 20，实付 188 元，相当于杯子只花 19 元。',
      ],
      model: '亲，抹零需要改价，客服这边没有权限哦。不过您刚才想要玻璃杯，加购一套 39 元的杯子一共 208 元，满 199 减 20 后实付 188 元，相当于杯子只花 19 元，比抹零划算多了！',
    },
    deal: {
      end: '成交',
      customer: ['这么一算还真划算，壶和杯子我都拍了！', '滤网和花茶记得一起寄哦。'],
      summary: '你每一次都先认同再回应：守住价格，只承诺真实的赠品，不评价同行，拒绝私下交易，最后用满减帮顾客算清账，她买得明白又满意。',
    },
    lost: {
      end: '流失',
      customer: ['你这么说别人家，我反倒不太放心了。', '算了，我再看看吧。'],
      summary: '没有证据就说别家是假货，顾客反而对你的专业和诚信起了疑心，放弃了购买。回应比价只讲自己的事实依据。',
    },
  },
} satisfies ScenarioInput;

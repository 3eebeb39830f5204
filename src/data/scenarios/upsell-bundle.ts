import type { AnswerGroupInput } from '../../schemas/answer.ts';
import type { ScenarioInput } from '../../schemas/scenario.ts';
import { absoluteTrap, SHOP_FACTS } from './shared.ts';

/** Drinks a cup is used for: naming them as options is asking what the cup is for. */
const HOT_DRINK = ['热水', '开水', '温水'];
const OTHER_DRINK = ['牛奶', '果汁', '豆浆', '饮料', '茶', '汤'];
/** Answering “直接拍就行吧？”: yes, she can order it as it is. */
const CAN_ORDER = ['可以', '能拍', '直接拍', '拍下', '拍吧', '拍就行', '没问题', '放心拍', '下单'];
/** Asking what the cup will hold. */
const USE_QUESTION = ['装什么', '喝什么', '装热水', '装牛奶', '装热的', '平时装', '主要装', '用来装', '饮品', '喝热水', '装水还是', '平时用来', '怎么用'];
/** Leaving the decision to the customer: one cup is fine too, it is her choice. */
const HER_CHOICE = ['一只即可', '暂不需要', '不需要的话', '先拍一只', '一只也', '只买一只', '先买一只', '单买', '只要一只', '您决定', '您定', '看您', '您看着', '随您', '不勉强', '不强求', '需不需要', '需要不', '您看需要', '不要也', '不买也', '按需', '您看情况', '就买一只', '买一只就', '要不要一起', '只是个建议', '勉强', '仅需一只', '只需一只', '同样可以', '一只也可以', '同样没有问题', '同样没问题', '仅购买一只', '只购买一只', '尊重您', '不想多买', '一支也', '只买一支', '只要一支', '一只照样', '一支照样', '不想要也'];
/** 赶紧 that urges a purchase (赶紧一起拍), not any haste (牛奶喝完赶紧冲洗). */
const URGE_PURCHASE = ['赶紧下单', '赶紧拍', '赶紧买', '赶紧付', '赶紧入手', '赶紧一起', '赶紧两只', '赶紧加'];
/** Accepting the customer's budget of one cup. */
const ONE_CUP = ['按您', '看您', '您决定', '勉强', '先买一只', '买一只', '单买', '预算', '不着急', '尊重', '先拍一只', '拍一只', '一只就好', '一只就行', '一只就够', '一只就挺好', '一只就一只', '您定', '听您的', '您说了算', '一只就很好', '先一只', '来一只', '一只也', '一只完全', '一只刚', '可买可不买', '可选', '按需', '拿一只', '不超预算', '不超出预算'];
/** Promising a price the agent may not set: 改价、给您便宜、抹零 … */
const CHANGE_PRICE = ['改价', '给您便宜', '给你便宜', '抹零', '少算', '给您减', '给您打折', '打个折'];
/** A changed price with a figure (改成190, 降到150): a total after 满减 is stated, not 改成. */
const PRICE_FIGURE = '(改成|改到|便宜到|降到)\\d{2,}';
/** Stating what the order costs: the total (233 元) or what she pays after 满减 (213 元). */
const ORDER_AMOUNT = ['213', '233', '实付', '合计', '总价', '一共', '付款时', '自动减'];
/** Pushing for more than she asked: a second cup, 凑满减, a set, or saying one is not worth it. */
const PUSH_MORE = ['两只', '两个', '2只', '买两', '拍两', '多买', '凑', '满减', '满199', '套餐', '三件', '不划算', '亏'];
/** Giving away the 15-yuan brush, which is sold, not a gift. */
const FREE_BRUSH = ['送您杯刷', '送你杯刷', '杯刷送您', '杯刷送你', '杯刷也送', '杯刷就送', '送个杯刷', '送1把杯刷', '送把杯刷', '赠送杯刷', '送您1把', '杯刷免费', '免费送', '白送', '不收钱', '不要钱'];

/** 5.3 提高客单价: a customer buying one cup; suggest a genuine second cup (满减) and a brush, respect the budget, confirm the order. */
/** A lower price quoted as a figure (两只 190): the agent may not change prices. */
const priceFigureTrap: AnswerGroupInput = {
  id: 'trap-price-figure',
  when: [{ regex: PRICE_FIGURE }],
  feedback: '客服没有议价和改价权限，随口报一个更低的价格，兑现不了就会变成投诉。满减下单自动抵扣，把实付金额算清楚告诉顾客即可。',
  points: 0,
  correctness: 'incorrect',
  misconception: '为了成交擅自答应降价',
  mood: 0,
};

/** The brush given away: it is sold separately, not a gift. */
const freeBrushTrap: AnswerGroupInput = {
  id: 'trap-free-brush',
  when: [{ affirms: FREE_BRUSH }],
  feedback: '杯刷是 15 元单独销售的商品，不是赠品。随口答应送，仓库不会发，顾客收货后发现没有就成了纠纷。可以如实介绍杯刷，让顾客自己决定要不要加购。',
  points: 0,
  correctness: 'incorrect',
  misconception: '答应赠送不在赠品范围内的商品',
  mood: 0,
};

export const scenario = {
  id: 'upsell-bundle',
  title: '提高客单价：真诚的搭配建议',
  module: 5,
  lesson: '5.3',
  kind: 'recommend',
  brief:
    '吴女士要给上初中的儿子买一只保温杯。请先了解用途，再根据她说出的需要提出真诚的搭配建议（如满减、杯刷），尊重她的预算和选择，不施压、不编造；她决定购买后，和她核对订单的规格、数量和收货信息。',
  persona: {
    name: '吴女士',
    type: '果断型',
    mood: 0,
    description: '说话直接，想好了就买；讨厌被推销，但愿意听实在的建议。',
    color: '#1d6f8a',
  },
  product: {
    name: '暖居优品500毫升保温杯',
    price: 109,
    specs: ['500 毫升', '316 不锈钢内胆', '藏青 / 米白 / 樱粉', '可装热水、热牛奶'],
    promo: '全店满 199 减 20，下单自动抵扣（教学示例）',
  },
  facts: [
    '保温杯每只 109 元，藏青、米白现货，樱粉预售（教学示例）',
    '长柄专用杯刷 15 元，海绵头能刷到杯底和杯盖缝隙（教学示例）',
    '全店满 199 减 20，下单自动抵扣，无须改价（教学示例）',
    '装牛奶、果汁后要及时清洗，不宜长时间存放（教学示例）',
    SHOP_FACTS.noDiscount,
    SHOP_FACTS.shipping,
    SHOP_FACTS.sevenDays,
  ],
  start: 'open',
  requirements: ['m5.skill.psychology', 'm5.know.communication', 'm5.know.orders', 'm5.attitude.courtesy'],
  states: {
    open: {
      topic: '回应下单意向，先了解用途',
      customer: ['这个 500 毫升的保温杯，我要一个。', '给上初中的儿子带去学校，直接拍就行吧？'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'confirm-then-addon',
            when: [{ containsAny: CAN_ORDER }, { affirms: ['再加', '加购', '加一把', '配一把', '搭配', '搭一把'] }, { notContains: PUSH_MORE }],
            feedback: '先回应了顾客“可以直接拍”，很好。但还不知道杯子装什么，就急着推荐加购杯刷，顾客会觉得你在推销。先问一句孩子平时主要装热水还是牛奶，了解了需要，再看要不要建议搭配。',
            points: 1,
            correctness: 'partial',
            misconception: '还没了解需要就急着推荐加购',
            mood: 0,
          },
          {
            id: 'trap-push-early',
            when: [{ affirms: ['买两个', '买2只', '拍2只', '多买', '凑满减', '凑单', '套餐', '再加', '一起买', '加购', '不划算'] }],
            feedback: '还不知道杯子怎么用、给几个人用，就急着让顾客加购，顾客会觉得你只想多卖钱。先了解用途，再看有没有真正需要的搭配。',
            points: 0,
            correctness: 'incorrect',
            misconception: '还没了解需要就急着推荐加购',
            mood: -1,
          },
          absoluteTrap(),
          {
            id: 'ask-use',
            when: [{ containsAny: USE_QUESTION }, { containsAny: CAN_ORDER }],
            feedback: '很好！顾客已经想买，你没有急着推销，而是先问用途。了解了需要，后面的建议才有依据。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'suggest',
          },
          {
            id: 'ask-use-question',
            when: [{ act: 'ask', about: ['装什么', '喝什么', '平时装', '主要装', '装水', '用来', '用途', ...HOT_DRINK, ...OTHER_DRINK] }, { containsAny: CAN_ORDER }],
            feedback: '很好！顾客已经想买，你没有急着推销，而是先问用途。了解了需要，后面的建议才有依据。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'suggest',
          },
          {
            id: 'ask-use-choice',
            when: [{ containsAll: [HOT_DRINK, OTHER_DRINK, CAN_ORDER] }, { notContains: ['都能', '都可以', '都行', '都没问题', '都适合', '可以装', '能装'] }],
            feedback: '很好！顾客已经想买，你没有急着推销，而是先问用途。了解了需要，后面的建议才有依据。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'suggest',
          },
          {
            id: 'ask-use-only',
            when: [{ containsAny: USE_QUESTION }],
            feedback: '先问用途，方向很对。不过顾客问的是“直接拍就行吧”，先回应她：可以直接拍，再问孩子平时主要装什么，她才不会觉得问题被晾在一边。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客的下单问题',
            mood: 0,
          },
          {
            id: 'ask-use-only-question',
            when: [{ act: 'ask', about: ['喝水', '装', '平时', '用来', '用途', ...HOT_DRINK, ...OTHER_DRINK] }],
            feedback: '先问用途，方向很对。不过顾客问的是“直接拍就行吧”，先回应她：可以直接拍，再问孩子平时主要装什么，她才不会觉得问题被晾在一边。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客的下单问题',
            mood: 0,
          },
          {
            id: 'ask-other-need',
            when: [{ act: 'ask', about: ['给谁', '谁用', '送人', '自用', '什么用', '用途', '需求'] }],
            feedback: '主动了解需要是对的，但顾客已经说了是给上初中的儿子带去学校用，再问会显得没认真听。先回应“可以直接拍”，再问她没说过的：孩子平时主要装热水还是牛奶。',
            points: 1,
            correctness: 'partial',
            misconception: '没听清顾客已经说过的信息',
            mood: 0,
          },
          {
            id: 'confirm-only',
            when: [{ containsAny: ['可以', '直接拍', '拍下', '颜色', '藏青', '米白', '发货', '好的', '没问题'] }],
            feedback: '回应了顾客，但错过了了解需要的机会。问一句“孩子平时主要装什么”，既能帮她用好杯子，也能发现真正用得上的搭配。',
            points: 1,
            correctness: 'partial',
            misconception: '只回答能不能拍，没有了解顾客的需要',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客想下单。先回应她，再问问杯子主要用来装什么。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '可以直接拍的亲～方便问一下孩子平时主要装热水还是牛奶呀？我帮您看看怎么用更合适。', expect: 'ask-use' },
          { reply: '可以直接拍哦，孩子平时用来装什么呢？', expect: 'ask-use' },
          { reply: '亲，孩子平时用来装什么呢？', expect: 'ask-use-only' },
          { reply: '孩子每天在学校喝水多吗？', expect: 'ask-use-only-question' },
          { reply: '可以直接拍的，孩子带去学校是泡茶多吗？', expect: 'ask-use-question' },
          { reply: '可以拍的，孩子平时热水、牛奶哪个装得多些', expect: 'ask-use-choice' },
          { reply: '可以的亲，直接拍就行', expect: 'confirm-only' },
          { reply: '亲，想了解一下这个杯子是买给谁用的呢？', expect: 'ask-other-need' },
          { reply: '建议您买两个凑满减，更划算', expect: 'trap-push-early' },
          { reply: '没问题，可以直接拍，也可以搭配一把长柄杯刷', expect: 'confirm-then-addon' },
          { reply: '这款是我们店销量第一的杯子，放心拍', expect: 'trap-absolute' },
          { reply: '嗯', expect: 'no-answer' },
        ],
      },
      hints: [
        '顾客已经想买了，先别急着推荐别的。想一想：你知道杯子要装什么吗？',
        '先回应“可以直接拍”，再问一句：“孩子平时主要装热水还是牛奶？”了解用途后再给建议。',
      ],
      model: '亲，可以直接拍的，16:00 前付款今天就能发出。方便问一下孩子平时主要装热水还是牛奶吗？我帮您看看怎么用更合适。',
    },
    suggest: {
      topic: '根据顾客说出的需要提出搭配建议',
      customer: ['冬天装热水，早上也会装一杯热牛奶。', '对了，他爸爸也念叨好久想换个杯子了。'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'trap-false-urgency',
            when: [{ affirms: ['最后一件', '仅剩', '只剩', '马上涨价', '明天涨价', '恢复原价', '马上结束', '错过就没', '快结束', '随时结束', '可能结束', '就要结束'] }],
            feedback: '库存和价格都没有变化，编造“只剩几件”“明天涨价”是虚假宣传，会透支顾客的信任。',
            points: 0,
            correctness: 'incorrect',
            misconception: '编造紧迫感逼顾客多买',
            mood: -1,
          },
          {
            id: 'trap-pressure',
            when: [{ affirms: ['必须', '一定要', '不买会后悔', '不买就亏', ...URGE_PURCHASE, '都得买'] }],
            feedback: '“必须”“不买会后悔”是在施压。搭配建议要给理由、算清价格，把决定权留给顾客。',
            points: 0,
            correctness: 'incorrect',
            misconception: '把搭配建议变成强行推销',
            mood: -1,
          },
          absoluteTrap(),
          {
            id: 'trap-change-price',
            when: [{ affirms: CHANGE_PRICE }],
            feedback: '客服没有议价和改价权限，不能为了多卖一只随口降价。满减下单自动抵扣，把实付金额算清楚，让顾客自己判断就好。',
            points: 0,
            correctness: 'incorrect',
            misconception: '为了成交擅自答应降价',
            mood: 0,
          },
          priceFigureTrap,
          freeBrushTrap,
          {
            id: 'irrelevant',
            when: [{ affirms: ['电饭煲', '空气炸锅', '养生壶', '收纳', '电热水壶'] }],
            feedback: '顾客说的需要是“孩子爸爸也想换杯子”“装牛奶”，推荐毫不相干的商品凑满减，顾客用不上，也会觉得你在推销。',
            points: 0,
            correctness: 'incorrect',
            misconception: '为凑满减推荐顾客用不上的商品',
            mood: -1,
          },
          {
            id: 'two-with-promo',
            when: [
              {
                containsAll: [
                  ['两只', '两个', '再来一只', '再买一只', '再加一只', '一人一只', '一起买', '爸爸', '孩子爸'],
                  ['满减', '满199', '减20', '198'],
                  HER_CHOICE,
                ],
              },
            ],
            feedback: '建议来自顾客自己说的需要（孩子爸爸也想换），又用满减把价格算清楚了，还把决定权留给了顾客。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'budget',
          },
          {
            id: 'two-no-choice',
            when: [
              {
                containsAll: [
                  ['两只', '两个', '再来一只', '再买一只', '再加一只', '一人一只', '一起买', '爸爸', '孩子爸'],
                  ['满减', '满199', '减20', '198'],
                ],
              },
            ],
            feedback: '接住了孩子爸爸的需要，也想到了满减，很好。但建议要留有余地，明确告诉顾客只要一只也完全可以，由她自己决定。顾客问到的装热水、热牛奶也要回答，价格要算到实付金额。',
            points: 1,
            correctness: 'partial',
            misconception: '搭配建议没有把决定权留给顾客',
            mood: 0,
          },
          {
            id: 'mention-only',
            when: [{ containsAny: ['两只', '两个', '再来一只', '再买一只', '再加一只', '一人一只', '爸爸', '孩子爸', '满减', '杯刷'] }],
            feedback: '抓住了顾客的需要，很好！再把价格算清楚：两只 218 元，满 199 减 20，实付 198 元，顾客才好判断。',
            points: 1,
            correctness: 'partial',
            misconception: '提了建议却没有把价格算清楚',
            mood: 0,
          },
          {
            id: 'use-only',
            when: [{ containsAny: ['热水', '牛奶', '能装', '可以装', '清洗'] }],
            feedback: '回答了装热水、热牛奶的问题，很好。顾客还说孩子爸爸也想换杯子，这是一个真实的需要：可以建议一人一只，并用满减把价格算清楚，买不买由她决定。',
            points: 1,
            correctness: 'partial',
            misconception: '没有接住顾客说出的新需要',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客说孩子爸爸也想换杯子。这是一个真实的需要，可以结合满减活动给她一个建议。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '装热水、热牛奶都可以。孩子他爸也想换的话，两只218，满199减20，实付198元。不想多买就一只，完全尊重您。', expect: 'two-with-promo' },
          { reply: '该款保温杯可装热水与热牛奶。若孩子父亲也需要，可考虑购买两只，合计218元，满199减20，实付198元。如仅购买一只，同样没有问题。', expect: 'two-with-promo' },
          { reply: '冬天装热水、早上装牛奶都没问题。孩子爸爸也想换的话，可以考虑一人一只，两只218元正好满199减20，实付198元；您看需要不，单买一只也可以的～', expect: 'two-with-promo' },
          { reply: '可以装热水，也能装热牛奶。爸爸也想换的话，两只一起拍218元，满199减20，实付198元。不买两只也没关系，一只照样给您发。', expect: 'two-with-promo' },
          { reply: '孩子爸爸也可以买一只呀', expect: 'mention-only' },
          { reply: '爸爸也换的话两只正好满199减20，推荐一起拍', expect: 'two-no-choice' },
          { reply: '冬天装热水、早上装热牛奶都可以的，牛奶喝完记得洗一洗', expect: 'use-only' },
          { reply: '两只一起拍的话我给您便宜点', expect: 'trap-change-price' },
          { reply: '您拿两只的话，我帮您改到200', expect: 'trap-price-figure' },
          { reply: '两只一起买，我再送您一把杯刷', expect: 'trap-free-brush' },
          { reply: '再加个电饭煲就能凑满减了', expect: 'irrelevant' },
          { reply: '两只必须一起买才划算', expect: 'trap-pressure' },
          { reply: '这款只剩最后一件了，您快拍', expect: 'trap-false-urgency' },
          { reply: '我们的保温杯是顶级品质，爸爸用也合适', expect: 'trap-absolute' },
          { reply: '好的', expect: 'no-answer' },
        ],
      },
      hints: [
        '顾客刚刚说出了一个新的需要：孩子爸爸也想换杯子。右侧的促销信息能帮上忙吗？',
        '可以建议“一人一只”，并算清价格：109 × 2 = 218 元，满 199 减 20，实付 198 元；同时说明单买一只也可以。',
      ],
      model: '亲，冬天装热水、早上装热牛奶都没问题。孩子爸爸也想换的话，可以考虑一人一只：两只 218 元，正好满 199 减 20，实付 198 元。您看需不需要，只买一只也完全可以。',
    },
    budget: {
      topic: '尊重顾客的预算，回应清洗顾虑',
      customer: ['两只要 198 啊……我本来只打算花一百出头。', '还有，装牛奶的杯子是不是很难洗干净？'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'trap-pressure',
            when: [{ affirms: ['不买就亏', '亏大了', '亏了', '亏啊', '就亏', '不买两只', '还是买两只', '必须', '只有今天', '错过', '别犹豫', '犹豫什么', ...URGE_PURCHASE] }],
            feedback: '顾客已经说了预算，再催她多买就是施压。她会觉得你不尊重她的决定，连一只都不想买了。',
            points: 0,
            correctness: 'incorrect',
            misconception: '顾客说出预算后仍然施压',
            mood: -2,
            next: 'lost',
          },
          {
            id: 'trap-change-price',
            when: [{ affirms: [...CHANGE_PRICE, '便宜点'] }],
            feedback: '客服没有议价和改价权限，不能为了多卖一只随口降价。尊重预算，用事实帮顾客判断就好。',
            points: 0,
            correctness: 'incorrect',
            misconception: '为了成交擅自答应降价',
            mood: 0,
          },
          priceFigureTrap,
          freeBrushTrap,
          {
            id: 'trap-no-wash',
            // Milk should not stand long (资料: 及时清洗，不宜久放): saying it may stay all day or needs no daily wash invents it.
            when: [{ affirms: ['自清洁', '免洗', '不用洗', '不用清洗', '不需要清洗', '不需要洗', '不用每天洗', '不用天天洗', '装1整天', '放1整天'] }],
            feedback: '保温杯没有自清洁、免清洗的功能。资料写明装牛奶后要及时清洗、不宜久放；编造功能，顾客照做会留下异味。',
            points: 0,
            correctness: 'incorrect',
            misconception: '编造商品没有的功能',
            mood: -1,
          },
          {
            id: 'respect-and-clean',
            // A way to clean it: rinse soon with warm water, don't leave milk standing, or the brush.
            when: [{ containsAll: [ONE_CUP, ['杯刷', '刷子', '长柄刷', '温水', '冲洗', '冲一', '及时洗', '及时清洗', '久放', '放太久', '别放', '存放']] }],
            feedback: '既尊重了顾客的预算，把选择权交还给她，又实实在在地回答了清洗问题，顺带给出了杯刷这个可选项。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'confirm',
          },
          {
            id: 'respect-clean-vague',
            when: [{ containsAll: [ONE_CUP, ['清洗', '洗干净', '好洗', '难洗']] }],
            feedback: '尊重了预算，也回应了清洗。但清洗要给具体办法：牛奶喝完及时用温水冲洗、别久放；想洗得更彻底，可以加一把 15 元的长柄杯刷，由她决定。',
            points: 1,
            correctness: 'partial',
            misconception: '清洗问题没有给出具体办法',
            mood: 0,
          },
          {
            id: 'respect-only',
            when: [{ containsAny: ONE_CUP }],
            feedback: '尊重了顾客的预算，很好。她还问了“牛奶杯难不难洗”，别漏答。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客的全部问题',
            mood: 0,
          },
          {
            id: 'clean-only',
            when: [{ containsAny: ['杯刷', '刷子', '清洗', '洗干净', '冲洗', '好洗', '温水'] }],
            feedback: '清洗问题答了。顾客先说的是预算，要先回应：按她的预算买一只也完全可以。',
            points: 1,
            correctness: 'partial',
            misconception: '忽视了顾客说出的预算',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客说了两件事：预算只有一百出头；担心牛奶杯难洗。两件都要回应。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '完全理解，按您的预算先买一只也很好，孩子爸爸的以后需要再买。装牛奶的杯子喝完及时用温水冲洗就行，想洗得更彻底可以加一把15元的长柄杯刷，不需要也没关系～', expect: 'respect-and-clean' },
          { reply: '那就先拿一只，不超预算～牛奶喝完赶紧用温水冲掉就好洗，15元的长柄杯刷您看需要再加。', expect: 'respect-and-clean' },
          { reply: '不用勉强买两只，一只就挺好。牛奶别在杯里放太久，喝完马上用温水冲一下就干净了。', expect: 'respect-and-clean' },
          { reply: '没关系，您按自己的预算来就好', expect: 'respect-only' },
          { reply: '按您的预算买一只就行，杯子平时洗干净就好。', expect: 'respect-clean-vague' },
          { reply: '买一只就好，这款杯子免洗的，倒掉就行。', expect: 'trap-no-wash' },
          { reply: '用杯刷刷一下就干净了', expect: 'clean-only' },
          { reply: '两只才划算，不买就亏了', expect: 'trap-pressure' },
          { reply: '那我给您便宜点吧', expect: 'trap-change-price' },
          { reply: '两只我给您降到160，您看行吗', expect: 'trap-price-figure' },
          { reply: '预算紧的话，杯刷就送您了', expect: 'trap-free-brush' },
          { reply: '哦哦', expect: 'no-answer' },
        ],
      },
      hints: [
        '顾客说了预算，这时最重要的是尊重她的选择；她还担心清洗，要给出实在的办法。',
        '可以说：按您的预算先买一只也很好；牛奶杯喝完及时用温水冲洗，想洗得更彻底可以加一把 15 元的长柄杯刷，不需要也没关系。',
      ],
      model: '亲，完全理解，按您的预算先买一只也很好，孩子爸爸的以后需要再买也行。装牛奶的杯子喝完及时用温水冲洗就不难清理；想洗得更彻底，可以加一把 15 元的长柄杯刷，能刷到杯底和杯盖缝隙，不需要也没关系。',
    },
    confirm: {
      topic: '核对订单的规格、数量和收货信息',
      customer: ['你这么实在，那就两只都要，再加一把杯刷。', '颜色都要藏青，地址还是上次那个。'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'trap-skip-check',
            when: [{ affirms: ['不用核对', '不用确认', '不用看了', '就不核对', '不核对了', '不用再看'] }],
            feedback: '“上次的地址”可能已经变了，跳过核对容易寄错。规格、数量和收货信息都要和顾客确认一遍。',
            points: 0,
            correctness: 'incorrect',
            misconception: '顾客说“和上次一样”就跳过订单核对',
            mood: 0,
          },
          {
            id: 'trap-set-address',
            when: [{ affirms: ['帮您改成', '给您改成', '已经帮您改', '已经给您改', '帮您改好', '给您改好', '我这边改', '地址我改', '帮您填好', '已经帮您填'] }],
            feedback: '收货地址由顾客下单时自己选择和确认，客服不能替她改好。说“已经改好了”，顾客就不会再看，地址一旦变了就会寄错。请提醒她拍下时核对收货人、电话和地址。',
            points: 0,
            correctness: 'incorrect',
            misconception: '替顾客处理地址，让她跳过核对',
            mood: 0,
          },
          {
            id: 'trap-change-price',
            when: [{ affirms: ['改价', '抹零', '给您便宜', '少算'] }],
            feedback: '满减下单自动抵扣，不需要改价；客服也没有抹零、让价的权限。把实付金额算清楚告诉顾客即可。',
            points: 0,
            correctness: 'incorrect',
            misconception: '擅自改价或抹零',
            mood: 0,
          },
          freeBrushTrap,
          {
            id: 'full-confirm',
            when: [{ containsAll: [['藏青'], ['两只', '两个', '杯刷', '数量'], ['地址', '收货人', '电话', '手机', '收货信息', '收件信息', '收件人'], ORDER_AMOUNT] }],
            feedback: '核对得很完整：颜色、数量、搭配的杯刷都说清了，又提醒顾客确认收货信息，仓库可以放心发货。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'deal',
          },
          {
            id: 'confirm-no-amount',
            when: [{ containsAll: [['藏青'], ['两只', '两个', '杯刷', '数量'], ['地址', '收货人', '电话', '手机']] }],
            feedback: '颜色、数量和收货信息都核对到了，很好。再把金额报给顾客：共 233 元，满 199 减 20 后实付 213 元，她付款时心里有数，也能发现拍错的件数。',
            points: 1,
            correctness: 'partial',
            misconception: '核对订单时没有报金额',
            mood: 0,
          },
          {
            id: 'items-only',
            when: [{ containsAny: ['藏青', '杯刷', '两只', '两个', '213', '233'] }],
            feedback: '商品核对了，但顾客说“地址还是上次那个”，要提醒她确认收货人、电话和地址有没有变。',
            points: 1,
            correctness: 'partial',
            misconception: '只核对商品，没有核对收货信息',
            mood: 0,
          },
          {
            id: 'address-only',
            when: [{ containsAny: ['地址', '收货', '电话', '手机'] }],
            feedback: '提醒核对地址很好。商品也要核对：藏青色保温杯 2 只、杯刷 1 把，实付 213 元。',
            points: 1,
            correctness: 'partial',
            misconception: '只核对收货信息，没有核对商品',
            mood: 0,
          },          {
            id: 'ack-only',
            when: [{ containsAny: ['给您安排', '为您安排', '马上安排', '这就安排', '尽快安排', '安排发货'] }],
            feedback: '接下订单、答应安排，态度很好，但还没有核对。顾客买了三件东西，又说地址用上次的，请逐项确认：藏青色保温杯 2 只、杯刷 1 把，实付 213 元，并提醒她拍下时看一下收货人、电话和地址。',
            points: 1,
            correctness: 'partial',
            misconception: '没有核对订单内容',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客决定购买了。请和她核对颜色、数量、搭配商品和收货信息。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '好的亲！跟您核对一下：500毫升保温杯藏青色2只、长柄杯刷1把，共233元，满减后实付213元。拍下时请确认一下收货人、电话和地址是不是上次的，要寄到别处记得修改哦～', expect: 'full-confirm' },
          { reply: '好的，藏青色两只加杯刷，一共213元', expect: 'items-only' },
          { reply: '好的，藏青色两只加一把杯刷，下单时看一下收货地址对不对', expect: 'confirm-no-amount' },
          { reply: '好的，请核对一下收货地址', expect: 'address-only' },
          { reply: '好的，地址不用核对了，直接给您发', expect: 'trap-skip-check' },
          { reply: '好的，上次的地址我已经帮您填好了，您付款就行', expect: 'trap-set-address' },
          { reply: '好的亲，马上给您安排', expect: 'ack-only' },
          { reply: '一共233，我给您抹零算230吧', expect: 'trap-change-price' },
          { reply: '好的，杯刷不要钱，藏青两只，地址用上次的', expect: 'trap-free-brush' },
          { reply: '收到', expect: 'no-answer' },
        ],
      },
      hints: [
        '顾客决定了，最后一步是核对：买了什么、几件、什么颜色，寄到哪里。',
        '可以说：藏青色保温杯 2 只、杯刷 1 把，共 233 元，满减后实付 213 元；拍下时请确认收货人、电话和地址是不是上次的。',
      ],
      model: '好的亲！跟您核对一下：500 毫升保温杯藏青色 2 只、长柄杯刷 1 把，共 233 元，满 199 减 20 后实付 213 元。拍下时请确认收货人、电话和地址是不是上次的，这次要寄到别处记得改一下，付款后我再帮您核对一遍。',
    },
    deal: {
      end: '成交',
      customer: ['已经付好了，地址我也改成了新家的，幸亏你提醒！谢谢你这么实在。'],
      summary: '你先问用途，再根据顾客自己说出的需要提出搭配建议，算清价格、尊重预算，最后认真核对订单；客单价从 109 元提高到 213 元，顾客也觉得被真诚对待。',
    },
    lost: {
      end: '流失',
      customer: ['本来挺想买的，被你这么一催，我还是再看看吧。'],
      summary: '顾客已经说出预算，你仍然施压，果断型顾客最反感被推销，连原本要买的一只也放弃了。',
    },
  },
} satisfies ScenarioInput;

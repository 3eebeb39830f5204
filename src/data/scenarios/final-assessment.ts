import type { ScenarioInput } from '../../schemas/scenario.ts';
import { ABSOLUTE_TERMS, SHOP_FACTS } from './shared.ts';

/**
 * 9.1 综合考核: one customer's whole journey — a pre-sale question, a price objection, checking the
 * paid order (address, spec, a note), a delivery worry and the close. Scored with the standard rubric.
 */

/** Replies that say the agent cannot do it; a discount or a promise inside them is a refusal, not an offer. */
const REFUSALS = ['没有办法', '没办法', '没法', '无法', '不能', '不可以', '改不了', '没有权限', '没有改价权限', '没有议价权限', '没权限', '不敢', '不好保证', '不一定'];

/** Saying the price is fixed. */
const HOLD_PRICE = ['统一定价', '统一定的', '统一制定', '价格统一', '定价统一', '统一价', '价格是统一的', '全国统一', '明码标价', '一口价', '没有改价', '没有议价', '改价权限', '议价权限', '没有权限', '不能改价', '无法改价', '没法改价', '没办法改价', '改不了价', '改不了', '降不了', '便宜不了', '不能再便宜', '不能便宜', '没法便宜', '没办法便宜', '不能降', '没法降', '不能打折', '不打折', '做不了主', '不议价', '实价', '不是我能改', '不是我能定', '不是我能决定'];

/** What a refusal must be about to hold the price: 我这边改不了、不能再便宜了、降不了 (the refuse act finds the 不能 / 不了). */
const PRICE_WORDS = ['价', '便宜', '改', '降', '优惠', '折', '砍', '少', '减'];

/** Reasons the price is worth paying, or a legitimate way to save. */
const VALUE = ['可视', '窗口', '赠', '送', '礼品', '油纸', '菜谱', '保修', '质保', '无理由', '店铺券', '优惠券', '领券', '用券', '满350', '食品夹', '售后'];

/** Saying the product is worth it in general words, without a concrete reason. */
const VAGUE_VALUE = ['一分钱一分货', '品质', '质量', '做工', '用料', '物有所值', '值这个价', '性价比'];

/**
 * A gift besides the panel's (油纸、菜谱, and the 硅胶食品夹 the agent may apply for): 送/加/赠, a count
 * word, then anything else (再加一套烤盘). Coupons are not gifts.
 */
const OTHER_GIFT = '(送|赠|加)(给)?(您|你)?(一|两|二|三|1|2|3)?(个|只|套|盒|份|张|包|瓶|把|支|条|本)(?!(硅胶)?食品夹|(烘焙)?油纸|菜谱|满|店铺|优惠|券|赠品|礼品|礼物|小礼)';

/** Restating the order: address, recipient or spec. */
const ORDER_DETAILS = ['南京', '鼓楼', '李芳', '收件人', '收货地址', '地址', '白色', '5升', '5l', '规格'];

/** A colour other than the order's 白色, read back as the order's (不是黑色 is not a claim). */
const OTHER_COLOURS = ['黑色', '灰色', '银色', '红色', '粉色', '蓝色', '绿色', '金色', '黄色', '紫色', '棕色'];

/** Passing the request on by word of mouth instead of writing it on the order (告知快递, as the model does at dispatch). */
const TELL_COURIER = ['跟快递说', '和快递说', '跟快递讲', '告诉快递', '告知快递', '通知快递', '转告快递', '交代快递', '提醒快递', '联系快递'];

/** An address in another city than the order's 南京 (杭州 is where the shop ships from, 上海 where the customer lives). */
const WRONG_CITY = '(?<!南京)市鼓楼|(上海|杭州|苏州|北京)市?鼓楼';

/** Saying the note is useless or not needed: the customer asked for it, and the agent can write it. */
const NOTE_DISMISSED = ['不一定有用', '没什么用', '没有用', '没用', '不管用', '用处不大', '不用备注', '不需要备注', '没必要备注', '不能备注', '没法备注', '备注不了', '管不了', '管不着', '自己跟快递', '自己和快递', '自己联系快递'];

/** Passing the customer's request on with the order. */
const NOTE = ['备注', '留言', '标注', '标记'];

/** Dispatch today. */
const DISPATCH = ['今天发', '今天给您发', '今天就给您发', '当天给您发', '当天发', '今天就能发', '今天就发', '今天能发', '今天可以发', '当天就能发', '当天可以发', '今天会发', '今天就会发', '今天发出', '16点前', '4点前', '下午4点', '截单前', '截单时间前', '截单时间之前', '今天即可发', '今日发出', '今日即可发', '今天就能安排发', '当天就会发', '今天就能走', '今天就会发出', '当天就发', '16点之前', '今天下午就发', '今天下午发', '今天下午就能发'];

/** Thanking back at the close. */
const CLOSING_THANKS = ['谢谢', '感谢', '不客气', '别客气', '不麻烦', '应该的', '荣幸', '开心', '高兴', '您太客气', '能帮上忙'];

/** What happens next with the order: the tracking number once it ships. */
const AFTERWARDS = ['单号', '发货后', '发出后', '发货了', '发出了', '物流', '跟踪', '跟进'];

/** Inviting the customer to get in touch again. */
const KEEP_IN_TOUCH = ['随时', '有问题', '有任何问题', '有什么问题', '有事', '联系我', '找我'];

/** When it should arrive (一般 alone, as in 一般几天就到, names no span). */
const ETA = ['1到2天', '1～2天', '1-2天', '两天', '周四', '周五', '后天', '明天', '预计', '江浙沪'];

export const scenario = {
  id: 'final-assessment',
  title: '综合考核：一位顾客的完整购物旅程',
  module: 9,
  lesson: '9.1',
  kind: 'assessment',
  brief:
    '李女士想给妈妈买一台空气炸锅当生日礼物。请你从售前咨询一直接待到礼貌道别：准确介绍商品，守住价格又让她觉得值，付款后核对订单并按她的要求备注，回应她对到货时间的担心，最后真诚地结束对话。这是期末实操考核，全程不使用禁用语，不夸大承诺。',
  persona: {
    name: '李女士',
    type: '犹豫型',
    mood: 0,
    description: '在上海工作，给住在南京的妈妈挑生日礼物；问题多，既在意价格，也怕买了不合适。',
    color: '#2f6f4f',
  },
  product: {
    name: '暖居优品5L可视空气炸锅',
    price: 369,
    specs: ['5 升容量，适合 3～5 人', '额定功率 1400W', '80～200℃ 调温，0～60 分钟定时', '可视窗口，不用拉开炸篮就能看到食物', '不粘炸篮可拆洗，8 种预设菜单', '整机保修一年'],
    promo: '赠烘焙油纸 50 张和菜谱一本；店铺券满 350 减 20，在店铺首页领取（教学示例）',
  },
  facts: [
    '今天是周三，顾客 14:20 付款（教学示例）',
    '店内另有 3.5L 款，适合 1～2 人（教学示例）',
    '议价时客服可为顾客申请赠品：硅胶食品夹一把（教学示例）',
    '顾客订单：5L 可视空气炸锅·白色 ×1；收件人李芳（顾客母亲），江苏省南京市鼓楼区中山北路××号 3 单元 502（教学示例）',
    SHOP_FACTS.noDiscount,
    SHOP_FACTS.shipping,
    SHOP_FACTS.delivery,
    SHOP_FACTS.sevenDays,
    '订单的特殊要求写在卖家备注里，仓库打单时会一并看到（教学示例）',
  ],
  start: 'presale',
  requirements: ['m1.skill.product', 'm4.know.inquiry', 'm4.know.objection', 'm5.know.orders', 'm5.attitude.courtesy', 'm6.skill.tracking'],
  states: {
    presale: {
      topic: '售前咨询：容量和防烤糊',
      customer: ['在吗？想给我妈买个空气炸锅当生日礼物，她家三口人，5 升的够用吗？', '还有，烤的时候是不是得一直拉开锅看？怕烤糊。'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'trap-absolute',
            when: [{ affirms: [...ABSOLUTE_TERMS, '绝对不会', '保证不会', '百分之百', '百分百', '永远不会'] }],
            feedback: '“绝对不会糊”“百分百好用”都是无法兑现的绝对化说法。用参数和功能说话：5 升适合 3～5 人，可视窗口随时能看到食物。',
            points: 0,
            correctness: 'incorrect',
            misconception: '用绝对化承诺代替商品事实',
            mood: -1,
          },
          {
            id: 'wrong-size',
            when: [{ affirms: ['3.5升就够', '3.5l就够', '买3.5', '选3.5', '3.5升的就', '3.5l的就', '拍3.5', '3.5升款就', '3.5l款就', '有点浪费', '太浪费'] }],
            feedback: '3.5 升的款式适合 1～2 人，三口之家用会小。先弄清人数，再按知识卡推荐合适的容量。',
            points: 0,
            correctness: 'incorrect',
            misconception: '没有对照商品知识卡，推荐了不合适的容量',
            mood: -1,
          },
          {
            id: 'trap-push-small',
            // Recommending the 3.5 升 model (for 1～2 people) to a family of three.
            when: [{ regex: '(建议|推荐|买|选|拍)\\D{0,8}3\\.5(升|l)' }, { notContains: ['不建议', '不推荐', '别买', '不够', '小了', '12人', '12个人', '1到2', '一到两', '两个人', '如果只有'] }],
            feedback: '3.5 升的款式适合 1～2 人，三口之家用会小。5 升适合 3～5 人，正合顾客的需要；再用可视窗口回应她怕烤糊的担心。',
            points: 0,
            correctness: 'incorrect',
            misconception: '没有对照商品知识卡，推荐了不合适的容量',
            mood: -1,
          },
          {
            id: 'trap-wrong-capacity',
            // 5 升 said to be for 1～2 people or too small (the 3.5 升 model is the one for 1～2 people).
            // 5 升刚好，如果只有一两个人… sets 5 升 against another case, it does not shrink it; 5升够不够 asks.
            when: [{ regex: '(?<![\\d.])5(升|l)(?:(?!如果|只有|刚好|正好|合适)[^不.]){0,8}?((?<!\\d)(1|一)(到|至)?(2|两|二)个?(人|口)|(?<!够)不够|不太够|不大够|偏小|有点小|太小|小了)' }],
            feedback: '容量说错了：5 升适合 3～5 人，三口人用正合适；适合 1～2 人的是店里的 3.5 升款。回答前先对照商品知识卡。',
            points: 0,
            correctness: 'incorrect',
            misconception: '没有对照商品知识卡，说错了容量适合的人数',
            mood: -1,
          },
          {
            id: 'size-and-window',
            when: [
              {
                containsAll: [
                  ['够', '适合', '刚好', '合适', '挺大', '容量大', '3到5', '3至5', '3～5人', '3～5口', '3口', '4口'],
                  // The reason it won't burn (the window), not only 不用一直看.
                  ['可视', '窗口', '看到', '看得到', '看得见', '不用拉开', '不需要拉开', '不用打开'],
                ],
              },
            ],
            feedback: '两个问题都答到了：用“适合 3～5 人”回答容量，用可视窗口打消烤糊的担心，依据都来自商品知识卡。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'price',
          },
          {
            id: 'one-question',
            when: [{ containsAny: ['够', '适合', '刚好', '合适', '挺大', '容量大', '3到5', '3至5', '3～5人', '3～5口', '3口', '4口', '可视', '窗口', '看到', '看得到', '看得见', '不用拉开', '不需要拉开', '不用打开', '不用一直'] }],
            feedback: '只回答了一个问题。顾客问了两件事：三口人够不够用、要不要一直拉开看，两件都要回应。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客的全部问题',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '先热情问候，再对照右侧商品信息回答：5 升适合几口人？有没有办法不拉开锅就看到食物？',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '亲，在的！这款5升的一般适合3到5口之家，三口人用很合适。机身有可视窗口，烤的时候不用拉开炸篮就能看到食物，不容易烤糊～', expect: 'size-and-window' },
          { reply: '亲，5升的三口人用够了', expect: 'one-question' },
          { reply: '三口人的话推荐您看看我们家的3.5升款，小巧不占地方。', expect: 'trap-push-small' },
          { reply: '够的，也不用一直盯着。', expect: 'one-question' },
          { reply: '三口人的话买3.5升就够了', expect: 'wrong-size' },
          { reply: '5升给三口人用太浪费了，3.5升款就可以。', expect: 'wrong-size' },
          { reply: '5升的一般是一两个人用的，三口人可能不太够。', expect: 'trap-wrong-capacity' },
          { reply: '三口人用5升的话恐怕不大够，容易装不下。', expect: 'trap-wrong-capacity' },
          { reply: '亲，这款绝对不会烤糊，百分百好用！', expect: 'trap-absolute' },
          { reply: '您好', expect: 'no-answer' },
        ],
      },
      hints: [
        '顾客问了两件事：容量够不够、要不要一直拉开看。对照右侧的商品信息逐一回答。',
        '可以说：5 升一般适合 3～5 口之家，三口人用很合适；机身带可视窗口，不用拉开炸篮就能看到食物，不容易烤糊。',
      ],
      model: '亲，在的，很高兴为您服务！这款是 5 升容量，一般适合 3 到 5 口之家，三口人用很合适。机身带可视窗口，烹饪时不用拉开炸篮就能看到食物状态，不容易烤糊，您可以放心。',
    },
    price: {
      topic: '处理价格异议',
      customer: ['嗯，挺心动的。', '就是 369 有点贵，别家差不多的才 300 出头，便宜 50 我马上拍。'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'trap-bash',
            when: [{ affirms: ['假货', '山寨', '高仿', '劣质', '杂牌', '三无', '质量差', '以次充好', '便宜没好货', '别家是假', '他们是假'] }],
            feedback: '不要贬低别的店铺。讲清自己商品的功能、赠品和售后保障，让顾客自己比较。',
            points: 0,
            correctness: 'incorrect',
            misconception: '靠贬低同行来回应价格异议',
            mood: -1,
          },
          {
            id: 'trap-agree-discount',
            when: [
              { affirms: ['给您便宜', '便宜50', '少50', '减50', '给您减', '给您少', '帮您改成', '给您改成', '改成319', '按319', '319元', '算您319'] },
              { notContains: REFUSALS },
            ],
            feedback: '客服没有议价和改价权限，随口答应降价，顾客付款时发现做不到，会觉得被骗，订单和信任一起丢掉。',
            points: 0,
            correctness: 'incorrect',
            misconception: '没有权限却答应降价，承诺无法兑现',
            mood: -1,
            next: 'lost',
          },
          {
            id: 'trap-other-gift',
            when: [{ regex: OTHER_GIFT }, { notContains: ['不送', '不赠', '送不了', '没法送', '不能送', '不能加', '加不了'] }],
            feedback: '能为顾客申请的赠品只有一把硅胶食品夹，下单另送的是烘焙油纸和菜谱。答应资料里没有的赠品，顾客收货时拿不到，会觉得被骗。',
            points: 0,
            correctness: 'incorrect',
            misconception: '为了成交答应店铺给不了的赠品',
            mood: -1,
          },
          {
            id: 'hold-with-value',
            when: [{ containsAll: [HOLD_PRICE, VALUE] }],
            feedback: '守住了价格，又讲清了“贵在哪里”：功能、赠品、保修和正规的店铺券，既诚实又让顾客觉得值。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'confirm',
          },
          {
            id: 'refuse-with-value',
            when: [{ act: 'refuse', about: PRICE_WORDS }, { containsAny: VALUE }],
            feedback: '守住了价格，又讲清了“贵在哪里”：功能、赠品、保修和正规的店铺券，既诚实又让顾客觉得值。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'confirm',
          },
          {
            id: 'one-side',
            when: [{ containsAny: HOLD_PRICE }],
            feedback: '价格守住了，但光说价格改不了，顾客还是觉得贵。再讲讲这款贵在哪里：可视窗口、赠送的油纸和菜谱、整机保修一年，或提醒她领满 350 减 20 的店铺券。',
            points: 1,
            correctness: 'partial',
            misconception: '只拒绝降价，没有讲清商品的价值',
            mood: 0,
          },
          {
            id: 'refuse-only',
            when: [{ act: 'refuse', about: PRICE_WORDS }],
            feedback: '价格守住了，但光说价格改不了，顾客还是觉得贵。再讲讲这款贵在哪里：可视窗口、赠送的油纸和菜谱、整机保修一年，或提醒她领满 350 减 20 的店铺券。',
            points: 1,
            correctness: 'partial',
            misconception: '只拒绝降价，没有讲清商品的价值',
            mood: 0,
          },
          {
            id: 'value-only',
            when: [{ containsAny: VALUE }],
            feedback: '商品的价值讲到了，但还没回应砍价：要说明价格由公司统一制定、客服没有改价权限，否则顾客还会接着砍。',
            points: 1,
            correctness: 'partial',
            misconception: '只讲卖点，没有对降价要求表态',
            mood: 0,
          },
          {
            id: 'vague-value',
            when: [{ containsAny: VAGUE_VALUE }],
            feedback: '想让顾客觉得物有所值，方向对了，但说得太笼统。要讲出具体的理由：可视窗口、赠送的油纸和菜谱、整机保修一年，或满 350 减 20 的店铺券；还要说明价格由公司统一制定，客服改不了价。',
            points: 1,
            correctness: 'partial',
            misconception: '只用空泛的话说商品值，没有具体理由，也没有对降价表态',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客在砍价。先理解她，再说明价格由公司统一制定，然后用功能、赠品、保修和店铺券说明物有所值。',
          points: 0,
          correctness: 'incorrect',
          mood: -1,
        },
        samples: [
          { reply: '亲，理解您想多比较一下～我们的价格是公司统一定价，客服没有改价权限。不过这款有可视窗口，还送烘焙油纸和菜谱，整机保修一年，首页还能领满350减20的店铺券哦。', expect: 'hold-with-value' },
          { reply: '不好意思亲，价格是统一定价的，没有办法给您便宜50', expect: 'one-side' },
          { reply: '亲，价格这块我实在没办法帮您调，还请理解。不过下单送烘焙油纸和菜谱，整机还保修一年。', expect: 'refuse-with-value' },
          { reply: '亲，实在抱歉，我这边没办法再便宜了哦。', expect: 'refuse-only' },
          { reply: '亲，这款带可视窗口，还送油纸和菜谱，很划算的～', expect: 'value-only' },
          { reply: '好的亲，给您便宜50，您拍下我来改', expect: 'trap-agree-discount' },
          { reply: '您说别家300出头、想便宜50，这个我理解。但价格是公司统一制定的，我没有改价权限。这款有可视窗口，送50张烘焙油纸和菜谱，整机保修一年；首页还能领满350减20的券，能再省20。', expect: 'hold-with-value' },
          { reply: '别家那么便宜的可能是高仿', expect: 'trap-bash' },
          { reply: '亲，这个价格真的物有所值，品质您放心。', expect: 'vague-value' },
          { reply: '价格没法改，不过我再送您一个不粘锅铲，您看可以吗？', expect: 'trap-other-gift' },
          { reply: '嗯嗯', expect: 'no-answer' },
        ],
      },
      hints: [
        '议价时两件事都要做：说明价格统一、客服不能改价；再讲清这款贵在哪里。',
        '可以说：价格由公司统一制定，客服没有改价权限；这款有可视窗口，送油纸和菜谱，整机保修一年，首页还能领满 350 减 20 的店铺券。',
      ],
      model: '亲，理解您想多比较一下。我们店的价格由公司统一制定，客服没有改价权限，还请您谅解。这款有可视窗口，还送烘焙油纸 50 张和菜谱，整机保修一年，支持七天无理由退货；您在店铺首页领一张满 350 减 20 的店铺券，下单还能再省 20 元。',
    },
    confirm: {
      topic: '付款后核对订单并备注',
      customer: ['行，那我拍了。付好了！这次是寄给我妈的。', '你帮我核对一下订单对不对？', '对了，我妈白天常出门，能让快递送货前先打个电话吗？'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'trap-skip-check',
            when: [{ affirms: ['不用核对', '不需要核对', '不用确认', '不用检查', '没必要核对', '系统会自动', '自己看订单'] }],
            feedback: '顾客主动请你核对，正是避免错发、漏发的好时机。逐项说出收件人、地址和规格，请顾客确认。',
            points: 0,
            correctness: 'incorrect',
            misconception: '怕麻烦，跳过订单核对',
            mood: -1,
          },
          {
            id: 'trap-wrong-spec',
            when: [{ affirms: ['3.5l', '3.5升', '3.5公升', '3.5 l'] }],
            feedback: '核对时把规格说错了：顾客拍的是 5L 可视空气炸锅白色一台，不是 3.5L。核对订单要逐项对照订单信息，说错了反而会让顾客担心发错货。',
            points: 0,
            correctness: 'incorrect',
            misconception: '核对订单时说错了规格',
            mood: -1,
          },
          {
            id: 'trap-wrong-colour',
            when: [{ affirms: OTHER_COLOURS }],
            feedback: '核对时把颜色说错了：顾客拍的是白色。核对订单要逐项对照订单信息，说错了顾客会担心发错货。',
            points: 0,
            correctness: 'incorrect',
            misconception: '核对订单时说错了颜色',
            mood: -1,
          },
          {
            id: 'trap-wrong-address',
            when: [{ regex: WRONG_CITY }],
            feedback: '核对时把地址说错了：订单寄往江苏省南京市鼓楼区，不是别的城市。核对要逐项对照订单信息，说错了顾客会担心寄错地方。',
            points: 0,
            correctness: 'incorrect',
            misconception: '核对订单时说错了收货地址',
            mood: -1,
          },
          {
            id: 'trap-dismiss-note',
            when: [{ containsAny: NOTE_DISMISSED }],
            feedback: '顾客请快递送货前先打电话，这是合理的要求，客服可以写进卖家备注，仓库打单时就能看到。说备注没用、让顾客自己想办法，等于把顾客的要求推了回去。',
            points: 0,
            correctness: 'incorrect',
            misconception: '推脱顾客的合理要求，不按要求备注',
            mood: -1,
          },
          {
            id: 'trap-refuse-note',
            when: [{ act: 'refuse', about: NOTE }],
            feedback: '送货前打电话的要求可以写进卖家备注，仓库打单时会一并看到。说备注做不了，等于把顾客的合理要求推了回去。',
            points: 0,
            correctness: 'incorrect',
            misconception: '推脱顾客的合理要求，不按要求备注',
            mood: -1,
          },
          {
            id: 'trap-vouch-courier',
            when: [{ affirms: ['保证快递', '保证让快递', '一定让快递', '快递一定', '快递员一定', '快递小哥一定', '快递肯定', '快递员肯定', '快递小哥肯定'] }],
            feedback: '快递员怎么送货，客服做不了主，替快递打包票是无法兑现的承诺。能做的是写进订单备注、发货时告知快递，并复述订单请顾客确认。',
            points: 0,
            correctness: 'incorrect',
            misconception: '替快递做出无法兑现的保证',
            mood: -1,
          },
          {
            id: 'check-and-note',
            when: [{ containsAll: [ORDER_DETAILS, NOTE] }],
            feedback: '核对到位：复述了规格、收件人和地址请顾客确认，又把“送货前电话联系”写进订单备注，后面的同事都能看到。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'shipping',
          },
          {
            id: 'check-only',
            when: [{ containsAny: ORDER_DETAILS }],
            feedback: '订单复述清楚了。还差一步：顾客请快递送货前先打电话，要把这个要求写进订单备注，仓库打单时才看得到。',
            points: 1,
            correctness: 'partial',
            misconception: '核对了订单，没有把顾客的要求写进备注',
            mood: 0,
          },
          {
            id: 'half-done',
            when: [{ containsAny: NOTE }],
            feedback: '要求记下了。还差一步：逐项复述规格、收件人和地址，请顾客确认订单无误，避免错发。',
            points: 1,
            correctness: 'partial',
            misconception: '写了备注，但没有复述订单请顾客确认',
            mood: 0,
          },
          {
            id: 'tell-courier',
            when: [{ containsAny: TELL_COURIER }],
            feedback: '答应把送货前打电话的要求转达给快递，态度好，但只是口头说说容易漏。把要求写进订单的卖家备注，仓库打单时才看得到；再逐项复述规格、收件人和地址，请顾客确认。',
            points: 1,
            correctness: 'partial',
            misconception: '没有复述订单，顾客的要求也没有写进备注',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '请对照右侧的订单信息，复述规格、收件人和地址请顾客确认，并说明已把电话联系的要求写进备注。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '亲，帮您核对好了：5L可视空气炸锅白色一台，收件人李芳，地址江苏省南京市鼓楼区中山北路××号3单元502，您看对吗？送货前先打电话的要求我已经备注在订单上了～', expect: 'check-and-note' },
          { reply: '好的亲，已经帮您备注送货前电话联系', expect: 'half-done' },
          { reply: '订单是白色5升一台，寄给李芳，您看对吗？', expect: 'check-only' },
          { reply: '核对好了，5L灰色一台，收件人李芳，电话联系已备注。', expect: 'trap-wrong-colour' },
          { reply: '订单没问题，送货前打电话这事我会转告快递的。', expect: 'tell-courier' },
          { reply: '核对好了，3.5升白色一台，寄给李芳，电话联系已备注。', expect: 'trap-wrong-spec' },
          { reply: '不用核对的亲，系统会自动处理', expect: 'trap-skip-check' },
          { reply: '核对好了，5L白色一台，收件人李芳，上海市鼓楼区中山北路××号3单元502，电话联系已备注。', expect: 'trap-wrong-address' },
          { reply: '订单没问题，打电话这个备注了快递也不看，没什么用的。', expect: 'trap-dismiss-note' },
          { reply: '订单是5L白色一台，收件人李芳。不过备注这边我们写不了哦。', expect: 'trap-refuse-note' },
          { reply: '已经备注好了，快递员肯定会提前打电话的。', expect: 'trap-vouch-courier' },
          { reply: '好的', expect: 'no-answer' },
        ],
      },
      hints: [
        '两件事：一是复述订单（规格、收件人、地址）请顾客确认，二是把她的特殊要求写进订单备注。',
        '可以说：帮您核对好了，5L 白色一台，收件人李芳，地址南京市鼓楼区中山北路××号 3 单元 502，您看对吗？送货前电话联系的要求我已经备注在订单上了。',
      ],
      model: '亲，已经帮您核对好了：5L 可视空气炸锅白色一台，收件人李芳，地址是江苏省南京市鼓楼区中山北路××号 3 单元 502，您看对吗？送货前先电话联系的要求，我已经写在订单备注里，发货时会一并告知快递。',
    },
    shipping: {
      topic: '回应到货时间的担心',
      customer: ['对的，没问题。', '那今天能发货吗？我妈周六过生日，周六前能到吧？'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'trap-overpromise',
            when: [
              { affirms: ['保证到', '保证送到', '保证能到', '保证周', '保证明天', '保证赶', '肯定能到', '一定能到', '绝对能到', '百分百能到', '百分之百能到', '包到', '肯定到', '一定到', '肯定赶得上', '一定赶得上'] },
              { notContains: REFUSALS },
            ],
            feedback: '物流会受天气、中转等影响，客服不能打包票。说清发货时间和一般时效，再承诺跟踪，才是可兑现的服务。',
            points: 0,
            correctness: 'incorrect',
            misconception: '对到货时间做出无法兑现的保证',
            mood: 0,
          },
          {
            id: 'trap-wrong-zone',
            when: [{ regex: '南京[^江不非]{0,4}(其他地区|偏远)' }],
            feedback: '时效区说错了：南京属于江浙沪，一般 1～2 天送达，不是其他地区的 2～4 天。对照右侧的时效表回答。',
            points: 0,
            correctness: 'incorrect',
            misconception: '说错了收货地区的时效',
            mood: -1,
          },
          {
            id: 'trap-tomorrow',
            when: [{ regex: '明天(才|再)?(能|可以|会)?(给您)?发(?!到)' }],
            feedback: '发货时间说错了：顾客 14:20 付款，在 16:00 之前，今天就能发出，不用等到明天。',
            points: 0,
            correctness: 'incorrect',
            misconception: '没对照发货规则，说错了发货时间',
            mood: -1,
          },
          {
            id: 'dispatch-and-eta',
            when: [{ containsAll: [DISPATCH, ETA] }],
            feedback: '答得清楚又留有余地：今天 16:00 前付款当天发出，江浙沪一般 1～2 天送达，预计周五前到。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'closing',
          },
          {
            id: 'half-answer',
            when: [{ containsAny: DISPATCH }],
            feedback: '发货时间说清了。顾客还担心周六前能不能到：告诉她南京属于江浙沪，通常 1～2 天送达，估计周五前能到。',
            points: 1,
            correctness: 'partial',
            misconception: '只说了发货时间，没有说到货时间',
            mood: 0,
          },
          {
            id: 'eta-only',
            when: [{ containsAny: [...ETA, '一般'] }],
            feedback: '到货时间说了。顾客还问了今天能不能发：她 14:20 付款，16:00 前付款的订单当天就能发出。',
            points: 1,
            correctness: 'partial',
            misconception: '只说了到货时间，没有说发货时间',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '对照右侧的发货规则回答：今天 14:20 付款，能否当天发？南京属于哪个时效区，一般几天到？',
          points: 0,
          correctness: 'incorrect',
          mood: -1,
        },
        samples: [
          { reply: '亲，您14点20付的款，16点前付款当天就能发出哦。南京属于江浙沪，一般1到2天送达，预计周五前能到，发货后我把单号发给您～', expect: 'dispatch-and-eta' },
          { reply: '亲，今天就能发出', expect: 'half-answer' },
          { reply: '南京一般1到2天就能收到。', expect: 'eta-only' },
          { reply: '今天可以发，一般很快就到了。', expect: 'half-answer' },
          { reply: '放心吧亲，保证周六前送到！', expect: 'trap-overpromise' },
          { reply: '亲，物流我们不能百分百保证，今天发货，一般1到2天就到', expect: 'dispatch-and-eta' },
          { reply: '南京算其他地区，一般2到4天能到，今天就发。', expect: 'trap-wrong-zone' },
          { reply: '今天的发货已经截单了，明天才能发，南京1到2天到。', expect: 'trap-tomorrow' },
          { reply: '请耐心等待', expect: 'no-answer' },
        ],
      },
      hints: [
        '说两件事：今天能不能发出（看付款时间），一般几天能到（看收货地区）。不要打包票。',
        '可以说：16:00 前付款当天发出，南京属于江浙沪，一般 1～2 天送达，预计周五前能到；发货后我把单号发给您，帮您跟踪。',
      ],
      model: '亲，您是下午 2 点多付的款，16 点前付款当天就能发出。南京属于江浙沪地区，一般 1～2 天送达，预计周五前能到。物流偶尔会受天气等因素影响，发货后我会把快递单号发给您，帮您一起跟踪。',
    },
    closing: {
      topic: '礼貌结束对话',
      customer: ['那太好了，就是赶这个生日呢。', '今天麻烦你了，你服务挺好的。'],
      judge: {
        groups: [
          {
            id: 'trap-cashback',
            when: [{ affirms: ['返现', '好评返', '五星返', '晒图返', '返红包', '红包', '好评送', '五星好评送'] }],
            feedback: '用返现、红包换好评属于诱导好评，违反平台规则。结束语只需感谢、告知后续，并欢迎顾客随时联系。',
            points: 0,
            correctness: 'incorrect',
            misconception: '用返现或红包诱导顾客给好评',
            mood: -1,
          },
          {
            id: 'trap-upsell',
            // Pushing another product when the customer is saying goodbye.
            when: [{ regex: '(要不要|需不需要|考虑).{0,8}(再|也|顺便)(带|买|来|拍)|加购|也有活动' }],
            feedback: '顾客在道别，这时再推别的商品会显得只想卖货。结束语只需感谢、告知发货后发单号，并欢迎顾客随时联系。',
            points: 0,
            correctness: 'incorrect',
            misconception: '结束对话时硬推其他商品',
            mood: -1,
          },
          {
            id: 'thanks-and-care',
            when: [{ containsAll: [CLOSING_THANKS, AFTERWARDS] }],
            feedback: '结束得体：感谢顾客，又交代了后续（发货后发单号、有问题随时联系），顾客放心离开。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'deal',
          },
          {
            id: 'thanks-welcome-wish',
            // Thanks, an open door and a wish for the birthday: a whole close even without the tracking number
            // (lesson 9.1's worked example gives it full marks once the number was promised a line earlier).
            when: [{ containsAll: [CLOSING_THANKS, KEEP_IN_TOUCH, ['祝']] }],
            feedback: '结束得体：感谢顾客的信任，欢迎她随时联系，还送上了祝福。若前面还没说过，可以再补一句“发货后我把单号发给您”。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'deal',
          },
          {
            id: 'follow-only',
            when: [{ containsAny: AFTERWARDS }],
            feedback: '后续安排交代清楚了。顾客在道谢、夸你服务好，先回一句“不客气，感谢您的信任”，结束语更有温度。',
            points: 1,
            correctness: 'partial',
            misconception: '结束语没有回应顾客的感谢',
            mood: 0,
          },
          {
            id: 'thanks-and-welcome',
            when: [{ containsAll: [CLOSING_THANKS, KEEP_IN_TOUCH] }],
            feedback: '感谢了顾客，也欢迎她随时联系，很得体。还差后续安排：告诉她发货后会把快递单号发给她，方便她跟踪物流，赶得上阿姨的生日。',
            points: 1,
            correctness: 'partial',
            misconception: '结束语没有交代后续安排',
            mood: 0,
          },
          {
            id: 'contact-only',
            when: [{ containsAny: KEEP_IN_TOUCH }],
            feedback: '欢迎顾客随时联系，很好。顾客在道谢、夸你服务好，先回一句“不客气，感谢您的信任”；再交代后续：发货后把快递单号发给她。',
            points: 1,
            correctness: 'partial',
            misconception: '结束语没有回应感谢，也没有后续安排',
            mood: 0,
          },
          {
            id: 'thanks-only',
            when: [{ containsAny: ['谢谢', '感谢', '不客气', '别客气', '不麻烦', '应该的', '荣幸', '高兴', '开心', '再见', '拜拜', '祝', '生日快乐'] }],
            feedback: '礼貌有了，再加一句后续安排（发货后发单号）或“有问题随时找我”，顾客会更安心。',
            points: 1,
            correctness: 'partial',
            misconception: '结束语只有客套，没有后续安排',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客在道谢。请感谢顾客的信任，说明发货后会发单号，并欢迎她有问题随时联系。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '不客气亲，感谢您的信任！发货后我把单号发给您，有任何问题随时找我，提前祝阿姨生日快乐～', expect: 'thanks-and-care' },
          { reply: '不客气～', expect: 'thanks-only' },
          { reply: '谢谢亲！店里的养生壶也有活动，要不要顺便再买一个？', expect: 'trap-upsell' },
          { reply: '好的，发货后我把单号发给您，有问题随时找我。', expect: 'follow-only' },
          { reply: '不客气，感谢您的信任，之后有什么需要随时找我～', expect: 'thanks-and-welcome' },
          { reply: '不客气，谢谢您的信任！之后有问题随时找我，祝阿姨生日快乐～', expect: 'thanks-welcome-wish' },
          { reply: '有问题随时联系我哦。', expect: 'contact-only' },
          { reply: '谢谢亲，收到货给个五星好评返5元红包哦', expect: 'trap-cashback' },
          { reply: '嗯', expect: 'no-answer' },
        ],
      },
      hints: [
        '结束语三要素：感谢顾客，说明后续安排，欢迎随时联系。',
        '可以说：不客气，感谢您的信任！发货后我会把单号发给您，有任何问题随时找我，提前祝阿姨生日快乐。',
      ],
      model: '不客气，感谢您的信任！发货后我会把快递单号发给您，有任何问题随时找我。提前祝阿姨生日快乐，使用愉快！',
    },
    deal: {
      end: '成交',
      customer: ['好嘞，等你的单号，拜拜～'],
      summary: '从售前咨询到道别，你答得准、守住了价格、核对了订单、不乱承诺，顾客愉快下单并对服务满意。',
    },
    lost: {
      end: '流失',
      customer: ['你刚才说能便宜 50，怎么又说改不了价？', '说话不算数，那我不买了。'],
      summary: '客服随口答应了做不到的降价，兑现不了时顾客觉得被骗，放弃了订单。',
    },
  },
} satisfies ScenarioInput;

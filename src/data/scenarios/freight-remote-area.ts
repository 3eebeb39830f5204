import type { ScenarioInput } from '../../schemas/scenario.ts';
import { SHOP_FACTS } from './shared.ts';

/** Why remote areas pay extra: distance, transfers, the courier's higher price, the shop paying the rest (偏远 alone names the rule, not the reason). */
const REASONS = [
  '路程远', '距离远', '路途远', '路远', '中转', '成本', '运输', '运费高', '快递费高', '快递费贵', '运费贵', '快递费比', '运费比', '收费比', '物流费',
  '比内地', '比其他地区', '比别的地区', '高不少', '高很多', '高得多', '高出', '贵不少', '贵很多', '差价', '店铺承担', '店铺出', '店里承担', '我们承担',
];

/** Stating the rule without the reason: 偏远地区都要补, 这是规定. */
const RULE_ONLY = ['偏远', '规定', '统一'];

/** Softening a refusal: an apology, understanding (懂您, 我明白), granting her point (15 块确实不少), or a friendly tone (a regex: 做不了主哈 is not a negated 哈); a bare 您 is not enough. */
const SOFTENERS = '歉|不好意思|对不起|见谅|谅解|包涵|担待|别介意|理解|明白您|我明白|懂|不是我不愿意|哈|哦|呢|啦|呀|不算少|确实不少|确实有点多';

/** Understanding the customer's feelings (特别理解 is listed whole: 别 would read as a negator before 理解). */
const EMPATHY = ['理解', '明白您', '懂您', '懂你', '特别理解', '特别能理解', '抱歉', '不好意思', '您的心情', '感谢', '疑问很正常', '疑问很合理', '疑惑很正常', '换成我也', '换作我也', '换我也', '换成是我', '换作是我', '换成我', '换作我', '很正常', '别扭很正常'];

/** Telling her the tracking number will follow once it ships. */
const NOTIFY = ['运单号', '单号', '物流', '通知', '告诉您', '第一时间', '同步'];

/** Saying the agent cannot waive or cut the freight. */
const NO_WAIVE = [
  '权限', '统一规定', '公司规定', '统一设置', '做不了主', '做不到', '不能减免', '没法减免', '无法减免', '减免不了', '不能免', '没法免', '无法免', '免不了',
  '不能减', '没办法免', '没办法减', '不能改', '没有权限', '没权限', '没这个权限', '没有这个权限', '无权', '改不了', '没办法给您免', '公司定的',
];

/** The ways the panel offers: an address in 内地, or the 补运费 link. */
const OPTIONS = ['补运费链接', '运费链接', '补差链接', '亲友', '朋友', '家人', '代收', '内地'];

/** 6.1 偏远地区运费: a customer in 新疆 asks why the order is not 包邮; explain the rule politely, give cost, time and options, promise nothing false. */
/** A trap for any state: a delivery time shorter than the 5–7 days remote areas take, with no 5–7 day estimate (5～7天 normalises to 57天). */
const wrongEta = () => ({
  id: 'trap-wrong-eta',
  when: [{ regex: '(?<![\\d晚慢迟多])(?:[1-4]|12|23|34)(?:个)?(?:工作)?天' }, { notContains: ['57天', '5到7', '5至7', '67天', '7天', '周', '星期'] }],
  feedback: '时效说错了：寄到新疆等偏远地区预计 5～7 天，不是两三天。对照右侧的店铺信息如实说，不要为了让顾客满意把时间说短。',
  points: 0,
  correctness: 'incorrect' as const,
  misconception: '随口报了不符合实际的送达时效',
  mood: -1,
});

export const scenario = {
  id: 'freight-remote-area',
  title: '偏远地区运费：为什么我这里不包邮',
  module: 6,
  lesson: '6.1',
  kind: 'shipping',
  brief:
    '古丽女士在新疆伊宁，想买一台电饭煲，却发现下单要补 15 元运费，心里有点不痛快。请你先表示理解，再讲清偏远地区补运费的原因，说明金额和预计时效，给出可选的办法。客服没有减免运费的权限，也不能保证几天送到。',
  persona: {
    name: '古丽女士',
    type: '理智型',
    mood: -1,
    description: '新疆伊宁的上班族，看到“全国包邮”却要补运费，觉得被骗了，想问个明白。',
    color: '#2f6f5e',
  },
  product: {
    name: '暖居优品3L智能电饭煲',
    price: 199,
    specs: ['3 升', '24 小时预约', '不粘涂层内胆', '一年质保'],
  },
  facts: [
    SHOP_FACTS.shipping,
    SHOP_FACTS.delivery,
    '偏远地区补运费：拍下店铺的“补运费专用链接”（15 元），和商品一起付款即可（教学示例）',
    '运费由公司统一规定，客服没有减免运费或改价的权限（教学示例）',
    '收货地址改为非偏远地区（如内地亲友处）的，按全国包邮发货（教学示例）',
    '发货后订单详情里可查看运单号和物流信息，客服也会主动把运单号发给顾客',
  ],
  start: 'why',
  requirements: ['m6.know.freight', 'm6.skill.freight', 'm6.attitude.careful'],
  states: {
    why: {
      topic: '解释偏远地区为什么要补运费',
      customer: ['你好，我在新疆伊宁，想买这个电饭煲。', '页面上写着全国包邮，为什么我这里下单还要补 15 块运费？'],
      judge: {
        groups: [
          {
            id: 'trap-rude',
            when: [{ affirms: ['太偏', '那么偏', '这么偏', '规定就是规定', '谁让你', '谁让您', '没仔细看', '没看清', '没认真看', '没看仔细', '没注意看', '仔细看看', '写得很清楚'] }],
            feedback: '“你们那太偏了”“规定就是规定”听起来像在嫌弃顾客。偏远地区补运费有正当理由，要用理解的语气把理由讲清楚。',
            points: 0,
            correctness: 'incorrect',
            misconception: '语气生硬，把运费问题说成顾客所在地区的错',
            mood: -2,
            next: 'lost',
          },
          {
            id: 'trap-false-free',
            when: [{ affirms: ['给您包邮', '帮您包邮', '给你包邮', '帮你包邮', '不用补', '给您免', '帮您免', '给你免', '帮你免', '也包邮', '帮您改', '给您改', '帮您把运费', '改运费', '运费改'] }],
            feedback: '运费由公司统一规定，客服没有免运费的权限。随口答应包邮，做不到时顾客会更失望，也违反店铺规定。',
            points: 0,
            correctness: 'incorrect',
            misconception: '没有权限却答应给偏远地区包邮',
            mood: 0,
          },
          wrongEta(),
          {
            id: 'explain-with-empathy',
            when: [
              {
                containsAll: [EMPATHY, REASONS],
              },
            ],
            feedback: '先理解顾客的感受，再讲清原因：偏远地区路程远、中转多，快递费高。顾客听到理由，不满就消了一半。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'cost-time',
          },
          {
            id: 'explain-only',
            when: [{ containsAny: REASONS }],
            feedback: '原因讲到了。顾客正觉得“被骗”，先加一句“非常理解您的心情”，再讲原因，听起来会舒服得多。',
            points: 1,
            correctness: 'partial',
            misconception: '只讲规则，没有照顾顾客的感受',
            mood: 0,
          },
          {
            id: 'empathy-only',
            when: [{ containsAny: EMPATHY.filter((term) => term !== '感谢') }],
            feedback: '态度很好。顾客问的是“为什么”，还要说清偏远地区路程远、中转多、快递费高，所以需要补运费。',
            points: 1,
            correctness: 'partial',
            misconception: '只道歉，没有解释补运费的原因',
            mood: 0,
          },
          {
            id: 'rule-only',
            when: [{ containsAny: RULE_ONLY }],
            feedback: '说明了偏远地区要补运费，但只讲了规定。顾客问的是“为什么”：新疆路程远、中转多，快递费比其他地区高不少，其余部分店铺承担；开头再加一句“非常理解您的心情”。',
            points: 1,
            correctness: 'partial',
            misconception: '只复述规定，没有解释原因，也没有照顾顾客的感受',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客问的是“为什么不包邮”。先表示理解，再说明偏远地区路程远、中转多、快递费高，所以要补运费。',
          points: 0,
          correctness: 'incorrect',
          mood: -1,
        },
        samples: [
          { reply: '亲，非常理解您的心情！我们是全国包邮的，只是新疆属于偏远地区，路程远、中转多，快递费比其他地区高不少，所以需要补15元运费，剩下的部分店铺来承担。', expect: 'explain-with-empathy' },
          { reply: '新疆是偏远地区，运费比较高。', expect: 'explain-only' },
          { reply: '不好意思亲，让您不愉快了。', expect: 'empathy-only' },
          { reply: '您的不痛快我特别理解，新疆离杭州路程远、中转多，快递费高，所以要补15元。', expect: 'explain-with-empathy' },
          { reply: '没关系，我给您包邮吧！', expect: 'trap-false-free' },
          { reply: '你们那边太偏了，规定就是规定。', expect: 'trap-rude' },
          { reply: '新疆在偏远地区范围内，下单就要补运费。', expect: 'rule-only' },
          { reply: '理解您，补了运费一般3天就能到。', expect: 'trap-wrong-eta' },
          { reply: '在的', expect: 'no-answer' },
        ],
      },
      hints: [
        '顾客有点不痛快：先理解她的感受，再解释原因。',
        '可以这样说：非常理解您的心情；新疆属于偏远地区，路程远、中转多，快递费比其他地区高不少，所以需要补 15 元运费，其余由店铺承担。',
      ],
      model: '亲，非常理解您的心情！我们确实是全国包邮，只是新疆、西藏等偏远地区路程远、中转多，快递费比其他地区高出不少，所以需要补运费15元，其余部分由店铺承担。',
    },
    'cost-time': {
      topic: '说清补多少运费、预计几天送达',
      customer: ['那好吧，补 15 块是吧？', '寄到伊宁大概要几天？我月底前要用。'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'trap-overpromise',
            when: [{ affirms: ['保证', '肯定能', '一定能', '肯定到', '一定到', '百分百', '绝对能'] }],
            feedback: '快递什么时候送到，客服说了不算。只能说“预计”“一般”几天，并提醒天气和中转高峰可能延误。',
            points: 0,
            correctness: 'incorrect',
            misconception: '对控制不了的送达时间做绝对承诺',
            mood: -1,
          },
          wrongEta(),
          {
            id: 'cost-and-eta',
            when: [{ containsAny: ['15'] }, { regex: '\\d+(到|至)?\\d*(个)?(工作)?天|\\d+周|\\d+个星期' }],
            feedback: '金额和时效都说清了。再提醒一句“遇到天气或中转高峰可能稍慢”，顾客心里就更有底。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'waive',
          },
          {
            id: 'cost-only',
            when: [{ containsAny: ['15'] }],
            feedback: '金额确认了。顾客还问了几天能到、月底前要用，请补上预计时效（偏远地区 5～7 天）。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客关于时效的问题',
            mood: 0,
          },
          {
            id: 'eta-only',
            when: [{ regex: '\\d+(到|至)?\\d*(个)?(工作)?天|\\d+周|\\d+个星期' }],
            feedback: '时效说了。顾客先问的是“补 15 块是吧”，请确认金额，别让她心里没底。',
            points: 1,
            correctness: 'partial',
            misconception: '漏答了顾客的一个问题',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '对照右侧的店铺信息：补运费多少钱？寄到偏远地区预计几天？两个问题都要回答。',
          points: 0,
          correctness: 'incorrect',
          mood: -1,
        },
        samples: [
          { reply: '是的亲，补运费15元就可以了。16:00前付款当天发货，寄到伊宁一般5～7天，遇到天气或中转高峰可能稍慢一些，发货后我会把运单号发给您。', expect: 'cost-and-eta' },
          { reply: '对的，补15元运费。', expect: 'cost-only' },
          { reply: '寄到新疆一般要5到7天。', expect: 'eta-only' },
          { reply: '放心，保证月底前送到！', expect: 'trap-overpromise' },
          { reply: '补15元就行，一般两天就能收到。', expect: 'trap-wrong-eta' },
          { reply: '嗯嗯', expect: 'no-answer' },
        ],
      },
      hints: [
        '顾客问了两件事：补多少钱、几天能到。',
        '可以说：补运费 15 元；16:00 前付款当天发货，寄到伊宁预计 5～7 天，遇到天气或中转高峰可能稍慢。不要说“保证月底前到”。',
      ],
      model: '是的亲，补运费15元就可以。16:00前付款当天就能发出，寄到伊宁预计5～7天，遇到天气或中转高峰可能稍慢一些。发货后我会把运单号发给您，方便您随时查看物流。',
    },
    waive: {
      topic: '顾客想免运费：说明权限并给出可选办法',
      customer: ['15 块还是有点多……', '能不能给我免了？或者有没有别的办法？'],
      judge: {
        groups: [
          {
            id: 'trap-false-free',
            // 想让我免掉，我能理解 says her wish back before turning it down.
            when: [{ affirms: ['给您包邮', '帮您包邮', '给你包邮', '帮你包邮', '免了吧', '给您免', '帮您免', '给你免', '帮你免', '给您减', '帮您减', '少补', '改价', '申请免', '免掉', '不用拍补'] }, { notContains: ['想让我免', '想让我给您免', '希望我免', '想让我减', '希望我减'] }],
            feedback: '客服没有减免运费或改价的权限。为了成交随口答应，事后做不到，顾客会觉得被欺骗。',
            points: 0,
            correctness: 'incorrect',
            misconception: '超出权限答应减免运费',
            mood: 0,
          },
          {
            id: 'trap-no-top-up',
            when: [{ affirms: ['不用补'] }, { notContains: OPTIONS }],
            feedback: '客服没有减免运费的权限，新疆的地址就要补 15 元。只有改填内地亲友的地址才不用补。',
            points: 0,
            correctness: 'incorrect',
            misconception: '超出权限答应减免运费',
            mood: 0,
          },
          {
            id: 'explain-and-options',
            when: [
              {
                containsAll: [[...NO_WAIVE, '见谅', '谅解', '抱歉', '理解', '不好意思'], OPTIONS],
              },
              { regex: SOFTENERS },
            ],
            feedback: '既说明了客服没有减免权限，又给出了可选的办法（内地亲友代收可包邮，或拍补运费链接），顾客可以自己做选择。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'closing',
          },
          {
            id: 'options-curt',
            when: [{ containsAll: [NO_WAIVE, OPTIONS] }],
            feedback: '权限和办法都说到了，但语气太生硬。顾客本来就觉得 15 元多，先表示理解或致歉（“非常理解您的想法，还请见谅”），再说明和给办法，顾客更容易接受。',
            points: 1,
            correctness: 'partial',
            mannerOnly: true,
            misconception: '拒绝时语气生硬，没有表示理解或歉意',
            mood: 0,
          },
          {
            id: 'options-only',
            when: [{ containsAny: OPTIONS }],
            feedback: '给出了办法。顾客刚才问能不能免，先礼貌说明运费是统一规定、客服没有减免权限，再给办法，顾客更能接受。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客“能不能免”的问题',
            mood: 0,
          },
          {
            id: 'refuse-only',
            when: [{ containsAny: NO_WAIVE }],
            feedback: '说明了不能减免，但只有拒绝。顾客问了“有没有别的办法”：内地亲友代收可以包邮，或者拍补运费链接一起付款。',
            points: 1,
            correctness: 'partial',
            misconception: '只拒绝，不给可选方案',
            mood: 0,
          },
          {
            id: 'refuse-vague',
            when: [{ act: 'refuse' }],
            feedback: '表明了做不到，但说得太笼统。要讲清为什么：运费是公司统一规定的，客服没有减免权限；再回答她“有没有别的办法”：内地亲友代收可以包邮，或者拍补运费链接一起付款。',
            points: 1,
            correctness: 'partial',
            misconception: '只笼统拒绝，不说明原因，也不给可选方案',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客想免运费，也问有没有别的办法。先说明客服没有减免权限，再给出可选的办法。',
          points: 0,
          correctness: 'incorrect',
          mood: -1,
        },
        samples: [
          { reply: '您说15块还是有点多，想让我免掉，我能理解。只是运费是公司统一规定的，我这边没有减免的权限，实在抱歉。要是您在内地有亲友可以代收，寄过去就是包邮的。', expect: 'explain-and-options' },
          { reply: '您说15块有点多、想免掉，这个心情我懂。但这个真免不了，客服没权限减。收货地址换成内地亲友那里就能包邮，或者拍补运费链接一起付款。', expect: 'explain-and-options' },
          { reply: '免运费这个我这边确实做不了主，还请您多担待，这是公司统一的规定。您看看有没有内地的亲友能代收，改成非偏远地区的地址就按包邮发；或者直接拍15元的补运费链接，跟商品一块付。', expect: 'explain-and-options' },
          { reply: '亲，非常理解，不过运费是公司统一规定的，客服这边没有减免的权限，还请见谅。如果您在内地有亲友方便代收，寄到那边就能包邮；或者您拍下补运费链接，我马上为您安排发货。', expect: 'explain-and-options' },
          { reply: '您可以拍一下补运费链接。', expect: 'options-only' },
          { reply: '运费减免不了，可以改寄内地亲友或者拍补运费链接。', expect: 'options-curt' },
          { reply: '15元确实不少，但运费是公司统一规定的，我没有权限减免。咱们可以让内地亲友代收，或者拍补运费链接。', expect: 'explain-and-options' },
          { reply: '客服没有减免运费的权限。', expect: 'refuse-only' },
          { reply: '亲，真不好意思，这个确实没法帮您。', expect: 'refuse-vague' },
          { reply: '那我给您免了吧，直接拍就行。', expect: 'trap-false-free' },
          { reply: '这15块不用补了，您直接下单吧。', expect: 'trap-no-top-up' },
          { reply: '好的', expect: 'no-answer' },
        ],
      },
      hints: [
        '先礼貌说明客服不能减免运费，再告诉顾客可以怎么做。',
        '可以说：运费是公司统一规定的，客服没有减免权限，还请见谅；如果内地有亲友方便代收，寄到那边可以包邮，或者拍下补运费链接和商品一起付款。',
      ],
      model: '亲，非常理解您的想法，不过运费是公司统一规定的，客服这边没有减免的权限，还请您见谅。如果您在内地有亲友方便代收，寄到那边就可以包邮；或者您拍下补运费链接和电饭煲一起付款，我马上为您安排发货。',
    },
    closing: {
      topic: '礼貌结束，承诺发货后告知运单号',
      customer: ['行吧，那我拍个补运费链接一起付。', '发货了记得告诉我一声。'],
      judge: {
        groups: [
          {
            id: 'trap-overpromise',
            when: [{ affirms: ['保证', '肯定能', '一定能', '一定到', '肯定到', '百分百'] }],
            feedback: '结束时也不要做“保证几天到”的承诺。说清发货后会告诉她运单号，她可以随时查看物流。',
            points: 0,
            correctness: 'incorrect',
            misconception: '为了让顾客满意而承诺送达时间',
            mood: -1,
          },
          {
            id: 'trap-cashback',
            when: [{ affirms: ['返给您', '返给你', '返您', '返现', '好评返', '红包'] }],
            feedback: '用返现、红包换好评属于诱导好评，违反平台规则，运费也不能私下返还。结束语只需感谢、告知发货后发运单号。',
            points: 0,
            correctness: 'incorrect',
            misconception: '用返现诱导顾客给好评',
            mood: -1,
          },
          {
            id: 'close-well',
            // Thanks or a good wish closes politely.
            when: [{ containsAll: [['谢谢', '感谢', '理解', '支持', '祝'], NOTIFY] }],
            feedback: '结束得很好：感谢顾客的理解，承诺发货后第一时间告知运单号，顾客放心下单。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'deal',
          },
          {
            id: 'notify-only',
            when: [{ containsAny: NOTIFY }],
            feedback: '答应了发货后告知运单号，顾客会放心。结尾再感谢她的理解和支持，礼貌收尾，比如“感谢您的理解，祝您生活愉快”。',
            points: 1,
            correctness: 'partial',
            misconception: '结束时没有感谢顾客',
            mood: 0,
          },
          {
            id: 'close-short',
            when: [{ containsAny: ['好的', '收到', '嗯', '可以', '没问题'] }],
            feedback: '回应了，但太简短。',
            asks: [
              { unless: ['谢谢', '感谢', '多谢'], say: '加上一句感谢顾客的理解。' },
              { unless: ['运单号', '单号', '物流信息', '第一时间'], say: '再承诺“发货后第一时间把运单号发给您”，顾客会更放心。' },
            ],
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
          {
            id: 'thanks-only',
            when: [{ containsAny: ['谢谢', '感谢', '多谢'] }],
            feedback: '感谢顾客，收尾很礼貌。但顾客请你发货后告诉她一声：承诺“发货后第一时间把运单号发给您”，她才放心。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客“发货了告诉我”的请求',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '用结束语收尾：感谢顾客的理解，承诺发货后第一时间告诉她运单号。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '好的亲，感谢您的理解和支持！付款后我们会尽快安排发货，发出后第一时间把运单号发给您。', expect: 'close-well' },
          { reply: '好的，没问题。', expect: 'close-short' },
          { reply: '发出后第一时间通知您。', expect: 'notify-only' },
          { reply: '好的，发货后我把运单号告诉您，祝您用得顺心！', expect: 'close-well' },
          { reply: '感谢您的耐心，祝您购物愉快！', expect: 'thanks-only' },
          { reply: '放心，保证五天内送到！', expect: 'trap-overpromise' },
          { reply: '感谢支持！记得五星好评，返您五元红包。', expect: 'trap-cashback' },
          { reply: '哦', expect: 'no-answer' },
        ],
      },
      hints: [
        '结束语要让顾客放心：感谢 + 发货后告知。',
        '例如：感谢您的理解和支持！付款后我们尽快安排发货，发出后第一时间把运单号发给您，您也可以在订单详情里随时查看物流。',
      ],
      model: '好的，感谢您的理解和支持！付款后我们会尽快安排发货，发出后第一时间把运单号发给您，您也可以在订单详情里随时查看物流。',
    },
    deal: {
      end: '成交',
      customer: ['好，已经付好了，谢谢你讲得这么清楚。'],
      summary: '你理解顾客的感受，讲清了偏远地区补运费的原因、金额和预计时效，在权限内给出可选办法，没有做虚假承诺，顾客放心下单。',
    },
    lost: {
      end: '流失',
      customer: ['什么叫我们那太偏？不买了。'],
      summary: '生硬的语气让顾客觉得被嫌弃，本来只是想问清运费的顾客直接放弃了订单。',
    },
  },
} satisfies ScenarioInput;

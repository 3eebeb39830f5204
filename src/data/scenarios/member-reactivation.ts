import type { ScenarioInput } from '../../schemas/scenario.ts';

/** 8.2 老顾客二次营销: an old customer asks about the SMS offer — explain honestly, respect 退订, recommend fairly. */
/** Saying the price was not raised before the sale, however it is put. */
const PRICE_UNCHANGED = ['没有涨价', '没涨价', '没有先涨', '平时一样', '没有提价', '没有调价', '没调价', '不涨价', '不提价', '价格不变', '价格没变', '没动过', '没有动过', '日常售价', '日常价', '平时价', '平常价', '平常的价', '平时的价', '平常一样', '没调过', '没有调过', '没涨过', '没有涨过'];

/** The terms of the coupon: when it is valid, and how many each customer may take. */
const OFFER_TERMS = ['12月26', '1月1', '12/26', '1/1', '12.26', '有效期', '截止', '每人', '限1', '限领', '只能领'];
/** The agent stopping the marketing messages himself (not only telling the customer how to). */
const AGENT_STOPS = [
  '标记', '标了', '设成', '设为', '不收营销', '标注', '标上', '备注', '设置', '帮您退订', '给您退订', '帮您取消', '给您取消', '帮您关闭', '给您关闭', '不接收营销', '不再给您发', '不会再给您发', '不再发送', '停止发送',
  '停发', '不会再发', '不再发', '不发活动', '不会再收到', '不再收到', '收不到营销', '取消订阅', '关闭营销', '停掉', '给您办', '马上办',
];
/** Saying the coupon can't be used on the liner. */
const COUPON_NO = ['用不了', '用不上', '达不到', '不满', '不够', '没到', '没满', '不到', '没法用', '不能用', '才能用', '才可以用', '才行', '未达到', '无法使用'];
/** Saying why: the 199 threshold (a regex, since 199 after 不够 / 不满 would read as negated). */
const COUPON_WHY = '(?<![0-9])199(?![0-9])|门槛';
/** Acknowledging his doubt. */
const SYMPATHY = ['理解', '担心', '顾虑', '疑虑', '正常', '抱歉', '不好意思'];
/** Saying how the coupon relates to the everyday price: it takes 30 元 off on top. */
const COUPON_ON_TOP = ['再减', '减30', '再少', '基础上', '30元'];
/** Saying sorry for the messages. */
const APOLOGY = ['抱歉', '不好意思', '打扰', '添麻烦', '添烦', '对不起', '歉意', '没做到', '没做好', '对不住', '添堵'];

export const scenario = {
  id: 'member-reactivation',
  title: '老顾客咨询：短信里的回馈周优惠',
  module: 8,
  lesson: '8.2',
  // No 'care' kind yet; 'recommend' fits the last turn, where the agent suggests what the customer needs.
  kind: 'recommend',
  brief:
    '陈先生是“重要挽留客户”：前年买过电饭煲，去年买过空气炸锅，今年还没下单，说过“一个月别超过两条短信”。他收到“暖居老友回馈周”的短信后来店铺咨询。请如实介绍活动，回应他的疑虑，尊重他的退订要求，再根据他的需要推荐合适的商品——不夸大、不施压、不诱导凑单。',
  persona: {
    name: '陈先生',
    type: '质疑型',
    mood: 0,
    description: '银卡会员，对促销有戒心，怕被“套路”；家里的电饭煲用了两年，内胆涂层有点掉。',
    color: '#8a4b12',
  },
  product: {
    name: '暖居优品4L智能电饭煲替换内胆',
    price: 79,
    specs: ['适配店内 4L 智能电饭煲（前年款、今年款通用，以订单型号核对为准）', '不粘涂层内胆', '单独购买，无需换整机'],
    promo: '暖居老友回馈周（12 月 26 日至 1 月 1 日）：老顾客专享满 199 减 30 元券，每人限领 1 张；活动期间积分双倍（教学示例）',
  },
  facts: [
    '领券方式：店铺首页“会员中心”领取，12 月 26 日至 1 月 1 日有效，每人限 1 张，满 199 元可用（教学示例）',
    '活动商品按日常售价计算，活动前没有调价；顾客可在商品页面和自己的历史订单中核对价格',
    '替换内胆 79 元，单买达不到满 199 元的门槛，用不了专享券，但积分双倍照常享受（教学示例）',
    '内胆涂层明显脱落时建议停止使用，更换内胆；电饭煲整机保修一年，前年购买的已过保修期（教学示例）',
    '退订：顾客可回复 T 退订营销短信，客服也可在后台标记“不接收营销信息”；订单、物流等服务通知仍会正常发送',
    '陈先生档案：银卡会员，累计 858 元；今年 3 月反映内胆涂层脱落，售后发过保修说明，未闭环',
  ],
  start: 'ask-offer',
  requirements: ['m8.skill.campaign', 'm8.skill.sms', 'm8.know.loyal', 'm8.attitude.resource'],
  states: {
    'ask-offer': {
      topic: '如实介绍老顾客专享优惠',
      customer: ['你好，我收到你们的短信，说老顾客有专属优惠？', '是真的吗？具体怎么领？'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'trap-false-urgency',
            when: [{ affirms: ['错过再等一年', '仅此一次', '最后一天', '马上就没', '名额不多', '手慢无', '史无前例', '赶紧领'] }],
            feedback: '活动到 1 月 1 日，券也没有名额紧张的说法。用“最后一天”“手慢无”制造紧迫感，顾客发现后会觉得被套路。',
            points: 0,
            correctness: 'incorrect',
            misconception: '编造紧迫感催促老顾客领券',
            mood: -2,
            next: 'lost',
          },
          {
            id: 'trap-no-threshold',
            // The coupon is 满 199 减 30: calling it 无门槛 (usable on any amount) misstates its terms.
            // 无门槛 holds a negator, so it is matched as written: 不是无门槛 and a stated 199 threshold are not the claim.
            when: [
              { affirms: ['无门槛', '没有门槛', '不设门槛', '零门槛', '不限金额', '任意金额', '无条件使用', '随便用'] },
              { notContains: ['不是无门槛', '并非无门槛', '不是没有门槛', '199'] },
            ],
            feedback: '券的规则说错了：这是满 199 元才能用的减 30 元券，不是无门槛券。顾客按“无门槛”下单却用不了，会觉得被骗。请照右侧活动信息介绍。',
            points: 0,
            correctness: 'incorrect',
            misconception: '把满减券说成无门槛券',
            mood: -1,
          },
          {
            id: 'clear-offer',
            when: [
              {
                containsAll: [
                  ['199', '30'],
                  ['会员中心', '首页', '领取', '领'],
                  OFFER_TERMS,
                ],
              },
            ],
            feedback: '说清了优惠是什么、在哪里领、什么时候有效、每人几张，顾客心里有数了。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'doubt',
          },
          {
            id: 'offer-no-terms',
            when: [
              {
                containsAll: [
                  ['199', '30'],
                  ['会员中心', '首页', '领取', '领'],
                ],
              },
            ],
            feedback: '说清了优惠内容和领取位置。再补上有效期（12 月 26 日至 1 月 1 日）和每人限领 1 张，顾客才不会错过，也不会误会能多领。',
            points: 1,
            correctness: 'partial',
            misconception: '介绍活动漏掉有效期和限领规则',
            mood: 0,
          },
          {
            id: 'vague',
            when: [{ containsAny: ['是真的', '有的', '优惠券', '专享券', '回馈周', '老顾客'] }],
            feedback: '确认了有活动，但没说清优惠内容和领取方式。告诉他：满 199 减 30 元券，在店铺首页会员中心领取，1 月 1 日前有效。',
            points: 1,
            correctness: 'partial',
            misconception: '介绍活动含糊，没有说清规则',
            mood: 0,
          },
          {
            id: 'where-only',
            when: [{ containsAny: ['会员中心', '首页', '领取', '去领', '能领', '可以领'] }],
            feedback: '说了在哪里领，但没说优惠是什么。补上：老友回馈周满 199 减 30 元专享券，12 月 26 日到 1 月 1 日有效，每人限 1 张。',
            points: 1,
            correctness: 'partial',
            misconception: '介绍活动含糊，没有说清规则',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客问两件事：优惠是不是真的？怎么领？请用右侧的活动信息回答。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '陈先生您好，是真的！老友回馈周12月26日到1月1日，老顾客可以在店铺首页的会员中心领一张满199减30元的专享券，每人限1张哦。', expect: 'clear-offer' },
          { reply: '是真的，老顾客有专享券哦', expect: 'vague' },
          { reply: '是真的，您到首页的会员中心就能领满199减30元的券。', expect: 'offer-no-terms' },
          { reply: '到店铺首页点会员中心就可以领。', expect: 'where-only' },
          { reply: '今天是最后一天，赶紧领，手慢无！', expect: 'trap-false-urgency' },
          { reply: '是真的，会员中心可以领一张30元的无门槛券，买什么都能减。', expect: 'trap-no-threshold' },
          { reply: '您好', expect: 'no-answer' },
        ],
      },
      hints: [
        '顾客问“是不是真的”“怎么领”，把优惠内容、领取位置和有效期说清楚。',
        '可以说：老友回馈周 12 月 26 日到 1 月 1 日，老顾客在店铺首页会员中心领满 199 减 30 元券，每人限 1 张。',
      ],
      model: '陈先生您好，是真的。老友回馈周 12 月 26 日到 1 月 1 日，老顾客可以在店铺首页的会员中心领取一张满 199 减 30 元的专享券，每人限 1 张。',
    },
    doubt: {
      topic: '回应“先涨价再打折”的疑虑',
      customer: ['上次双11你们也说有优惠，我看到手价跟平时差不多。', '你们是不是先涨价再打折啊？'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'trap-empty-promise',
            when: [{ affirms: ['保证最低', '全年最低', '最划算的一次', '以后不会再有', '别家都', '其他家都', '骗您是小狗', '退差价', '补差价', '双倍差价', '退双倍'] }],
            feedback: '用无法兑现的承诺或拉踩别家来打消疑虑，只会加深顾客的怀疑。请用能核对的事实说话。',
            points: 0,
            correctness: 'incorrect',
            misconception: '用空口承诺代替可核对的事实',
            mood: -1,
          },
          {
            id: 'trap-says-reduced',
            when: [{ affirms: ['下调了', '调低了', '降价了', '降了价', '价格降了', '打了折', '比日常价低', '比平时价格低', '比平时价格下调'] }],
            feedback: '活动商品按日常售价计算，活动前后都没有调价。说成“降价了”与事实不符，顾客一核对就会发现。请说明按日常价计算、券在日常价上再减 30 元。',
            points: 0,
            correctness: 'incorrect',
            misconception: '编造降价来打消疑虑',
            mood: -1,
          },
          {
            id: 'honest-and-verifiable',
            // The facts and how to check them, said with some warmth: understanding his worry, or how the coupon relates to the price.
            when: [
              {
                containsAll: [
                  PRICE_UNCHANGED,
                  ['查看', '对比', '核对', '看一下', '订单', '记录', '页面'],
                  [...SYMPATHY, ...COUPON_ON_TOP],
                ],
              },
            ],
            feedback: '坦诚回应：说明活动按日常售价、没有调价，并告诉顾客可以自己核对，比任何保证都有说服力。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'unsubscribe',
          },
          {
            id: 'verifiable-curt',
            when: [
              {
                containsAll: [
                  PRICE_UNCHANGED,
                  ['查看', '对比', '核对', '看一下', '订单', '记录', '页面'],
                ],
              },
            ],
            feedback: '事实和核对办法都给了，内容是对的，但语气太生硬。顾客是带着怀疑来的：先说一句“理解您的担心”，再说明专享券是在日常价上再减 30 元，他才更容易接受。',
            points: 1,
            correctness: 'partial',
            mannerOnly: true,
            misconception: '回应疑虑只给结论，不回应顾客情绪',
            mood: 0,
          },
          {
            id: 'facts-only',
            when: [{ containsAny: PRICE_UNCHANGED }],
            feedback: '说明了价格没有调整。',
            asks: [{ unless: ['查看', '对比', '核对', '看一下', '订单', '记录', '页面'], say: '再告诉顾客怎样自己核对（历史订单、商品页的价格记录），比一句“没涨价”更有说服力。' }],
            points: 1,
            correctness: 'partial',
            misconception: '只说结论，不给顾客核对的办法',
            mood: 0,
          },
          {
            id: 'sympathy-only',
            when: [{ containsAny: ['理解', '抱歉', '不好意思', '担心', '放心'] }],
            feedback: '先理解顾客是对的。',
            asks: [
              { unless: ['没有调价', '没调价', '没有涨价', '没涨价', '没有调整', '日常价', '日常售价'], say: '还要给出事实：活动按日常售价，没有调价。' },
              { unless: ['核对', '历史订单', '查看', '看一下', '对比'], say: '还要告诉顾客可以在页面和历史订单里自己核对。' },
            ],
            points: 1,
            correctness: 'partial',
            misconception: '只安抚情绪，不给可核对的事实',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客怀疑“先涨价再打折”。请说明价格没有调整，并告诉他怎样自己核对。',
          points: 0,
          correctness: 'incorrect',
          mood: -1,
        },
        samples: [
          { reply: '理解您的担心。这次活动商品都按日常售价计算，活动前没有调价，您可以在商品页面和自己的历史订单里核对价格，券是在日常价上再减30元。', expect: 'honest-and-verifiable' },
          { reply: '活动前没有调价，都是日常价', expect: 'facts-only' },
          { reply: '都是按日常价算的，可以在历史订单里核对。', expect: 'verifiable-curt' },
          { reply: '这次活动价下调了，肯定比双11便宜。', expect: 'trap-says-reduced' },
          { reply: '理解您的担心，您放心', expect: 'sympathy-only' },
          { reply: '保证最低，别家都没我们便宜', expect: 'trap-empty-promise' },
          { reply: '要是活动前涨过价，我给您补差价', expect: 'trap-empty-promise' },
          { reply: '嗯', expect: 'no-answer' },
        ],
      },
      hints: [
        '顾客需要的不是保证，而是能自己核对的事实。',
        '可以说：活动按日常售价计算，活动前没有调价，您可以在商品页面和历史订单里核对，券是在日常价上再减 30 元。',
      ],
      model: '理解您的担心。这次活动的商品都按日常售价计算，活动前没有调价，您可以在商品页面和自己的历史订单里核对价格，专享券是在日常价上再减 30 元。',
    },
    unsubscribe: {
      topic: '尊重顾客的退订要求',
      customer: ['行吧。还有，你们短信发得有点勤，我上次就说过一个月别超过两条。', '以后营销短信能不能别给我发了？'],
      judge: {
        groups: [
          {
            id: 'trap-guilt',
            when: [
              {
                affirms: [
                  '收不到优惠', '错过优惠', '损失', '太可惜', '可惜了', '不划算', '再考虑一下', '不再考虑一下', '退了就', '退不了', '管不了', '没法退', '不能退订',
                  '享受不到', '专属优惠了', '确定要退', '真的要退', '留着吧', '别退',
                ],
              },
            ],
            feedback: '用“退了就收不到优惠”劝阻，或说“退不了”，都是不尊重顾客的选择。顾客要求退订，就应该痛快地办好。',
            points: 0,
            correctness: 'incorrect',
            misconception: '劝阻或阻挠顾客退订',
            mood: -2,
            next: 'complaint',
          },
          {
            id: 'trap-fewer',
            // He asked for no marketing messages at all: offering a smaller quota instead is not what he asked.
            // A regex, because 要不我们改成… reads as negated; quoting what he said before (您说过一个月别超过两条) is not an offer.
            when: [{ regex: '(改成|改为|调成|调整为|调整成)(一个月|每月|每个月)|(一个月|每月|每个月)(只|就)?(给您)?发?(两|2|1|一)条' }, { notContains: ['说过', '没做到', '没做好', '超过', '别超', '不超'] }],
            feedback: '顾客要的是不再收营销短信，不是少收几条。把退订改成“一个月发两条”，等于没按他的要求办。请道歉，并在后台标记“不接收营销信息”。',
            points: 0,
            correctness: 'incorrect',
            misconception: '用减少频率代替顾客要求的退订',
            mood: -1,
          },
          {
            id: 'trap-deflect',
            when: [{ affirms: ['系统自动', '不是我们客服'] }, { notContains: AGENT_STOPS }],
            feedback: '把短信推给“系统自动发”，却不帮他停掉，顾客会觉得被推诿。客服可以在后台标记“不接收营销信息”，请道歉后主动办好。',
            points: 0,
            correctness: 'incorrect',
            misconception: '推诿，不主动办理退订',
            mood: -1,
          },
          {
            id: 'respect',
            // An apology and the agent stopping it himself: 您回复T就可以退订 only tells him how.
            when: [{ containsAll: [AGENT_STOPS, APOLOGY] }],
            feedback: '道歉并尊重顾客的决定，主动把营销短信停掉，顾客感到被尊重。',
            asks: [{ unless: ['订单', '物流', '服务通知', '服务类', '快递'], say: '还可以告诉他：订单、物流等服务通知仍会正常发送。' }],
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'recommend',
          },
          {
            id: 'done-no-apology',
            when: [{ containsAny: AGENT_STOPS }],
            feedback: '主动办理了退订，做法是对的。',
            asks: [
              { unless: APOLOGY, say: '先为发得太勤、打扰到他道个歉，顾客是带着不满来的。' },
              { unless: ['订单', '物流', '服务通知', '服务类', '快递'], say: '再说明订单、物流等服务通知仍会正常发送。' },
            ],
            points: 1,
            correctness: 'partial',
            misconception: '办理退订时不道歉、不说明影响范围',
            mood: 0,
          },
          {
            id: 'self-service-only',
            when: [{ containsAll: [APOLOGY, ['退订', '回复t', '回t']] }],
            feedback: '道歉了，也告诉了退订办法。但顾客已经提出要求，不要只让他自己回复 T，还应主动在后台给他标记“不接收营销信息”。',
            points: 1,
            correctness: 'partial',
            misconception: '把退订推给顾客自己办',
            mood: 0,
          },
          {
            id: 'agree-no-method',
            when: [{ containsAny: ['好的', '可以', '没问题', '抱歉', '不好意思'] }],
            feedback: '答应了，但没说怎么做。告诉顾客：回复 T 即可退订，你也会在后台标记“不接收营销信息”；订单、物流通知照常发送。',
            points: 1,
            correctness: 'partial',
            misconception: '答应退订却不说明办法',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客明确要求不再接收营销短信。请道歉，并说明怎样退订、你会怎样处理。',
          points: 0,
          correctness: 'incorrect',
          mood: -1,
        },
        samples: [
          { reply: '收到，给您添堵了，对不住！这就在后台标记不接收营销信息，以后活动短信不打扰您了，回 T 也能退订；物流通知还是照常发。', expect: 'respect' },
          { reply: '非常抱歉打扰到您了！我马上在后台给您标记不接收营销信息，以后不会再发活动短信，您也可以回复T退订；订单和物流通知还会正常发给您。', expect: 'respect' },
          { reply: '好的好的', expect: 'agree-no-method' },
          { reply: '可以的，回复T就能退订。', expect: 'agree-no-method' },
          { reply: '不好意思打扰了，我这就在后台给您备注不接收营销短信，订单和物流消息照常会发。', expect: 'respect' },
          { reply: '退订了就收不到优惠了哦，太可惜了', expect: 'trap-guilt' },
          { reply: '那我们以后每月只发两条，您看行吗？', expect: 'trap-fewer' },
          { reply: '已经给您设置成不接收营销信息了。', expect: 'done-no-apology' },
          { reply: '不好意思打扰您了，回复T就能退订的。', expect: 'self-service-only' },
          { reply: '这是系统自动发送的，您回T就行', expect: 'trap-deflect' },
          { reply: '哦', expect: 'no-answer' },
        ],
      },
      hints: [
        '顾客要求退订，先道歉，再痛快地办好，不要劝阻。',
        '可以说：抱歉打扰您了，我马上在后台标记不接收营销信息，您也可以回复 T 退订；订单和物流通知还会正常发送。',
      ],
      model: '非常抱歉打扰到您了！我马上在后台给您标记“不接收营销信息”，以后不会再给您发活动短信，您也可以回复T退订；订单和物流通知还会正常发送。',
    },
    recommend: {
      topic: '按需推荐，如实说明能否用券',
      customer: ['好，谢谢。其实我家那个电饭煲内胆涂层有点掉了，用了两年。', '有没有单独卖内胆的？这个能用你们的券吗？'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'trap-push',
            // 比换整机划算 compares; it pushes nothing. 换新内胆 is the part he came for.
            when: [{ affirms: ['凑单', '凑够', '凑到', '凑满', '凑齐', '凑个', '再凑', '再买一个', '再买一件', '再加一件', '再加一个', '加一件', '多买一件', '搭一件', '直接换新', '换台新', '换一台', '买台新', '买一台', '新电饭煲', '换整机', '换整台', '整机换新', '新款电饭煲', '新款4L', '买新款', '换新款'] }, { notContains: ['比换整机', '比换新', '比买新', '比买一台', '不用换整机', '不必换整机', '不用换新', '不用整机换新', '换新内胆', '换个新内胆', '换一个新内胆'] }],
            feedback: '顾客只需要一个内胆，为了让他用券就劝凑单或整机换新，是把店铺利益放在顾客需要之前。',
            points: 0,
            correctness: 'incorrect',
            misconception: '为了用券诱导顾客凑单或换新',
            mood: -1,
          },
          {
            id: 'trap-coupon-usable',
            // The liner is 79 元, under the 199 threshold: telling him the coupon works on it is untrue.
            when: [{ affirms: ['可以用券', '能用券', '可以用满', '能用满', '可以用这张', '能用这张', '券可以用', '券能用', '可以用的', '能用的', '用得了', '用得上', '可以使用', '能使用', '可以直接用', '能直接用'] }, { notContains: [...COUPON_NO, '才能使用', '才可以使用', '门槛'] }],
            feedback: '券的规则说错了：内胆 79 元，达不到满 199 元的门槛，这张券用不上。告诉顾客能用，他结账时就会发现被骗。',
            points: 0,
            correctness: 'incorrect',
            misconception: '把用不了的券说成能用',
            mood: -1,
          },
          {
            id: 'trap-warranty',
            // He bought the cooker the year before last: the one-year warranty is over, nothing is free.
            when: [{ affirms: ['在保修期', '保修期内', '还在保修', '还能保修', '可以保修', '免费换', '免费给您换', '免费更换', '免费寄', '免费送', '不用花钱', '不收钱', '不要钱'] }],
            feedback: '电饭煲整机保修一年，陈先生前年买的已经过了保修期，内胆需要另买（79 元）。承诺免费更换，顾客等来的却是付款链接，只会更不信任店铺。',
            points: 0,
            correctness: 'incorrect',
            misconception: '编造保修或免费更换',
            mood: -1,
          },
          {
            id: 'honest-recommend',
            when: [{ containsAll: [['内胆', '配件', '单独卖', '单卖', '单独买'], ['79'], COUPON_NO] }, { regex: COUPON_WHY }],
            feedback: '按需推荐，又如实说明这张券用不上、为什么用不上，顾客反而更信任你。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'deal',
          },
          {
            id: 'no-reason',
            when: [{ containsAll: [['内胆', '配件', '单独卖', '单卖', '单独买'], ['79'], COUPON_NO] }],
            feedback: '有没有内胆、多少钱、能不能用券都答了。再说明原因：券要满 199 元才能用，79 元达不到门槛，顾客才知道你不是在敷衍他。',
            asks: [
              { unless: ['积分'], say: '可以顺带告诉他：活动期间积分双倍照常有。' },
              { unless: ['停用', '别用', '型号', '适配', '核对'], say: '涂层脱落的话，提醒他先停用，并请他发型号帮他核对适配。' },
            ],
            points: 1,
            correctness: 'partial',
            misconception: '说券用不上却不说原因',
            mood: 0,
          },
          {
            id: 'coupon-only',
            when: [{ containsAny: COUPON_NO }, { notContains: ['79'] }],
            feedback: '如实说明了这张券用不上。顾客还问了有没有单卖的内胆：告诉他有适配 4L 电饭煲的替换内胆，79 元一个。',
            points: 1,
            correctness: 'partial',
            misconception: '只答能否用券，没回答有没有内胆',
            mood: 0,
          },
          {
            id: 'product-only',
            when: [{ containsAny: ['内胆', '配件', '79'] }],
            feedback: '推荐了内胆，但顾客还问了能不能用券。如实告诉他：内胆 79 元，达不到满 199 元的门槛，这张券用不上，积分双倍照常有。',
            points: 1,
            correctness: 'partial',
            misconception: '回避顾客关于能否用券的问题',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客问两件事：有没有单卖的内胆？能不能用券？请看右侧信息如实回答。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '有的，替换内胆79元。内胆也算活动商品，这张满199减30的券可以直接用，积分也双倍。', expect: 'trap-coupon-usable' },
          { reply: '有单独卖的，79块一个。实话说这单凑不到199的门槛，券用不了，但积分能翻倍。您把原来订单里的型号告诉我，我对一下适配。', expect: 'honest-recommend' },
          { reply: '有的，4L电饭煲的替换内胆单独卖79元，涂层掉了建议先停用换新内胆。不过79元达不到满199的门槛，这张券用不上，积分双倍照样有。您把型号发我，我帮您核对一下适不适配。', expect: 'honest-recommend' },
          { reply: '有的，内胆79元一个', expect: 'product-only' },
          { reply: '有的，内胆79元，这张券用不上。', expect: 'no-reason' },
          { reply: '这张券您这次用不了，要满199元才可以。', expect: 'coupon-only' },
          { reply: '内胆不划算，建议您换一台新电饭煲。', expect: 'trap-push' },
          { reply: '内胆79元，您再凑一个空气炸锅就能用券了', expect: 'trap-push' },
          { reply: '有的，内胆79元，这张券可以用的。', expect: 'trap-coupon-usable' },
          { reply: '您的电饭煲还在保修期，内胆我们免费给您换。', expect: 'trap-warranty' },
          { reply: '您稍等', expect: 'no-answer' },
        ],
      },
      hints: [
        '顾客只需要一个内胆。先回答有没有、多少钱，再如实说明能不能用券。',
        '可以说：替换内胆单卖 79 元，涂层掉了建议先停用换新；79 元达不到满 199 的门槛，这张券用不上，积分双倍照样有。',
      ],
      model: '有的，4L 电饭煲的替换内胆单独卖 79 元，涂层掉了建议先停用、换新内胆。不过 79 元达不到满 199 元的门槛，这张券用不上，积分双倍照样有。您把电饭煲型号发我，我帮您核对适不适配。',
    },
    deal: {
      end: '成交',
      customer: ['你说话实在，我就买个内胆。型号我发你，帮我核对一下。'],
      summary: '你如实介绍了活动，坦诚回应价格疑虑，痛快地办理退订，又按顾客的真实需要推荐、不诱导凑单，老顾客重新下了单。',
    },
    lost: {
      end: '流失',
      customer: ['又是这一套催人的话，算了，不看了。'],
      summary: '用虚假的紧迫感催促领券，让本就有戒心的老顾客认定店铺在“套路”他。',
    },
    complaint: {
      end: '投诉',
      customer: ['我要退订你还劝我？这就是骚扰，我去投诉。'],
      summary: '劝阻或阻挠顾客退订，不尊重顾客的选择，引来投诉。',
    },
  },
} satisfies ScenarioInput;

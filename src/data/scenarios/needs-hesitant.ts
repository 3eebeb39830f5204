import type { ScenarioInput } from '../../schemas/scenario.ts';
import { absoluteTrap, SHOP_FACTS } from './shared.ts';

/**
 * 4.2 识别客户诉求: a hesitant customer says only “想买个电饭煲”. The agent uncovers the real need by
 * asking (who uses it, what they cook, what bothers them), recommends the model that fits, then removes
 * the last worry with in-platform help. Pushing the priciest or the “smartest” model loses the sale.
 */

/**
 * Words of a question about the customer's situation or habits: asking words (请问、想了解、问一下),
 * question particles, and the question words themselves (谁、几、多少、哪、什么样、还是 in 煮饭还是煮粥).
 */
const ASKING = ['请问', '方便', '了解', '问', '吗', '呢', '还是', '谁', '几个', '几口', '几位', '几人', '几点', '多少', '哪', '什么样', '做什么', '煮什么', '吃什么', '有什么', '什么时候', '怎么样'];

/** What the first questions should find out: who uses it, for how many, what for (需求 / 要求 alone are too vague). */
const WHO_AND_USE = ['几个人', '几口人', '几位', '多少人', '给谁', '谁用', '自己用', '家人用', '送人', '送给', '主要用', '平时', '用途', '做什么', '煮什么', '煮饭还是', '还是煮粥', '习惯'];
/** The first thing to find out: who the cooker is for (yourself, family, a gift). */
// A question naming a family member (给家里老人用吗？) is taken by the ask-open-question group below.
const WHO = ['给谁', '谁用', '谁在用', '谁使用', '谁在使用', '谁来用', '自己用', '家人用', '家里人用', '送人', '送给', '送家人', '买给', '给家人'];
/** How many eat, and what is cooked: two concrete questions without “who” still open the need up. */
const HOW_MANY = ['几个人', '几口人', '几位', '多少人', '几人', '几口'];
// 按键还是触屏: which way of operating suits the user (实体大按键 or 触控屏).
const WHAT_FOR = ['煮饭还是', '还是煮粥', '煮什么', '做什么', '用途', '主要用', '煮粥', '煮饭', '习惯', '按键还是', '还是触屏', '还是触控'];
/** Inviting the customer to tell her needs, without a concrete question. */
const INVITE = ['跟我说说', '和我说说', '说说看', '告诉我', '跟我讲', '说一下您的', '说说您的', '有什么要求', '有什么需求', '有什么想法'];

/** Taking up the customer's clue (her mother finds cookers too complicated): keeping it simple, or the panel and buttons. */
const CLUE = ['简单', '复杂', '好操作', '好上手', '上手', '操作', '按键', '按钮', '面板', '字', '眼', '看得清', '看清', '菜单', '弄不明白', '不会用', '难用'];

/** The clues worth following up: how many eat, what they cook, when, and whether the panel is easy to read. */
const DETAIL = ['煮饭', '煮粥', '喝粥', '吃饭', '几个人', '几口', '饭量', '早上', '预约', '眼神', '视力', '看得清', '字', '按键', '习惯', '平时'];

/**
 * A regex rule that holds when the reply names terms of at least two of the sets. Terms are written as the
 * reply is normalised with numerals on (两个人 → 2个人, 一键 → 1键; no punctuation, Latin lowercase).
 * Lookaheads from the start keep it linear in the length of the reply.
 */
function twoOf(...sets: string[][]): { regex: string } {
  const has = (set: string[]) => `(?=[\\s\\S]*?(?:${set.join('|')}))`;
  const pairs: string[] = [];
  for (let i = 0; i < sets.length; i++) for (let j = i + 1; j < sets.length; j++) pairs.push(has(sets[i]!) + has(sets[j]!));
  return { regex: `^(?:${pairs.join('|')})` };
}

/** The model that fits (2L 大按键款). */
const FIT_MODEL = ['大按键', '2L', '2升', '199', '大字面板'];
/** Reasons tied to the customer's three needs: two people; porridge ready in the morning; poor eyesight / easy to use. */
const FOR_TWO = ['2个人', '2人', '2口', '2位', '13人', '容量'];
const MORNING_PORRIDGE = ['粥', '预约', '早上', '起床', '1早'];
// 一键 is not here: 一键煮粥 answers the porridge need, not the eyesight one.
const EASY_TO_SEE = ['看得清', '看清', '眼神', '字大', '大字', '键也大', '键大', '实体', '语音', '费眼', '按得准', '简单'];
/** Features of the 3L smart model, which the 2L model does not have. */
const SMART_ONLY = ['app', '远程', '手机控制', '手机操作', '手机遥控', '手机预约', '手机上', '16种菜单', '触控'];
/** Turning the smart model down: then naming its features is a comparison, not a claim about the 2L model. */
const SETS_SMART_ASIDE = ['3L', '3升', '智能款', '299', '不建议', '不推荐', '不考虑', '不用考虑', '别选', '反而', '复杂', '简单多了', '更简单', '比触控'];

/** Features no cooker in the shop has: claiming them for the recommended model invents them. */
const INVENTED = ['全自动', '不用按键', '不需要按键', '不用按任何', '自己就会煮', '自动加水', '自动放米', '声控', '语音控制', '语音操控'];

/** Concrete help after delivery: a printed guide, a video, someone to ask. */
const GUIDE_BOOK = ['说明书', '图解'];
const VIDEO = ['视频', '教程', '演示'];
const FOLLOW_UP = ['指导', '随时', '找我', '联系', '咨询', '1步步', '手把手', '教您', '教他', '教叔叔', '教阿姨', '教爸妈'];

export const scenario = {
  id: 'needs-hesitant',
  title: '挖掘需求：拿不定主意的顾客',
  module: 4,
  lesson: '4.2',
  kind: 'recommend',
  brief:
    '何女士只说“想买个电饭煲”，问她要什么样的，她自己也说不清。请你通过提问弄清她的真实需求：给谁用、几个人吃、平时做什么、有什么不方便；再推荐最合适的一款并说明理由，最后打消她的顾虑。先问后推，不要一上来就推贵的。',
  persona: {
    name: '何女士',
    type: '犹豫型',
    mood: 0,
    description: '在上海工作，想给老家的父母买电饭煲；说话慢、问题多，自己也说不清要什么。',
    color: '#3d6b8c',
  },
  product: {
    name: '暖居优品2L大按键电饭煲',
    price: 199,
    specs: ['2 升，适合 1～3 人', '大字面板、实体大按键', '一键煮饭 / 煮粥', '12 小时预约', '语音提示'],
    promo: '全店满 199 减 20（教学示例）',
  },
  facts: [
    '2L 大按键电饭煲 199 元：大字面板、实体大按键、一键煮饭和煮粥、12 小时预约、语音提示，适合 1～3 人（教学示例）',
    '3L 智能电饭煲 299 元：触控屏、16 种菜单、24 小时预约、可用 App 远程控制，适合 2～4 人（教学示例）',
    '5L 大容量电饭煲 369 元：适合 5～8 人的大家庭（教学示例）',
    '随货附大字版说明书；客服可在聊天窗口发送操作视频，收货后随时指导使用（教学示例）',
    '全店满 199 减 20，下单自动抵扣（教学示例）',
    SHOP_FACTS.shipping,
    SHOP_FACTS.sevenDays,
  ],
  start: 'vague',
  requirements: ['m4.know.inquiry', 'm4.skill.needs', 'm4.skill.handle', 'm4.attitude.passion'],
  states: {
    vague: {
      topic: '顾客说不清需求：先提问',
      customer: ['你好，想买个电饭煲。', '你们家款式好多，我也说不好要什么样的……哪个好？'],
      judge: {
        numerals: true,
        groups: [
          absoluteTrap(),
          {
            id: 'recommend-then-ask',
            // Naming a model to buy before knowing the need, even with a question after it.
            when: [{ regex: '(推荐|建议|看看)(您|你)?(看看|选|买|拍)?(这款|这个|那款)?(2l|2升|3l|3升|5l|5升|大按键|智能|大容量)' }, { act: 'ask' }],
            feedback: '有提问，方向对了；但还不了解需求就先推了一款，顾客会觉得你急着卖。先问清给谁用、几个人吃，再推荐。',
            points: 1,
            correctness: 'partial',
            misconception: '先推荐后提问，顺序颠倒',
            mood: 0,
          },
          {
            id: 'trap-push',
            when: [{ affirms: ['最贵的', '买贵的', '贵的好', '大的好', '越大越好', '闭眼', '直接拍', '直接买', '直接推荐', '准没错', '功能最全', '就买这款', '就选这款', '都差不多', '随便选', '随便买', '直接选', '直接拿', '就对了'] }],
            feedback: '还不知道给谁用、几个人吃，就让顾客买贵的、大的或“随便选”，顾客会觉得你不用心，甚至只想多卖钱。先提问，再推荐。',
            points: 0,
            correctness: 'incorrect',
            misconception: '不了解需求就推荐',
            mood: -1,
          },
          {
            // 是您自己用吗？ alone: one narrow question (teachers give it half marks); who, how many and what for make it full.
            id: 'ask-who-only',
            when: [{ containsAny: WHO }, { containsAny: ASKING }, { notContains: [...HOW_MANY, ...WHAT_FOR, '平时', '吃饭', '人数', '用餐', '几口', '功能', '需求', '要求', '预算', '老人', '爸妈', '父母', '孩子', '帮您', '推荐', '挑', '选'] }],
            feedback: '方向对：先问了是谁用。但只问这一点还不够，再问问几个人吃饭、平时煮饭还是煮粥多，推荐才有依据。',
            points: 1,
            correctness: 'partial',
            misconception: '只问了一个很窄的问题，了解的需求太少',
            mood: 0,
          },
          {
            id: 'ask-open',
            when: [{ containsAny: WHO }, { containsAny: ASKING }],
            feedback: '很好！顾客自己说不清时，先用开放式问题了解“给谁用、几个人、平时做什么”，推荐才有依据。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'probe',
          },
          {
            id: 'ask-open-question',
            when: [{ act: 'ask', about: [...WHO, '老人', '父母', '爸妈', '长辈', '孩子', '家人'] }],
            feedback: '很好！顾客自己说不清时，先用开放式问题了解“给谁用、几个人、平时做什么”，推荐才有依据。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'probe',
          },
          {
            id: 'ask-open-two',
            when: [twoOf(HOW_MANY, WHAT_FOR), { containsAny: ASKING }],
            feedback: '很好！先不急着推荐，用具体的问题了解几个人吃、平时煮什么，推荐才有依据。也可以问问是自己用还是送家人。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'probe',
          },
          {
            id: 'ask-use-not-who',
            when: [{ containsAny: WHO_AND_USE }, { containsAny: ASKING }],
            feedback: '先提问、不急着推荐，方向是对的。再问清最要紧的一点：电饭煲是给谁用的——自己用还是送家人？用的人不同，合适的款式也不同。',
            points: 1,
            correctness: 'partial',
            misconception: '提问没有了解使用者',
            mood: 0,
          },
          {
            id: 'ask-use-not-who-question',
            when: [{ act: 'ask', about: [...WHO_AND_USE, '几人', '煮饭', '煮粥', '吃饭'] }],
            feedback: '先提问、不急着推荐，方向是对的。再问清最要紧的一点：电饭煲是给谁用的——自己用还是送家人？用的人不同，合适的款式也不同。',
            points: 1,
            correctness: 'partial',
            misconception: '提问没有了解使用者',
            mood: 0,
          },
          {
            id: 'list-products',
            when: [{ regex: '2l|2升|3l|3升|5l|5升|大按键|智能|大容量|(?<!满)199|299|369' }],
            feedback: '介绍了店里的款式，但顾客本来就拿不定主意，一下子给她一串型号只会更犹豫。先问清需求，再帮她缩小范围。',
            points: 1,
            correctness: 'partial',
            misconception: '没有提问就罗列商品',
            mood: 0,
          },
          {
            id: 'ask-vague',
            when: [{ act: 'ask' }, { containsAny: ['什么', '哪', '怎样', '怎么', '如何', '吗', '呢', '还是', '多少', '几'] }],
            feedback: '主动提问是对的，但问题太笼统：顾客正是说不清才来问你。换成具体、好回答的问题，比如“是给谁用？家里几个人吃饭？平时主要煮饭还是煮粥？”',
            points: 1,
            correctness: 'partial',
            misconception: '提问太笼统，顾客答不上来',
            mood: 0,
          },
          {
            id: 'invite-vague',
            when: [{ containsAny: INVITE }],
            feedback: '请顾客说说要求，态度是对的，但太笼统：顾客正是说不清才来问你。换成具体、好回答的问题，比如“是给谁用？家里几个人吃饭？平时主要煮饭还是煮粥？”',
            points: 1,
            correctness: 'partial',
            misconception: '提问太笼统，顾客答不上来',
            mood: 0,
          },
          {
            id: 'respond-no-question',
            when: [{ containsAny: ['适合的人', '适合不同', '因人而异', '看需求', '看您的需要', '看用的人', '帮您挑', '帮您选', '不着急', '别着急', '慢慢挑', '不一样'] }],
            feedback: '回应了顾客的犹豫，态度很好，但对话还没有推进。接着问一两个具体的问题：给谁用？家里几个人吃饭？平时煮饭多还是煮粥多？',
            points: 1,
            correctness: 'partial',
            misconception: '只回应不提问，没有推进对话',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客说不清要什么样的。请先热情回应，再问一两个开放式问题：给谁用？几个人吃？平时主要做什么？',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '您好，为了给您更合适的建议，想先了解一下：这台电饭煲主要是谁在使用？家里一般几个人用餐？', expect: 'ask-open' },
          { reply: '亲，在的，很高兴为您服务！为了帮您挑到合适的，想先问一下：电饭煲是自己用还是送给家人呢？平时大概几个人吃饭？', expect: 'ask-open' },
          { reply: '您好，请问主要是给谁用呀？', expect: 'ask-who-only' },
          { reply: '亲在的，是您自己用吗？', expect: 'ask-who-only' },
          { reply: '您好～说不清也没关系，直接拿5L大容量那款最省心，啥情况都够用。您是自己用还是给家里人用呢？', expect: 'trap-push' },
          { reply: '不着急，我帮您一起挑～电饭煲是给家里老人用吗？', expect: 'ask-open-question' },
          { reply: '亲，请问您喜欢什么样的款式？', expect: 'ask-vague' },
          { reply: '好的，请问家里平时几口人吃饭呢？', expect: 'ask-use-not-who' },
          { reply: '一般在家吃饭的有几人？', expect: 'ask-use-not-who-question' },
          { reply: '想先问问，平时几个人吃？煮饭多还是煮粥多呢？', expect: 'ask-open-two' },
          { reply: '您有什么想法都可以告诉我，我来帮您参谋。', expect: 'invite-vague' },
          { reply: '别着急，每款适合的人不一样，我帮您挑', expect: 'respond-no-question' },
          { reply: '我们有2L、3L、5L三款，价格分别是199、299、369元', expect: 'list-products' },
          { reply: '建议您选3L智能款，请问是给谁用呢？', expect: 'recommend-then-ask' },
          { reply: '买最贵的那款就行，贵的好', expect: 'trap-push' },
          { reply: '亲，直接选我们 5L 大容量的就对了，369 元，容量大怎么用都够。您是自己用还是送人呀？', expect: 'trap-push' },
          { reply: '3L智能款是最好用的', expect: 'trap-absolute' },
          { reply: '亲，您好', expect: 'no-answer' },
        ],
      },
      hints: [
        '顾客自己也说不清要什么，这时候不要急着推荐。先问问题，弄清她的情况。',
        '可以问开放式问题：“是自己用还是送给家人呢？平时几个人吃饭、主要煮饭还是煮粥？”',
      ],
      model: '亲，在的，很高兴为您服务！为了帮您挑到合适的，想先问一下：电饭煲是自己用还是送给家人呢？平时大概几个人吃饭？',
    },
    probe: {
      topic: '顺着线索追问，挖出隐性需求',
      customer: ['是给我爸妈买的，他们俩住在老家。', '我妈总说现在的电饭煲太复杂，按来按去也弄不明白。'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'trap-smart',
            // Naming the smart model only to set it aside (不太适合、不推荐) is a comparison, not a push.
            when: [{ affirms: ['App远程', '远程控制', '手机控制', '手机遥控', '智能款', '3L智能', '触控屏', '16种菜单', '功能最多', '功能多的'] }, { notContains: ['不适合', '不太适合', '不合适', '不推荐', '不建议', '不友好', '不考虑', '不好用', '不方便', '先问清楚', '先了解', '再帮您定', '再帮您选', '差别', '先弄清楚', '也有触控', '没必要', '用不上', '用不着'] }],
            feedback: '顾客刚说妈妈嫌电饭煲太复杂，你却推荐功能最多、要用手机操作的智能款，正好和她的真实需求相反。',
            points: 0,
            correctness: 'incorrect',
            misconception: '只听字面，忽略了顾客话里的隐性需求',
            mood: -2,
            next: 'lost',
          },
          {
            id: 'trap-invented',
            when: [{ affirms: INVENTED }],
            feedback: '店里的电饭煲没有这个功能：2L 大按键款是大字面板、实体大按键、一键煮饭煮粥和 12 小时预约。编造功能打消顾虑，收到货时顾客会觉得被骗。介绍商品要以右侧信息为准。',
            points: 0,
            correctness: 'incorrect',
            misconception: '编造商品没有的功能',
            mood: -1,
          },
          {
            id: 'recommend-early',
            when: [
              // 为了推荐得准一点，想再问两个 asks before recommending.
              { regex: '(?<!为了|好|便于|方便|再|才能|不|别|急着|急于|不会|不能)推荐(?!得)|建议您选|建议选|就选|拍这款|选这款|买这款|可以选' },
              { containsAny: ['大按键', '2L', '2升', '199', '老人'] },
            ],
            feedback: '抓住了“操作简单”这条线索，推荐方向是对的。但还没问清两位老人平时煮什么、几个人吃、有什么习惯，再多问一句，推荐会更准。',
            points: 1,
            correctness: 'partial',
            misconception: '线索刚出现就急着推荐，没有追问细节',
            mood: 0,
          },
          {
            id: 'ask-detail',
            when: [{ containsAny: DETAIL }, { containsAny: ASKING }, { containsAny: CLUE }],
            feedback: '追问得好！顺着“爸妈用”“嫌复杂”两条线索，问清吃饭人数、爱煮什么、看不看得清按键，隐性需求就浮出来了。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'reveal',
          },
          {
            id: 'ask-detail-question',
            when: [{ act: 'ask', about: DETAIL }, { containsAny: CLUE }],
            feedback: '追问得好！顺着“爸妈用”“嫌复杂”两条线索，问清吃饭人数、爱煮什么、看不看得清按键，隐性需求就浮出来了。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'reveal',
          },
          {
            id: 'ask-no-clue',
            when: [{ containsAny: DETAIL }, { containsAny: ASKING }],
            feedback: '继续追问是对的。但顾客刚说了妈妈嫌电饭煲太复杂，这条线索也要接住：回应一句“给老人用，操作一定要简单”，再问问面板上的字、按键看不看得清。',
            points: 1,
            correctness: 'partial',
            misconception: '追问没有顺着顾客给出的线索',
            mood: 0,
          },
          {
            id: 'ask-no-clue-question',
            when: [{ act: 'ask', about: [...DETAIL, '预算', '价位'] }],
            feedback: '继续追问是对的。但顾客刚说了妈妈嫌电饭煲太复杂，这条线索也要接住：回应一句“给老人用，操作一定要简单”，再问问面板上的字、按键看不看得清。',
            points: 1,
            correctness: 'partial',
            misconception: '追问没有顺着顾客给出的线索',
            mood: 0,
          },
          {
            id: 'echo-clue',
            when: [{ containsAny: ['要简单', '简单一点', '简单些', '越简单', '简单的', '操作简单', '老人用', '老人家', '叔叔阿姨用', '爸妈用', '父母用', '嫌复杂', '怕复杂'] }],
            feedback: '接住了“给爸妈用、嫌复杂”的线索，很好。再顺着线索追问一两个问题：平时几个人吃饭？主要煮饭还是煮粥？面板上的字看得清吗？',
            points: 1,
            correctness: 'partial',
            misconception: '接住了线索，却没有继续追问',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客透露了两条线索：给父母用、嫌操作复杂。请顺着线索追问：两位老人平时煮饭还是煮粥？按键看得清吗？',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '老人家确实怕复杂。为了推荐得准一点，想再问两个：平时几个人吃饭？煮饭还是煮粥？阿姨看面板上的字清楚吗？', expect: 'ask-detail' },
          { reply: '明白了，给叔叔阿姨用操作一定要简单。想再问一下：他们平时主要煮饭还是煮粥呢？阿姨看面板上的字方便吗？', expect: 'ask-detail' },
          { reply: '请问叔叔阿姨平时几个人吃饭？', expect: 'ask-no-clue' },
          { reply: '明白，操作得简单些。那阿姨平时早上爱喝粥吧？', expect: 'ask-detail-question' },
          { reply: '好的，那阿姨平时早上爱喝粥吧？', expect: 'ask-no-clue-question' },
          { reply: '想问下您这次的预算大概多少呢？', expect: 'ask-no-clue-question' },
          { reply: '理解，给老人家用的电饭煲确实要简单一点', expect: 'echo-clue' },
          { reply: '那推荐您选2L大按键款，很简单', expect: 'recommend-early' },
          { reply: '那买3L智能款吧，可以用手机App远程控制，您在上海也能帮他们煮', expect: 'trap-smart' },
          { reply: '放心，我们的电饭煲是全自动的，放好米就行。请问平时几个人吃饭？', expect: 'trap-invented' },
          { reply: '好的亲', expect: 'no-answer' },
        ],
      },
      hints: [
        '注意顾客话里的线索：谁用？他们嫌什么？顺着线索再问一两个问题。',
        '可以追问：“叔叔阿姨平时主要煮饭还是煮粥？几个人吃？面板上的字看得清吗？”',
      ],
      model: '明白了，给叔叔阿姨用，操作一定要简单。想再问一下：他们平时几个人吃饭、主要煮饭还是煮粥呢？阿姨看面板上的字方便吗？',
    },
    reveal: {
      topic: '根据真实需求推荐并说明理由',
      customer: ['就他们两个人吃，我妈早上爱喝粥，最好起床就能喝上。', '她眼神不太好，按键小了看不清。'],
      judge: {
        numerals: true,
        groups: [
          absoluteTrap(),
          {
            id: 'trap-invented',
            when: [{ affirms: INVENTED }],
            feedback: '店里的电饭煲没有这个功能：2L 大按键款是大字面板、实体大按键、一键煮饭煮粥和 12 小时预约。编造功能，顾客收到货会觉得被骗。介绍参数要以右侧商品信息为准。',
            points: 0,
            correctness: 'incorrect',
            misconception: '编造商品没有的功能',
            mood: -1,
          },
          {
            id: 'trap-wrong-features',
            when: [{ containsAny: FIT_MODEL }, { affirms: SMART_ONLY }, { notContains: SETS_SMART_ASIDE }],
            feedback: 'App 远程控制、触控屏、16 种菜单是 3L 智能款的功能，2L 大按键款没有。把别款的功能安到推荐的商品上，顾客收到货会觉得被骗。介绍参数要以右侧商品信息为准。',
            points: 0,
            correctness: 'incorrect',
            misconception: '编造商品没有的功能',
            mood: -1,
          },
          {
            id: 'wrong-hours',
            when: [{ containsAny: FIT_MODEL }, { affirms: ['24小时预约', '预约24小时', '24小时'] }, { notContains: SETS_SMART_ASIDE }],
            feedback: '款式选对了，但参数说错了：2L 大按键款是 12 小时预约，24 小时预约是 3L 智能款的功能。顾客按错的参数下单，收货后会觉得被骗。介绍参数要以右侧商品信息为准。',
            points: 0,
            correctness: 'incorrect',
            misconception: '介绍商品参数有误',
            mood: -1,
          },
          {
            id: 'recommend-smart',
            // Recommending the 3L or 5L model, even while naming the 2L one for comparison.
            when: [{ regex: '(?<!(?:[不别没](?!过)|比起|与其|相比).{0,4})(推荐|建议|选|买|拍)(您|你)?(直接|多花\\d+(?:块|元))?(选|买|入手|上)?(这款|那款)?(3l|3升|智能|5l|5升)' }, { containsAny: FIT_MODEL }],
            feedback: '两位老人吃饭、眼神不好、嫌操作复杂：3L 智能款要用触控屏，5L 款又太大，都不符合她的需求。',
            points: 0,
            correctness: 'incorrect',
            misconception: '推荐的商品与顾客的真实需求不匹配',
            mood: -1,
          },
          {
            id: 'recommend-fit',
            when: [{ containsAny: FIT_MODEL }, { containsAny: [...FOR_TWO, ...MORNING_PORRIDGE, ...EASY_TO_SEE] }, twoOf(FOR_TWO, MORNING_PORRIDGE, EASY_TO_SEE)],
            feedback: '推荐有理有据：把 2L 大按键款的大字面板、一键煮粥、预约功能和“两个人、爱喝粥、眼神不好”一一对应，顾客一听就明白。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'worry',
          },
          {
            id: 'recommend-one-reason',
            when: [{ containsAny: FIT_MODEL }, { containsAny: [...FOR_TWO, ...MORNING_PORRIDGE, ...EASY_TO_SEE] }],
            feedback: '推荐对了，也给了理由，但只对上了顾客的一个需求。她说了三件事：两个人吃、早上想喝粥、眼神不好。把容量、一键煮粥加预约、大字面板和大按键都对应上，推荐才有说服力。',
            points: 1,
            correctness: 'partial',
            misconception: '推荐理由没有覆盖顾客说出的需求',
            mood: 0,
          },
          {
            id: 'recommend-bare',
            when: [{ containsAny: FIT_MODEL }],
            feedback: '选对了款式，但没说理由。把顾客说的需求（两个人、早上喝粥、眼神不好）和商品特点对应起来，推荐才有说服力。',
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
          {
            id: 'wrong-model',
            when: [{ affirms: ['3L', '3升', '5L', '5升', '299', '369', '智能', '触控', '大容量'] }],
            feedback: '两位老人吃饭、眼神不好、嫌操作复杂：3L 智能款要用触控屏，5L 款又太大，都不符合她的需求。',
            points: 0,
            correctness: 'incorrect',
            misconception: '推荐的商品与顾客的真实需求不匹配',
            mood: -1,
          },
          {
            id: 'features-no-model',
            // Describing the right kind of cooker (small, big buttons, porridge on a timer) without naming the model.
            when: [{ containsAny: ['选', '推荐', '建议', '适合', '挑', '买'] }, twoOf([...FOR_TWO, '小容量', '容量小', '小1点'], MORNING_PORRIDGE, [...EASY_TO_SEE, '按键大', '大按键', '大键'])],
            feedback: '挑选的条件说对了，和顾客的需求也对得上，但没有明确推荐哪一款，她还得自己去找。直接告诉她：2L 大按键电饭煲（199 元）正好符合这些条件。',
            points: 1,
            correctness: 'partial',
            misconception: '说了选购条件，却没有明确推荐商品',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '需求已经清楚了：两个人、早上想喝粥、眼神不好。请对照右侧商品信息推荐一款，并说明理由。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '2L 大按键款是够用，不过我更建议您多花 100 块上 3L 智能款，功能全很多，给父母买就别省这点了。', expect: 'recommend-smart' },
          { reply: '我建议直接上 3L 智能电饭煲，299 元，触控屏、16 种菜单，比大按键那款高级多了，老人学学就会。', expect: 'recommend-smart' },
          { reply: '那特别推荐这款2L大按键电饭煲：两个人吃容量刚好；面板字大、按键是实体大按键，阿姨看得清；有一键煮粥和12小时预约，晚上放好米，早上起床就有热粥喝。', expect: 'recommend-fit' },
          { reply: '建议选2L大按键的，两个人用容量刚好，有预约功能，早上就能喝粥', expect: 'recommend-fit' },
          { reply: '那就选2L大按键款吧，晚上预约好，早上起来就有粥喝', expect: 'recommend-one-reason' },
          { reply: '那就拍199那款吧', expect: 'recommend-bare' },
          { reply: '建议选2L大按键款，支持手机App远程控制，您不在家也能操作。', expect: 'trap-wrong-features' },
          { reply: '那就选2L大按键的，两个人够吃，支持24小时预约，早上就有粥。', expect: 'wrong-hours' },
          { reply: '建议买3L智能的，功能比大按键款多，24小时预约也方便。', expect: 'recommend-smart' },
          { reply: '推荐5L的，容量大，来客人也够吃', expect: 'wrong-model' },
          { reply: '建议挑一个容量小点、字大看得清、能预约煮粥的电饭煲。', expect: 'features-no-model' },
          { reply: '推荐2L大按键款，全自动的，不用按键也能煮。', expect: 'trap-invented' },
          { reply: '2L大按键款是最适合老人的最佳选择', expect: 'trap-absolute' },
          { reply: '好的，明白了', expect: 'no-answer' },
        ],
      },
      hints: [
        '把顾客的三个需求（两个人、早上喝粥、眼神不好）和右侧各款电饭煲的特点对一对。',
        '推荐 2L 大按键款：容量适合两个人，大字面板和大按键看得清，一键煮粥加预约，早上起床就有粥喝。',
      ],
      model: '那特别推荐这款 2L 大按键电饭煲：两个人吃容量刚好；面板字大、按键是实体大按键，阿姨看得清；有一键煮粥和 12 小时预约，晚上放好米，早上起床就有热粥喝。',
    },
    worry: {
      topic: '打消最后的顾虑',
      customer: ['听着挺合适的。', '就怕他们收到了还是不会用，我又不在身边……'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'trap-off-platform',
            when: [{ affirms: ['加我微信', '我的微信', '加微信', '微信视频', '我的电话', '打我电话', '我的手机号', '视频通话'] }],
            feedback: '热心是好的，但不能把顾客引到平台外联系。操作视频、使用指导都可以在店铺的聊天窗口里完成，沟通记录也有保障。',
            points: 0,
            correctness: 'incorrect',
            misconception: '用站外联系方式提供服务',
            mood: -1,
          },
          {
            id: 'trap-guarantee',
            when: [{ containsAny: ['包学会', '包教会', '全额退款', '包退'] }],
            feedback: '“保证学会”“学不会就退款”是做不到的承诺，也不是店铺的售后规则。给出店铺真有的帮助：大字说明书、操作视频、收货后随时在聊天窗口指导。',
            points: 0,
            correctness: 'incorrect',
            misconception: '用做不到的保证代替具体帮助',
            mood: -1,
          },
          {
            id: 'concrete-help',
            when: [{ containsAny: [...GUIDE_BOOK, ...VIDEO, ...FOLLOW_UP] }, twoOf(GUIDE_BOOK, VIDEO, FOLLOW_UP)],
            feedback: '顾虑打消得很具体：大字说明书、操作视频、收货后随时在店铺聊天窗口指导，顾客知道“有人管”，自然放心下单。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'deal',
          },
          {
            id: 'one-help',
            when: [{ containsAny: [...GUIDE_BOOK, ...VIDEO, ...FOLLOW_UP] }],
            feedback: '给出了一项具体帮助，方向对了。再多给一两样：随货的大字版说明书、操作视频、收货后随时在店铺聊天窗口指导，顾客才真正放心。',
            points: 1,
            correctness: 'partial',
            misconception: '帮助办法给得不够',
            mood: 0,
          },
          {
            id: 'reassure-only',
            when: [{ containsAny: ['简单', '一键', '放心', '容易', '好用', '大字', '大按键', '无理由'] }],
            feedback: '安慰了顾客，但“很简单、放心吧”还不够。给出具体的帮助：大字说明书、操作视频、收货后随时在聊天窗口指导。',
            points: 1,
            correctness: 'partial',
            misconception: '只用空话安慰，没有给出具体办法',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客担心父母不会用。请给出具体的帮助办法，让她知道收货后也有人管。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '您放心，随货有大字版说明书；我还可以把操作视频发给您，您转给叔叔阿姨看。收到货后有任何不会用的，随时在店铺聊天窗口找我们，客服一步步指导。', expect: 'concrete-help' },
          { reply: '我们有操作视频，收到后随时联系客服就行', expect: 'concrete-help' },
          { reply: '我把操作视频发您，您转给叔叔阿姨看看', expect: 'one-help' },
          { reply: '放心吧，一键就能煮，很简单的', expect: 'reassure-only' },
          { reply: '没事，加我微信，我视频教他们', expect: 'trap-off-platform' },
          { reply: '包学会的，学不会给您全额退款', expect: 'trap-guarantee' },
          { reply: '嗯嗯', expect: 'no-answer' },
        ],
      },
      hints: [
        '顾客担心的是“收到后没人教”。店铺能提供哪些具体的帮助？右侧信息里有答案。',
        '可以说：随货附大字版说明书，客服可以发操作视频，收货后随时在店铺聊天窗口指导使用。',
      ],
      model: '您放心，随货附大字版说明书；我还可以把操作视频发给您，您转给叔叔阿姨看。收到货后有任何不会用的，随时在店铺聊天窗口找我们，客服一步步指导。',
    },
    deal: {
      end: '成交',
      customer: ['你问得这么细，比我自己想得还周到。', '就这款了，我现在下单，地址填老家的。'],
      summary: '你没有急着推荐，而是一步步提问，从“想买个电饭煲”挖出“两位老人、爱喝粥、眼神不好、怕复杂”的真实需求，推荐对路，又给出具体帮助，顾客放心成交。',
    },
    lost: {
      end: '流失',
      customer: ['要用手机操作？我妈肯定弄不来。', '算了，我回头带她去超市看看吧。'],
      summary: '顾客已经说了“妈妈嫌复杂”，你却推荐功能最多、要用手机操作的智能款，没听出她的隐性需求，顾客失去了信任。',
    },
  },
} satisfies ScenarioInput;

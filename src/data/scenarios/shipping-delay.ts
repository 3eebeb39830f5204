import type { ScenarioInput } from '../../schemas/scenario.ts';

/** Words right before 您 that make it no demand on the customer: 不用您补差价, 我帮您联系快递. */
const NOT_ON_CUSTOMER = '(?<!不用|无需|不需要|不必|不要|不让|不会让|用不着|别让|帮|替|给|为)';
const CUSTOMER = '(?:您|你|顾客|买家)';
/** The customer is asked to pay the postage or a difference: 您补一下差价, 运费需要您承担, 要加钱. */
const CHARGES_CUSTOMER = [
  `${NOT_ON_CUSTOMER}${CUSTOMER}(?:来|先|自己|得|需要|要|再)?(?:补|出|付|承担|掏|加)(?:一下|个|点)?(?:差价|运费|邮费|钱)`,
  `(?:差价|运费|邮费)(?:的话)?(?:得|需要|要|就|由|还得|还要)?${CUSTOMER}(?:来|先|自己|得|需要|要)?(?:补|出|付|承担|掏)`,
  '(?<!不)(?:需要|要|得|请)(?:您|你)?(?:补|加)(?:一下|个|点)?(?:差价|运费|邮费|钱)',
].join('|');
/** The customer is sent to the courier himself: 您直接联系快递, 您可以投诉中通. */
const SENDS_TO_CARRIER = `${NOT_ON_CUSTOMER}${CUSTOMER}(?:就|也|可以|直接|自己|再|去|先|得|需要|要){0,3}(?:联系|找|打给|打|问问|问|投诉|催)(?:一下|下)?(?:快递|中通|物流|派送|网点)`;

/**
 * What the shop will do if the parcel still does not come, and the promise to keep following it. Read
 * both as stated (affirms: 周五没到就补发 offers a resend, 没法补发 does not) and as keywords (实在不行给您补发).
 */
const PLAN = ['补发', '重新发', '再发', '退款', '退货退款', '顺丰', '加急'];
/** Where the parcel is: the hub in Zhengzhou. */
const WHERE = ['郑州', '转运', '中转', '滞留', '中通'];

/** When it should come. */
const ETA = ['预计', '48小时', '2天', '明天', '后天', '周五', '之前', '左右'];

/** What the shop has done: urged the courier, who has put it on priority. */
const URGED = ['催件', '已催', '催过', '催了', '催促', '加急', '联系了快递', '联系了中通', '联系过快递', '联系过中通', '已联系', '刚联系', '我联系', '问了中通', '问过中通'];

/** Handing the tracking to the customer himself. */
const SELF_CHECK = ['自己查', '自己去查', '自己问', '自己去问', '自己联系', '自己打电话', '自己去中通', '自己去官网', '官网查', '自己看物流'];

/**
 * The courier's answer moved earlier or later: 48 小时 from Wednesday is Friday, not 明天; the courier named no morning and
 * no 下周一. Shared by the states that give the time.
 */
const trapWrongEta = {
  id: 'trap-wrong-eta',
  when: [{ regex: '48\\s*(?:个)?小时[^。！？]{0,6}?(?:也就是|就是|相当于|算下来|差不多|大概|即)[^。！？]{0,4}?明天|(?:说|答应|回复)(?:了)?(?:最晚)?明天(?:上午|下午|中午|晚上|一早)?(?:就|会|能)?(?:派送|送到|能到|到货|送达)|最晚下周|72\\s*(?:个)?小时(?:内|之内|以内)[^，。]{0,6}?(?:派送|送到|能到)|(?<![况的])下周[一二三四五六日天]?(?:前|之前)?[^，。]{0,4}?(?:派送|送到|能到)' }],
  feedback: '送达时间说错了：中通回复的是 48 小时内派送，今天周三，最晚是周五，不是“明天”，也没说“明天上午”或“下周一”。时间说早了，到时没到顾客更生气；说晚了，又让他白白着急。请照中通的原话说“预计 48 小时内派送”。',
  points: 0,
  correctness: 'incorrect' as const,
  misconception: '说错预计送达时间',
  mood: -1,
};

const FOLLOW = ['跟进', '跟踪', '盯着', '盯物流', '关注', '留意', '通知', '告诉您', '联系您', '同步', '第一时间', '回复您', '每天', '天天', '有消息', '有进展', '有更新', '催'];

/** 6.3 物流异常: a parcel stuck at a hub and an angry customer; apologise, check, give a time, follow up. */
export const scenario = {
  id: 'shipping-delay',
  title: '物流异常：包裹三天没动了',
  module: 6,
  lesson: '6.3',
  kind: 'shipping',
  brief:
    '孙先生的包裹在转运中心停了三天，他很着急，语气很冲。请你先道歉安抚，再查询物流、说清包裹在哪、预计何时送达，给出备选方案并承诺跟进。首问负责：不要让顾客自己去找快递。',
  persona: {
    name: '孙先生',
    type: '急躁型',
    mood: -1,
    description: '大学生，周六返校要用，物流几天不动，已经很不耐烦。',
    color: '#9c2f2f',
  },
  product: {
    name: '暖居优品1.2L多功能电煮锅',
    price: 119,
    specs: ['1.2 升', '煮面、火锅、蒸蛋一锅多用', '双档火力', '一年质保'],
  },
  facts: [
    '订单上周五付款，当天由中通发出，运单号 73120000004567；收货地：河南洛阳（教学示例）',
    '物流轨迹：3 天前到达中通郑州转运中心后一直没有更新；今天是星期三（教学示例）',
    '已联系中通催件：对方回复包裹在郑州转运中心滞留，已加急，预计 48 小时内派送（教学示例）',
    '店铺规定：物流超过 72 小时未更新要主动催件；催件后两天仍无进展，可用顺丰为顾客补发或办理退款，运费由店铺承担（教学示例）',
    '首问负责制：谁先接到顾客的问题，谁就跟进到底',
  ],
  start: 'angry',
  requirements: ['m6.know.carriers', 'm6.skill.tracking', 'm6.attitude.careful', 'm6.attitude.teamwork'],
  states: {
    angry: {
      topic: '道歉安抚，主动查询',
      customer: ['你们怎么回事？？电煮锅买了五天还没到！', '物流三天都没动了，是不是丢了？'],
      judge: {
        groups: [
          {
            id: 'trap-blame-carrier',
            when: [{ affirms: ['快递的问题', '快递的事', '快递那边的问题', '找快递问', '问快递吧', '找快递吧', '自己查', '自己去查', '自己问', '自己去问', '自己联系', '自己打电话', '不是我们的', '跟我们没关系', '与我们无关', '不关我们', '慢是正常', '慢很正常', '延迟是正常', '正常现象'] }],
            feedback: '顾客是在我们店买的东西，物流再慢也要由我们来跟进（首问负责制）。让顾客自己找快递，只会让他更生气。',
            points: 0,
            correctness: 'incorrect',
            misconception: '推卸责任，让顾客自己去找快递',
            mood: -2,
            next: 'complaint',
          },
          {
            id: 'trap-conclude',
            when: [{ affirms: ['肯定没丢', '一定没丢', '绝对没丢', '肯定不会丢', '绝对不会丢', '一定不会丢', '明天就到', '明天肯定到', '肯定能到', '一定能到', '保证能到'] }],
            feedback: '还没查物流就下结论、许诺到货时间，万一说错顾客会更生气。先道歉安抚，再说“我马上帮您核实物流”，查清楚了再答复。',
            points: 0,
            correctness: 'incorrect',
            misconception: '没有查询就下结论、承诺到货',
            mood: -1,
          },
          {
            id: 'asks-order-number',
            when: [
              { containsAny: ['抱歉', '对不起', '对不住', '不好意思', '理解', '着急', '久等', 'sorry', '等这么久', '等了这么久'] },
              { regex: '(?:麻烦|请|劳烦|您|你)(?:您|你)?(?:把|先|再)?(?:提供|发|报|告诉|给)(?:我|一下|下|我一下)?(?:您的|你的)?(?:订单号|单号|运单号|订单编号|快递单号|手机号)|(?:订单号|单号|运单号|订单编号)(?:发|给|告诉|报)(?:给)?(?:我|一下)|(?:订单号|单号|运单号)(?:是多少|多少)' },
            ],
            feedback: '道歉并准备去查，方向对了。但订单和物流信息在后台就能直接查到，不必让正在气头上的顾客再报订单号；直接说“我马上帮您核实物流”，他会更快平静下来。',
            points: 1,
            correctness: 'partial',
            misconception: '让着急的顾客提供后台能直接查到的订单信息',
            mood: 0,
          },
          {
            id: 'apologise-and-check',
            when: [{ containsAll: [['抱歉', '对不起', '对不住', '不好意思', '理解', '着急', '久等', 'sorry', '等这么久', '等了这么久'], ['查', '核实', '看一下', '看看', '联系', '跟进', '催', '订单号', '单号']] }],
            feedback: '先道歉安抚，再主动去查，急躁的顾客听到“我马上帮您查”就会先平静下来。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'tracking',
          },
          {
            id: 'apology-only',
            when: [{ containsAny: ['抱歉', '对不起', '对不住', '不好意思', '理解', '着急', '久等', 'sorry', '等这么久', '等了这么久'] }],
            feedback: '道歉很及时。再加一句“我马上帮您查一下物流”，让顾客知道你在行动。',
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
          {
            id: 'check-only',
            when: [{ containsAny: ['查', '核实', '看一下', '看看', '联系', '跟进', '催', '订单号', '单号'] }],
            feedback: '主动去查很好，但顾客正在气头上，先说一句“抱歉让您久等了”再查，效果好得多。',
            points: 1,
            correctness: 'partial',
            misconception: '没有先安抚顾客的情绪',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客很着急。先道歉、表示理解，再告诉他你马上去查物流。',
          points: 0,
          correctness: 'incorrect',
          mood: -1,
        },
        samples: [
          { reply: '亲亲，真的sorry让你等这么久，换我也会急死！先别慌，我这就去帮你查物流～', expect: 'apologise-and-check' },
          { reply: '非常抱歉让您久等了！您别着急，我马上帮您查一下物流情况～', expect: 'apologise-and-check' },
          { reply: '不好意思亲，让您久等了', expect: 'apology-only' },
          { reply: '对不起让您着急了，请把您的订单号发我，我这边去查。', expect: 'asks-order-number' },
          { reply: '我看一下', expect: 'check-only' },
          { reply: '这是快递的问题，跟我们没关系', expect: 'trap-blame-carrier' },
          { reply: '您放心，包裹肯定不会丢的，很快就到', expect: 'trap-conclude' },
          { reply: '在的', expect: 'no-answer' },
        ],
      },
      hints: [
        '顾客在气头上：先处理情绪，再处理事情。',
        '先道歉并表示理解（让您久等了，换作是我也会着急），再说“我马上帮您核实物流”。',
      ],
      model: '非常抱歉让您久等了，换作是我也会着急！您别担心，我马上帮您核实一下物流情况。',
    },
    tracking: {
      topic: '说清包裹位置和预计送达时间',
      customer: ['那你倒是说说，现在到底在哪？', '我周六要带去学校用的！'],
      judge: {
        numerals: true,
        groups: [
          trapWrongEta,
          {
            id: 'trap-overpromise',
            when: [{ affirms: ['保证周六', '保证能到', '肯定能到', '一定能到', '一定送到', '保证送到', '百分百'] }],
            feedback: '快递什么时候派送，客服说了不算。“保证周六前到”一旦做不到，顾客会更生气。说查询结果和“预计”时间，再给备选方案。',
            points: 0,
            correctness: 'incorrect',
            misconception: '对控制不了的送达时间做绝对承诺',
            mood: -1,
          },
          {
            id: 'trap-self-check',
            when: [{ affirms: SELF_CHECK }],
            feedback: '首问负责：顾客的问题由你跟进到底。把单号丢给顾客让他自己去查，他只会更生气。把你查到的位置和预计送达时间告诉他。',
            points: 0,
            correctness: 'incorrect',
            misconception: '把查物流推给顾客自己去做',
            mood: -2,
            next: 'complaint',
          },
          {
            id: 'status-and-eta',
            when: [{ containsAll: [WHERE, ETA, URGED] }],
            feedback: '回答具体又可信：包裹在哪、已经做了什么（催件）、预计什么时候到，顾客心里就有底了。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'follow-up',
          },
          {
            id: 'status-eta-no-urge',
            when: [{ containsAll: [WHERE, ETA] }],
            feedback: '说了包裹在哪、什么时候能到。但顾客会想：店铺为这件事做了什么？告诉他你已经联系中通催件、对方已加急处理，他才相信这个时间是查出来的。',
            points: 1,
            correctness: 'partial',
            misconception: '没有说明已经催件，时间说得含糊',
            mood: 0,
          },
          {
            id: 'status-only',
            when: [{ containsAny: ['郑州', '转运', '中转', '滞留'] }],
            feedback: '说清了包裹在哪。顾客最关心“周六前能不能到”，请补上预计送达时间。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客的全部问题',
            mood: 0,
          },
          {
            id: 'urged-only',
            when: [{ containsAny: URGED }],
            feedback: '已经催件，做得对。再把查到的结果说具体：包裹现在在哪（中通郑州转运中心），快递回复预计多久派送（48 小时内），顾客才心里有底。',
            points: 1,
            correctness: 'partial',
            misconception: '没有说清包裹位置和预计送达时间',
            mood: 0,
          },
          {
            id: 'vague',
            // With the courier's estimate (48 小时) it is a curt time, not an empty one: eta-only.
            when: [{ affirms: ['很快', '快了', '马上就到', '应该快到', '再等等', '耐心等'] }, { notContains: ['预计', '48小时', '2天', '周五'] }],
            feedback: '“很快就到”太空泛，顾客听了更着急。把查到的位置和预计送达时间告诉他。',
            points: 0,
            correctness: 'incorrect',
            misconception: '空泛安慰，没有查询结果和预计时间',
            mood: -1,
          },
          {
            id: 'eta-only',
            when: [{ containsAny: ['预计', '48小时', '2天', '两天', '周五'] }],
            feedback: '给了预计时间。但顾客先问的是“现在到底在哪”：告诉他包裹滞留在中通郑州转运中心，你已经联系快递催件，他才相信这个时间是查出来的。',
            points: 1,
            correctness: 'partial',
            misconception: '没有说清包裹在哪、做了什么',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '对照右侧的物流信息：包裹在哪里？快递回复预计多久派送？',
          points: 0,
          correctness: 'incorrect',
          mood: -1,
        },
        samples: [
          { reply: '亲，刚查过了，包裹目前滞留在中通郑州转运中心，我已经联系快递催件，对方回复预计48小时内派送，也就是周五前能送到～', expect: 'status-and-eta' },
          { reply: '包裹在中通郑州转运中心，我已经催过件了，快递那边说明天上午就派送。', expect: 'trap-wrong-eta' },
          { reply: '查到了：包裹滞留在中通郑州转运中心，我已经催件，对方回复48小时内派送，正常情况下周五前能到。', expect: 'status-and-eta' },
          { reply: '包裹现在在郑州转运中心', expect: 'status-only' },
          { reply: '包裹停在郑州转运中心，预计后天能送到。', expect: 'status-eta-no-urge' },
          { reply: '快递那边回复，预计48小时内给您派送。', expect: 'eta-only' },
          { reply: '我这边已经帮您催促快递了，请您放心', expect: 'urged-only' },
          { reply: '单号发您了，您自己去官网查一下吧', expect: 'trap-self-check' },
          { reply: '应该快到了，您再等等', expect: 'vague' },
          { reply: '放心，保证周六前送到！', expect: 'trap-overpromise' },
          { reply: '嗯', expect: 'no-answer' },
        ],
      },
      hints: [
        '把查询结果具体地告诉顾客：包裹在哪，你做了什么，预计什么时候到。',
        '可以说：包裹滞留在中通郑州转运中心，已联系快递催件，对方回复预计 48 小时内派送。不要说“保证周六前到”。',
      ],
      model: '亲，刚帮您查过了：包裹目前滞留在中通郑州转运中心，我已经联系快递催件，对方回复预计 48 小时内派送，一般周五前就能送到您手上。',
    },
    'follow-up': {
      topic: '给出备选方案并承诺跟进',
      customer: ['48 小时是吧……', '要是周六前还到不了怎么办？'],
      judge: {
        groups: [
          {
            id: 'trap-blame-customer',
            when: [{ affirms: ['谁让您', '谁让你', '您应该早点', '你应该早点', '怪您', '怪你'] }],
            feedback: '物流慢不是顾客的错，把问题推给顾客只会激化矛盾。',
            points: 0,
            correctness: 'incorrect',
            misconception: '把物流延误归咎于顾客',
            mood: -2,
            next: 'complaint',
          },
          {
            id: 'only-wait',
            // 周六前能不能到我没办法打包票: a hedge on the date, not giving up.
            when: [{ affirms: ['只能等', '等着吧', '没办法', '听天由命'] }, { notContains: ['没办法打包票', '没办法保证', '没办法确定', '没办法承诺', '没办法百分百'] }],
            feedback: '“只能等”等于没有方案。按店铺规定可以补发或退款，还要承诺每天帮他跟进。',
            points: 0,
            correctness: 'incorrect',
            misconception: '只让顾客等，没有备选方案',
            mood: -1,
          },
          {
            id: 'trap-overpromise',
            when: [{ affirms: ['肯定能到', '一定能到', '保证能到', '肯定到', '一定到', '保证到', '放一百个心'] }],
            feedback: '快递什么时候派送，客服说了不算。“肯定能到”做不到就会变成投诉；顾客问的是万一到不了怎么办，要给出补发或退款的方案。',
            points: 0,
            correctness: 'incorrect',
            misconception: '用做不到的承诺代替备选方案',
            mood: -1,
          },
          {
            id: 'trap-off-platform',
            when: [{ containsAny: ['微信转', '支付宝转', '私下转', '私下退', '转您微信', '转您支付宝', '不用走平台', '不走平台'] }],
            feedback: '补发、退款都要通过平台办理。私下转账绕开了平台，顾客和店铺都没有保障，也违反平台规则。',
            points: 0,
            correctness: 'incorrect',
            misconception: '绕开平台私下退款',
            mood: -1,
          },
          {
            id: 'trap-charge-freight',
            when: [{ regex: CHARGES_CUSTOMER }],
            feedback: '店铺规定：催件后仍没进展，用顺丰补发或退款，运费都由店铺承担。物流延误不是顾客的错，让他补运费或差价既违反规定，也会激化矛盾。',
            points: 0,
            correctness: 'incorrect',
            misconception: '让顾客承担补发的运费',
            mood: -1,
          },
          {
            id: 'trap-push-to-carrier',
            when: [{ regex: SENDS_TO_CARRIER }],
            feedback: '首问负责：这件事由你跟进到底，补发或退款也由店铺来办。让顾客自己去找快递，等于把问题推了回去。',
            points: 0,
            correctness: 'incorrect',
            misconception: '推卸责任，让顾客自己去找快递',
            mood: -1,
          },
          {
            id: 'plan-and-follow',
            when: [{ affirms: PLAN }, { affirms: FOLLOW }],
            feedback: '有方案、有跟进：顾客知道最坏情况也有人兜底，情绪自然就缓和了。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'closing',
          },
          {
            id: 'plan-only',
            when: [{ containsAny: [...PLAN, ...FOLLOW] }],
            feedback: '给了一部分答复。完整的说法是：我每天帮您跟进物流；如果周五还没派送，就用顺丰补发或退款。',
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客在问最坏的情况怎么办。对照店铺规定，给出补发或退款的方案，并承诺跟进。',
          points: 0,
          correctness: 'incorrect',
          mood: -1,
        },
        samples: [
          { reply: '亲，我每天都会帮您跟踪物流，有更新第一时间通知您。如果周五还没有派送，我们马上用顺丰为您补发一件，尽量不耽误您周六使用。', expect: 'plan-and-follow' },
          { reply: '周五没到就给您补发，物流我天天帮您盯着', expect: 'plan-and-follow' },
          { reply: '实在不行给您退款，有消息我第一时间联系您', expect: 'plan-and-follow' },
          { reply: '实在不行给您补发', expect: 'plan-only' },
          { reply: '那也没办法，只能等了', expect: 'only-wait' },
          { reply: '谁让您不早点买呢', expect: 'trap-blame-customer' },
          { reply: '您放心，周六前肯定能到的', expect: 'trap-overpromise' },
          { reply: '要是到不了，我用支付宝转您货款就行', expect: 'trap-off-platform' },
          { reply: '到不了可以给您换顺丰补发，顺丰贵一些，差价得您补一下', expect: 'trap-charge-freight' },
          { reply: '周六前还没到的话，您就直接联系快递投诉吧', expect: 'trap-push-to-carrier' },
          { reply: '好的', expect: 'no-answer' },
        ],
      },
      hints: [
        '看看右侧的店铺规定：催件后仍没进展，可以为顾客做什么？',
        '两件事都要说：我每天帮您跟进物流、有更新第一时间通知；如果周五还没派送，就用顺丰补发或办理退款。',
      ],
      model: '亲，您放心，我每天都会帮您跟踪物流，有更新第一时间通知您。如果周五还没有派送，我们马上用顺丰为您补发一件，运费由我们承担，尽量不耽误您周六使用。',
    },
    closing: {
      topic: '礼貌结束并承诺跟进',
      customer: ['行吧，那你盯着点。', '有消息马上告诉我。'],
      judge: {
        groups: [
          {
            id: 'trap-impatient',
            when: [{ affirms: ['知道了知道了', '行了行了', '别催了', '催什么', '别再问'] }],
            feedback: '这是烦躁语。顾客刚刚平静下来，一句不耐烦的话就会前功尽弃。',
            points: 0,
            correctness: 'incorrect',
            misconception: '使用不耐烦的烦躁语',
            mood: -2,
            next: 'complaint',
          },
          {
            id: 'trap-ask-review',
            when: [{ affirms: ['好评', '五星', '晒图', '追评'] }],
            feedback: '包裹还没到、顾客刚刚平静下来，这时索要好评很不合时宜。结束语只需感谢顾客的理解，并承诺有消息第一时间告诉他。',
            points: 0,
            correctness: 'incorrect',
            misconception: '问题还没解决就索要好评',
            mood: -1,
          },
          trapWrongEta,
          {
            id: 'trap-hand-off',
            // 首问负责制 in the panel: the agent who took the question follows it to the end, days off or not.
            when: [{ regex: '(?:交接|交给|转给|转交)[^，。]{0,6}?(?:同事|夜班|晚班|别人|其他客服)|轮休|休息(?:两|几|一)天|(?:其他|别的|在线的?)(?:的)?同事|同事(?:接着|来)?(?:跟进|接手)|售后组|(?:找|问)[^，。]{0,8}?同事就(?:行|好|可以)' }],
            feedback: '顾客刚说“你盯着点”。按首问负责制，谁先接到问题谁跟到底：不要把这单交给同事、让他再找别人说一遍。承诺由你盯着物流，有消息第一时间告诉他。',
            points: 0,
            correctness: 'incorrect',
            misconception: '把跟进交给别人，没有首问负责',
            mood: -1,
          },
          {
            id: 'trap-self-check',
            // Checking himself as well as the agent's follow-up is fine; instead of it is not.
            when: [{ affirms: SELF_CHECK }, { notContains: ['盯着', '跟进', '第一时间', '告诉您', '通知'] }],
            feedback: '顾客刚说“你盯着点”，又让他自己去查，等于把跟进推了回去。首问负责：承诺由你盯着物流，有消息第一时间告诉他。',
            points: 0,
            correctness: 'incorrect',
            misconception: '把跟进推给顾客自己去做',
            mood: -1,
          },
          {
            id: 'close-well',
            when: [{ containsAll: [['感谢', '谢谢', '多谢', '抱歉', '不好意思', '对不起', '理解', '体谅', '耐心'], ['第一时间', '通知', '告诉您', '联系您', '跟进', '随时', '盯着', '发消息', '留意', '每天都会看', '秒回']] }],
            feedback: '结束得很好：感谢顾客的理解，再次承诺跟进，顾客带着放心结束对话。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'resolved',
          },
          {
            id: 'thanks-only',
            when: [{ containsAny: ['感谢', '谢谢', '抱歉', '理解', '耐心'] }],
            feedback: '感谢了顾客，语气很好。顾客刚说“有消息马上告诉我”，再承诺一句“物流一有更新，我第一时间告诉您”，他才放心。',
            points: 1,
            correctness: 'partial',
            misconception: '结束时没有承诺跟进',
            mood: 0,
          },
          {
            id: 'promise-only',
            when: [{ containsAny: ['第一时间', '通知', '告诉您', '联系您', '跟进', '随时', '盯着'] }],
            feedback: '承诺了跟进，很好。顾客一路等得着急，再加一句感谢他的理解和耐心，结束得更有温度。',
            points: 1,
            correctness: 'partial',
            misconception: '结束时没有感谢顾客',
            mood: 0,
          },
          {
            id: 'close-short',
            when: [{ containsAny: ['好的', '收到', '明白', '可以', '嗯'] }],
            feedback: '回应了，但太简短。加上感谢和“有消息第一时间告诉您”，顾客会更放心。',
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '用结束语收尾：感谢顾客的理解，承诺有消息第一时间告诉他。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '好的亲，感谢您的理解和耐心！物流有任何更新我都会第一时间告诉您，再次为给您带来的不便说声抱歉。', expect: 'close-well' },
          { reply: '好的，感谢您的耐心！我这两天轮休，后面就交给同事跟进了，有消息她会联系您的。', expect: 'trap-hand-off' },
          { reply: '好的，感谢您的理解！后面物流的事您直接找我们售后组的同事就行，他们专门负责跟进。', expect: 'trap-hand-off' },
          { reply: '好的孙先生，感谢您的理解！48小时也就是到明天这个时候，物流一有更新我第一时间告诉您。', expect: 'trap-wrong-eta' },
          { reply: '好的，感谢您的耐心！物流一有更新我第一时间告诉您，按快递说的72小时内应该就派送了。', expect: 'trap-wrong-eta' },
          { reply: '好的，谢谢您的理解～', expect: 'thanks-only' },
          { reply: '好的，有消息我第一时间通知您', expect: 'promise-only' },
          { reply: '好的', expect: 'close-short' },
          { reply: '到货后记得给个好评呀', expect: 'trap-ask-review' },
          { reply: '知道了知道了，别催了', expect: 'trap-impatient' },
          { reply: '收到，单号发您了，您自己查一下更方便', expect: 'trap-self-check' },
          { reply: '那个', expect: 'no-answer' },
        ],
      },
      hints: [
        '结束语要让顾客放心：感谢 + 承诺跟进。',
        '例如：感谢您的理解和耐心，物流一有更新我第一时间告诉您，再次为耽误您的时间说声抱歉。',
      ],
      model: '好的，感谢您的理解和耐心！物流一有更新我会第一时间告诉您，再次为耽误您的时间说声抱歉。',
    },
    resolved: {
      end: '解决',
      customer: ['行，那我等你消息。'],
      summary: '你先安抚情绪，再查清物流、给出预计时间和备选方案，并承诺跟进到底，急躁的顾客平静下来，问题得到解决。',
    },
    complaint: {
      end: '投诉',
      customer: ['什么态度！我要投诉你们！'],
      summary: '推卸责任、怪罪顾客或不耐烦的话让本来就着急的顾客彻底失去耐心，事情升级成了投诉。',
    },
  },
} satisfies ScenarioInput;

import type { ScenarioInput } from '../../schemas/scenario.ts';
import { absoluteTrap, SHOP_FACTS } from './shared.ts';

/** How a question about the need names it: how many people, and what they want to cook (words that ask by themselves). */
const PEOPLE = ['几个人', '几口', '几位', '多少人', '人数'];
const FOOD = ['做什么', '做些什么', '做点什么', '做哪些', '平时做', '主要做', '想做', '用它做', '用途', '做啥', '什么菜', '吃什么', '什么吃的', '哪些吃的', '用来做', '做点啥', '吃啥', '啥吃的'];

/** The food named in the question (FOOD, or what the customer might cook): the other half of the need. */
const FOOD_ASK = [...FOOD, '炸些', '炸什么', '炸点', '炸啥', '鸡翅', '薯条', '红薯', '制作', '哪些食物', '什么食物'];
/** Asking about the people who will use it: the key to the size (3 L suits 1–2 people, 4.5 L suits 3–5). */
const PEOPLE_ASK = [...PEOPLE, '几口人', '几人', '一个人用', '全家用', '家里人', '谁用', '自己用', '全家一起', '一家人'];
/** Words that ask about the people by themselves, even without a question mark (人数 only names the need). */
const PEOPLE_QUESTION = ['几个人', '几口', '几位', '多少人', '几人', '谁用'];
/** Asking for the need as a bare instruction (请说一下人数和用途): the point is there, the tone is an order. */
const TELL_ME = ['说一下', '说下', '说说', '告诉', '提供', '发一下', '讲一下', '报一下', '写一下'];
/** What turns such an instruction into a service question: a greeting, 方便/麻烦, a friendly particle, or why you ask. */
const SERVICE_TONE = ['您好', '你好', '方便', '麻烦', '请问', '帮您', '为您', '给您', '呀', '呢', '吗', '哦', '哈', '谢谢'];

/** The accessories are sold (吸油纸 9.9 元, 烤垫 19.9 元), never given away: offering them free invents a promotion. */
const FAKE_GIFT = ['送硅胶', '送烤垫', '送吸油纸', '送油纸', '送您硅胶', '送您烤垫', '送您吸油纸', '送你烤垫', '送你吸油纸', '赠硅胶', '赠烤垫', '赠吸油纸', '赠送硅胶', '赠送烤垫', '赠送吸油纸', '免费送'];

/** A trap group for any state: an invented gift. */
/** A whole chicken, where the card says whole chicken wings (整只鸡翅根): the basket's size overstated. */
const wholeChicken = () => ({
  id: 'trap-whole-chicken',
  when: [{ regex: '整只(?:小|童子|烤)?鸡(?!翅)|全鸡|烤整鸡' }],
  feedback: '容量说大了：资料写的是 4.5 升炸篮“可放下整只鸡翅根和中等大小的红薯”，不是整只鸡。夸大容量，顾客买回去放不下，会觉得被骗。请照商品卡说。',
  points: 0,
  correctness: 'incorrect' as const,
  misconception: '夸大商品容量',
  mood: -1,
});

const fakeGift = () => ({
  id: 'trap-fake-gift',
  when: [{ affirms: FAKE_GIFT }],
  feedback: '店铺没有送配件的活动：专用吸油纸 9.9 元、硅胶烤垫 19.9 元都要单独购买。编造赠品，顾客下单后发现没有，就会投诉。只说店铺真实的活动（满 199 减 20）。',
  points: 0,
  correctness: 'incorrect' as const,
  misconception: '编造赠品活动',
  mood: -1,
});

/** The 4.5 L model. A pattern, so a price typed right before it (3升199，4.5升259) does not hide it. */
const BIG = '4\\.5|4点5|大号|大容量';
/** A recommendation: a word that picks one, or a reply that names only the big one (both sizes with prices is a comparison). */
const PICKS = '推荐|建议|选|买|拍|入手|合适|适合|就它|就要|那就|刚刚好|^(?!.*(3升|3l))';

/**
 * A money amount in the normalised text that is not `price`: a number with 元/块 (not 9块9), or a decimal
 * that is no size or temperature (4.5升 is not a price). 9.9 is not read inside 19.9; 100张 is no price.
 */
const otherPrice = (price: string) =>
  `(?<![0-9.])(?!${price.replace('.', '\\.')}(?![0-9]))(?:[0-9]+(?:\\.[0-9]+)?(?:元|块)(?![0-9])|[0-9]+\\.[0-9]+(?![0-9]|升|l|人|度|℃|寸|斤|米|cm|kg))`;
/** An accessory named, then within a few characters a price that is not its own (the next accessory's name, or 或者 / 还有 before it, ends the reach). */
const wrongPrice = (name: string, price: string, other: string) => `${name}(?:(?!${other}|或者|还有|以及|另外)[^]){0,8}?${otherPrice(price)}`;
/** The 4.5 L model named, then its price said otherwise (4.5升的这款239元): what stops the reach is another model, an add-on or a sum. */
const WRONG_BIG_PRICE = `(?:4\\.5|4点5)(?:升|l)(?:(?!259|3升|3l|吸油纸|油纸|烤垫|满|减|凑|加|贵|多|差|便宜|省|券|共|合计|总|到手|实付)[^。！？!?]){0,40}?(?<![0-9.])(?!259(?![0-9]))[0-9]+(?:\\.[0-9]+)?(?:元|块)(?![0-9])`;
const WRONG_ACCESSORY_PRICE = `${wrongPrice('吸油纸', '9.9', '烤垫|硅胶')}|${wrongPrice('烤垫', '19.9', '吸油纸|油纸')}`;

/** Pushing a second air fryer: the customer needs one. */
const trapBoth = {
  id: 'trap-both',
  when: [{ affirms: ['两台', '再买一台', '再买个3', '再来一台', '两款都买', '两个都买'] }],
  feedback: '顾客只需要一台空气炸锅，劝他两台都买是硬推不需要的商品，顾客会觉得你只想多卖。',
  points: 0,
  correctness: 'incorrect' as const,
  misconception: '硬推顾客不需要的商品',
  mood: -1,
};

/** Answering 今天能发吗. */
const SHIP_DAY = ['今天', '当天', '16点', '16:00', '4点'];
/** What the customer pays: 248.9 元 (248块9 when typed in words). */
const PAID = '248(\\.|块|元)9';

/** 4.3 按需推荐与关联推荐: ask the need, recommend the right size, add a related item, price it with 满减. */
export const scenario = {
  id: 'recommend-related',
  title: '按需推荐：空气炸锅与关联商品',
  module: 4,
  lesson: '4.3',
  kind: 'recommend',
  brief:
    '一位犹豫型顾客想买空气炸锅，却拿不定主意选哪个容量。请你先了解需求，再推荐合适的款式，顺势做关联推荐，并用店铺满减活动帮顾客算清价格，促成交易。',
  persona: {
    name: '陈先生',
    type: '犹豫型',
    mood: 0,
    description: '第一次买空气炸锅，问题多，拿不定主意，需要有人帮他做判断。',
    color: '#2d6a4f',
  },
  product: {
    name: '暖居优品4.5L空气炸锅',
    price: 259,
    specs: ['4.5 升炸篮，适合 3～5 人', '80～200℃ 温度可调', '可视窗口', '不粘炸篮可拆洗'],
    promo: '全店满 199 减 20（教学示例）',
  },
  facts: [
    '同款 3L 空气炸锅 199 元，适合 1～2 人（教学示例）',
    '4.5L 空气炸锅 259 元，适合 3～5 人，可放下整只鸡翅根和中等大小的红薯（教学示例）',
    '空气炸锅专用吸油纸 100 张 9.9 元；硅胶烤垫 19.9 元（教学示例）',
    '全店满 199 减 20，下单自动抵扣（教学示例）',
    '首次使用前空烧 5 分钟，可去除新机异味（教学示例）',
    SHOP_FACTS.shipping,
    SHOP_FACTS.sevenDays,
  ],
  start: 'ask-need',
  requirements: ['m4.know.inquiry', 'm4.know.promotion', 'm4.skill.needs', 'm4.skill.handle', 'm4.attitude.passion'],
  states: {
    'ask-need': {
      topic: '先了解顾客需求',
      customer: ['你好，想买个空气炸锅。', '你家有 3 升和 4.5 升的，我拿不准选哪个好。'],
      judge: {
        numerals: true,
        groups: [
          absoluteTrap(),
          {
            id: 'push-expensive',
            when: [{ affirms: ['贵的好', '买贵的', '买大的', '大的好', '越大越好', '闭眼', '直接拍', '直接买', '大的肯定', '大的一定', '大的当然好', '大的更好', '贵的肯定好', '贵的一定好', '买大不买小', '大的总不会错', '大的不会错', '大的准没错', '拍下来吧', '先拍下'] }],
            feedback: '还不知道顾客家几个人、想做什么，就让他买大的、贵的，顾客会觉得你只想多卖钱。先问需求再推荐。',
            points: 0,
            correctness: 'incorrect',
            misconception: '不了解需求就推贵的、大的',
            mood: -1,
          },
          fakeGift(),
          wholeChicken(),
          {
            id: 'ask-need',
            when: [{ containsAny: PEOPLE_ASK }, { act: 'ask' }, { containsAny: FOOD_ASK }],
            feedback: '很好！先问清几个人用、想做什么，推荐才有依据，顾客也会觉得你在替他着想。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'recommend',
          },
          {
            id: 'need-not-asked',
            // 您跟我说说 after naming them asks her all the same (ask-need-request below).
            when: [{ containsAny: ['看您', '看家里', '主要看', '要看', '得看', '取决于', '看情况'] }, { containsAny: [...PEOPLE, ...FOOD] }, { notContains: ['您跟我说', '你跟我说', '跟我说说', '告诉我'] }],
            feedback: '想到了要看人数和用途，但没有真正问顾客。直接问一句“家里平时几个人用、主要想做哪些吃的？”，顾客才会告诉你。',
            points: 1,
            correctness: 'partial',
            misconception: '只提到需求，没有向顾客提问',
            mood: 0,
          },
          {
            id: 'ask-need-direct',
            when: [{ containsAny: PEOPLE_QUESTION }, { containsAny: FOOD_ASK }],
            feedback: '很好！问到了几个人用、想做什么，推荐才有依据，顾客也会觉得你在替他着想。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'recommend',
          },
          {
            id: 'ask-need-curt',
            when: [{ containsAny: ['人数', '用途', '需求'] }, { containsAny: TELL_ME }, { notContains: SERVICE_TONE }],
            feedback: '想到了先了解人数和用途，方向对了，但一句“请说一下”像在下命令，犹豫的顾客会觉得被审问。先问候顾客，再用商量的口气提问，例如“方便问一下家里平时几个人用、主要想做哪些吃的吗？我帮您挑合适的容量”。',
            points: 1,
            correctness: 'partial',
            mannerOnly: true,
            misconception: '提问像下命令，缺少服务的温度',
            mood: 0,
          },
          {
            id: 'ask-need-request',
            when: [{ containsAny: PEOPLE }, { containsAny: TELL_ME }, { containsAny: FOOD_ASK }],
            feedback: '很好！请顾客说说使用人数和想做的吃的，推荐才有依据，顾客也会觉得你在替他着想。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'recommend',
          },
          {
            id: 'ask-people-only',
            when: [{ containsAny: PEOPLE_ASK }],
            feedback: '问到了几个人用，很好。再问一句主要想做哪些吃的（比如鸡翅、红薯），才能判断炸篮要多大。',
            points: 1,
            correctness: 'partial',
            misconception: '没有问想做什么',
            mood: 0,
          },
          {
            id: 'ask-use-only',
            when: [{ containsAny: FOOD }],
            feedback: '问到了顾客想做什么，很好。容量主要看人数，再问一句家里平时几个人用，才能帮他在 3 升和 4.5 升之间选对。',
            points: 1,
            correctness: 'partial',
            misconception: '没有问使用人数',
            mood: 0,
          },
          {
            id: 'explain-only',
            when: [{ containsAny: ['容量', '3升', '3l', '4.5', '大小', '人用', '适合'] }],
            feedback: '介绍了两款的区别，但犹豫型顾客听完参数还是不会选。先问一句“家里几个人用、想做什么”，再帮他决定。',
            points: 1,
            correctness: 'partial',
            misconception: '没有先了解需求就介绍参数',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客拿不定主意。请先了解他的需求：家里几个人用？主要想做什么？',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '这款能放下一整只鸡哦', expect: 'trap-whole-chicken' },
          { reply: '亲，您好！方便问一下家里平时几个人用、主要想做哪些菜吗？我帮您挑合适的容量～', expect: 'ask-need' },
          { reply: '您家里几口人呀？', expect: 'ask-people-only' },
          { reply: '您说一下家里几个人用，平时做什么吃，我帮您挑', expect: 'ask-need-direct' },
          { reply: '选哪款得看家里人数哦', expect: 'need-not-asked' },
          { reply: '请问您平时主要想用它做哪些吃的呀？', expect: 'ask-use-only' },
          { reply: '提供一下人数和需求。', expect: 'ask-need-curt' },
          { reply: '您好，麻烦说一下使用人数和平时想做的菜，我帮您推荐合适的容量', expect: 'ask-need-request' },
          { reply: '下单就赠送烤垫哦，请问家里几个人用？', expect: 'trap-fake-gift' },
          { reply: '3升适合1到2人，4.5升适合3到5人哦', expect: 'explain-only' },
          { reply: '买大的吧，大的好', expect: 'push-expensive' },
          { reply: '亲，在的～您先把 4.5 升的拍下来吧，大的总不会错，拍完再跟我说说家里几口人、爱吃什么。', expect: 'push-expensive' },
          { reply: '4.5升是我们店最好用的，闭眼入', expect: 'trap-absolute' },
          { reply: '在的', expect: 'no-answer' },
        ],
      },
      hints: [
        '推荐之前先了解需求：容量要跟使用人数和想做的食物匹配。',
        '可以问：“方便说一下家里平时几个人用、主要想做哪些吃的吗？我帮您挑合适的容量。”',
      ],
      model: '亲，在的，很高兴为您服务！两款主要是容量不同。方便问一下，家里平时几个人用、主要想做哪些吃的吗？我帮您挑合适的。',
    },
    recommend: {
      topic: '根据需求推荐合适的容量',
      customer: ['我们家三口人。', '孩子爱吃鸡翅和薯条，周末还想烤点红薯。'],
      judge: {
        numerals: true,
        groups: [
          absoluteTrap(),
          fakeGift(),
          wholeChicken(),
          trapBoth,
          {
            id: 'trap-wrong-price',
            when: [{ regex: WRONG_BIG_PRICE }],
            feedback: '价格报错了：4.5 升空气炸锅是 259 元。报价前先核对右侧资料，报错价格顾客下单时会觉得被骗。',
            points: 0,
            correctness: 'incorrect',
            misconception: '推荐时报错商品价格',
            mood: -1,
          },
          {
            id: 'trap-overclaim',
            // 保证好吃、绝对不上火、百分百健康: effects no one can promise; the reasons are the size and the need.
            when: [{ affirms: ['保证', '绝对', '百分百', '百分之百'] }],
            feedback: '“保证”“绝对”“百分百”是夸大宣传，口感、健康这些效果谁也担保不了。推荐的理由要用事实：三口人、爱吃鸡翅，4.5 升一次做够全家的量。',
            points: 0,
            correctness: 'incorrect',
            misconception: '用夸大的承诺代替推荐理由',
            mood: -1,
          },
          {
            id: 'recommend-fit',
            when: [{ regex: BIG }, { regex: PICKS }, { containsAny: ['3口', '3个人', '3人', '鸡翅', '红薯', '一次', '全家', '够用', '够吃', '分批', '家庭', '人多', '一家'] }],
            feedback: '推荐得有理有据：把 4.5 升和“三口人、爱吃鸡翅、想烤红薯”对应起来，顾客一听就明白。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'related',
          },
          {
            id: 'recommend-bare',
            when: [{ regex: BIG }, { regex: PICKS }],
            feedback: '推荐对了，但没说理由。把顾客的需求说回给他听（三口人、爱吃鸡翅），推荐才更有说服力。',
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
          {
            id: 'recommend-small',
            when: [
              { regex: '(选|买|拍|要|推荐|建议|入)(您|你)?(选|买|拍|用|入)?(个|这款)?(3升|3l|小号|小的|小容量)|(3升|3l|小号|小的|小容量)(的)?(就|也|应该|完全)?(够|行|可以|合适|更合适|吧|划算)' },
              { notContains: ['不建议', '不推荐', '不用选', '不要选', '不用买', '不要买'] },
            ],
            feedback: '3 升适合 1～2 人。三口人又要炸鸡翅、烤红薯，3 升要分好几批，用着不方便。',
            points: 0,
            correctness: 'incorrect',
            misconception: '推荐的容量与家庭人数和用途不匹配',
            mood: -1,
          },
          {
            id: 'compare-only',
            when: [{ containsAny: ['3升', '3l', '199', '两款', '两个'] }, { containsAny: ['259', '4升', '5升', '两款', '两个', '预算'] }],
            feedback: '把两款的信息说给了顾客，但犹豫型顾客需要你帮他拿主意。三口人、爱吃鸡翅还想烤红薯，直接推荐 4.5 升，并说出理由。',
            points: 1,
            correctness: 'partial',
            misconception: '只罗列参数，没有给出推荐',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客已经说了需求，请对照右侧商品信息，推荐一款并说明理由。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '这款能放下一整只鸡哦', expect: 'trap-whole-chicken' },
          { reply: '三口之家选4.5升正合适，周末想烤红薯甚至一整只童子鸡都放得下。', expect: 'trap-whole-chicken' },
          { reply: '推荐4.5升的，现在下单还送硅胶烤垫', expect: 'trap-fake-gift' },
          { reply: '亲，三口之家又爱吃鸡翅、薯条，推荐您选4.5升的，炸篮大，一次就能做全家的量，不用分好几批～', expect: 'recommend-fit' },
          { reply: '建议买4.5L的，一次能烤好几个红薯', expect: 'recommend-fit' },
          { reply: '三口人选4.5升的刚好，这款239元，炸篮大，鸡翅一次出一锅', expect: 'trap-wrong-price' },
          { reply: '三口之家建议您选 4.5 升，炸篮大，鸡翅薯条一次就能做够全家的量，红薯也放得下，现在 239 元就能带回家。', expect: 'trap-wrong-price' },
          { reply: '推荐您选4.5升，理由有三点：\n1. 4.5升适合3～5人；\n2. 鸡翅、薯条一次就能做出全家的量。', expect: 'recommend-fit' },
          { reply: '那您拍4.5升的吧', expect: 'recommend-bare' },
          { reply: '建议4.5升的，再来一台3升的送人也不错', expect: 'trap-both' },
          { reply: '选4.5升吧，炸出来的薯条绝对健康', expect: 'trap-overclaim' },
          { reply: '3升的就够了，还便宜', expect: 'recommend-small' },
          { reply: '两款都可以做鸡翅，您看预算选就行', expect: 'compare-only' },
          { reply: '4.5升的全网最低价，最好用！', expect: 'trap-absolute' },
          { reply: '好的亲', expect: 'no-answer' },
        ],
      },
      hints: [
        '对照右侧信息：3 升适合几个人？4.5 升呢？顾客家几口人、想做什么？',
        '推荐 4.5 升，并把理由说给顾客听：三口人、爱吃鸡翅薯条，大炸篮一次就能做全家的量。',
      ],
      model: '亲，三口之家又爱吃鸡翅和薯条，推荐您选 4.5 升的。炸篮大，一次就能做出全家的量，烤红薯也放得下，不用分好几批。',
    },
    related: {
      topic: '关联推荐配套商品',
      customer: ['好，那就 4.5 升的。', '还有别的要注意的吗？'],
      judge: {
        groups: [
          {
            id: 'trap-hard-sell',
            when: [{ affirms: ['必须买', '必须要买', '必须得买', '必须一起买', '必须搭配', '必须配', '必须加', '一定要买', '一定要一起买', '一定要搭配', '一定要配', '一定得买', '非买不可', '不买会后悔', '不买就', '赶紧买', '都得买'] }],
            feedback: '关联推荐是给顾客一个方便的建议，不是逼他买。“必须买”“不买会后悔”会让顾客反感。',
            points: 0,
            correctness: 'incorrect',
            misconception: '把关联推荐变成强行推销',
            mood: -2,
            next: 'lost',
          },
          {
            id: 'trap-scare',
            when: [{ regex: '不(买|用|配|垫|加)[^0-9]{0,16}(会坏|就坏|坏了|坏掉|容易坏|报废|损坏|会后悔|伤锅|毁)' }],
            feedback: '用“不买就会坏”吓唬顾客是夸大其词，属于虚假宣传。关联推荐只说配套商品真实的好处（垫上不沾油、清洗方便），买不买由顾客决定。',
            points: 0,
            correctness: 'incorrect',
            misconception: '夸大不买的后果来推销',
            mood: -1,
          },
          {
            id: 'trap-add-unasked',
            when: [{ affirms: ['给您加上了', '帮您加上了', '都给您加上', '都帮您加上', '已经给您加', '已经帮您加', '直接给您加上', '直接帮您加上', '给您拍上了', '帮您拍上了'] }],
            feedback: '顾客还没答应，就替他把配套商品加进订单，是强行搭售。关联推荐要说清好处，再问顾客要不要，由他自己决定。',
            points: 0,
            correctness: 'incorrect',
            misconception: '不问顾客意愿就替他加购',
            mood: -1,
          },
          trapBoth,
          fakeGift(),
          wholeChicken(),
          {
            id: 'trap-wrong-price',
            when: [{ regex: WRONG_ACCESSORY_PRICE }],
            feedback: '配套商品的价格报错了：专用吸油纸 100 张 9.9 元，硅胶烤垫 19.9 元。报价前先核对右侧资料，报错价格顾客下单时会觉得被骗。',
            points: 0,
            correctness: 'incorrect',
            misconception: '关联推荐时报错配套商品的价格',
            mood: -1,
          },
          {
            id: 'related-with-reason',
            when: [{ containsAll: [['吸油纸', '油纸', '烘焙纸', '硅胶', '烤垫', '锡纸', '配件'], ['清洗', '好洗', '洗起来', '好清理', '好打理', '清理方便', '刷锅', '不用刷', '不用怎么刷', '免刷', '不粘', '不沾', '出油', '省事', '省力', '清洁', '干净', '卫生', '反复用']] }],
            feedback: '关联推荐做得自然：推荐配套的吸油纸，并说清它给顾客带来的好处。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'confirm',
          },
          {
            id: 'related-only',
            when: [{ containsAny: ['吸油纸', '油纸', '烘焙纸', '硅胶', '烤垫', '锡纸', '配件', '搭配', '一起买'] }],
            feedback: '想到了关联推荐，很好！再说一句它的好处（垫上不沾油、清洗方便），顾客更容易接受。',
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
          {
            id: 'usage-tip',
            when: [{ containsAny: ['空烧', '预热', '第一次用', '第一次使用', '说明书', '异味', '清洗', '拆洗'] }],
            feedback: '提醒使用注意事项很贴心。顾客问“还有什么要注意”时，也是关联推荐的好机会，比如专用吸油纸。',
            points: 1,
            correctness: 'partial',
            misconception: '错过了关联推荐的时机',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客在问还有什么要注意的。可以提醒使用方法，并顺势推荐一件配套商品。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '这款能放下一整只鸡哦', expect: 'trap-whole-chicken' },
          { reply: '吸油纸我们免费送您一包，空烧5分钟就能用', expect: 'trap-fake-gift' },
          { reply: '亲，第一次使用前先空烧5分钟去除异味哦。另外很多顾客会搭配一包专用吸油纸，9.9元100张，垫上后炸篮不沾油，清洗方便多了，您可以考虑一下～', expect: 'related-with-reason' },
          { reply: '推荐搭配一包专用吸油纸，5元一包，垫上清洗方便', expect: 'trap-wrong-price' },
          { reply: '可以搭配吸油纸一起买', expect: 'related-only' },
          { reply: '再买一台3升的给家里老人吧', expect: 'trap-both' },
          { reply: '第一次用前先空烧一下就行', expect: 'usage-tip' },
          { reply: '炸篮用完记得及时拆洗哦', expect: 'usage-tip' },
          { reply: '吸油纸我已经给您加进订单啦，一起付就行', expect: 'trap-add-unasked' },
          { reply: '吸油纸必须买，不买会后悔的', expect: 'trap-hard-sell' },
          { reply: '不用硅胶烤垫的话，炸篮容易坏哦', expect: 'trap-scare' },
          { reply: '没有了亲', expect: 'no-answer' },
        ],
      },
      hints: [
        '顾客问“还有什么要注意的”，正是关联推荐的好时机：有什么配套商品能让他用得更方便？',
        '可以先提醒首次使用前空烧 5 分钟，再推荐 9.9 元的专用吸油纸，说明垫上不沾油、清洗方便。',
      ],
      model: '亲，第一次使用前先空烧 5 分钟去除异味。另外很多顾客会搭配一包专用吸油纸，9.9 元 100 张，垫在炸篮里不沾油，清洗方便多了，您可以考虑一下。',
    },
    confirm: {
      topic: '用满减算清价格，确认发货',
      customer: ['吸油纸也加上吧。', '一共多少钱？今天能发吗？'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'trap-change-price',
            when: [{ affirms: ['改价', '给您改', '改成240', '便宜点算', '抹零'] }],
            feedback: '满减下单时会自动抵扣，用不着改价；客服也没有随意改价的权限。把价格算清楚告诉顾客即可。',
            points: 0,
            correctness: 'incorrect',
            misconception: '嫌麻烦随意改价',
            mood: 0,
          },
          {
            id: 'trap-outside-pay',
            when: [{ affirms: ['扫码', '扫我', '这个码', '收款码', '二维码', '转账', '转给我'] }],
            feedback: '付款只能在店铺下单后通过平台完成。让顾客扫码或转账，钱没有平台保障，满减也不会自动抵扣，这也是骗子常用的套路。',
            points: 0,
            correctness: 'incorrect',
            misconception: '引导顾客在平台外付款',
            mood: -1,
          },
          {
            id: 'total-and-ship',
            when: [{ regex: PAID }, { containsAny: SHIP_DAY }, { containsAny: ['268.9', '259', '满减', '减20', '满199', '抵扣', '16点', '16:00', '4点'] }],
            feedback: '价格算得清清楚楚（259 + 9.9 − 20 = 248.9 元），发货时间也答了，顾客可以放心下单。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'deal',
          },
          {
            id: 'total-and-ship-bare',
            when: [{ regex: PAID }, { containsAny: SHIP_DAY }],
            feedback: '实付金额和能否今天发都答对了，但太简短。说清怎么算的（259 + 9.9 = 268.9 元，满 199 减 20）和 16:00 前付款当天发的条件，顾客才放心。',
            points: 1,
            correctness: 'partial',
            misconception: '报价只给结果，不说算法和发货条件',
            mood: 0,
          },
          {
            id: 'total-only',
            when: [{ regex: PAID }],
            feedback: '价格算对了。顾客还问了“今天能发吗”，别漏答。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客的全部问题',
            mood: 0,
          },
          {
            id: 'wrong-discount',
            when: [{ affirms: ['239', '258.9', '238.9', '228.9', '249'] }],
            feedback: '实付金额算错了：259 + 9.9 = 268.9 元，满 199 减 20 后实付 248.9 元。报价前再核对一遍促销规则。',
            points: 0,
            correctness: 'incorrect',
            misconception: '报价时算错满减',
            mood: -1,
          },
          {
            id: 'wrong-paid-amount',
            when: [{ regex: '(实付|到手|减后|优惠后|抵扣后)(价|是|为|只要|只需)?(?!248(\\.|块|元)9)[0-9]+(\\.[0-9]+)?(?![0-9.]|多|共)' }],
            feedback: '实付金额算错了：259 + 9.9 = 268.9 元，满 199 减 20 后实付 248.9 元。报价前再核对一遍促销规则。',
            points: 0,
            correctness: 'incorrect',
            misconception: '报价时算错满减',
            mood: -1,
          },
          {
            id: 'sum-and-ship',
            when: [{ affirms: ['268.9'] }, { containsAll: [['今天', '当天', '16点', '16:00', '4点'], ['发']] }],
            feedback: '两件商品的合计 268.9 元算对了，发货时间也答了。但还漏了满 199 减 20：下单自动抵扣后实付 248.9 元，要把这个到手价告诉顾客。',
            points: 1,
            correctness: 'partial',
            misconception: '报价时漏算满减',
            mood: 0,
          },
          {
            id: 'wrong-total',
            when: [{ affirms: ['268.9', '268.90', '239', '258.9'] }],
            feedback: '价格算错了：259 + 9.9 = 268.9 元，已满 199，减 20 后实付 248.9 元。报价前再核对一遍促销规则。',
            points: 0,
            correctness: 'incorrect',
            misconception: '报价时漏算满减或漏算商品',
            mood: -1,
          },
          {
            id: 'ship-only',
            when: [{ containsAll: [['今天', '当天'], ['发']] }],
            feedback: '发货时间答了，但顾客最先问的是“一共多少钱”。请用满减帮他算出实付金额。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客的全部问题',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客问了总价和发货时间。总价要算上满 199 减 20 的活动。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '亲，空气炸锅259元加吸油纸9.9元，共268.9元，满199减20后实付248.9元。16点前付款今天就能发货哦！', expect: 'total-and-ship' },
          { reply: '一共248.9元', expect: 'total-only' },
          { reply: '实付248.9元，今天能发', expect: 'total-and-ship-bare' },
          { reply: '一共268.9元，今天能发', expect: 'sum-and-ship' },
          { reply: '两样加起来268.9元', expect: 'wrong-total' },
          { reply: '一共268.9元，满减后239元，今天发', expect: 'wrong-discount' },
          { reply: '满减后实付258元，16点前付款当天发', expect: 'wrong-paid-amount' },
          { reply: '一共248.9元，您扫一下这个码付款，今天就发', expect: 'trap-outside-pay' },
          { reply: '今天能发的亲', expect: 'ship-only' },
          { reply: '太麻烦了，我直接给您改价成240吧', expect: 'trap-change-price' },
          { reply: '您拍下就知道了', expect: 'no-answer' },
        ],
      },
      hints: [
        '先把两件商品的价格加起来，再看是否满足右侧的满减条件。',
        '259 + 9.9 = 268.9 元，满 199 减 20，实付 248.9 元；16:00 前付款当天发货。',
      ],
      model: '亲，空气炸锅 259 元加吸油纸 9.9 元，共 268.9 元，满 199 减 20 后实付 248.9 元。16:00 前付款今天就能发货，感谢您的支持！',
    },
    deal: {
      end: '成交',
      customer: ['好，已经付款了，谢谢你这么耐心！'],
      summary: '你先问需求再推荐合适的容量，顺势关联推荐吸油纸，并用满减把价格算清楚，客单价提高了，顾客也觉得被用心对待。',
    },
    lost: {
      end: '流失',
      customer: ['怎么还逼着买……算了，我再看看吧。'],
      summary: '犹豫型顾客需要有人帮他拿主意，而不是被逼着买。强行推销让他反感，放弃了购买。',
    },
  },
} satisfies ScenarioInput;

import type { ScenarioInput } from '../../schemas/scenario.ts';
import { SHOP_FACTS } from './shared.ts';

/**
 * 2.2 用千牛和旺旺接待客户: a buyer's first contact over 旺旺 — greet with the shop's 欢迎语, answer a stock
 * and a spec question (the colour asked for is sold out), answer an order question (shipping time and a
 * 备注), and close politely without asking for a paid good review. A bare “没有” loses the customer.
 */
/** Greeting words of a first reply (亲 alone is only a form of address). */
const GREET = ['在的', '在呢', '您好', '你好', '欢迎'];
/** Inviting the customer to say what she needs. */
const GUIDE = ['请问', '什么可以帮', '哪款', '哪一款', '哪个', '哪种', '什么', '想了解', '想看', '看中', '帮您', '为您', '需要', '推荐', '咨询'];
/** Any apology: 抱歉、道歉、致歉、歉意、对不起、不好意思. */
const SORRY = ['歉', '对不起', '不好意思', '遗憾', '对不住'];
/** Answering a thank-you: thanks back, or 不客气 / 太客气了 / 应该的. */
const THANKS = ['谢谢', '感谢', '不客气', '客气', '应该的', '很开心', '荣幸'];
/** Writing the customer's request on the order (the model: 备注“送礼，不放价格单”). */
const REMARK = ['备注', '标注', '注明', '不放价格单'];
/** Saying the request is no use or can't be done: the note is a thing the agent can do. */
const REMARK_DISMISSED = ['不一定有用', '没什么用', '没有用', '没用', '不管用', '用处不大', '没必要备注', '不用备注', '不需要备注'];

export const scenario = {
  id: 'first-contact-wangwang',
  title: '旺旺首次接待：第一次来店的顾客',
  module: 2,
  lesson: '2.2',
  kind: 'presale',
  brief:
    '你是暖居优品旗舰店的售前客服。一位顾客第一次通过旺旺来咨询保温杯。请按接待流程完成这次接待：用带店名的欢迎语及时问候；查清库存，缺货时先致歉再给出办法，并回答规格用法问题；回答发货时间，按顾客要求在订单上备注；最后礼貌告别。',
  persona: {
    name: '李女士',
    type: '果断型',
    mood: 0,
    description: '第一次在暖居优品买东西，想给朋友挑一只保温杯当礼物，说话直接、回复很快。',
    color: '#2a7f62',
  },
  product: {
    name: '暖居优品500毫升保温杯',
    price: 79,
    specs: ['500 毫升', '316 不锈钢内胆', '颜色：白色（已售罄）、浅灰色、米色'],
    promo: '店铺满 199 元减 20 元，下单时自动计算（教学示例）',
  },
  facts: [
    '500 毫升保温杯：白色规格已售罄，补货时间未定；浅灰色、米色有现货（教学示例）',
    '保温杯可以装热牛奶，建议两三个小时内喝完，喝完及时清洗，不宜长时间存放（教学示例）',
    SHOP_FACTS.shipping,
    SHOP_FACTS.delivery,
    '客服可以在订单上添加卖家备注，如“送礼，不放价格单”，仓库发货时会看到',
    '诱导顾客“好评返现”违反平台规则，不得使用',
  ],
  start: 'greet',
  requirements: ['m2.skill.wangwang', 'm2.skill.qianniu', 'm2.know.qianniu'],
  states: {
    greet: {
      topic: '用店铺欢迎语及时问候',
      customer: ['在吗？', '我在看你们家的保温杯。'],
      judge: {
        groups: [
          {
            id: 'trap-cold',
            when: [{ affirms: ['有事说', '说吧', '什么事', '啥事', '干嘛', '干什么', '有事吗', '问吧', '自己看看', '自己先看', '自己去看', '自己查', '详情页都写了', '页面上都写了', '都写着'] }],
            feedback: '语气生硬，像在打发人。顾客第一次来店，第一句话要热情：问候、报店名、主动引导。',
            points: 0,
            correctness: 'incorrect',
            misconception: '问候冷淡生硬，给顾客留下不好的第一印象',
            mood: -1,
          },
          {
            id: 'welcome',
            when: [{ containsAll: [GREET, ['暖居'], GUIDE] }],
            feedback: '问候及时，报了店名，还主动引导顾客说出需求，第一印象很好。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'stock',
          },
          {
            id: 'welcome-ask',
            when: [{ containsAll: [GREET, ['暖居']] }, { act: 'ask' }],
            feedback: '问候及时，报了店名，还主动引导顾客说出需求，第一印象很好。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'stock',
          },
          {
            id: 'greet-shop-no-guide',
            when: [{ containsAll: [GREET, ['暖居']] }],
            feedback: '问候及时，也报了店名。再主动问一句“请问您想了解哪款保温杯呢？”，引导顾客说出需求，接待才完整。',
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
          {
            id: 'greet-no-shop',
            when: [{ containsAny: GREET }],
            feedback: '有问候，但还不够：带上店名“暖居优品”，再主动问一句“请问您想了解哪款商品呢？”',
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
          {
            id: 'shop-guide-no-greet',
            when: [{ containsAll: [['暖居'], GUIDE] }],
            feedback: '报了店名，也问了顾客的需求，但开头没有问候，读起来生硬。先说“您好，在的，欢迎光临”，顾客会觉得受欢迎。',
            points: 1,
            correctness: 'partial',
            misconception: '没有问候语，接待语气生硬',
            mood: 0,
          },
          {
            id: 'guide-no-greet',
            when: [{ containsAny: GUIDE }, { act: 'ask' }],
            feedback: '主动问顾客想了解什么，很好；但第一句还缺问候和店名。加上“您好，欢迎光临暖居优品旗舰店”，顾客一进门就知道来对了地方。',
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
          {
            id: 'bare',
            when: [{ regex: '^(在|嗯|恩|是)$' }],
            feedback: '只回一个字太冷淡了。用欢迎语问候，带上店名，并引导顾客说出需求。',
            points: 0,
            correctness: 'incorrect',
            misconception: '只回一个“在”字，没有问候和引导',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客问“在吗”，要马上用欢迎语回应：问候、报店名、主动引导。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '亲，在的，欢迎光临暖居优品旗舰店！请问您想了解哪款保温杯呢？', expect: 'welcome' },
          { reply: '您好，在的', expect: 'greet-no-shop' },
          { reply: '您好，这里是暖居优品旗舰店，保温杯是自己用还是送人呀？', expect: 'welcome-ask' },
          { reply: '亲，想看看哪款杯子呢？', expect: 'guide-no-greet' },
          { reply: '您好，欢迎来到暖居优品旗舰店！', expect: 'greet-shop-no-guide' },
          { reply: '这里是暖居优品旗舰店，想看哪款保温杯？', expect: 'shop-guide-no-greet' },
          { reply: '在', expect: 'bare' },
          { reply: '有事说', expect: 'trap-cold' },
          { reply: '哦', expect: 'no-answer' },
        ],
      },
      hints: [
        '第一句话就是店铺的门面：问候、报店名、主动引导，三样都要有。',
        '可以回复：亲，在的，欢迎光临暖居优品旗舰店！我是客服小悦，请问您想了解哪款保温杯呢？',
      ],
      model: '亲，在的，欢迎光临暖居优品旗舰店！我是客服小悦，请问您想了解哪款保温杯呢？',
    },
    stock: {
      topic: '回答库存和用法：缺货先致歉再给办法',
      customer: ['这款 500 毫升的还有白色吗？', '还有，它能装热牛奶吗？'],
      judge: {
        groups: [
          {
            id: 'trap-bare-no',
            when: [
              { affirms: ['没有', '没了', '没货', '卖完', '售罄', '缺货', '断货'] },
              // Out of stock and nothing else: no apology, no other colour, no answer about milk (别家 is its own mistake below).
              { notContains: [...SORRY, '浅灰', '米色', '灰色', '其他颜色', '别的颜色', '别的款', '其他款', '补货', '到货', '有货', '现货', '牛奶', '可以装', '能装', '推荐', '别家', '其他店', '别的店'] },
            ],
            feedback: '一句“没有”就结束了对话，顾客只能去别家。缺货时要先致歉，再推荐有货的颜色，还要回答牛奶的问题。',
            points: 0,
            correctness: 'incorrect',
            misconception: '缺货时只回一句“没有”，不给顾客任何办法',
            mood: -1,
            next: 'lost',
          },
          {
            id: 'trap-false-stock',
            when: [{ affirms: ['白色有货', '白色有现货', '白色还有货', '白色的有货', '有白色的'] }],
            feedback: '白色规格已经售罄，说“有货”会让顾客拍下后发不出货，引发投诉。库存要以系统为准。',
            points: 0,
            correctness: 'incorrect',
            misconception: '不查库存或为了成交谎报有货',
            mood: 0,
          },
          {
            id: 'trap-restock-promise',
            when: [{ affirms: ['马上补货', '马上就补货', '马上到货', '马上就到货', '马上就有', '很快补货', '很快就补货', '很快就有', '很快到货', '明天就有', '明天有货', '明天补货', '明天到货', '后天就有', '过两天就有', '过几天就有', '这两天就有', '下周就有', '下周补货', '到货就发', '补货就发', '补货了就发'] }],
            feedback: '白色的补货时间还没定，说“明天就有”“到货就发”是替仓库做了做不到的承诺，顾客拍下后迟迟不发货就会投诉。如实说明补货时间未定，推荐有现货的浅灰色和米色。',
            points: 0,
            correctness: 'incorrect',
            misconception: '编造补货时间，让顾客拍下缺货的商品',
            mood: 0,
          },
          {
            id: 'trap-milk-storage',
            when: [{ affirms: ['随便装', '放一天', '放一整天', '放一晚', '放多久都', '放很久', '隔夜', '长时间存放也', '不用洗', '不用清洗', '不用及时'] }],
            feedback: '牛奶放久了容易变质，保温杯里温度适中更容易坏。要提醒顾客两三个小时内喝完、喝完及时清洗，不宜长时间存放。',
            points: 0,
            correctness: 'incorrect',
            misconception: '用法说明不准确，忽视食品安全',
            mood: 0,
          },
          {
            id: 'answer-both',
            when: [{ containsAll: [SORRY, ['浅灰', '米色', '其他颜色', '别的颜色', '补货', '到货'], ['可以装', '能装', '喝完', '清洗', '变质', '小时']] }],
            feedback: '两个问题都答到了：白色售罄先致歉，推荐了有货的颜色，也说明了装牛奶的注意事项。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'order',
          },
          {
            id: 'push-elsewhere',
            when: [{ affirms: ['别家', '其他店', '别的店', '别的店铺'] }],
            feedback: '店里明明有相近的颜色，却把顾客推到别家，白白丢了订单。先致歉，再推荐浅灰色或米色。',
            points: 0,
            correctness: 'incorrect',
            misconception: '缺货时把顾客推到别家，不推荐店内替代款',
            mood: -1,
          },
          {
            id: 'one-part',
            when: [{ containsAny: ['浅灰', '米色', '其他颜色', '别的颜色', '补货', '到货', '牛奶', '可以装', '能装', '抱歉', '售罄'] }],
            feedback: '回答了一部分。顾客问了两件事：白色还有没有（缺货要先致歉、再给替代办法），能不能装热牛奶。两件都要答。',
            points: 1,
            correctness: 'partial',
            misconception: '没有完整回应顾客的两个问题',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客问了库存和用法两个问题。先查右侧信息：白色售罄、浅灰色和米色有货；可以装热牛奶但要及时喝完。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '非常抱歉亲，白色暂时售罄了，同款浅灰色和米色都有现货哦。这款可以装热牛奶，建议两三个小时内喝完，用完及时清洗。', expect: 'answer-both' },
          { reply: '浅灰色和米色有现货哦', expect: 'one-part' },
          { reply: '白色卖完了，您去别家看看吧', expect: 'push-elsewhere' },
          { reply: '没有了', expect: 'trap-bare-no' },
          { reply: '有的，白色有货，您拍吧', expect: 'trap-false-stock' },
          { reply: '白色过两天就有了，您先拍着，到货就发', expect: 'trap-restock-promise' },
          { reply: '热牛奶可以装，装上放一整天也没事', expect: 'trap-milk-storage' },
          { reply: '稍等', expect: 'no-answer' },
        ],
      },
      hints: [
        '顾客问了两件事。白色的库存看右侧信息；缺货时不能只说“没有”，想想还能给顾客什么办法。',
        '先致歉：白色暂时售罄；再推荐：浅灰色、米色有现货；最后回答：可以装热牛奶，建议两三个小时内喝完、及时清洗。',
      ],
      model: '非常抱歉亲，白色这两天卖得很快，暂时售罄了；同款的浅灰色和米色都有现货，我把浅灰色的链接发给您看看？这款杯子可以装热牛奶，建议两三个小时内喝完，喝完及时清洗哦。',
    },
    order: {
      topic: '回答发货时间，按要求添加订单备注',
      customer: ['那我拍浅灰色的吧。', '今天拍什么时候能发货？', '我是送朋友的，能帮我备注一下别放价格单吗？'],
      judge: {
        numerals: true,
        groups: [
          {
            id: 'trap-promise',
            when: [{ affirms: ['保证明天到', '一定明天到', '明天一定到', '肯定明天到', '保证到', '保证送到', '绝对能到'] }],
            feedback: '到货时间取决于快递，客服保证不了。承诺做不到的事，一旦晚到就会引来投诉。说清发货时间和一般送达时间即可。',
            points: 0,
            correctness: 'incorrect',
            misconception: '承诺无法保证的到货时间',
            mood: 0,
          },
          {
            id: 'refuse-remark',
            when: [{ affirms: ['不能备注', '没法备注', '备注不了', '您自己写', '你自己写', '自己在留言'] }],
            feedback: '添加卖家备注是客服能做、也应该做的事。拒绝顾客的合理要求，会让顾客觉得店铺不上心。',
            points: 0,
            correctness: 'incorrect',
            misconception: '不会或不愿使用订单备注功能',
            mood: -1,
          },
          {
            id: 'refuse-remark-act',
            // 备注这个我们做不了、价格单我们这边改不了: the agent turns down the note, whatever the words.
            when: [{ act: 'refuse', about: ['备注', '价格单', '改不', '做不了', '办不到', '做不到'] }],
            feedback: '添加卖家备注是客服能做、也应该做的事：付款后在订单上备注“送礼，不放价格单”，仓库发货时就会看到。拒绝顾客的合理要求，会让顾客觉得店铺不上心。',
            points: 0,
            correctness: 'incorrect',
            misconception: '不会或不愿使用订单备注功能',
            mood: -1,
          },
          {
            id: 'dismiss-remark',
            when: [{ containsAny: ['备注', '价格单'] }, { containsAny: REMARK_DISMISSED }],
            feedback: '说备注“没用”等于拒绝了顾客的合理要求。卖家备注仓库发货时会看到，答应顾客把“送礼，不放价格单”写进订单备注就好。',
            points: 0,
            correctness: 'incorrect',
            misconception: '不会或不愿使用订单备注功能',
            mood: -1,
          },
          {
            id: 'ship-and-remark',
            when: [{ containsAll: [['4点', '16点', '16:00', '当天', '今天发', '今天就'], REMARK] }],
            feedback: '发货时间说清楚了，也答应在订单上备注，仓库发货时就能看到顾客的要求。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'closing',
          },
          {
            id: 'half-order',
            when: [{ containsAny: ['4点', '16点', '16:00', '当天', '今天发', '今天就', '中通', '备注', '价格单'] }],
            feedback: '只回答了一半：顾客问了发货时间，又请你备注“别放价格单”。',
            asks: [
              { unless: ['4点', '16点', '16:00', '当天', '今天发', '今天就', '明天发', '中通', '发货', '发出'], say: '还要告诉她什么时候发货：16:00 前付款当天发出。' },
              { unless: ['备注', '价格单', '不放'], say: '还要答应把“不放价格单”写进订单备注。' },
            ],
            points: 1,
            correctness: 'partial',
            misconception: '没有完整回应顾客的订单问题',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客问发货时间，还请你在订单上备注。看看右侧的发货规则，再告诉顾客你会添加备注。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '亲，下午4点前付款当天就能发出，默认发中通快递。送礼不放价格单的要求我会在订单上备注好，仓库发货时会看到的～', expect: 'ship-and-remark' },
          { reply: '下午4点前付款当天发货哦', expect: 'half-order' },
          { reply: '这个备注不了，您自己在留言里写吧', expect: 'refuse-remark' },
          { reply: '4点前付款当天发，价格单这个我们没办法改哦', expect: 'refuse-remark-act' },
          { reply: '当天能发的，不过备注写了也没什么用，仓库不一定看', expect: 'dismiss-remark' },
          { reply: '16点前付款当天发，付款后我在订单上注明送礼不放价格单', expect: 'ship-and-remark' },
          { reply: '放心，保证明天到！', expect: 'trap-promise' },
          { reply: '好的', expect: 'no-answer' },
        ],
      },
      hints: [
        '顾客问了两件事：什么时候发货，能不能备注。发货规则在右侧信息里，备注是千牛订单的常用功能。',
        '可以回复：下午 4 点前付款当天发出，默认中通快递；您付款后我在订单上备注“送礼，不放价格单”，仓库发货时会看到。',
      ],
      model: '好的亲，下午 4 点前付款当天就能发出，默认发中通快递，江浙沪一般 1～2 天送达。您付款后我马上在订单上备注“送礼，不放价格单”，仓库发货时会看到的。',
    },
    closing: {
      topic: '礼貌告别，不诱导好评返现',
      customer: ['好的，已经付款了。', '谢谢你呀，这么耐心～'],
      judge: {
        groups: [
          {
            id: 'trap-cashback',
            when: [{ affirms: ['好评返现', '五星好评', '好评返', '返现', '好评送', '晒图返'] }],
            feedback: '“好评返现”属于诱导好评，违反平台规则。告别时感谢顾客、说明发货和物流查看方式就好。',
            points: 0,
            correctness: 'incorrect',
            misconception: '用返现诱导顾客给好评',
            mood: 0,
          },
          {
            id: 'thank-close',
            // The follow-up she needs: the note is done, or where to see the parcel (发货 alone she was told already).
            when: [{ containsAll: [THANKS, ['备注', '价格单', '物流'], ['随时', '祝', '欢迎', '有问题', '有事', '再来', '找我']] }],
            feedback: '告别得体：感谢了顾客，交代了备注、物流这些后续安排，还礼貌地道别，欢迎她随时来问。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'deal',
          },
          {
            id: 'thanks-only',
            when: [{ containsAny: THANKS }],
            feedback: '礼貌有了，还可以更完整。',
            asks: [
              { unless: ['备注', '价格单'], say: '确认“送礼，不放价格单”的备注已经加好。' },
              { unless: ['发货', '发出', '今天发'], say: '告诉她今天就会发出。' },
              { unless: ['物流'], say: '说明发货后在订单里点“查看物流”看进度。' },
              { unless: ['随时', '有问题', '有事', '找我', '欢迎'], say: '欢迎她有问题随时找你。' },
            ],
            points: 1,
            correctness: 'partial',
            misconception: '告别时没有告知发货和后续安排',
            mood: 0,
          },
          {
            id: 'follow-up-only',
            when: [{ containsAny: ['备注', '价格单', '发货', '发出', '物流'] }],
            feedback: '后续交代到了。顾客付了款还向你道谢，先回应她：“感谢您的支持！”，最后再礼貌道别，比如“有问题随时找我，祝您生活愉快”。',
            points: 1,
            correctness: 'partial',
            misconception: '告别时没有感谢顾客',
            mood: 0,
          },
          {
            id: 'cold-end',
            when: [{ regex: '^(嗯|哦|好|ok|收到)$' }],
            feedback: '顾客付款又道谢，只回一个字太冷淡，前面的好印象就打了折扣。',
            points: 0,
            correctness: 'incorrect',
            misconception: '告别草率冷淡',
            mood: -1,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客已经付款并道谢。用结束语感谢她，确认备注和发货，欢迎她随时来问。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '感谢您的支持！备注已经加好了，今天就会发出，发货后在订单里就能看到物流。用的时候有问题随时找我，祝您和朋友生活愉快～', expect: 'thank-close' },
          { reply: '不客气～', expect: 'thanks-only' },
          { reply: '嗯', expect: 'cold-end' },
          { reply: '订单备注好了，今天下午发出。', expect: 'follow-up-only' },
          { reply: '谢谢您，今天就给您发出，有问题随时找我～', expect: 'thanks-only' },
          { reply: '不客气！收到货给个五星好评，截图找我返现5元哦', expect: 'trap-cashback' },
          { reply: '再见', expect: 'no-answer' },
        ],
      },
      hints: [
        '结束语要感谢顾客，再交代一下后面的事：备注、发货、怎样看物流。',
        '可以回复：感谢您的支持！订单已备注“送礼，不放价格单”，今天就会发出，发货后在订单里点“查看物流”看进度。有问题随时找我，祝您生活愉快！',
      ],
      model: '感谢您的支持！订单上已经备注好“送礼，不放价格单”，今天下午就会发出，发货后在订单里点“查看物流”就能看到进度。有问题随时找我，祝您和朋友生活愉快～',
    },
    deal: {
      end: '成交',
      customer: ['好嘞，下次还来你们家买！'],
      summary: '你用店铺欢迎语及时问候，缺货时致歉并推荐了有货的颜色，说清发货时间并添加备注，最后礼貌告别，顾客满意下单，还愿意再来。',
    },
    lost: {
      end: '流失',
      customer: ['哦，那算了，我去别家看看。'],
      summary: '缺货时只回一句“没有”，没有致歉，也没有推荐店里有货的浅灰色和米色，顾客直接离开了。',
    },
  },
} satisfies ScenarioInput;

import type { ScenarioInput } from '../../schemas/scenario.ts';

/** Pushing a sale now: new products, deals, coupons, an invitation to buy. A revisit sells nothing. */
const SELLING = [
  '优惠券', '满减', '新品上市', '特价', '抢购', '促销', '大促', '领券', '五折', '八折', '打折', '折扣', '下单', '新款', '上新', '新品', '新出的', '秒杀',
  '买一送一', '限时', '活动价', '套装', '要不要看看', '要不要买', '要不要来', '要不要了解', '给您推', '推一下', '推荐您', '给您推荐', '顺便看看', '再买', '加购', '老顾客有优惠',
  '一盒', '一瓶', '发个链接', '发链接', '购买链接', '买二送一', '买三送一', '第二件', '囤', '几盒', '几瓶', '入手', '拍下', '多买', '添一台', '再添', '再来一台', '再买一台', '帮您拍', '新到了',
];

/** At the close she has asked for 花茶、养生 messages only: 只给您推花茶养生类 keeps to that, so 推 alone is no sale there. */
const SELLING_AT_CLOSE = SELLING.filter((term) => !['给您推', '给您推荐', '推荐您', '推一下'].includes(term));

/** Confirming her wish at the close: noted, 花茶、养生 only. */
const PREF = ['记', '备注', '花茶', '养生', '只发'];

/** Letting her choose which messages she gets (or none), rather than deciding for her. */
const CONSENT = ['愿意', '同意', '想收', '不想收', '哪类', '哪一类', '什么类', '退订', '记下', '记好', '备注', '您说', '您决定', '您选', '选择'];

/** The descaling recipe: an agent, boiling, then soaking, pouring out and wiping. */
const AGENT = ['柠檬', '柠檬酸', '白醋', '食醋', '醋', '除垢'];
const BOIL = ['煮沸', '烧开', '煮开', '烧沸', '煮'];
const AFTER = ['浸泡', '泡', '分钟', '倒掉', '倒出', '擦', '冲洗', '洗净', '冲干净'];

/** 8.1 客户回访: a week after delivery, check usage, collect feedback, record preferences — no hard sell. */
export const scenario = {
  id: 'revisit-old-customer',
  title: '回访：签收一周的养生壶老顾客',
  module: 8,
  lesson: '8.1',
  // No 'care' kind yet; 'review' (collecting the customer's opinion after delivery) is the closest.
  kind: 'review',
  brief:
    '何女士是店里的银卡会员，12 月 1 日签收了 1.5L 养生壶，今天是第 7 天。你刚给她发了一句“您好”，她回复了。请完成一次回访：说明身份和目的，了解使用情况，给出实用的建议，记录她的偏好，礼貌结束。全程不推销，也不能诱导好评。',
  persona: {
    name: '何女士',
    type: '友善型',
    mood: 0,
    description: '第 3 次在店里购买，养生壶给七十多岁的父母煮茶用；担心水垢，晚上 8 点后方便回消息。',
    color: '#2f7d5b',
  },
  product: {
    name: '暖居优品1.5L玻璃养生壶',
    price: 159,
    specs: ['1.5 升', '高硼硅玻璃壶身', '12 种预设功能（含花茶、养生汤）', '防干烧保护', '整机保修一年（教学示例）'],
  },
  facts: [
    '何女士：银卡会员，第 3 次购买，12 月 1 日签收养生壶，今天是签收后第 7 天（教学示例）',
    '档案记录：给父母煮红枣桂圆茶，本人爱煮花茶；当地水质偏硬，担心水垢；晚上 8 点后方便联系',
    '除垢方法：加清水和几片柠檬（或适量柠檬酸）煮沸，浸泡 20 分钟后倒掉，用软布擦净，可重复一次（教学示例）',
    '老人常用的是“花茶”和“养生汤”两个键；客服可以发送放大字的操作图',
    '回访原则：不推销；顾客同意后才把“愿意接收哪类消息”记进档案；诱导好评返现违反平台规则（以平台现行规则为准）',
  ],
  start: 'opening',
  requirements: ['m8.know.loyal', 'm8.skill.profile', 'm8.attitude.resource'],
  states: {
    opening: {
      topic: '说明身份和回访目的',
      customer: ['你好，哪位？', '我最近没找你们啊，是有什么事吗？'],
      judge: {
        groups: [
          {
            id: 'trap-hard-sell',
            when: [{ affirms: [...SELLING, '优惠', '活动'] }],
            feedback: '回访一开口就推销，顾客会觉得“原来是来卖东西的”，后面的话就听不进去了。',
            points: 0,
            correctness: 'incorrect',
            misconception: '把回访当成推销的机会',
            mood: -2,
            next: 'lost',
          },
          {
            id: 'trap-wrong-order',
            // The panel: a 1.5L 养生壶, signed for on 12 月 1 日, seven days ago.
            when: [{ affirms: ['电热水壶', '热水壶', '电水壶', '烧水壶', '上个月', '上月', '半个月', '两周前', '两个星期', '十来天', '十几天'] }],
            feedback: '回访前要先核对订单：何女士 12 月 1 日签收的是 1.5L 养生壶，说错商品或时间，顾客会觉得你不专业。',
            points: 0,
            correctness: 'incorrect',
            misconception: '回访前没有核对订单信息',
            mood: -1,
          },
          {
            id: 'identity-purpose',
            when: [
              {
                containsAll: [
                  ['暖居优品', '客服', '旗舰店'],
                  ['回访', '使用', '用得', '顺手', '养生壶', '怎么样'],
                ],
              },
            ],
            feedback: '身份和目的都说清了：我是谁、为什么联系您。顾客放下了戒心。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'usage',
          },
          {
            id: 'identity-only',
            when: [{ containsAny: ['暖居优品', '客服', '旗舰店'] }],
            feedback: '说了身份，但没说为什么联系她。补一句：想了解一下上周收到的养生壶用得怎么样。',
            points: 1,
            correctness: 'partial',
            misconception: '回访时只报身份，不说明目的',
            mood: 0,
          },
          {
            id: 'purpose-only',
            when: [{ containsAny: ['回访', '养生壶', '使用情况', '用得怎么样', '用着怎么样', '好不好用', '顺手', '用得习惯', '用着习惯'] }],
            feedback: '说了来意，但没回答“你是哪位”。先说明你是暖居优品旗舰店的客服，她才放心往下聊。',
            asks: [{ unless: ['养生壶'], say: '来意再具体一点：是想了解她 12 月 1 日签收的那台壶的情况。' }],
            points: 1,
            correctness: 'partial',
            misconception: '回访时不说明身份',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客在问“你是谁、有什么事”。先说明你是暖居优品的客服，再说明来意。',
          points: 0,
          correctness: 'incorrect',
          mood: -1,
        },
        samples: [
          { reply: '何女士您好，我是暖居优品旗舰店的客服小悦。您上周收到的养生壶，想跟您了解一下使用情况，大概占用您两分钟，现在方便吗？', expect: 'identity-purpose' },
          { reply: '何女士您好，我是暖居优品旗舰店的客服小悦。您收到养生壶也有半个月了，想了解一下用得怎么样，现在方便吗？', expect: 'trap-wrong-order' },
          { reply: '您好，我是暖居优品的客服～', expect: 'identity-only' },
          { reply: '您好，想跟您了解一下养生壶用着顺手吗？', expect: 'purpose-only' },
          { reply: '您好，我是暖居优品客服，您买的热水壶还好用吗？', expect: 'trap-wrong-order' },
          { reply: '亲，店里年终大促开始了，领券满减，要不要看看？', expect: 'trap-hard-sell' },
          { reply: '何女士您好，我是客服小悦，想了解下养生壶用得怎么样～您也爱煮花茶，要不要再给自己添一台？', expect: 'trap-hard-sell' },
          { reply: '何女士您好，我是客服小悦，想了解下养生壶用得怎么样。店里新到了配套的煮茶杯，要不我先帮您拍一套？', expect: 'trap-hard-sell' },
          { reply: '嗯嗯', expect: 'no-answer' },
        ],
      },
      hints: [
        '先回答顾客的两个问题：你是谁？为什么联系她？',
        '例如：我是暖居优品旗舰店的客服小悦，想了解一下您上周收到的养生壶用得怎么样，现在方便吗？',
      ],
      model: '何女士您好，我是暖居优品旗舰店的客服小悦。想了解一下您上周收到的养生壶用得怎么样，大概占用您两分钟，现在方便吗？',
    },
    usage: {
      topic: '了解使用情况，解决小问题',
      customer: ['哦哦，壶挺好用的，我爸妈天天用。', '就是煮了几次花茶，壶底有一圈黄黄的印子，洗不掉。'],
      judge: {
        groups: [
          {
            id: 'trap-blame',
            when: [{ affirms: ['用法不对', '没洗干净', '您自己的问题', '操作不当', '不用管它', '是您的原因'] }],
            feedback: '把问题推给顾客，她会不舒服。水垢是正常现象，给出清洁方法就好。',
            points: 0,
            correctness: 'incorrect',
            misconception: '把使用中的小问题归咎于顾客',
            mood: -1,
          },
          {
            id: 'trap-hard-sell',
            when: [{ affirms: [...SELLING, '店里有', '我们店有', '本店有'] }],
            feedback: '顾客说的是一个小问题，趁机推销会让回访变了味。告诉她除垢方法就好。',
            points: 0,
            correctness: 'incorrect',
            misconception: '把回访当成推销的机会',
            mood: -1,
          },
          {
            id: 'trap-scrub',
            when: [{ affirms: ['钢丝球', '硬毛刷', '用力刷'] }],
            feedback: '钢丝球、硬刷会刮花玻璃壶身，请用软布擦。',
            points: 0,
            correctness: 'incorrect',
            misconception: '清洁方法不当',
            mood: -1,
          },
          {
            id: 'gives-method',
            when: [{ containsAll: [AGENT, BOIL, AFTER] }],
            feedback: '很好：给出了具体可行的清洁方法，顾客的小烦恼当场解决。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'preference',
          },
          {
            id: 'gives-steps',
            when: [{ containsAll: [BOIL, ['浸泡', '泡'], ['倒掉', '倒出', '擦', '冲洗', '洗净', '冲干净']] }],
            feedback: '很好：煮沸、浸泡、倒掉擦净，步骤清楚。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'preference',
          },
          {
            id: 'method-brief',
            when: [{ containsAny: [...AGENT, '煮沸', '烧开', '煮开'] }],
            feedback: '步骤太简略，顾客不好照着做。说完整：加清水和柠檬（或柠檬酸）煮沸，浸泡 20 分钟后倒掉，用软布擦净。',
            points: 1,
            correctness: 'partial',
            misconception: '清洁方法说得不完整',
            mood: 0,
          },
          {
            id: 'sympathy-only',
            when: [{ containsAny: ['抱歉', '不好意思', '理解', '反馈', '记下', '帮您看', '正常'] }],
            feedback: '态度不错，但顾客要的是办法：柠檬或柠檬酸加水煮沸、浸泡后倒掉。',
            points: 1,
            correctness: 'partial',
            misconception: '只表示理解，不给解决办法',
            mood: 0,
          },
          {
            // 以后就别煮花茶了，光烧白开水: her own use given up for the stain; 理由写质量问题: a false claim coached.
            id: 'trap-avoid',
            when: [{ containsAny: ['别煮花茶', '不要煮花茶', '别再煮花茶', '只烧白开水', '光烧白开水', '理由写', '理由就写', '理由选', '写质量问题', '选质量问题'] }],
            feedback: '顾客问的是怎么清洁。让她别再煮花茶，或教她按“质量问题”申请退货，都不是解决办法，后者还是虚假申请。清洁很简单：柠檬或柠檬酸加水煮沸、浸泡后倒掉，用软布擦净。',
            points: 0,
            correctness: 'incorrect',
            misconception: '回避问题，不给清洁方法',
            mood: -1,
          },
          {
            // 那一圈是茶渍和水垢，不是质量问题: the cause told, and her worry eased, but no way to clean it.
            id: 'cause-only',
            when: [{ containsAny: ['水垢', '茶渍', '水碱', '不是质量问题'] }],
            feedback: '原因说对了：黄印子是水垢和茶渍，不是质量问题。但顾客要的是办法：柠檬或柠檬酸加水煮沸、浸泡后倒掉、软布擦净。',
            points: 1,
            correctness: 'partial',
            misconception: '只解释原因，不给解决办法',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客说了一个具体问题：壶底有黄印子洗不掉。请看右侧的除垢方法，告诉她怎么做。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '谢谢您告诉我！那是茶渍和水垢，很好处理：加清水和几片柠檬煮沸，浸泡20分钟后倒掉，用软布擦一下就干净了，可以重复一次。', expect: 'gives-method' },
          { reply: '不好意思给您添麻烦了，我记下了', expect: 'sympathy-only' },
          { reply: '别担心，那一圈是水垢，水质硬的地方都会有，不是质量问题。', expect: 'cause-only' },
          { reply: '那是水垢，以后别煮花茶了，光烧白开水就没事。', expect: 'trap-avoid' },
          { reply: '壶里加满水烧开，泡上半小时再倒掉，拿软布擦一遍就干净了。', expect: 'gives-steps' },
          { reply: '用点柠檬酸就能去掉。', expect: 'method-brief' },
          { reply: '加柠檬煮开，再拿钢丝球刷掉。', expect: 'trap-scrub' },
          { reply: '那应该是您没洗干净吧', expect: 'trap-blame' },
          { reply: '店里的除垢剂正在打折，要不要买一瓶？', expect: 'trap-hard-sell' },
          { reply: '加柠檬煮沸泡一会儿倒掉就行，我们的除垢剂买二送一，可以多囤点。', expect: 'trap-hard-sell' },
          { reply: '好的', expect: 'no-answer' },
        ],
      },
      hints: [
        '顾客遇到的是茶渍和水垢，这是正常现象，关键是给出清洁方法。',
        '可以说：加清水和几片柠檬（或适量柠檬酸）煮沸，浸泡 20 分钟后倒掉，用软布擦净即可。',
      ],
      model: '谢谢您告诉我！那一圈是茶渍和水垢，很好处理：加清水和几片柠檬煮沸，浸泡 20 分钟后倒掉，再用软布擦一擦就干净了，印子深的话可以重复一次。',
    },
    preference: {
      topic: '回应意见，征求接收消息的意愿',
      customer: ['好，我回去试试。对了，我妈老记不住那些按键。', '还有，你们以后会不会天天给我发广告啊？'],
      judge: {
        groups: [
          {
            id: 'trap-no-consent',
            when: [{ affirms: ['每天都会', '都会发给您', '已经给您开通', '都给您开通', '默认', '已经把您加', '已经给您加', '推送名单', '促销名单', '一定要接收', '没法取消', '取消不了', '所有店都', '每家店都', '哪家店都', '别的店也'] }],
            feedback: '没有征得顾客同意就说“会发”“取消不了”，不符合营销信息“先同意、后发送、可退订”的要求。',
            points: 0,
            correctness: 'incorrect',
            misconception: '不经顾客同意就决定给她发营销信息',
            mood: -2,
            next: 'complaint',
          },
          {
            id: 'trap-no-choice',
            // Deciding for her how many messages she gets, or promising none at all, without asking what she wants.
            when: [
              { regex: '保证|一条(消息)?都不|什么消息都不|所有消息都不|(一周|每周|1周|一个月|每月|每个月|1个月)(也就|就|只|大概|最多|顶多)?(发)?[一二两三四五六七八九十0-9]+条' },
              { notContains: CONSENT },
            ],
            feedback: '发不发、发哪类，要由顾客决定。替她定“一周几条”或打包票“一条不发”，都没把选择权交给她。',
            points: 0,
            correctness: 'incorrect',
            misconception: '不征求顾客意愿就决定消息怎么发',
            mood: -1,
          },
          {
            id: 'trap-hard-sell',
            // Asking whether she wants news of 新品 is consent, not a sale.
            when: [{ affirms: SELLING_AT_CLOSE }, { notContains: CONSENT }],
            feedback: '顾客正担心被广告打扰，趁机推销只会印证她的担心。',
            points: 0,
            correctness: 'incorrect',
            misconception: '把回访当成推销的机会',
            mood: -1,
          },
          {
            id: 'both-answered',
            when: [
              {
                containsAll: [
                  // 说明书 alone is no help: she needs the two keys and the large-print card.
                  ['大字', '操作图', '花茶', '养生汤', '常用'],
                  ['不会', '愿意', '您同意', '退订', '不想', '只发', '记下', '备注', '不打扰', '按您的'],
                ],
              },
            ],
            feedback: '两件事都回应了：用常用键和大字操作图帮老人，又把是否接收消息的选择权交给顾客。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'closing',
          },
          {
            id: 'both-vague',
            // Touching both worries without a way to help with either.
            when: [{ containsAll: [['按键', '键', '记不住', '操作'], ['广告', '消息', '短信', '推送', '打扰']] }],
            feedback: '两件事都回应了，但太笼统：老人常用“花茶”“养生汤”两个键，可发大字操作图；消息要问她愿意收哪类，可随时退订。',
            points: 1,
            correctness: 'partial',
            misconception: '回应顾客的问题没有给出具体办法',
            mood: 0,
          },
          {
            id: 'one-answered',
            when: [{ containsAny: ['大字', '操作图', '花茶', '养生汤', '常用', '说明', '不会', '愿意', '退订', '记下', '备注'] }],
            feedback: '只回应了一件事。顾客提了两点：老人记不住按键、担心天天收到广告，两点都要回应。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客的全部问题',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客有两件事：老人记不住按键、担心天天收到广告。先帮老人，再把是否接收消息的选择权交给顾客。',
          points: 0,
          correctness: 'incorrect',
          mood: -1,
        },
        samples: [
          { reply: '老人家常用的就是“花茶”和“养生汤”两个键，我给您发一张大字操作图，打印贴在壶边就行。消息方面您放心，不会天天发，您愿意接收哪类消息我就记下哪类，不想收随时可以退订。', expect: 'both-answered' },
          { reply: '我给您发一张大字操作图吧', expect: 'one-answered' },
          { reply: '会员消息是默认发送的，取消不了哦', expect: 'trap-no-consent' },
          { reply: '放心，我们每月就发两条，都是划算的活动。', expect: 'trap-no-choice' },
          { reply: '我已经把您加进会员推送名单了，有活动就通知您。', expect: 'trap-no-consent' },
          { reply: '广告的话，每家店都会发的，您别在意。', expect: 'trap-no-consent' },
          { reply: '按键用几次就熟了，消息我们也会少发点。', expect: 'both-vague' },
          { reply: '记不住按键的话，可以看看我们的新款，现在下单有优惠。', expect: 'trap-hard-sell' },
          { reply: '哈哈', expect: 'no-answer' },
        ],
      },
      hints: [
        '两件事都要回应：老人记不住按键怎么办？顾客担心被广告打扰怎么办？',
        '可以说：常用的只有“花茶”和“养生汤”两个键，我发一张大字操作图；消息不会天天发，您愿意收哪类我记下哪类，不想收随时可以退订。',
      ],
      model: '老人家常用的其实就是“花茶”和“养生汤”两个键，我给您发一张大字操作图，打印出来贴在壶边就行。消息方面您放心，不会天天发：您愿意收哪类消息我就记下哪类，不想收随时可以退订。',
    },
    closing: {
      topic: '礼貌结束回访',
      customer: ['那就只发花茶、养生这类的吧，别的不用。', '行，那就这样吧，谢谢你特意来问。'],
      judge: {
        groups: [
          {
            id: 'trap-cashback',
            when: [{ affirms: ['返现', '五星', '好评返', '给个好评', '晒图送'] }],
            feedback: '用返现、赠品换好评属于诱导好评，违反平台规则（以平台现行规则为准）。',
            points: 0,
            correctness: 'incorrect',
            misconception: '在回访结尾诱导顾客好评',
            mood: -1,
          },
          {
            id: 'trap-ignore-preference',
            when: [
              { affirms: ['其他消息', '别的消息', '其他的消息', '其他活动', '全部优惠', '全部活动', '所有活动', '所有优惠', '所有消息', '全部消息', '偶尔给您发', '也给您发', '也发给您', '都推给您', '都发给您', '都给您推', '都给您发', '错过优惠', '错过活动'] },
              // 其他消息不会再发给您 keeps to her wish.
              { notContains: ['不会再发', '不会发', '不会给您发', '不给您发', '不会再给您发', '不再发', '不发', '不推', '不会推', '不打扰', '一律不', '都不'] },
            ],
            feedback: '顾客刚说了“只发花茶、养生这类，别的不用”。再给她发别的消息，等于没把她的话当回事。',
            points: 0,
            correctness: 'incorrect',
            misconception: '不尊重顾客刚表达的消息偏好',
            mood: -1,
          },
          {
            id: 'trap-hard-sell',
            // 促销广告不给您推: the selling turned down after its noun.
            when: [{ affirms: SELLING_AT_CLOSE }, { notContains: ['不给您推', '不给你推', '不会推', '不再推', '不推给您', '不推送'] }],
            feedback: '顾客已经准备结束，这时再推新品、优惠，前面真诚的回访就白做了。',
            points: 0,
            correctness: 'incorrect',
            misconception: '在回访结尾推销',
            mood: -1,
          },
          {
            id: 'thanks-and-contact',
            when: [
              {
                containsAll: [
                  ['谢谢', '感谢', '不客气', '不用谢'],
                  ['随时', '找我', '联系', '店铺', '客服', '留言', '喊我们', '喊一声'],
                  PREF,
                ],
              },
            ],
            feedback: '结束得很好：确认了偏好，感谢顾客，告诉她以后有问题找谁。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'resolved',
          },
          {
            id: 'bare-goodbye',
            when: [{ containsAny: ['再见', '好的', '拜拜', '祝', '记下', '好嘞', '谢谢', '感谢', '不客气'] }],
            feedback: '礼貌，但回访的结尾还不完整。',
            asks: [
              { unless: PREF, say: '确认已记下只发花茶、养生类。' },
              { unless: ['谢谢', '感谢', '多谢', '打扰', '占用'], say: '感谢顾客抽出时间接受回访。' },
              { unless: ['随时', '有问题', '有需要', '有啥事', '有事', '找我', '联系我', '找客服', '联系客服', '喊我们', '喊一声'], say: '告诉她以后有问题随时在店铺里找客服。' },
            ],
            points: 1,
            correctness: 'partial',
            misconception: '回访结尾不完整',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客准备结束了。确认她的偏好，感谢她，并告诉她以后有问题怎么找你们。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '不客气！已经记好了，除了花茶、养生类的，别的消息不会给您发。有事随时在店铺找我们。', expect: 'thanks-and-contact' },
          { reply: '好的，已经帮您记下只发花茶养生类的消息。谢谢您抽时间，使用中有任何问题随时在店铺里找我们，祝叔叔阿姨身体健康！', expect: 'thanks-and-contact' },
          { reply: '好的，再见', expect: 'bare-goodbye' },
          { reply: '谢谢您，有问题随时找我们', expect: 'bare-goodbye' },
          { reply: '麻烦给个五星好评哦，好评返现5元', expect: 'trap-cashback' },
          { reply: '谢谢您！另外我们新出了一款花茶壶，要不要看看？', expect: 'trap-hard-sell' },
          { reply: '好的，别的消息我们也会发给您参考一下，谢谢您！', expect: 'trap-ignore-preference' },
          { reply: '嗯', expect: 'no-answer' },
        ],
      },
      hints: [
        '结束回访要做三件事：确认偏好、感谢顾客、告诉她以后怎么联系。',
        '可以说：已经帮您记下只发花茶养生类的消息，谢谢您抽时间；有任何问题随时在店铺里找我们。',
      ],
      model: '好的，已经帮您记下只发花茶、养生类的消息。谢谢您抽时间，使用中有任何问题随时在店铺里找我们，祝叔叔阿姨身体健康！',
    },
    resolved: {
      end: '解决',
      customer: ['好嘞，谢谢小悦，下次有需要还来你们家。'],
      summary: '你说明了来意，帮顾客解决了水垢和按键的小问题，尊重她对消息的选择并记进档案，一次不推销的回访让老顾客更信任店铺。',
    },
    lost: {
      end: '流失',
      customer: ['又是推销啊，我现在不需要，别再发了。'],
      summary: '回访一开口就推销，顾客认为店铺只想卖东西，关系反而变疏远了。',
    },
    complaint: {
      end: '投诉',
      customer: ['不经过我同意就发广告？取消不了？我要去投诉了。'],
      summary: '不征得顾客同意就决定发送营销信息，还说取消不了，侵犯了顾客的选择权，引来投诉。',
    },
  },
} satisfies ScenarioInput;

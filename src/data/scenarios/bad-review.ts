import type { AnswerGroupInput } from '../../schemas/answer.ts';
import type { ScenarioInput } from '../../schemas/scenario.ts';

/**
 * Offering money or gifts for changing a review (好评返现) breaks platform rules. Negated forms
 * (不会要求您删除) pass the negation guard; the list avoids words a good reply needs (修改, 评价).
 */
const CASHBACK_TERMS = ['返现', '红包', '删评', '删差评', '删除差评', '删了吧', '删掉吧', '帮忙删', '麻烦删', '改成好评', '改个好评', '给个好评', '改好评', '好评送', '好评返', '换个好评', '追加好评'];

const cashbackTrap: AnswerGroupInput = {
  id: 'trap-cashback',
  // Saying cashback is not used or not allowed (不会用返现、红包 lists past the negation) offers none.
  when: [{ affirms: CASHBACK_TERMS }, { notContains: ['不会用', '不会拿', '不允许', '不能用', '不得用', '禁止用', '不可以用'] }],
  feedback: '用返现、红包、赠品换好评或删差评属于“好评返现”，违反平台规则，顾客还可能举报。处理差评要解决问题本身，评价由顾客自己决定。',
  points: 0,
  correctness: 'incorrect',
  misconception: '用利益诱导顾客删除或修改评价',
  mood: -2,
  next: 'complaint',
};

/** Saying the remedy costs the customer nothing. */
const FREE = ['免费', '包邮', '我们承担', '我们出', '我们来出', '运费我们', '邮费我们', '我们包', '店铺承担', '店铺出', '由我们', '不用您', '无需您', '不需要您', '不收', '不花', '0元'];

/**
 * What happens if the new seal doesn't help: a new cup or the money back. The "still not warm" condition
 * counts too, as written: in 还是不保温就给您换新 the negation scope would swallow the remedy.
 */
const FALLBACK = ['换新', '换个新', '换一个新', '新杯', '新的杯子', '退货', '退款', '退钱', '还不保温', '还是不保温', '仍不保温', '仍然不保温', '依然不保温', '还不行', '还是不行'];

/** The usual culprit of a cup that doesn't keep warm: the silicone seal inside the lid (a reply pointing there finds the cause). */
const SEAL = ['密封圈', '硅胶', '胶圈', '密封垫', '密封条', '垫圈', '橡胶圈', '皮圈', '密封'];

/** The lid itself: screwed on tight? Worth checking, but the seal is what most often fails. */
const LID = ['杯盖', '盖子', '拧紧', '盖紧', '拧好', '旋紧', '拧到底', '盖好'];

/** Preheating the cup with hot water first, named as a cause or a tip (a mention: 没预热 names it too). */
const NAMES_PREHEAT = { regex: '预(?:个|一下)?热|烫一下|烫一烫|烫杯|热水烫|先用热水|倒点热水|热水涮|温一下杯|温杯' };

/**
 * Meeting an angry customer first and asking in a tone of asking for help (用请教的口气), not ordering
 * him about: understanding, agreeing with him, 麻烦您 / 帮个忙, an apology, doing it together.
 */
const KIND_ASK = ['理解', '说得对', '说的对', '别急', '别着急', '着急', '心情', '麻烦', '帮忙', '帮个忙', '请您', '辛苦', '不好意思', '抱歉', '对不起', '一起', '一块儿', '懂您', '您方便', '方便的话', '原因找出来'];

/** Calming the customer and taking the problem on, without yet saying what to check. */
const TAKE_ON = ['理解您', '理解你', '着急', '心情', '负责到底', '一定帮您', '帮您解决', '给您解决', '帮您处理', '给您处理', '解决好', '处理好', '满意的答复', '满意的结果', '找找原因', '找到原因', '查明原因', '查一下原因', '排查'];

/** Asking the customer to pay for a fault of the goods: the part, the postage, a new purchase. */
const BUYER_PAYS = ['您出运费', '自己承担', '自己付', '自己出', '运费您出', '您承担', '您来承担', '您自己承担', '您这边承担', '您这边出', '您这边付', '买家承担', '自理', '垫付', '先垫', '您先付', '自费', '自付', '您付', '您自己付', '付费', '收费', '花钱', '掏钱', '自己买', '自己拍', '自己下单', '自行购买', '另外购买', '另外买', '另外拍', '单独购买', '单独买', '单独拍'];

/** Ways of apologising. */
const APOLOGY = ['抱歉', '对不起', '不好意思', '歉意', '道歉', '对不住', '过意不去', '道个歉', '赔个不是', '道两个歉', '愧疚'];

/**
 * Naming the first complaint: the cup does not keep warm. A mention, so a regex: 杯子不保温 and
 * 没达到保温效果 name it too (a negation-aware keyword would not see 保温 there).
 */
const NAMES_WARMTH = { regex: '保温|保住温|不热|温了|凉了|变凉' };

/** Naming the second complaint: nobody answered his question that night (same reason for a regex). */
const NAMES_SLOW_REPLY = { regex: '回复|回您|回你|及时回|没人回|有人回|才回|没回|没人理|不理|久等|等了|等到|没人在线|下班|怠慢|咨询' };

/** Saying the review is the customer's own choice. */
const RESPECT = ['您的权利', '您的权力', '您的自由', '您决定', '您自己决定', '您来决定', '您说了算', '您来定', '您做主', '由您', '自愿', '不会要求', '不会让您', '不会逼', '不强求', '不强迫', '尊重', '真实', '实际体验', '您的意愿', '看您自己', '您自己定', '随您', '您自己的决定', '您的决定', '任何要求', '想怎么写都可以', '怎么写都行', '不会干预', '不干预', '您自己的事'];

/** 7.2 顾客评价管理: a 差评; private contact, find the cause, solve it, never trade benefits for the review. */
export const scenario = {
  id: 'bad-review',
  title: '处理差评：保温杯“不保温”',
  module: 7,
  lesson: '7.2',
  kind: 'review',
  brief:
    '郑先生给保温杯打了差评。请你私下联系他：先真诚道歉，再帮他查明原因，提出免费的解决办法。记住，不能用返现、红包换好评，也不能要求顾客删评，评价由顾客自己决定。',
  persona: {
    name: '郑先生',
    type: '挑剔型',
    mood: -1,
    description: '对品质要求高，说话直接，咨询没人回复让他很不满。',
    color: '#5c4d3c',
  },
  product: {
    name: '暖居优品316不锈钢保温杯500ml',
    price: 89,
    specs: ['500 毫升', '316 不锈钢内胆', '硅胶密封杯盖', '保温 12 小时以上（教学示例）'],
  },
  facts: [
    '顾客昨天给出差评：“保温效果差，早上装的开水中午就温了；问客服半天没人回。”（教学示例）',
    '聊天记录：顾客前晚 23:40 咨询，客服已下班，次日 9:00 才回复（教学示例）',
    '保温效果差的常见原因：杯盖硅胶密封圈没装正或有损坏、杯盖没拧紧、装水前没有用热水预热（教学示例）',
    '售后：密封圈问题免费寄送新密封圈；仍不保温的可换新或退货退款，运费由店铺承担（教学示例）',
    '平台规定：不得用返现、红包、赠品等利益诱导顾客修改或删除评价（“好评返现”属于违规）',
    '差评处理四步：查明原因 → 私下沟通 → 公开回复 → 改进；公开回复不写补偿金额、不泄露顾客隐私',
  ],
  start: 'contact',
  requirements: ['m7.know.reviews', 'm7.skill.reviews', 'm7.know.process', 'm7.attitude.careful'],
  states: {
    contact: {
      topic: '私下联系，真诚道歉',
      customer: ['【买家评价 · 差评】保温杯根本不保温，早上装的开水，中午就温了。', '问客服半天没人理，差评！'],
      judge: {
        groups: [
          cashbackTrap,
          {
            id: 'blame-customer',
            when: [{ affirms: ['您没预热', '你没预热', '您用错', '你用错', '使用不当', '您自己', '你自己', '操作不当'] }],
            feedback: '一开口就说顾客用错了，顾客只会更生气。先道歉、了解情况，原因留到下一步再一起查。',
            points: 0,
            correctness: 'incorrect',
            misconception: '一开口就指责顾客使用不当',
            mood: -1,
          },
          {
            id: 'trap-dispute-slow',
            when: [{ regex: '不算(没人|不理|慢|晚)|(不是|并不是|也不是)没人(理|回)' }],
            feedback: '顾客等了一晚没人回复，这是实际感受。和他争“算不算没人理”只会火上浇油：先为回复不及时道歉，原因可以之后再说明。',
            points: 0,
            correctness: 'incorrect',
            misconception: '和顾客争辩回复慢的事，推卸责任',
            mood: -1,
          },
          {
            id: 'apologise-specific',
            when: [{ containsAny: APOLOGY }, NAMES_WARMTH, NAMES_SLOW_REPLY],
            feedback: '道歉具体又真诚：既说到保温问题，也承认回复不及时，顾客会愿意继续沟通。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'diagnose',
          },
          {
            id: 'apologise-warmth-only',
            when: [{ containsAny: APOLOGY }, NAMES_WARMTH],
            feedback: '为杯子不保温道了歉，说得具体。顾客的差评里还有一件事：咨询时半天没人回复，这一点也要向他道歉。',
            points: 1,
            correctness: 'partial',
            misconception: '只为一件不满道歉，漏了回复不及时',
            mood: 0,
          },
          {
            id: 'apologise-reply-only',
            when: [{ containsAny: APOLOGY }, NAMES_SLOW_REPLY],
            feedback: '为回复不及时道了歉，说得具体。顾客最不满的是杯子不保温，这一点也要向他道歉。',
            points: 1,
            correctness: 'partial',
            misconception: '只为一件不满道歉，漏了保温问题',
            mood: 0,
          },
          {
            id: 'generic-apology',
            when: [{ containsAny: [...APOLOGY, '理解'] }],
            feedback: '道歉了，但太笼统。说出顾客不满的具体问题（保温效果、回复不及时），顾客才觉得你真的看了评价。',
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
          {
            id: 'ask-no-apology',
            when: [{ act: 'ask', about: ['情况', '具体', '说说', '讲讲', '怎么用', '怎么回事', '问题'] }, { regex: '保温|杯|回复|咨询|下班' }],
            feedback: '主动了解情况是对的，但第一条私信先要真诚道歉：为杯子不保温、咨询没人及时回复向顾客说声抱歉，解释放在道歉之后。',
            points: 1,
            correctness: 'partial',
            misconception: '只解释、询问，没有向顾客道歉',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '第一条私信要先真诚道歉，并说出顾客不满的具体问题。',
          points: 0,
          correctness: 'incorrect',
          mood: -1,
        },
        samples: [
          { reply: '郑先生您好，我是暖居优品的客服小悦。看到您的评价，非常抱歉！保温效果不好，咨询时也没有及时回复您，想跟您了解一下具体情况，帮您解决。', expect: 'apologise-specific' },
          { reply: '不好意思，亲', expect: 'generic-apology' },
          { reply: '真抱歉，杯子不保温给您添堵了，您说说是怎么回事？', expect: 'apologise-warmth-only' },
          { reply: '对不起，那晚您留言时我们已经下班，没能及时回复您。', expect: 'apologise-reply-only' },
          { reply: '郑先生您好，我是客服小悦，杯子不保温具体是什么情况，您能讲讲吗？', expect: 'ask-no-apology' },
          { reply: '您好，保温不好一般是您使用不当', expect: 'blame-customer' },
          { reply: '抱歉让您不满意，不过那天是下班时间，也不是没人回您。', expect: 'trap-dispute-slow' },
          { reply: '亲，麻烦把差评改成好评，给您返现10元', expect: 'trap-cashback' },
          { reply: '您好', expect: 'no-answer' },
        ],
      },
      hints: [
        '私下联系的第一句话：自我介绍 + 具体的道歉。顾客不满的是哪两件事？',
        '例如：看到您的评价非常抱歉，保温效果让您失望，咨询时也没能及时回复您，想了解一下具体情况帮您解决。',
      ],
      model: '郑先生您好，我是暖居优品的客服小悦。看到您的评价真的非常抱歉：杯子保温效果让您失望，咨询时也没能及时回复您，是我们做得不到位。想跟您了解一下具体情况，尽快帮您解决。',
    },
    diagnose: {
      topic: '帮顾客查明原因',
      customer: ['道歉有什么用？', '杯子就是不保温，我花钱买个摆设吗？'],
      judge: {
        groups: [
          cashbackTrap,
          {
            id: 'trap-cold-water',
            // 装开水前先用冷水涮一下: the panel's tip is to warm the cup with hot water.
            when: [{ regex: '(?:冷水|凉水)[^，。！？]{0,6}?(?:涮|冲|烫|预热|泡|过一下|过一遍)' }],
            feedback: '预热要用热水：装开水前先倒点热水烫一下杯子，内壁先热起来，开水的热量才不会被吸走。用冷水涮，效果正好相反。请照资料说。',
            points: 0,
            correctness: 'incorrect',
            misconception: '说错了预热的方法',
            mood: -1,
          },
          {
            id: 'trap-deny',
            when: [{ affirms: ['质量没问题', '不会有问题', '杯子没问题', '密封没问题', '密封性没问题', '密封性很好', '密封很好', '肯定是您', '肯定是你', '别人都说好', '别人用着都', '没有人反映'] }],
            feedback: '否认问题、拿别人的评价来压顾客，只会让他更坚定地给差评。先和他一起把原因查出来。',
            points: 0,
            correctness: 'incorrect',
            misconception: '否认问题，拿其他顾客的评价压顾客',
            mood: -1,
          },
          {
            id: 'diagnose-tip',
            when: [{ containsAny: SEAL }, NAMES_PREHEAT, { containsAny: KIND_ASK }],
            feedback: '很专业：说出了常见的原因，请顾客检查杯盖里的密封圈、装水前预热，口气是请教而不是命令，既找原因，又不伤顾客面子。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'solution',
          },
          {
            id: 'tip-curt',
            when: [{ containsAny: SEAL }, NAMES_PREHEAT],
            feedback: '检查的要点都对。但顾客正在气头上，一上来就下指令显得生硬：先接住情绪（理解您的心情），再用请教的口气（麻烦您帮忙看一下）请他检查。',
            points: 1,
            correctness: 'partial',
            mannerOnly: true,
            misconception: '排查要点对，但语气生硬，没有回应顾客的情绪',
            mood: 0,
          },
          {
            id: 'seal-no-preheat',
            when: [{ containsAny: SEAL }],
            feedback: '请顾客检查密封圈，找到了最常见的原因。装开水前没有用热水预热杯子，也会让保温效果差很多，再提醒他预热一下。',
            points: 1,
            correctness: 'partial',
            misconception: '没有提醒顾客装水前先预热杯子',
            mood: 0,
          },
          {
            id: 'lid-only',
            when: [{ containsAny: LID }],
            feedback: '请顾客检查杯盖是对的，但保温差最常见的原因是杯盖里的硅胶密封圈：再请他看看密封圈有没有装正、有没有破损。',
            points: 1,
            correctness: 'partial',
            misconception: '没有请顾客检查最常见的原因：杯盖密封圈',
            mood: 0,
          },
          {
            id: 'preheat-only',
            when: [{ containsAny: ['预热', '预个热', '烫一下', '烫一烫', '热水烫', '温一下杯'] }],
            feedback: '预热的提醒有用，但保温差最常见的原因在杯盖：再请顾客看看杯盖里的硅胶密封圈有没有装正、有没有破损，杯盖有没有拧紧。',
            points: 1,
            correctness: 'partial',
            misconception: '只提了预热，没有请顾客检查密封圈和杯盖',
            mood: 0,
          },
          {
            id: 'ask-detail',
            when: [{ containsAny: ['怎么用', '如何使用', '怎么使用', '装的什么', '多少度', '照片', '视频', '拍一下', '拍个'] }],
            feedback: '了解情况没错，但顾客已经不耐烦了。直接说出最常见的原因（密封圈、杯盖、预热），请他检查。',
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
          {
            id: 'soothe-only',
            when: [{ containsAny: TAKE_ON }],
            feedback: '安抚了顾客、表示会负责，态度是对的。但顾客要的是具体办法：请他检查杯盖里的硅胶密封圈有没有装正、杯盖有没有拧紧，装水前有没有预热。',
            points: 1,
            correctness: 'partial',
            misconception: '只安抚，没有帮顾客排查原因',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '看看右侧“保温效果差的常见原因”，用请教的口气请顾客检查一下。',
          points: 0,
          correctness: 'incorrect',
          mood: -1,
        },
        samples: [
          { reply: '懂您的意思，这钱花得憋屈。咱们先一块儿排查下原因：您看看盖子里那圈硅胶密封圈是不是歪了、盖子拧紧没；装开水前先倒点热水把杯子预热一下。', expect: 'diagnose-tip' },
          { reply: '理解您的心情！麻烦您帮忙检查一下杯盖里的硅胶密封圈有没有装正、杯盖有没有拧紧？另外装开水前先用热水烫一下杯子，保温效果会好很多。', expect: 'diagnose-tip' },
          { reply: '请问您是怎么使用的？', expect: 'ask-detail' },
          { reply: '检查杯盖密封圈有无歪斜，装水前用热水预热杯子。', expect: 'tip-curt' },
          { reply: '您别着急，麻烦您看看杯盖里的密封圈是不是装歪了。', expect: 'seal-no-preheat' },
          { reply: '您把杯盖再拧紧一点试试，看看会不会好一些。', expect: 'lid-only' },
          { reply: '您别着急，这个问题我一定帮您处理好。', expect: 'soothe-only' },
          { reply: '您下次装开水前先用热水烫一下杯子试试，保温会好一些。', expect: 'preheat-only' },
          { reply: '我们的杯子质量没问题，别人用着都好好的', expect: 'trap-deny' },
          { reply: '麻烦您看下密封圈装正没有、盖子拧紧没有；装开水前先用冷水把杯子涮一下，保温会好很多。', expect: 'trap-cold-water' },
          { reply: '非常理解您的心情。麻烦您检查一下密封圈有没有装正；另外装开水前先用凉水过一下杯子，保温效果会好很多。', expect: 'trap-cold-water' },
          { reply: '您把差评删了吧，我们给您发个红包', expect: 'trap-cashback' },
          { reply: '嗯嗯', expect: 'no-answer' },
        ],
      },
      hints: [
        '右侧列出了保温效果差的常见原因。用请教的口气，请顾客检查一下。',
        '例如：麻烦您检查一下杯盖里的硅胶密封圈有没有装正、杯盖有没有拧紧；装开水前先用热水预热一下杯子。',
      ],
      model: '非常理解您的心情。麻烦您帮忙检查一下：杯盖里的硅胶密封圈有没有装正、杯盖有没有拧紧？另外装开水前先用热水预热一下杯子，保温效果会好很多。',
    },
    solution: {
      topic: '提出免费的解决办法',
      customer: ['……密封圈好像确实有点歪，边上还有道压痕。', '那现在怎么办？'],
      judge: {
        groups: [
          cashbackTrap,
          {
            id: 'buyer-pays',
            when: [{ affirms: BUYER_PAYS }],
            feedback: '密封圈有压痕，是商品本身的问题，费用应由店铺承担。让顾客自己花钱，差评只会更难挽回。',
            points: 0,
            correctness: 'incorrect',
            misconception: '商品问题却让顾客承担费用',
            mood: -1,
          },
          {
            id: 'solution-free',
            when: [{ containsAny: FREE }, { affirms: FALLBACK }, { containsAny: [...SEAL, '补寄', '补发'] }],
            feedback: '方案具体、费用说清：免费寄新密封圈，还不行就换新或退货退款，顾客没有后顾之忧。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'review-talk',
          },
          {
            id: 'free-no-fallback',
            when: [{ containsAll: [FREE, ['密封圈', '胶圈', '配件', '补发', '寄']] }],
            feedback: '免费寄新密封圈，方向对了。再给顾客一颗定心丸：换上后如果还是不保温，可以为他换新杯子或者退货退款。',
            points: 1,
            correctness: 'partial',
            misconception: '没有说明换上后仍不保温怎么办',
            mood: 0,
          },
          {
            id: 'return-no-seal',
            when: [{ containsAny: FREE }, { affirms: FALLBACK }],
            feedback: '换新或退货退款、运费由店铺承担，这些都合规。但顾客的杯子只是密封圈坏了：先免费给他寄一个新密封圈，换上后还不保温，再换新或退货退款。',
            points: 1,
            correctness: 'partial',
            misconception: '跳过了免费寄新密封圈这一步',
            mood: 0,
          },
          {
            id: 'solution-only',
            when: [{ containsAny: ['密封圈', '换新', '换一个', '补发', '寄', '退货', '退款'] }],
            feedback: '给出了办法。再说清“免费、运费由我们承担”，顾客才会放心。',
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
          {
            id: 'take-on-vague',
            when: [{ containsAny: ['售后', '负责', '我们的问题', '我们的责任', '责任在我们', '给您处理', '帮您处理', '给您解决', '帮您解决', '给您安排', '帮您安排'] }],
            feedback: '承认问题、表示会处理，态度是对的。但顾客问的是“现在怎么办”，要说出具体办法：免费寄一个新密封圈，换上还不保温就换新或退货退款。',
            points: 1,
            correctness: 'partial',
            misconception: '只说会处理，没有说出具体的免费解决办法',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '原因找到了。对照右侧售后规定，给出免费的解决办法。',
          points: 0,
          correctness: 'incorrect',
          mood: -1,
        },
        samples: [
          { reply: '非常抱歉，压痕说明密封圈本身有问题，是我们出库检查不仔细。我今天就免费给您寄一个新的密封圈；如果换了还是不保温，直接给您换新杯子或者退货退款。', expect: 'solution-free' },
          { reply: '给您寄一个新的密封圈', expect: 'solution-only' },
          { reply: '抱歉，您可以直接申请换新，来回运费由我们承担。', expect: 'return-no-seal' },
          { reply: '实在抱歉，这是我们的责任，我马上帮您安排售后。', expect: 'take-on-vague' },
          { reply: '实在抱歉，我今天就免费给您补寄一个密封圈，运费我们出。', expect: 'free-no-fallback' },
          { reply: '密封圈可以在店里单独购买哦', expect: 'buyer-pays' },
          { reply: '新密封圈给您寄过去，快递费要您这边承担一下。', expect: 'buyer-pays' },
          { reply: '给您补发一个密封圈，您把差评删了吧', expect: 'trap-cashback' },
          { reply: '好的', expect: 'no-answer' },
        ],
      },
      hints: [
        '密封圈有压痕，是商品的问题。对照右侧售后规定，店铺能为顾客做什么？',
        '可以说：免费给您寄一个新的密封圈，运费由我们承担；换上后还不保温，就为您换新或退货退款。',
      ],
      model: '非常抱歉，密封圈有压痕是我们出库检查不仔细。我今天就免费给您寄一个新的密封圈，运费由我们承担；如果换上后还是不保温，直接为您换新杯子或者退货退款。',
    },
    'review-talk': {
      topic: '回应“是不是想让我删差评”',
      customer: ['行吧，那就先换个密封圈试试。', '那个差评，你们是不是想让我删掉？'],
      judge: {
        groups: [
          cashbackTrap,
          {
            id: 'trap-pressure',
            when: [{ affirms: ['影响很大', '影响太大', '影响特别大', '扣工资', '扣钱', '被罚', '被扣', '被批评', '挨批', '帮帮忙', '帮个忙', '行行好', '求求您', '拜托您'] }],
            feedback: '嘴上说“您决定”，却诉苦说差评影响店铺、客服会被处罚，再请顾客“帮忙”，这是在变相施压删评。评价由顾客决定，不附加任何请求。',
            points: 0,
            correctness: 'incorrect',
            misconception: '用诉苦、求情向顾客施压删评',
            mood: -1,
          },
          {
            id: 'respect-and-follow',
            when: [
              {
                containsAll: [RESPECT, ['跟进', '回访', '联系您', '使用情况', '有问题', '随时', '今天', '寄出', '单号']],
              },
            ],
            feedback: '处理得很得体：评价由顾客自己决定，我们只管把问题解决好并跟进，这才是改善评价的正路。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'resolved',
          },
          {
            id: 'follow-only',
            when: [{ containsAny: ['跟进', '回访', '联系您', '随时', '寄出', '单号', '今天'] }],
            feedback: '承诺跟进很好，但顾客直接问了差评的事，要正面回应：评价是您的权利，我们不会要求您删除。',
            points: 1,
            correctness: 'partial',
            misconception: '回避顾客关于评价的直接提问',
            mood: 0,
          },
          {
            id: 'respect-only',
            when: [{ containsAny: RESPECT }],
            feedback: '正面回应了差评的事，评价由顾客决定，说得对。再说说接下来的安排：密封圈今天寄出，到货后你会回访使用情况，顾客才看到你是在解决问题。',
            points: 1,
            correctness: 'partial',
            misconception: '只回应了评价，没有说明后续跟进',
            mood: 0,
          },
          {
            id: 'reassure-only',
            when: [{ containsAny: ['别多想', '误会', '没有这个意思', '没这个意思', '不是这个意思', '不是为了', '解决问题', '解决好', '处理好', '弄好'] }],
            feedback: '表明只想把问题解决好，态度是对的。但顾客直接问了差评的事，要说清楚：评价是您的权利，我们不会要求您删除；再交代密封圈今天寄出、到货后回访。',
            points: 1,
            correctness: 'partial',
            misconception: '回应含糊，没有说明评价由顾客决定，也没有后续安排',
            mood: 0,
          },
          {
            id: 'deny-only',
            when: [{ regex: '^(?:亲|郑先生|您好)?(?:不会|不是的|不是|没有|当然不|绝对不|肯定不|怎么会)' }],
            feedback: '正面否认了，顾客能安心一些。但话只说了一半：说清评价是他的权利、由他自己决定，我们不会要求删除；再交代密封圈今天寄出、到货后你会回访。',
            points: 1,
            correctness: 'partial',
            misconception: '只否认，没有说明评价由顾客决定，也没有后续安排',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客在试探你。正面回应：评价是顾客的权利，不会要求删除；再承诺寄出密封圈后回访。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '您误会了，我联系您只是想把问题解决好，评价您想怎么写都可以，我们不会干预。新密封圈今天寄出，收到换上以后我再跟您确认保温效果。', expect: 'respect-and-follow' },
          { reply: '您放心，评价是您的权利，我们不会要求您删除。密封圈今天就给您寄出，到了以后我再回访一下使用情况；等问题解决了，您愿意的话可以按实际体验追评。', expect: 'respect-and-follow' },
          { reply: '密封圈今天给您寄出，有问题随时找我', expect: 'follow-only' },
          { reply: '不会的，评价怎么写由您自己决定。', expect: 'respect-only' },
          { reply: '要是您能改成好评，我们再送您一个杯子', expect: 'trap-cashback' },
          { reply: '您误会了，我们只是想把杯子的问题解决好。', expect: 'reassure-only' },
          { reply: '评价由您自己决定，我们不会用返现、红包这类东西换好评。', expect: 'respect-only' },
          { reply: '评价您自己决定，不过差评对店里影响很大，您看能不能帮个忙？', expect: 'trap-pressure' },
          { reply: '当然不是，您别担心。', expect: 'deny-only' },
          { reply: '嗯嗯', expect: 'no-answer' },
        ],
      },
      hints: [
        '顾客在试探：要正面回答，但不能提任何“换好评”的条件。',
        '可以说：评价是您的权利，我们不会要求您删除；密封圈今天寄出，到货后我回访一下使用情况。',
      ],
      model: '您放心，评价是您的权利，我们不会要求您删除或修改。密封圈今天就给您寄出，到货后我再回访一下使用情况，有任何问题随时找我。',
    },
    resolved: {
      end: '解决',
      customer: ['新密封圈换上了，确实保温了。态度还行，我回头追评说一下。'],
      summary: '你私下沟通、真诚道歉，帮顾客查明原因并免费解决，也没有用利益换评价；问题解决了，顾客主动追评，这才是处理差评的正路。',
    },
    complaint: {
      end: '投诉',
      customer: ['想花钱买我删差评？我要向平台举报！'],
      summary: '用返现或删评来换评价激怒了顾客；“好评返现”违反平台规则，店铺还可能因此被处罚。',
    },
  },
} satisfies ScenarioInput;

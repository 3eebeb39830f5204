import type { ScenarioInput } from '../../schemas/scenario.ts';

/** How to send the wrong cup back: the after-sales request in the order. */
const RETURN_STEPS = ['申请售后', '换货', '寄回', '退回', '寄到', '寄给我们'];

/** The return postage costs her nothing. */
const RETURN_FREE = ['到付', '我们承担', '我们出', '店铺承担', '不用您付', '无需您付', '不用您出', '由我们', '店里承担', '由店里', '算店铺', '算我们', '店铺出'];

/** When the new cup leaves. */
const SEND_TIME = ['今天', '当天', '马上', '立即', '今晚', '先发', '明天', '今日'];

/** Asking the customer to pay any postage for the shop's mistake, however it is put (垫付 and 报销 included). */
const BUYER_PAYS = ['您承担', '自己承担', '自己付', '自己出', '您自己承担', '您这边承担', '您这边出', '您这边付', '您出运费', '您自己出', '您自付', '自付', '买家承担', '运费自理', '自理', '您来出', '运费您出', '您付运费', '您自己付', '您先付', '您先出', '垫付', '先垫', '报销'];

/** Giving her the colour she ordered. */
const EXCHANGE = ['换', '重新发', '补发'];

/** The postage, and that the shop pays it. */
const POSTAGE = ['运费', '邮费', '快递费', '费用'];
const SHOP_PAYS = ['您都不用', '我们承担', '我们出', '店铺承担', '店铺出', '由我们', '由店铺', '我们来', '店铺来', '不用您', '无需您', '您不用', '您无需', '不需要您', '我们负责', '店铺负责', '我们支付', '我们付', '店铺付', '免费', '一分钱', '算我们', '算店里', '我们包', '全包', '本店承担', '由本店', '本店出', '店里承担', '由店里', '店里出', '一分不用', '一分钱不用', '一分都不用', '我们全出', '全是我们的', '算店铺', '不收运费', '也是我们的'];

/** Owning the mistake: the shop sent the wrong colour. */
const OWN_IT = ['责任在我们', '锅我们背', '锅在我们', '我们背锅', '我们的责任', '我们的问题', '我们的错', '我们的失误', '是我们', '我们发错', '我们拿错', '仓库拿错', '拿错了', '发错了', '责任在本店', '本店的责任', '本店的问题', '拣货错误', '拣错', '责任全在', '责任在店', '配货出了差错', '配错', '错拿', '责任由本店', '责任由我们', '出错', '错在我们', '错不在您', '不怪您', '不是您的问题', '跟您没关系'];

/** Asking for the evidence: a photo of the cup and the label under it. */
const PHOTO = ['照片', '拍一下', '拍个', '拍张', '拍下', '拍照', '拍一张', '图片', '标签'];

/** Asking for the evidence or checking the order. */
const VERIFY = [...PHOTO, '核实', '核对', '查看', '查一下', '查订单', '订单'];

/** Ways of apologising. */
const APOLOGY = ['抱歉', '致歉', '对不起', '不好意思', '歉意', '对不住', '赔个不是', '赔不是', '道歉', '道个歉', '添麻烦'];

/** Writing the case down where the next shift will see it. */
const RECORD = ['登记', '记录', '备注', '写清', '写进', '写在', '售后表'];

/** Handing the case over to the evening shift. */
const HANDOVER = ['交接', '交给', '转交', '接班', '晚班', '王丽', '丽姐'];

/**
 * 7.4 工作交接与售后表: the shop sent the wrong colour. Apologise and verify, own the mistake, exchange
 * with the shop paying both ways, explain the steps, then promise a recorded hand-over to the next shift.
 */
export const scenario = {
  id: 'exchange-wrong-item',
  title: '发错颜色：换货、登记与交接',
  module: 7,
  lesson: '7.4',
  kind: 'return',
  brief:
    '何女士拍的是雾蓝色保温杯，收到的却是奶白色。请你先道歉并核实，再安排换货、说明来回运费由店铺承担，讲清寄回和发货的安排。你 17:30 下班，最后要告诉她这单已登记、会交接给晚班同事，她不用重新说明。',
  persona: {
    name: '何女士',
    type: '急躁型',
    mood: -1,
    description: '买来送闺蜜的生日礼物，颜色发错了，又急又恼，最怕“没人管”。',
    color: '#3d6b8c',
  },
  product: {
    name: '暖居优品316不锈钢保温杯500ml',
    price: 89,
    specs: ['500 毫升', '雾蓝、奶白、樱粉三色', '316 不锈钢内胆'],
  },
  facts: [
    '订单 20251108-0087：雾蓝色保温杯 1 只，今天签收，收到的是奶白色（教学示例）',
    '原因：仓库拣货时拿错了颜色，责任在店铺（教学示例）',
    '库存：雾蓝色有现货（教学示例）',
    '发错货换货：来回运费由店铺承担，顾客寄回时选“运费到付”（教学示例）',
    '换货流程：订单页“申请售后” → 选择“换货” → 按系统地址寄回；店铺今天先发出雾蓝色新杯，单号通过平台消息告知（教学示例）',
    '你是早班，17:30 下班；晚班售后是王丽（丽姐）。处理情况要登记到售后表，写进交接班记录（教学示例）',
    '退款、补偿只能在平台内完成，不得私下转账',
  ],
  start: 'report',
  requirements: ['m7.skill.process', 'm7.know.form', 'm7.skill.handover', 'm7.attitude.careful', 'm7.attitude.teamwork'],
  states: {
    report: {
      topic: '道歉并核实发错的情况',
      customer: ['我买的是雾蓝色保温杯，收到的怎么是奶白色的？', '这是送人的生日礼物！你们到底怎么发货的？'],
      judge: {
        groups: [
          {
            id: 'trap-wrong-colour',
            // 您这单樱粉色的订单, 您订的是奶白色对吧: the ordered colour said otherwise.
            // 您订单里那只樱粉色, 把您的樱粉色发成了奶白色; the order's one cup said as two; a fourth colour the shop lacks.
            when: [{ regex: '(?:订|买|拍|下单)的(?:是)?(?!雾蓝|颜色)[\\u4e00-\\u9fa5]{2}色|这单(?!雾蓝)[\\u4e00-\\u9fa5]{2}色|(?:订单|订|拍|买|下单)[^，。！？]{0,8}?(?:那只|里的?|的|是)樱粉|(?:您|你)的樱粉|(?:订单|订|拍|买)[^，。！？]{0,10}?(?:两|2)只|雾蓝色?(?:的)?(?:保温杯)?(?:两|2)只|墨绿|(?:四|4)种颜色' }],
            feedback: '订单颜色说错了：顾客订的是雾蓝色，收到的是奶白色。核实从错处开始，顾客会觉得店铺连她的订单都没看。请先看清订单再回复。',
            points: 0,
            correctness: 'incorrect',
            misconception: '说错了顾客订单的颜色',
            mood: -1,
          },
          {
            id: 'trap-blame-buyer',
            when: [{ affirms: ['您拍错', '你拍错', '您选错', '你选错', '是不是拍错', '是不是选错', '您下单选的', '你下单选的', '您看错', '你看错', '选错了', '拍错了'] }],
            feedback: '还没核实就怀疑顾客拍错了，等于把责任推给顾客。先道歉，再请她拍照、你去查订单，事实会说话。',
            points: 0,
            correctness: 'incorrect',
            misconception: '没有核实就把责任推给顾客',
            mood: -2,
            next: 'complaint',
          },
          {
            id: 'push-keep',
            when: [{ affirms: ['将就', '凑合', '也挺好看', '也很好看', '也不错', '差不多'] }],
            feedback: '劝顾客“将就用”会让她觉得店铺想省事。她买的是雾蓝色，就应该收到雾蓝色。',
            points: 0,
            correctness: 'incorrect',
            misconception: '劝顾客将就用发错的商品',
            mood: -1,
          },
          {
            id: 'trap-skip-verify',
            when: [{ affirms: ['不用拍照', '不用拍了', '不需要拍照', '无需拍照', '不用核实', '不需要核实', '不用核对', '不用查了', '直接退款', '直接给您退', '您也留着', '杯子您留着', '送给您了'] }],
            feedback: '还没核实就直接退款、让顾客留下商品，既不符合换货流程，也没满足她要雾蓝色的心愿。先道歉，再请她拍照、你去核对订单。',
            points: 0,
            correctness: 'incorrect',
            misconception: '不核实就擅自退款或补偿',
            mood: -1,
          },
          {
            id: 'apologise-verify',
            when: [{ containsAll: [APOLOGY, PHOTO] }],
            feedback: '先道歉，再请顾客拍照、你去核实订单：既接住了情绪，又为下一步找到了依据。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'plan',
          },
          {
            id: 'apologise-check-order',
            when: [{ containsAll: [APOLOGY, VERIFY] }],
            feedback: '道歉并去查订单，方向对了。订单只能说明她拍的是什么，收到的是什么还要看实物：请她拍一下收到的杯子和杯底标签，两相对照才能确认是发错了。',
            points: 1,
            correctness: 'partial',
            misconception: '只查订单，没有请顾客拍照确认实物',
            mood: 0,
          },
          {
            id: 'apology-only',
            when: [{ containsAny: APOLOGY }],
            feedback: '道歉了，很好。再请顾客拍一下杯子和杯底标签的照片，你去核对订单，才能确认是不是发错了。',
            points: 1,
            correctness: 'partial',
            misconception: '只道歉，没有核实情况',
            mood: 0,
          },
          {
            id: 'verify-only',
            when: [{ containsAny: VERIFY }],
            feedback: '请顾客拍照、核对订单是对的。但她正在气头上，先说一句“非常抱歉给您发错了颜色”，再核实，语气会好很多。',
            points: 1,
            correctness: 'partial',
            misconception: '没有先向顾客道歉',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客说收到的颜色不对，很着急。先道歉，再请她拍照，你去核对订单。',
          points: 0,
          correctness: 'incorrect',
          mood: -1,
        },
        samples: [
          { reply: '您说下单的是雾蓝色，收到的却是奶白色，给您添麻烦了，先跟您道个歉。请您拍一下杯子和杯底标签，我对一下订单。', expect: 'apologise-verify' },
          { reply: '非常抱歉！我看您这单订的是樱粉色对吧？麻烦拍一下杯子和杯底标签的照片，我马上帮您核实。', expect: 'trap-wrong-colour' },
          { reply: '真的很抱歉！我看到您订单拍的是雾蓝色保温杯2只，麻烦您拍一下收到的杯子和杯底标签，我马上核实。', expect: 'trap-wrong-colour' },
          { reply: '非常抱歉给您发错了颜色！麻烦您拍一下杯子和杯底标签的照片，我马上核实订单。', expect: 'apologise-verify' },
          { reply: '对不起亲，给您添麻烦了', expect: 'apology-only' },
          { reply: '实在抱歉，我马上帮您核对一下订单信息。', expect: 'apologise-check-order' },
          { reply: '麻烦您拍一下收到的杯子，我查一下订单。', expect: 'verify-only' },
          { reply: '不好意思亲，不用拍照了，直接给您退款，杯子送给您了。', expect: 'trap-skip-verify' },
          { reply: '奶白色其实也挺好看的，要不您将就用一下？', expect: 'push-keep' },
          { reply: '亲，是不是拍错了颜色呀？', expect: 'trap-blame-buyer' },
          { reply: '您好，在的', expect: 'no-answer' },
        ],
      },
      hints: [
        '顾客在气头上。先说一句道歉，再想想：你要凭什么确认是发错了？',
        '可以说：非常抱歉给您发错了颜色！麻烦您拍一下杯子和杯底标签的照片，我马上为您核实订单。',
      ],
      model: '非常抱歉给您发错了颜色，让您失望了！麻烦您拍一下杯子和杯底标签的照片，我马上为您核实订单。',
    },
    plan: {
      topic: '明确责任，安排换货并说明运费',
      customer: ['【图片】你看，杯底标签写的是奶白。', '现在怎么办？我就想要雾蓝的。'],
      judge: {
        groups: [
          {
            id: 'trap-buyer-pays',
            when: [{ affirms: BUYER_PAYS }],
            feedback: '发错货是店铺的责任，来回运费都应由店铺承担。让顾客出运费，等于让她为我们的错误买单。',
            points: 0,
            correctness: 'incorrect',
            misconception: '发错货却让顾客承担运费',
            mood: -2,
          },
          {
            id: 'trap-keep-wrong',
            when: [{ affirms: ['缺货', '没货', '没有货', '无货', '断货', '卖完', '售罄', '没有现货', '暂无现货', '等补货', '将就', '凑合', '也挺好看', '也很好看', '留着吧', '您留着', '留着可以', '留着行'] }],
            feedback: '右侧库存写明雾蓝色有现货，顾客也说了就想要雾蓝色。说缺货、劝她留下奶白色，既与事实不符，又没满足她的要求。应承认是我们发错了，马上为她换成雾蓝色，来回运费由店铺承担。',
            points: 0,
            correctness: 'incorrect',
            misconception: '谎称缺货或劝顾客留下发错的商品',
            mood: -1,
          },
          {
            id: 'trap-upsell',
            // Selling her another cup while she is waiting for our mistake to be put right.
            when: [{ regex: '(要不要|需不需要|考虑|顺便)\\D{0,10}((加|再|多)(买|拍|带|来)(一|个|只)|(加|多)(一|1)只)|加购' }],
            feedback: '顾客正为发错货着急，这时推销别的商品会让她觉得店铺只想卖货。只做一件事：承认是我们发错了，换成雾蓝色，来回运费由店铺承担。',
            points: 0,
            correctness: 'incorrect',
            misconception: '处理发错货时趁机推销',
            mood: -1,
          },
          {
            id: 'exchange-free',
            when: [{ containsAll: [EXCHANGE, POSTAGE, SHOP_PAYS, [...OWN_IT, ...APOLOGY, '怪我们', '失误']] }],
            feedback: '责任说清、方案具体、运费讲明：换成雾蓝色，来回运费由店铺承担，顾客一听就放心了。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'how',
          },
          {
            id: 'exchange-free-unowned',
            when: [{ containsAll: [EXCHANGE, POSTAGE, SHOP_PAYS] }],
            feedback: '方案和运费都说清了：换成雾蓝色，来回运费由店铺承担。但顾客还在生气：先明确责任，说一句“确实是我们仓库拿错了颜色，真的很抱歉”，她才觉得店铺认了错。',
            points: 1,
            correctness: 'partial',
            misconception: '给了方案，但没有承认责任、没有道歉',
            mood: 0,
          },
          {
            id: 'exchange-only',
            when: [{ containsAny: ['换货', '换成', '换一个', '换个', '给您换', '帮您换', '调换', '更换', '重新发', '重新给您发', '重发', '补发', '换雾蓝'] }],
            feedback: '答应换货是对的。再说清来回运费由店铺承担，顾客才不会担心要自己掏钱。',
            points: 1,
            correctness: 'partial',
            misconception: '没有说明发错货的运费由店铺承担',
            mood: 0,
          },
          {
            id: 'refund-only',
            when: [{ affirms: ['退款', '退货', '退钱'] }],
            feedback: '顾客明确说“就想要雾蓝的”，她要的是换货。先满足她的要求；雾蓝色有现货，不必只给退款。',
            points: 0,
            correctness: 'incorrect',
            misconception: '没有回应顾客换货的真实需求',
            mood: -1,
          },
          {
            id: 'postage-only',
            when: [{ containsAll: [POSTAGE, SHOP_PAYS] }],
            feedback: '说清了来回运费由店铺承担，很好。但顾客问的是“现在怎么办”：她就想要雾蓝色，雾蓝色有现货，明确告诉她马上为她换成雾蓝色。',
            points: 1,
            correctness: 'partial',
            misconception: '只说了运费，没有给出换成雾蓝色的方案',
            mood: 0,
          },
          {
            id: 'own-only',
            when: [{ affirms: OWN_IT }],
            feedback: '承认了是我们发错，很好。顾客问“现在怎么办”：雾蓝色有现货，马上为她换成雾蓝色，来回运费都由店铺承担。',
            points: 1,
            correctness: 'partial',
            misconception: '承认了责任，但没有给出换货方案',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '照片证明确实发错了。承认责任，告诉她怎么解决、运费由谁承担。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '确实是我们仓库拿错了颜色，责任在我们。马上为您换成雾蓝色，来回运费都由我们承担。', expect: 'exchange-free' },
          { reply: '好的，给您换货', expect: 'exchange-only' },
          { reply: '这事不怪您，是我们仓库拿错了，真的很抱歉。雾蓝色有现货，给您换成雾蓝的，来回运费您一分都不用出。', expect: 'exchange-free' },
          { reply: '给您换雾蓝色，运费我们出。奶白色也很好卖，要不要顺便多买一只？', expect: 'trap-upsell' },
          { reply: '可以，给您换成雾蓝色，来回的运费由我们承担。', expect: 'exchange-free-unowned' },
          { reply: '您放心，这次来回的快递费都由我们来出。', expect: 'postage-only' },
          { reply: '那给您退款吧', expect: 'refund-only' },
          { reply: '真不好意思，雾蓝色暂时断货了，奶白色您将就一下行吗？', expect: 'trap-keep-wrong' },
          { reply: '看了照片，确实是我们发错了，实在对不起。', expect: 'own-only' },
          { reply: '给您换雾蓝色的，不过运费得您这边先垫付，之后给您报销。', expect: 'trap-buyer-pays' },
          { reply: '可以换，不过寄回的运费需要您承担哦', expect: 'trap-buyer-pays' },
          { reply: '嗯嗯', expect: 'no-answer' },
        ],
      },
      hints: [
        '照片证明是店铺发错了。责任在谁？顾客想要什么？运费该谁出？',
        '可以说：确实是我们仓库拿错了颜色，责任在我们。雾蓝色有现货，马上为您换成雾蓝色，来回运费都由我们承担。',
      ],
      model: '看到照片了，确实是我们仓库拿错了颜色，责任在我们，真的很抱歉！雾蓝色有现货，马上为您换成雾蓝色，来回运费都由我们承担。',
    },
    how: {
      topic: '讲清寄回方式和新杯发出时间',
      customer: ['那行吧。', '我要怎么寄回去？新的什么时候能发？'],
      judge: {
        groups: [
          {
            id: 'trap-offline-refund',
            when: [{ affirms: ['微信转', '转账', '支付宝转', '私下补', '加我', '红包补'] }],
            feedback: '运费补偿只能在平台内按规则处理，或者请顾客选运费到付。私下转账绕开平台，违反平台规则，骗子也常用这一招。',
            points: 0,
            correctness: 'incorrect',
            misconception: '用私下转账补偿运费',
            mood: -1,
          },
          {
            id: 'trap-buyer-pays',
            when: [{ affirms: BUYER_PAYS }],
            feedback: '发错货是店铺的责任，寄回的运费也由店铺承担：请顾客寄回时选“运费到付”，不要让她先垫钱。',
            points: 0,
            correctness: 'incorrect',
            misconception: '发错货却让顾客承担或垫付运费',
            mood: -1,
          },
          {
            id: 'steps-and-time',
            when: [{ containsAll: [RETURN_STEPS, RETURN_FREE, SEND_TIME, ['售后', '换货', '订单页', '系统地址']] }],
            feedback: '步骤、运费和时间都讲清了：申请换货、寄回选到付、新杯今天发出。顾客知道自己下一步做什么。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'handover',
          },
          {
            id: 'steps-vague',
            when: [{ containsAll: [RETURN_STEPS, RETURN_FREE, SEND_TIME] }],
            feedback: '运费和新杯的发出时间都交代了，但寄回的做法太笼统。告诉她具体步骤：在订单页点“申请售后”选“换货”，按系统给的地址寄回。',
            points: 1,
            correctness: 'partial',
            misconception: '没有讲清寄回的具体步骤',
            mood: 0,
          },
          {
            id: 'steps-no-time',
            when: [{ containsAll: [RETURN_STEPS, RETURN_FREE] }],
            feedback: '寄回的方法和运费都说清了。顾客还问了新杯什么时候发：告诉她雾蓝色新杯今天就发出，单号会发给她。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客的全部问题',
            mood: 0,
          },
          {
            id: 'steps-no-postage',
            when: [{ containsAll: [RETURN_STEPS, SEND_TIME] }],
            feedback: '寄回的方法和新杯发出时间都说了。再提醒一句：寄回时快递选“运费到付”，费用由店铺承担，她不用先垫钱。',
            points: 1,
            correctness: 'partial',
            misconception: '没有说明寄回的运费怎么付',
            mood: 0,
          },
          {
            id: 'steps-only',
            when: [{ containsAny: RETURN_STEPS }],
            feedback: '寄回的方法说了。',
            asks: [
              { unless: ['到付', '运费', '邮费', '快递费'], say: '还要告诉她快递选运费到付，费用由店铺承担。' },
              { unless: [...SEND_TIME, '发出', '发新', '再发', '补发', '一周', '几天'], say: '还要告诉她新杯什么时候发出。' },
            ],
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客的全部问题',
            mood: 0,
          },
          {
            id: 'time-only',
            when: [{ containsAny: [...SEND_TIME, '发出', '单号'] }],
            feedback: '新杯的发出安排说了。顾客还问了怎么寄回：在订单页“申请售后”选“换货”，按系统地址寄回，快递选运费到付，费用由店铺承担。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客的全部问题',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客问了两件事：怎么寄回、新的什么时候发。对照右侧的换货流程回答。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '您在订单页点“申请售后”选择换货，按系统地址寄回奶白色杯子，快递选运费到付，费用由我们承担。雾蓝色新杯今天就给您发出。', expect: 'steps-and-time' },
          { reply: '您在订单页申请售后，把杯子寄回来就行', expect: 'steps-only' },
          { reply: '您申请售后选换货，寄回时选运费到付就可以。', expect: 'steps-no-time' },
          { reply: '把杯子寄回给我们，运费到付；新的今天就发出。', expect: 'steps-vague' },
          { reply: '您在订单页申请换货寄回来，雾蓝色的今天就给您发。', expect: 'steps-no-postage' },
          { reply: '雾蓝色新杯今天就安排发出，单号稍后发您。', expect: 'time-only' },
          { reply: '您先自己付运费寄回，我用微信转给您', expect: 'trap-offline-refund' },
          { reply: '您申请售后后把杯子寄回，运费先垫付一下，收到后给您报销。', expect: 'trap-buyer-pays' },
          { reply: '好的亲', expect: 'no-answer' },
        ],
      },
      hints: [
        '顾客问了两件事：怎么寄回，新的什么时候发。寄回的运费怎样做到不用她出？',
        '可以说：您在订单页“申请售后”选择换货，按系统地址寄回，快递选运费到付，费用由我们承担；雾蓝色新杯今天就为您发出。',
      ],
      model: '您在订单页点“申请售后”选择“换货”，按系统给的地址把奶白色杯子寄回，快递选运费到付，费用由我们承担。雾蓝色新杯今天就为您发出，单号我会发给您。',
    },
    handover: {
      topic: '登记售后表，承诺交接给下一班',
      customer: ['好的。不过你们这会儿快下班了吧？', '晚上我要是来问，找谁？别又得从头说一遍。'],
      judge: {
        groups: [
          {
            id: 'trap-start-over',
            when: [{ affirms: ['重新说', '再说一遍', '重新描述', '重新申请', '找其他客服', '明天再来', '明天早上再来', '明早再来', '明天再联系', '等我上班', '等我明天'] }],
            feedback: '让顾客找别人重新说一遍，正是交接没做好的表现。你下班前要把情况写进交接记录交给晚班同事，顾客不用重复。',
            points: 0,
            correctness: 'incorrect',
            misconception: '让顾客重复说明或等到下一班',
            mood: -1,
          },
          {
            id: 'trap-always-online',
            when: [{ affirms: ['我晚上也', '我晚上都', '我一直在线', '我会一直在线', '我都在线', '我随时在线', '我24小时', '我下班也', '我下班后也', '我下班了也', '下班我也', '下班后我也', '下班了我也'] }],
            feedback: '你 17:30 就下班，说“晚上一直在线”是做不到的承诺，顾客晚上找不到你会更生气。要登记售后表、写进交接记录，交给晚班的王丽接着跟进。',
            points: 0,
            correctness: 'incorrect',
            misconception: '承诺下班后自己也在线，做不到',
            mood: -1,
          },
          {
            id: 'handover-record',
            when: [{ containsAll: [HANDOVER, RECORD, ['放心', '担心', '不用', '不必', '无需', '不需要', '跟进', '接着', '直接找', '找她', '重新', '重复', '知道', '清楚']] }],
            feedback: '告诉顾客已登记、会交接给谁、她不用重新说明，顾客知道这件事一直有人管。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'resolved',
          },
          {
            id: 'handover-curt',
            when: [{ containsAll: [HANDOVER, RECORD] }],
            feedback: '登记和交接都做了，但回复太简短，顾客仍不放心。说清晚班同事会接着跟进，她不用从头说一遍，让她安心。',
            points: 1,
            correctness: 'partial',
            mannerOnly: true,
            misconception: '交接说得生硬，没有让顾客安心',
            mood: 0,
          },
          {
            id: 'record-only',
            when: [{ containsAny: RECORD }],
            feedback: '已经登记，很好。还要告诉顾客：你下班前会交接给晚班的王丽，她晚上来问可以联系王丽。',
            points: 1,
            correctness: 'partial',
            misconception: '只说登记，没有说明交接给谁',
            mood: 0,
          },
          {
            id: 'handover-only',
            when: [{ containsAny: HANDOVER }],
            feedback: '说了交接给谁，很好。再告诉顾客这单已经登记在售后表里，晚班同事一看就知道情况，她不用重新说明。',
            points: 1,
            correctness: 'partial',
            misconception: '只口头交接，没有登记售后表',
            mood: 0,
          },
          {
            id: 'self-only',
            when: [{ containsAny: ['随时找我', '明天我', '我明早', '我会跟进', '我来跟进', '我负责'] }],
            feedback: '愿意负责很好，但你马上下班了，晚上她来问时你不在。要登记售后表、写交接记录，交给晚班同事接着跟进。',
            points: 1,
            correctness: 'partial',
            misconception: '只凭个人承诺，没有登记和交接',
            mood: 0,
          },
          {
            id: 'someone-online',
            when: [{ containsAny: ['客服在线', '有客服', '同事在线', '有同事', '其他同事', '有人在', '有人值班', '值班', '晚上也有', '随时来问', '随时联系', '随时留言'] }],
            feedback: '晚上有同事在线没错，但顾客最怕从头说一遍。告诉她：这单已登记在售后表，你下班前会交接给晚班的王丽，她不用重新说明。',
            points: 1,
            correctness: 'partial',
            misconception: '没有登记和交接，顾客仍可能要重新说明',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客担心换班后没人管。告诉她你会登记、交接给谁，她不用重新说明。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '我已经把您的情况登记在售后表里，下班前会交接给晚班的王丽，她会接着跟进，您不用重新说明。新杯今天发出，单号会通过平台消息发给您。', expect: 'handover-record' },
          { reply: '您放心，明天我上班第一时间跟进', expect: 'self-only' },
          { reply: '已记录，交给晚班了。', expect: 'handover-curt' },
          { reply: '没关系，我下班后也会看消息，您晚上直接找我。', expect: 'trap-always-online' },
          { reply: '晚上也有同事值班的，您有问题随时联系就好。', expect: 'someone-online' },
          { reply: '您的情况我已经记录在售后表里了，请放心。', expect: 'record-only' },
          { reply: '晚上您直接找晚班的丽姐就行，我下班前会跟她说。', expect: 'handover-only' },
          { reply: '晚上的话您找其他客服重新说一下就行', expect: 'trap-start-over' },
          { reply: '嗯', expect: 'no-answer' },
        ],
      },
      hints: [
        '你 17:30 下班。怎样保证晚上有人接着管这件事，而且顾客不用从头说起？',
        '可以说：我已经把这单登记在售后表里，下班前会交接给晚班的王丽，她会接着跟进，您不用重新说明情况。',
      ],
      model: '您放心，我已经把这单登记在售后表里，下班前会当面交接给晚班的王丽，她会接着跟进，您不用重新说明情况。雾蓝色新杯今天发出，单号会通过平台消息告诉您。',
    },
    resolved: {
      end: '解决',
      customer: ['好，有人管我就放心了。谢谢你！'],
      summary: '你先道歉核实，承认责任并安排换货，说清运费由店铺承担和发货时间，又登记售后表、交接给晚班，顾客放心了。',
    },
    complaint: {
      end: '投诉',
      customer: ['明明是你们发错了，还说我拍错？我要投诉！'],
      summary: '没有核实就怀疑顾客拍错，把店铺的责任推给顾客，激怒了顾客，引来投诉。',
    },
  },
} satisfies ScenarioInput;

import type { ScenarioInput } from '../../schemas/scenario.ts';

/** Saying or showing it is a scam, refusing, or walking away: a reply with any of these is not paying. */
const SEES_SCAM = ['诈骗', '骗子', '骗局', '冒充', '举报', '截图', '留证', '报警', '不扫', '不会扫', '不付', '不会付', '不转', '不会转', '不点', '不会点', '不交', '不会交', '拒绝'];

/** Turning the request down, seeing through it, or no longer answering (lesson 2.4: 立即停止，不再回复). */
/** Checking the shop's state for oneself. */
const VERIFY = ['核实', '确认', '查', '核对', '看一下', '登录', '登陆', '上千牛', '为准', '去看', '看看', '要看', '只认', '打开千牛', '看有没有', '看官方', '看通知', '看下', '店铺状态'];
/** Where the shop's real state is shown. */
const OFFICIAL_CHANNEL = ['千牛', '官方', '后台', '卖家中心', '工作台', '平台通知', '消息中心'];
/** Asking the account for proof of who it is. */
const ASK_PROOF = ['工号', '工牌', '证件', '官方证明', '发个证明', '发一下证明', '出示'];

const REFUSE_OR_STOP = [
  '不会', '不扫', '不点', '不付', '不转', '不缴', '不交', '拒绝', '不填', '不理', '不处理', '不予理会', '不回应', '不回复', '不再回复', '不操作', '一律不',
  '没有这种', '没有这个', '不存在', '不收', '诈骗', '骗子', '骗局', '冒充', '假的',
];

/** Where the agent checks or reports: official channels, the supervisor, evidence. */
const OFFICIAL_OR_REPORT = ['官方', '千牛', '卖家中心', '工作台', '后台', '消息中心', '举报', '主管', '周姐', '核实', '投诉', '截图', '留证', '报警'];

/** Where the agent reports or checks, beyond keeping evidence: a screenshot alone is not yet a report. */
const REPORT_OR_CHECK = ['官方', '千牛', '卖家中心', '工作台', '后台', '消息中心', '举报', '主管', '周姐', '核实', '投诉', '报警'];

/** Keeping evidence. */
/**
 * Looking for the "official" word somewhere anyone can write (旺旺里有没有平台安全中心的通知, 店铺状态看支付宝里的账户通知), or
 * saying the platform collects by 旺旺: only 千牛工作台 and 卖家中心 carry the shop's real state.
 */
const trapWrongChannel = {
  id: 'trap-wangwang-notice',
  when: [
    { regex: '(?:看|查|以)(?:看)?(?:一下)?(?:旺旺|支付宝|短信|微信)(?:里|上|消息)?[^。；！？，]{0,20}?(?:通知|官方账号|为准)' },
    { notContains: ['不会', '别信', '不要信', '不信', '假的', '冒充', '不是官方'] },
  ],
  feedback: '旺旺、支付宝、短信里的消息谁都能发，“平台安全中心”这样的名字也能仿冒。店铺状态只以千牛工作台、卖家中心里的官方通知为准，平台也不会通过旺旺私聊收保证金。',
  points: 0,
  correctness: 'incorrect' as const,
  misconception: '把旺旺等私聊消息当成官方通知',
  mood: 0,
};

/** 平台真要收保证金，只会用旺旺官方号私聊发缴费单: the platform's way of collecting made up (it collects by no chat). */
const trapWangwangRule = { ...trapWrongChannel, id: 'trap-wangwang-rule', when: [{ regex: '只会(?:用|通过)旺旺|旺旺官方号' }] };

const EVIDENCE = ['截图', '截屏', '留证', '存证', '证据'];

/** Telling someone in the shop: the supervisor, or a report upward. */
const TELL_SHOP = ['主管', '周姐', '领导', '上级', '组长', '汇报', '上报', '报告'];

/** Refusing to give the code. */
const REFUSE_CODE = ['不会', '不提供', '不发', '不能', '不给', '拒绝', '不告诉', '不透露', '绝不', '不外传', '不外泄', '不外发', '别把验证码', '不要把验证码', '千万别把', '门儿都没有', '门都没有', '没门', '想都别想', '不予提供', '不可能给'];

/** No longer answering the account (lesson 2.4: 立即停止，不再回复). */
const STOP = ['不回复', '不再回复', '不回了', '不会再回', '不回应', '不理', '不再理', '不搭理', '不予理会', '拉黑', '屏蔽'];

/**
 * 2.4 网络安全与防骗: a fake 平台小二 on 旺旺 says the shop is frozen and asks for a deposit, then
 * for an SMS code. No 禁用语 trap here: “我不知道你是谁” is a fine thing to say to a scammer.
 * Falling for it ends as 流失: the shop loses money or its account.
 */
export const scenario = {
  id: 'scam-fake-xiaoer',
  title: '防骗：冒充平台小二的“冻结店铺”',
  module: 2,
  lesson: '2.4',
  kind: 'scam',
  brief:
    '你在千牛值班时，一个自称“平台安全中心小二”的旺旺账号发来消息，说店铺被冻结，要求交保证金、索要验证码。请你识破骗局：不和对方纠缠，不点链接、不扫码、不付款、不给验证码，通过官方渠道核实并举报，及时报告主管。',
  persona: {
    name: '安全中心小二',
    type: '冒充平台人员的骗子',
    mood: 0,
    description: '自称平台安全中心工作人员，语气急迫，不断制造“马上关店”的恐慌。',
    color: '#4a4e69',
  },
  product: {
    name: '暖居优品4.5L空气炸锅（本场景不涉及商品销售）',
    price: 259,
  },
  facts: [
    '平台工作人员不会通过旺旺私聊、QQ、微信要求商家缴纳保证金、解冻费或做“资金验证”',
    '店铺状态和违规处罚以千牛工作台、卖家中心的官方通知为准',
    '短信验证码、账号密码任何情况下都不能告诉他人，平台工作人员也不会索要',
    '不点陌生链接、不扫陌生二维码、不接收陌生文件、不接受远程控制',
    '发现可疑账号：不再回复，不和对方争辩、解释或威胁；截图保存证据，通过千牛官方渠道核实、举报，并报告客服主管周姐',
  ],
  start: 'freeze',
  requirements: ['m2.know.security', 'm2.skill.scam', 'm2.skill.wangwang', 'm2.attitude.security'],
  states: {
    freeze: {
      topic: '对“店铺被冻结”保持警惕',
      customer: ['【平台安全中心】您好，这里是平台小二。', '系统检测到贵店存在违规交易，店铺已被冻结，24 小时内不处理将永久关店。'],
      judge: {
        groups: [
          {
            id: 'trap-follow',
            // Asking the account for its steps or promising to do as it says, even while reporting it.
            when: [{ affirms: ['按您说的', '按你说的', '照您说的', '照你说的', '听您的', '听你的', '按您的要求', '按你的要求', '解冻流程', '解冻步骤'] }],
            feedback: '向对方要“解冻流程”、答应照他说的去操作，就是在配合骗子。店铺状态只看千牛工作台的官方通知，不按陌生账号的指示做任何操作。',
            points: 0,
            correctness: 'incorrect',
            misconception: '没有核实对方身份就照做',
            mood: 0,
            next: 'deposit',
          },
          {
            id: 'trap-threaten',
            // Threatening the account keeps the talk going (lesson 2.4: 不争辩、不威胁).
            when: [{ regex: '再[^我]{0,6}我就去?(报警|举报|投诉)|否则.{0,6}(报警|举报|投诉)' }],
            feedback: '和对方对骂、放话威胁，只会让对话继续下去。不再回复，去千牛工作台核实店铺状态，截图留证，报告主管周姐。',
            points: 0,
            correctness: 'incorrect',
            misconception: '与骗子争辩、威胁，而不是直接处置',
            mood: 0,
          },
          {
            id: 'trap-comply',
            when: [
              { affirms: ['马上处理', '我该怎么做', '需要我做什么', '怎么解冻', '配合您', '配合你', '按您说的', '听您的', '您说怎么办', '您快告诉我'] },
              { notContains: ['核实', '千牛', '官方', '后台', '卖家中心', '为准', '骗', '冒充', '主管', '周姐'] },
            ],
            feedback: '还没核实对方身份就准备照做，正中骗子下怀。“冻结”“关店”是在制造恐慌，先去官方后台核实。',
            points: 0,
            correctness: 'incorrect',
            misconception: '没有核实对方身份就照做',
            mood: 0,
            next: 'deposit',
          },
          trapWrongChannel,
          {
            id: 'verify-official',
            when: [
              { containsAll: [VERIFY, OFFICIAL_CHANNEL, [...TELL_SHOP, ...EVIDENCE]] },
              // Asking the account itself for a badge number or proof is not checking: anyone can fake those.
              { notContains: ASK_PROOF },
            ],
            feedback: '很冷静：店铺状态以千牛后台的官方通知为准，不听陌生账号一面之词，也不必和对方多说。',
            points: 2,
            correctness: 'correct',
            mood: 0,
            next: 'deposit',
          },
          {
            id: 'official-report',
            // Naming where real notices appear and reporting there is the check, said another way.
            when: [{ containsAll: [OFFICIAL_CHANNEL, ['举报'], [...TELL_SHOP, ...EVIDENCE]] }, { notContains: ASK_PROOF }],
            feedback: '处置正确：真正的处罚通知只在千牛官方渠道，不信陌生账号；截图留证、举报并报告主管。',
            points: 2,
            correctness: 'correct',
            mood: 0,
            next: 'deposit',
          },
          {
            id: 'verify-only',
            when: [{ containsAll: [VERIFY, OFFICIAL_CHANNEL] }, { notContains: ASK_PROOF }],
            feedback: '核实的渠道对了：店铺状态以千牛工作台的官方通知为准。还要把聊天记录截图留证，并报告主管周姐，让店里知道有人冒充平台。',
            points: 1,
            correctness: 'partial',
            misconception: '核实了，但没有留证、没有报告主管',
            mood: 0,
          },
          {
            id: 'trap-ask-proof',
            // Checking by asking the account itself for a badge number: anyone can fake one, and it keeps the talk going.
            when: [{ affirms: ASK_PROOF }, { containsAny: ['核实', '确认', '验证', '是不是真'] }, { notContains: [...OFFICIAL_CHANNEL, '平台不会', '平台从不', '造假', '编'] }],
            feedback: '向对方本人要工号来核实，骗子随时能编一个，还会让对话继续下去。不再回复，自己登录千牛工作台核实店铺状态，以官方通知为准。',
            points: 0,
            correctness: 'incorrect',
            misconception: '向可疑账号本人核实身份，继续纠缠',
            mood: 0,
          },
          {
            id: 'doubt-only',
            when: [{ containsAny: ['骗子', '诈骗', '骗', '官方', '证明', '工号', '真的假的', '身份', '是真的吗', '真的是', '没收到', '没有收到', '没看到', '不相信', '不信', '可疑', '怀疑', '警惕'] }],
            feedback: '有警惕心很好。但不要和对方纠缠身份，直接去千牛工作台核实店铺状态，才是可靠的办法。',
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
          {
            id: 'report-only',
            when: [{ containsAny: ['主管', '周姐', '上报', '报告', '截图', '举报', '领导'] }],
            feedback: '报告主管是对的。同时要自己登录千牛工作台，以官方通知为准核实店铺状态，不必和对方多说。',
            points: 1,
            correctness: 'partial',
            misconception: '只报告主管，没有通过官方渠道核实',
            mood: 0,
          },
          {
            id: 'ask-details',
            when: [{ containsAny: ['什么违规', '哪里违规', '怎么处理', '怎么办', '什么情况', '为什么冻结'] }],
            feedback: '顺着对方的话追问，就已经把他当成了真的平台人员。真正的处罚通知只会出现在千牛后台。',
            points: 0,
            correctness: 'incorrect',
            misconception: '把陌生账号当成真的平台人员',
            mood: 0,
            next: 'deposit',
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '陌生账号说店铺被冻结，第一反应应该是：去千牛工作台的官方通知里核实。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '店铺状态我会自己登录千牛工作台核实，以官方通知为准。', expect: 'verify-only' },
          { reply: '真要处罚，千牛后台会有官方通知。这个账号我截图后举报，再告诉周姐。', expect: 'official-report' },
          { reply: '不跟他聊了。我先登录卖家中心看看有没有官方通知，再把这事上报给周姐。', expect: 'verify-official' },
          { reply: '不理他。我自己登千牛看下店铺状态，截图发给周姐。', expect: 'verify-official' },
          { reply: '先不回复。去看看旺旺里有没有“平台安全中心”发来的正式通知，以那条为准；截图留证，告诉周姐。', expect: 'trap-wangwang-notice' },
          { reply: '先不回复，店铺状态看支付宝里的账户通知就行；截图留证，报告周姐。', expect: 'trap-wangwang-notice' },
          { reply: '不回复。平台不会在旺旺里私聊发冻结通知，我去千牛工作台核实，截图报告周姐。', expect: 'verify-official' },
          { reply: '你怎么证明你是平台的人？', expect: 'doubt-only' },
          { reply: '我们没收到任何处罚通知，你说的我不太相信。', expect: 'doubt-only' },
          { reply: '你先出示工号，我再去千牛核实。', expect: 'doubt-only' },
          { reply: '这事我得先问问我们领导。', expect: 'report-only' },
          { reply: '是不是冻结，我自己去卖家中心查一下就知道了。', expect: 'verify-only' },
          { reply: '我先让他出示工号，确认一下身份再说。', expect: 'trap-ask-proof' },
          { reply: '请问我们店是什么违规？', expect: 'ask-details' },
          { reply: '好的好的，我该怎么做？', expect: 'trap-comply' },
          { reply: '我会告诉主管，你先把解冻步骤发过来，我照你说的做。', expect: 'trap-follow' },
          { reply: '别装了，再来骚扰我就去投诉你。', expect: 'trap-threaten' },
          { reply: '哦', expect: 'no-answer' },
        ],
      },
      hints: [
        '店铺真的被处罚，会在哪里看到通知？陌生账号的一面之词能信吗？',
        '不必和对方多说，也别追问“哪里违规”：写下你的处置就好——登录千牛工作台核实店铺状态，以官方通知为准；截图留证，报告主管周姐。',
      ],
      model: '（不回应对方的要求，不再回复。）自己登录千牛工作台核实店铺状态，以官方通知为准；聊天记录截图留证，报告主管周姐。',
    },
    deposit: {
      topic: '拒绝扫码付款和陌生链接',
      customer: [
        '后台显示要延迟同步，你先别管。',
        '解冻需要缴纳 2000 元保证金，审核通过后原路退回。扫下面的二维码付款，或者点链接填写店铺信息：http://tb-jiedong.example.com',
      ],
      judge: {
        groups: [
          trapWangwangRule,
          trapWrongChannel,
          {
            id: 'trap-pay',
            when: [
              {
                affirms: [
                  '扫码', '扫了', '已扫', '扫一下', '付款了', '去付款', '先付款', '付了', '转了', '已转', '我去付', '马上付', '马上扫', '这就付', '这就扫', '这就交', '这就转', '再付', '先交',
                  '点开', '点链接', '点一下', '先点', '已填', '填好了', '好的我付', '我扫',
                ],
              },
              { notContains: SEES_SCAM },
            ],
            feedback: '危险！“解冻保证金”是典型骗局：扫码付款、点链接填信息，钱和账号都可能被骗走。',
            points: 0,
            correctness: 'incorrect',
            misconception: '扫码付款或点击陌生链接，落入“解冻保证金”骗局',
            mood: 0,
            next: 'scammed',
          },
          {
            id: 'trap-click',
            // Opening the link "just to look" (even without paying) already hands the page a chance to steal the shop's details.
            when: [
              { affirms: ['点链接', '点开链接', '点这个链接', '点一下链接', '点进去', '点开看看', '打开链接', '打开这个链接', '填信息', '填一下信息', '填店铺信息'] },
              { notContains: ['骗', '冒充', '举报'] },
            ],
            feedback: '危险！陌生链接不能点，哪怕只是“看看”、不付款：钓鱼页面会骗走店铺账号和信息，甚至植入木马。不点链接、不扫码、不付款，截图留证，在千牛官方渠道举报。',
            points: 0,
            correctness: 'incorrect',
            misconception: '点击陌生链接，落入钓鱼骗局',
            mood: 0,
            next: 'scammed',
          },
          {
            id: 'trap-pay-other',
            // Asking for another way to pay, or passing the account on to a colleague, still treats it as the platform.
            when: [
              { regex: '收款(账户|账号|码)|对公账户|(手机号|电话|联系方式|微信).{0,4}(发给|给)(您|你)|(您|你)直接(跟|和|找|联系)' },
              { notContains: SEES_SCAM },
            ],
            feedback: '换个收款账户、把同事的联系方式给对方，都还是把他当成了平台人员。平台不会私聊收保证金：不付款，截图留证，在千牛官方渠道举报，报告主管周姐。',
            points: 0,
            correctness: 'incorrect',
            misconception: '没有识破“解冻保证金”骗局，继续配合对方',
            mood: 0,
          },
          {
            id: 'trap-ask-proof',
            when: [{ affirms: ASK_PROOF }, { containsAny: ['核实', '确认', '验证'] }],
            feedback: '向对方本人要工号来核实，骗子随时能编一个，还会让对话继续下去。不再回复，截图留证，在千牛官方渠道举报，报告主管周姐。',
            points: 0,
            correctness: 'incorrect',
            misconception: '向可疑账号本人核实身份，继续纠缠',
            mood: 0,
          },
          {
            id: 'refuse-report',
            // A screenshot alone is kept evidence, not yet a report: the evidence-only group below takes it.
            when: [{ containsAll: [REFUSE_OR_STOP, REPORT_OR_CHECK] }],
            feedback: '立场坚定：不扫码、不点链接、不付款，也不和对方纠缠，转而通过官方渠道核实、留证、举报。',
            points: 2,
            correctness: 'correct',
            mood: 0,
            next: 'code',
          },
          {
            id: 'report-evidence',
            // Evidence and a word to the supervisor still need the official side: a report or a check on 千牛.
            when: [
              { containsAll: [['举报', '截图', '留证', '证据', '报警', '投诉'], ['主管', '周姐', '千牛', '官方', '核实', '卖家中心', '后台', '工作台', '领导', '上报']] },
              { containsAny: ['举报', '报警', '投诉', '千牛', '官方', '核实', '卖家中心', '后台', '工作台'] },
            ],
            feedback: '处置正确：不理会对方的要求，截图留证、走官方渠道举报，并让主管知道。',
            points: 2,
            correctness: 'correct',
            mood: 0,
            next: 'code',
          },
          {
            id: 'negotiate',
            when: [
              { affirms: ['少点', '便宜', '分期', '能不能先', '晚点', '明天再', '先退', '多少钱', '能少', '打个折', '退回', '退还'] },
              { notContains: ['不付', '不会付', '不交', '不会交', '不扫', '不会扫', '不转', '不会转', '一分钱', '骗'] },
            ],
            feedback: '你还在和对方商量怎么付钱，说明没有识破骗局。平台从不私聊收取保证金，一分钱都不能付。',
            points: 0,
            correctness: 'incorrect',
            misconception: '还在和骗子商量付款，没有识破骗局',
            mood: 0,
          },
          {
            id: 'evidence-and-supervisor',
            when: [{ containsAll: [EVIDENCE, TELL_SHOP] }],
            feedback: '截图留证、报告主管周姐，这两步做对了。但还没有明确拒绝对方，也没有通过平台举报：一句“不扫码、不点链接、不付款”就够，再在千牛官方渠道举报这个账号。',
            points: 1,
            correctness: 'partial',
            misconception: '只留证和上报，没有拒绝和举报',
            mood: 0,
          },
          {
            id: 'evidence-only',
            when: [{ containsAny: EVIDENCE }, { notContains: REPORT_OR_CHECK }],
            feedback: '不理会对方、截图留证，都做对了。接下来在千牛官方渠道核实、举报这个账号，并报告主管周姐。',
            points: 1,
            correctness: 'partial',
            misconception: '只留证，没有举报和报告主管',
            mood: 0,
          },
          {
            id: 'refuse-only',
            when: [{ containsAny: [...REFUSE_OR_STOP, '骗', '别发', '举报', '截图'] }],
            feedback: '拒绝得对，一句就够，不必和对方争辩。接下来要截图留证，通过千牛官方渠道核实、举报这个账号，并报告主管周姐。',
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
          {
            id: 'check-first',
            when: [{ containsAny: ['主管', '周姐', '领导', '核实', '千牛', '官方', '卖家中心', '后台'] }],
            feedback: '先核实、问主管的意识是对的。但“扫码交保证金”本身就是骗局的信号：不扫码、不点链接、不付款，截图留证并通过千牛官方渠道举报。',
            points: 1,
            correctness: 'partial',
            misconception: '没有识破“解冻保证金”骗局，只是先去问',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '对方要你扫码交钱、点链接填信息，一分钱都不能付。最多简短拒绝一句，不再和对方纠缠；截图留证，通过千牛官方渠道核实、举报，并报告主管。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '平台不会通过旺旺私聊要求商家交保证金，这个码我不会扫，链接也不会点，我会在千牛官方渠道核实并举报。', expect: 'refuse-report' },
          { reply: '你是骗子吧，我不会付钱的', expect: 'refuse-only' },
          { reply: '不扫码、不点链接。平台真要收保证金，只会用旺旺官方号私聊发正式缴费单。', expect: 'trap-wangwang-rule' },
          { reply: '不扫码。保证金的事以旺旺里“平台安全中心”发的缴费通知为准，截图报告周姐。', expect: 'trap-wangwang-notice' },
          { reply: '这段聊天我截图保存了，交给主管周姐去处理。', expect: 'evidence-and-supervisor' },
          { reply: '聊天记录截图留证，在千牛官方渠道举报这个账号，再告诉主管周姐。', expect: 'report-evidence' },
          { reply: '我先打开链接看看是什么页面，钱先不付。', expect: 'trap-click' },
          { reply: '我先问问主管再说。', expect: 'check-first' },
          { reply: '不理他，先把聊天记录截屏保存。', expect: 'evidence-only' },
          { reply: '扫码交保证金？正规平台哪有这种要求，这是骗局，我已截图报告主管。', expect: 'refuse-report' },
          { reply: '2000太多了，能少点吗？', expect: 'negotiate' },
          { reply: '二维码我不放心，你发个对公账户过来吧。', expect: 'trap-pay-other' },
          { reply: '码先不扫，你告诉我工号，我确认一下。', expect: 'trap-ask-proof' },
          { reply: '我问下主管，这笔保证金以后真的会退还吗？', expect: 'negotiate' },
          { reply: '好的，我已扫码付款了', expect: 'trap-pay' },
          { reply: '稍等', expect: 'no-answer' },
        ],
      },
      hints: [
        '平台会通过旺旺私聊、二维码向商家收“解冻保证金”吗？',
        '最多一句简短的拒绝（不扫码、不点链接、不付款），不必和对方争辩；然后截图留证，在千牛官方渠道核实并举报，报告主管周姐。',
      ],
      model: '不扫码、不点链接、不付款。（不再回复；截图留证，在千牛官方渠道核实并举报该账号，报告主管周姐。）',
    },
    code: {
      topic: '拒绝提供短信验证码',
      customer: ['不交保证金也行，系统刚给你绑定的手机发了一条验证码。', '把 6 位验证码发给我，我帮你人工解冻。'],
      judge: {
        groups: [
          {
            id: 'trap-code',
            // The whole code, or part of it (是4开头的), is already a leak.
            when: [{ regex: '\\d{4,6}|\\d开头|开头是\\d|前几位是|发给你了|发你了|已经发给' }],
            feedback: '验证码一旦给出，骗子就能登录账号或完成支付。任何人索要验证码都不能给，平台工作人员也不会要。',
            points: 0,
            correctness: 'incorrect',
            misconception: '把短信验证码告诉他人',
            mood: 0,
            next: 'scammed',
          },
          {
            id: 'trap-link-code',
            // Typing the code into the account's link hands it over just the same.
            when: [{ affirms: ['链接里', '链接上', '页面里', '自己填', '填上', '填进', '输入验证码', '填验证码', '完成解冻'] }, { notContains: ['骗', '冒充', '不填', '不会填', '不输', '不会输', '不点', '不会点'] }],
            feedback: '把验证码填进对方给的链接，和直接发给他一样，骗子立刻就能拿到。验证码不给任何人，也不在陌生链接里填写。',
            points: 0,
            correctness: 'incorrect',
            misconception: '在陌生链接里填写验证码',
            mood: 0,
            next: 'scammed',
          },
          {
            id: 'refuse-threaten',
            // Refusing, then warning the account what will happen if it goes on: arguing and threatening keep the talk going.
            when: [
              { regex: '(你再|再这样|再敢|再骗|再来|再找|再威胁|再问|再要|再发).{0,8}就' },
              { containsAny: REFUSE_CODE },
            ],
            feedback: '守住了验证码，这是对的。但不必向对方解释，更不要放话威胁“再这样就举报你”：这只会让对方继续纠缠。拒绝一句就够，然后不再回复，自己动手处置。',
            asks: [
              { unless: ['截图', '截屏', '留证', '存证', '证据'], say: '把聊天记录截图留证。' },
              { unless: ['主管', '周姐'], say: '报告主管周姐。' },
              { unless: ['千牛', '官方'], say: '在千牛官方渠道举报这个账号。' },
            ],
            points: 1,
            correctness: 'partial',
            misconception: '向骗子解释、威胁，而不是直接处置',
            mood: 0,
          },
          {
            id: 'refuse-code-report',
            // A concrete step: 找官方 or 平台 alone names no report.
            when: [{ containsAll: [REFUSE_CODE, ['举报', '主管', '周姐', '千牛', '截图', '证据', '留证', '报告', '上报']] }],
            feedback: '完全正确：验证码绝不外传，同时截图留证、报告主管、官方举报。',
            points: 2,
            correctness: 'correct',
            mood: 0,
            next: 'threat',
          },
          {
            id: 'refuse-code-only',
            when: [{ containsAny: REFUSE_CODE }],
            feedback: '守住了验证码。再截图留证，报告主管并通过官方渠道举报，防止同事也被骗。',
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
          {
            id: 'report-only',
            when: [{ containsAny: ['截图', '留证', '证据', '主管', '周姐', '领导', '举报', '报告', '上报', '千牛', '官方'] }],
            feedback: '留证、报告的意识很好。但对方正在索要验证码，先用一句话明确拒绝：验证码不给任何人。',
            points: 1,
            correctness: 'partial',
            misconception: '没有明确拒绝提供验证码',
            mood: 0,
          },
          {
            id: 'stop-only',
            when: [{ containsAny: STOP }],
            feedback: '不再回复，验证码没有泄露，这是对的。还要截图留证，报告主管周姐，并通过千牛官方渠道举报这个账号。',
            points: 1,
            correctness: 'partial',
            misconception: '不回复后没有留证、报告和举报',
            mood: 0,
          },
          {
            id: 'hesitate',
            when: [{ affirms: ['哪条', '收到了', '我看看', '等一下', '稍等', '找一下'] }],
            feedback: '你在犹豫要不要给，这很危险。验证码的用途只有一个：证明“是你本人在操作”，给了别人就等于把账号交出去。',
            points: 0,
            correctness: 'incorrect',
            misconception: '犹豫着要不要提供验证码',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '对方在索要验证码。明确拒绝，并截图留证、报告主管、官方举报。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '验证码是绝不能告诉别人的，我不会发给你。聊天记录我已经截图，马上报告主管并通过平台举报。', expect: 'refuse-code-report' },
          { reply: '验证码？想都别想。不回了，截图，找周姐，千牛官方渠道举报走起。', expect: 'refuse-code-report' },
          { reply: '验证码不能给你', expect: 'refuse-code-only' },
          { reply: '验证码我不会给的，你再来骚扰我就报警。', expect: 'refuse-threaten' },
          { reply: '这段对话我会交给主管周姐处理。', expect: 'report-only' },
          { reply: '等一下，我看看是哪条', expect: 'hesitate' },
          { reply: '（不再理他）', expect: 'stop-only' },
          { reply: '验证码是 385216', expect: 'trap-code' },
          { reply: '验证码我自己输入到你发的页面里，完成解冻就行。', expect: 'trap-link-code' },
          { reply: '你是谁', expect: 'no-answer' },
        ],
      },
      hints: [
        '短信验证码是账号的“钥匙”。谁会真的需要你的验证码？',
        '一句“验证码不给”就够，不必向对方解释；然后把聊天记录截图留证，报告主管周姐，并通过千牛官方渠道举报这个账号。',
      ],
      model: '验证码不给。（不再回复；聊天记录截图留证，报告主管周姐，在千牛官方渠道举报该账号。）',
    },
    threat: {
      topic: '面对恐吓，报告并举报',
      customer: ['不配合是吧？后果自负！', '你们店马上就要被永久关店了，到时候别后悔！'],
      judge: {
        groups: [
          trapWrongChannel,
          {
            id: 'trap-panic',
            when: [{ affirms: ['我错了', '配合', '我这就付', '我付', '马上付', '马上交', '别关店', '求求', '我给你', '马上发', '这就发', '发给你', '发你'] }],
            feedback: '被恐吓吓住是骗子最想看到的。“马上关店”只是话术，真实的店铺状态看千牛官方通知。',
            points: 0,
            correctness: 'incorrect',
            misconception: '被恐吓吓住，转而配合骗子',
            mood: 0,
            next: 'scammed',
          },
          {
            id: 'trap-appease',
            // Apologising to the account or asking it for another way to unfreeze treats it as the platform.
            when: [
              { affirms: ['怎么解冻', '如何解冻', '解冻办法', '解冻方法', '别的办法', '其他办法', '还有什么办法', '刚才没配合', '刚才不配合'] },
              { notContains: ['骗', '冒充'] },
            ],
            feedback: '被恐吓后向对方道歉、问“还有什么解冻办法”，等于又把他当成了真的平台人员，骗子会接着设套。不再回复：店铺状态以千牛官方通知为准，截图留证、报告主管周姐，并在千牛官方渠道举报。',
            points: 0,
            correctness: 'incorrect',
            misconception: '被恐吓后继续和骗子周旋',
            mood: 0,
          },
          {
            id: 'argue',
            when: [{ affirms: ['你才', '去死', '滚', '傻', '有病'] }],
            feedback: '和骗子对骂没有意义，还可能被截图断章取义。不再回复，冷静留证、举报、报告主管。',
            points: 0,
            correctness: 'incorrect',
            misconception: '与骗子对骂，不冷静也不专业',
            mood: 0,
          },
          {
            id: 'trap-warn-back',
            // Warning the account of consequences keeps the talk going (lesson 2.4: 不争辩、不威胁).
            when: [{ regex: '否则.{0,10}(报警|举报|投诉|后果)|后果(由)?(您|你)(自负|承担)' }],
            feedback: '放话警告对方，只会让对话继续下去。不再回复：店铺状态以千牛工作台的官方通知为准，截图留证，报告主管周姐，在千牛官方渠道举报。',
            points: 0,
            correctness: 'incorrect',
            misconception: '与骗子争辩、威胁，而不是直接处置',
            mood: 0,
          },
          {
            id: 'trap-trust-account',
            when: [{ affirms: ['安全中心', '等小二', '看小二', '小二那边'] }, { notContains: ['冒充', '自称', '假', '骗'] }],
            feedback: '对方自称的“安全中心”“小二”不是官方渠道，等他们的处理结果就是还信着骗子。店铺状态以千牛工作台的官方通知为准；不再回复，截图留证，报告主管周姐，在千牛官方渠道举报。',
            points: 0,
            correctness: 'incorrect',
            misconception: '把陌生账号当成真的平台人员',
            mood: 0,
          },
          {
            id: 'report-and-stop',
            when: [{ containsAll: [['举报', '投诉', '报警'], ['主管', '周姐', '领导', '截图', '留证', '证据', '官方', '千牛', '卖家中心', '工作台', '上报']] }],
            feedback: '处置到位：不被恐吓左右，不再和对方纠缠，留证、举报并报告主管。事后再提醒同事防范同类骗局。',
            points: 2,
            correctness: 'correct',
            mood: 0,
            next: 'safe',
          },
          {
            id: 'official-and-evidence',
            when: [{ containsAll: [['官方', '千牛', '卖家中心', '工作台', '为准'], ['主管', '周姐', '领导', '截图', '留证', '证据', '上报']] }],
            feedback: '处置到位：店铺状态以官方通知为准，不被恐吓左右；留好证据交主管处理。也别忘了在千牛官方渠道举报这个账号。',
            points: 2,
            correctness: 'correct',
            mood: 0,
            next: 'safe',
          },
          {
            id: 'stop-only',
            when: [{ containsAny: ['不再回复', '不回复', '不会再回', '不回了', '不再理', '不会再理', '不搭理', '不理会', '拉黑', '屏蔽', '不理', '不聊', '不奉陪', '结束'] }],
            feedback: '不再纠缠是对的。',
            asks: [
              { unless: ['截图', '截屏', '留证', '存证', '证据'], say: '还要把聊天记录截屏保存下来。' },
              { unless: ['举报', '官方', '千牛', '核实'], say: '还要举报这个账号。' },
              { unless: ['主管', '周姐', '上级', '组长'], say: '还要向客服部负责人说明情况。' },
            ],
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
          {
            id: 'report-only',
            when: [{ containsAny: ['举报', '投诉', '报警', '上报', '报告', '主管', '周姐', '领导', '截图', '留证', '官方', '千牛'] }],
            feedback: '方向对了，但处置还不完整：不再回复对方，以千牛官方通知为准，截图留证、报告主管周姐，并通过千牛官方渠道举报这个账号。',
            points: 1,
            correctness: 'partial',
            misconception: '应急处置不完整',
            mood: 0,
          },
          {
            id: 'refuse-only',
            when: [{ containsAny: ['不会交', '不交', '不会付', '不付', '不会转', '不转', '不会给', '不给', '不会配合', '不配合', '不怕', '吓不到', '没用'] }],
            feedback: '没被吓住，也没有付钱，这很好。但不必再回应对方：不再回复，以千牛官方通知为准，截图留证，报告主管周姐，并在千牛官方渠道举报这个账号。',
            points: 1,
            correctness: 'partial',
            misconception: '只拒绝对方，没有留证、报告和举报',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '对方在恐吓。不要慌：以官方通知为准，截图留证、举报、报告主管。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '它说“后果自负”，别慌也别回。真要关店，千牛工作台会有官方通知，以那个为准。截图留证，报告周姐，走千牛官方渠道举报。', expect: 'report-and-stop' },
          { reply: '（不再回复。）店铺状态看支付宝里的账户通知就行；截图留证，报告周姐，在千牛官方渠道举报。', expect: 'trap-wangwang-notice' },
          { reply: '店铺状态以千牛官方通知为准。聊天记录我已截图保存，现在就报告主管周姐，并通过千牛官方渠道举报这个账号。', expect: 'report-and-stop' },
          { reply: '不理你了，拉黑', expect: 'stop-only' },
          { reply: '以卖家中心的官方通知为准，这段对话已截图交给主管。', expect: 'official-and-evidence' },
          { reply: '这件事我会跟主管说。', expect: 'report-only' },
          { reply: '吓唬我也没用，一分钱都不会付。', expect: 'refuse-only' },
          { reply: '你才要被关店，滚', expect: 'argue' },
          { reply: '你已涉嫌诈骗，立刻停手，否则我们就报警。', expect: 'trap-warn-back' },
          { reply: '截图发给主管了，店铺的事等小二那边通知吧。', expect: 'trap-trust-account' },
          { reply: '对不起，那还有其他办法能解冻吗？', expect: 'trap-appease' },
          { reply: '别别别，我配合，我这就付', expect: 'trap-panic' },
          { reply: '哦', expect: 'no-answer' },
        ],
      },
      hints: [
        '“马上关店”是恐吓话术。真实的店铺状态在哪里看？遇到可疑账号该怎么处置？',
        '不再回复对方，也不必争辩或威胁：以千牛官方通知为准；聊天记录截图留证，报告主管周姐，并通过千牛官方渠道举报这个账号。',
      ],
      model: '（不再回复。）店铺状态以千牛工作台的官方通知为准；聊天记录截图留证，报告主管周姐，在千牛官方渠道举报该账号。',
    },
    safe: {
      end: '解决',
      customer: [],
      summary: '你识破了冒充平台小二的骗局：不扫码、不点链接、不给验证码，通过官方渠道核实并举报，还及时报告主管，店铺资金和账号都安全。',
    },
    scammed: {
      end: '流失',
      customer: ['（对方收到后立刻下线，再也联系不上。）'],
      summary: '你按骗子的要求付了款或交出了验证码，店铺的钱和账号可能都已受损，这里记为“流失”。平台工作人员从不私聊索要保证金或验证码；一旦发现上当，立即修改密码、报告主管并联系平台官方客服，必要时报警。',
    },
  },
} satisfies ScenarioInput;

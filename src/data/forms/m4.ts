import type { FormInput } from '../../schemas/form.ts';
import { quickPhraseMaxChars } from '../phrases.ts';

// Module 4 forms: the quick-phrase setup sheet (4.1), the needs analysis (4.2), the promotion card (4.3)
// and the objection scripts (4.4). Shop rules in the references (发货时间、满减、赠品、在线时间) are the
// teaching examples of 暖居优品旗舰店 used in the lessons and scenarios.

const phraseSetup: FormInput = {
  id: 'm4.form.phrase-setup',
  title: '在线接待常用语设置表',
  lesson: '4.1',
  instructions:
    `按场景为暖居优品编写常用语，每条不超过 ${quickPhraseMaxChars} 字，设置一个好记的快捷编码，并写出使用要点。不得出现禁用语、绝对化用语和站外联系方式。`,
  rowHeader: '场景',
  columns: [
    { id: 'code', label: '快捷编码', width: 'narrow', hint: '2～4 个字母，好记即可，如 hy' },
    { id: 'phrase', label: '常用语内容', type: 'longtext', width: 'wide', hint: '简短、亲切、准确、有引导、合规' },
    { id: 'tips', label: '使用要点', type: 'longtext', hint: '什么时候发、发之前要核对什么' },
  ],
  rows: [
    {
      id: 'welcome',
      label: '欢迎语',
      cells: {
        code: { reference: 'hy' },
        phrase: { reference: '亲，在的，很高兴为您服务！我是客服小悦，请问想了解哪款商品呢？' },
        tips: { reference: '顾客第一条消息后立即发出，可设为首次接待自动回复；以问题结尾，引导顾客说出需求。' },
      },
    },
    {
      id: 'inquiry',
      label: '咨询引导',
      cells: {
        code: { reference: 'xq' },
        phrase: { reference: '方便说一下主要给谁用、平时几个人吃饭吗？我好帮您挑合适的容量。' },
        tips: { reference: '顾客需求不清楚时使用；一次只问一两个问题，问到的信息推荐时要用上。' },
      },
    },
    {
      id: 'bargain',
      label: '议价',
      cells: {
        code: { reference: 'yj' },
        phrase: { reference: '非常理解您想买得实惠，这款已是活动价，客服没有改价权限；我帮您申请一份小赠品，您看可以吗？' },
        tips: { reference: '先认同再说明，守住价格；只承诺店铺规定内的赠品，不擅自降价、抹零。' },
      },
    },
    {
      id: 'payment',
      label: '催付',
      cells: {
        code: { reference: 'cf' },
        phrase: { reference: '亲，看到您拍下的宝贝还没付款，是不是遇到什么问题了？16:00前付款当天就能发货哦。' },
        tips: { reference: '按“共情—提示—理由”组织；语气温和，不施压，不编造库存紧张或涨价。' },
      },
    },
    {
      id: 'farewell',
      label: '告别',
      cells: {
        code: { reference: 'zb' },
        phrase: { reference: '感谢您的支持！我们会尽快为您安排发货，祝您购物愉快，有问题随时找我哦。' },
        tips: { reference: '顾客下单或结束咨询时发；可先确认“还有什么可以帮您”，再告别。' },
      },
    },
    {
      id: 'offline',
      label: '离线回复',
      cells: {
        code: { reference: 'lx' },
        phrase: { reference: '亲，现在是客服休息时间，在线时间为每天8:30—24:00。请直接留言，我们上线后第一时间回复您。' },
        tips: { reference: '设为离线或离开时的自动回复；写清在线时间、何时回复，以及顾客现在可以先做什么。' },
      },
    },
  ],
  requirements: ['m4.know.phrases', 'm4.know.inquiry', 'm4.attitude.passion'],
};

const needsAnalysis: FormInput = {
  id: 'm4.form.needs-analysis',
  title: '客户诉求分析表',
  lesson: '4.2',
  instructions:
    '阅读每位顾客的原话，分析诉求类型、显性需求和隐性需求，判断顾客可能的类型，并写出你的回复。回复要先回应顾客，需要时用提问继续了解需求。',
  rowHeader: '顾客原话',
  columns: [
    {
      id: 'type',
      label: '诉求类型',
      type: 'choice',
      options: ['信息咨询', '选购推荐', '价格优惠', '物流配送', '售后保障', '意见投诉'],
    },
    { id: 'explicit', label: '显性需求', hint: '顾客说出来的' },
    { id: 'implicit', label: '隐性需求', type: 'longtext', hint: '从人物、场景、顾虑中推断' },
    { id: 'customer', label: '客户类型', width: 'narrow' },
    { id: 'reply', label: '我的回复', type: 'longtext', width: 'wide' },
  ],
  rows: [
    {
      id: 'single',
      label: '想买个电饭煲，我一个人住，早上老是来不及吃饭。',
      cells: {
        type: { reference: '选购推荐' },
        explicit: { reference: '一台电饭煲' },
        implicit: { reference: '容量小、占地小、价格适中，能预约煮粥，早上起床就能吃上' },
        customer: { reference: '购买型' },
        reply: { reference: '亲，一个人用推荐2升的小款，不占地方；它有预约功能，睡前放好米，早上起床就有热粥。您平时是煮饭多还是煮粥多呢？' },
      },
    },
    {
      id: 'kids',
      label: '空气炸锅能做蛋挞吗？孩子特别爱吃，不过我怕烫着他。',
      cells: {
        type: { reference: '信息咨询' },
        explicit: { reference: '能不能做蛋挞' },
        implicit: { reference: '操作简单、机身外壳不烫手、安全放心、清洗方便' },
        customer: { reference: '礼貌型' },
        reply: { reference: '可以做的亲，预设菜单里就有，时间温度都不用调。机身外壳做了隔热，炸篮把手也不烫手，放在孩子够不着的台面上使用会更放心。' },
      },
    },
    {
      id: 'compare',
      label: '3升和4升的到底差在哪？我看了半天也没看明白……',
      cells: {
        type: { reference: '选购推荐' },
        explicit: { reference: '想知道两款容量的区别' },
        implicit: { reference: '需要有人根据自己的情况帮忙做决定，怕选错' },
        customer: { reference: '犹豫型' },
        reply: { reference: '两款主要是容量不同：3升适合2～4人，4升适合4～6人。方便说一下家里平时几个人吃饭吗？我帮您直接选一款。' },
      },
    },
    {
      id: 'gift',
      label: '送新婚朋友的收纳盒，能不能包装得好看一点？',
      cells: {
        type: { reference: '选购推荐' },
        explicit: { reference: '收纳盒，包装好看' },
        implicit: { reference: '送礼体面，成套好看，不显示价格，可能想附贺卡' },
        customer: { reference: '交际型' },
        reply: { reference: '恭喜您的朋友！这套收纳盒有礼盒装，可以帮您备注不放价格单、附一张手写贺卡，您想写什么祝福语可以告诉我。' },
      },
    },
    {
      id: 'complain',
      label: '怎么这么久才回？我都问三遍了！',
      cells: {
        type: { reference: '意见投诉' },
        explicit: { reference: '对回复太慢不满' },
        implicit: { reference: '希望被重视，问题尽快得到解决' },
        customer: { reference: '果断型' },
        reply: { reference: '非常抱歉让您久等了！刚才咨询的顾客较多，是我们回复不及时。您的问题我现在马上帮您处理，请问是想了解哪款商品呢？' },
      },
    },
  ],
  requirements: ['m4.skill.needs', 'm4.skill.handle', 'm4.know.inquiry'],
};

const promoCard: FormInput = {
  id: 'm4.form.promo-card',
  title: '促销活动介绍卡',
  lesson: '4.3',
  instructions:
    '为暖居优品“全店满 199 减 20”活动制作介绍卡（教学示例）：写清规则、适用范围、计算示例、关联推荐搭配、介绍话术和注意事项，供售前组统一口径。',
  rowHeader: '项目',
  columns: [{ id: 'content', label: '内容', type: 'longtext', width: 'wide' }],
  rows: [
    { id: 'name', label: '活动名称', cells: { content: { reference: '双11预热·全店满199减20（教学示例）' } } },
    { id: 'time', label: '活动时间', cells: { content: { reference: '以运营公布的时间为准，如11月1日0:00至11月11日24:00' } } },
    { id: 'scope', label: '适用商品', cells: { content: { hint: '全店通用还是指定商品？有没有不参加的？', reference: '全店商品通用；按商品活动价合计计算' } } },
    { id: 'rule', label: '优惠规则', cells: { content: { reference: '订单金额满199元减20元，只减一次；下单自动抵扣，无需领取；可与店铺券叠加，先减满减再用券（以本次活动规则为准）' } } },
    { id: 'example', label: '计算示例', cells: { content: { hint: '至少写两个，一个满足门槛，一个差一点', reference: '空气炸锅259元：259−20=239元。养生壶169元未满199，加购39元玻璃茶杯共208元，减20后实付188元' } } },
    { id: 'bundle', label: '关联推荐搭配', cells: { content: { reference: '空气炸锅+吸油纸；养生壶+玻璃茶杯或滤茶网；电饭煲+保温饭盒；推荐理由要说出顾客用得上的好处' } } },
    { id: 'script', label: '介绍话术', cells: { content: { hint: '50字以内，针对顾客这一单直接报出实付金额', reference: '亲，您选的两件一共208元，满199减20，下单自动抵扣，实付188元，比单买划算多啦。' } } },
    { id: 'notes', label: '注意事项', cells: { content: { reference: '门槛按实付商品金额判断；规则不清先问运营；不夸大优惠、不编造“最后一件”、不用绝对化用语；活动结束后及时删除相关常用语和自动回复' } } },
  ],
  requirements: ['m4.know.promotion', 'm4.skill.handle', 'm4.attitude.passion'],
};

const objectionScripts: FormInput = {
  id: 'm4.form.objection-scripts',
  title: '异议处理话术表',
  lesson: '4.4',
  instructions:
    '判断每条顾客原话的异议类型，分析真正的顾虑，选择处理方法，写出回复话术。话术要包含“认同”和“回应”，遵守不擅自降价、不虚假承诺、不贬低同行、不站外交易的原则。',
  rowHeader: '顾客原话',
  columns: [
    { id: 'type', label: '异议类型', type: 'choice', options: ['价格异议', '质量异议', '货源异议', '需求异议', '服务异议', '时间异议'] },
    { id: 'concern', label: '真正的顾虑', hint: '顾客心里担心什么' },
    { id: 'method', label: '处理方法', hint: '如以退为进、价值分解、对比、补偿、转化、例证、询问、二选一' },
    { id: 'script', label: '回复话术', type: 'longtext', width: 'wide' },
  ],
  rows: [
    {
      id: 'expensive',
      label: '一个养生壶要169，太贵了吧。',
      cells: {
        type: { reference: '价格异议' },
        concern: { reference: '怕花得不值' },
        method: { reference: '认同 + 价值分解' },
        script: { reference: '非常理解您想花得值。这款是高硼硅玻璃壶身，一年质保，按用三年算，每天只要一毛多，天天都能喝上热乎的养生茶。' },
      },
    },
    {
      id: 'coating',
      label: '不粘涂层会不会有毒？网上说不安全。',
      cells: {
        type: { reference: '质量异议' },
        concern: { reference: '担心涂层影响健康' },
        method: { reference: '认同 + 例证法' },
        script: { reference: '理解您的担心，入口的东西一定要放心。这款内胆有检测报告，我发给您看；使用时不用金属铲刮，就能长期保持不粘。' },
      },
    },
    {
      id: 'refurbished',
      label: '你们不会是翻新机吧？',
      cells: {
        type: { reference: '货源异议' },
        concern: { reference: '怕买到不是全新的商品' },
        method: { reference: '认同 + 例证法' },
        script: { reference: '理解您的担心。我们是品牌官方旗舰店，商品由品牌方直供、全新出厂，可以开具发票，收到后支持七天无理由退货（以平台现行规则为准）。' },
      },
    },
    {
      id: 'no-need',
      label: '功能太多了，我妈肯定用不来。',
      cells: {
        type: { reference: '需求异议' },
        concern: { reference: '怕操作复杂，老人学不会' },
        method: { reference: '转化法' },
        script: { reference: '您说得对，给阿姨用一定要简单。正因为这样，推荐这款大按键的，一键煮饭煮粥，不用学，还附大字版说明书。' },
      },
    },
    {
      id: 'wait',
      label: '我还是等双11再买吧。',
      cells: {
        type: { reference: '时间异议' },
        concern: { reference: '怕现在买了以后更便宜' },
        method: { reference: '询问法 + 如实说明活动安排' },
        script: { reference: '理解您想等更优惠的时候。现在的满减活动到11日24:00结束，您着急用可以现在下单享受；不急的话先收藏加购，有新活动我第一时间告诉您。' },
      },
    },
    {
      id: 'private',
      label: '加个微信直接转你150，不走平台行不行？',
      cells: {
        type: { reference: '价格异议' },
        concern: { reference: '想省钱，不了解站外交易的风险' },
        method: { reference: '明确拒绝 + 说明理由 + 引回平台' },
        script: { reference: '谢谢您替我们着想！为了保障您的资金安全和售后权益，我们只能在店铺下单付款哦，订单有记录，退换货也有保障。' },
      },
    },
  ],
  requirements: ['m4.know.objection', 'm4.skill.needs', 'm4.skill.handle', 'm4.attitude.proactive'],
};

/** Module 4's form exercises, in lesson order. */
export const m4Forms: FormInput[] = [phraseSetup, needsAnalysis, promoCard, objectionScripts];

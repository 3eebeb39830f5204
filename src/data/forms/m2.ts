import type { FormInput } from '../../schemas/form.ts';
import { quickPhraseMaxChars } from '../phrases.ts';
import { stepLabel } from '../diagrams/index.ts';

// Module 2 forms: the IM-tool comparison and the 千牛 settings plan of lesson 2.1, the reception review of
// 2.2, the back-office task card of 2.3 and the scam check of 2.4. Shop settings are teaching examples;
// tool names and menus change, so reference answers say to check the current version.

const imTools: FormInput = {
  id: 'm2.form.im-tools',
  title: '表2-1 常见电商即时通信工具对比',
  lesson: '2.1',
  instructions: '通过手机上的购物App或网络搜索，了解各平台顾客从哪里进入客服对话、商家用什么工具接待，把结果填入表中。不确定的地方标注“待核实”。',
  rowHeader: '平台',
  columns: [
    { id: 'tool', label: '商家使用的客服工具', hint: '写工具名称，以平台当前版本为准' },
    { id: 'entry', label: '顾客从哪里进入对话', type: 'longtext' },
    { id: 'feature', label: '客服常用功能或使用要点', type: 'longtext', width: 'wide' },
  ],
  rows: [
    {
      id: 'taobao',
      label: '淘宝、天猫',
      cells: {
        tool: { reference: '千牛工作台（接待顾客发来的旺旺消息）' },
        entry: { reference: '商品页、店铺首页、订单页的“客服”按钮' },
        feature: { reference: '多会话接待、快捷短语、自动回复、查看顾客足迹和订单、备注、转接、客服分流' },
      },
    },
    {
      id: 'jd',
      label: '京东',
      cells: {
        tool: { reference: '京东咚咚（在京东商家工作台中使用）' },
        entry: { reference: '商品页、订单页的“联系客服”' },
        feature: { reference: '会话接待、快捷回复、查看订单、转接、自动回复；遵守京东平台规则' },
      },
    },
    {
      id: 'pdd',
      label: '拼多多',
      cells: {
        tool: { reference: '拼多多商家工作台中的客服功能（名称以当前版本为准）' },
        entry: { reference: '商品页、订单页的“客服”入口' },
        feature: { reference: '会话接待、快捷回复、查看订单；遵守拼多多平台规则' },
      },
    },
    {
      id: 'douyin',
      label: '抖音电商',
      cells: {
        tool: { reference: '抖店飞鸽' },
        entry: { reference: '商品卡、直播间、订单页的客服入口' },
        feature: { reference: '直播时咨询集中，需要多人同时在线；快捷回复、查看订单' },
      },
    },
    {
      id: 'private',
      label: '店铺会员社群、小程序商城',
      cells: {
        tool: { reference: '企业微信或微信' },
        entry: { reference: '包裹卡、公众号、小程序' },
        feature: { reference: '用于维护已有顾客；不能用来把电商平台的顾客拉到站外交易' },
      },
    },
  ],
  requirements: ['m2.know.im'],
};

const qianniuSettings: FormInput = {
  id: 'm2.form.qianniu-settings',
  title: '表2-2 暖居优品千牛工作台设置清单',
  lesson: '2.1',
  instructions: `根据课文中暖居优品的基本信息（教学示例），替小悦规划售前客服的千牛工作台设置：写出具体的设置内容和这样设置的理由。自动回复每条不超过三句话，快捷短语每条不超过 ${quickPhraseMaxChars} 字。`,
  rowHeader: '设置项目',
  columns: [
    { id: 'content', label: '我的设置内容', type: 'longtext', width: 'wide', hint: '写出可以直接用的文字或具体规则' },
    { id: 'reason', label: '设置理由', type: 'longtext' },
  ],
  rows: [
    {
      id: 'subaccount',
      label: '子账号与权限',
      cells: {
        content: { reference: '子账号“暖居优品旗舰店:小悦”；开通接待聊天、查看订单、备注与插旗；改价需组长批准；不开通退款处理、商品编辑和子账号管理' },
        reason: { reference: '权限够用就好：责任到人，防止新人误操作，账号万一被盗损失也有限' },
      },
    },
    {
      id: 'auto-first',
      label: '自动回复：首次接待',
      cells: {
        content: { reference: '亲，欢迎光临暖居优品旗舰店！本周店铺满 199 元减 20 元，请问您想了解哪款商品呢？' },
        reason: { reference: '及时回应，带店名和当前活动，引导顾客说出需求' },
      },
    },
    {
      id: 'auto-busy',
      label: '自动回复：忙碌',
      cells: {
        content: { reference: '亲，现在咨询的顾客比较多，客服会按顺序尽快回复您，请先把想问的问题发过来哦～' },
        reason: { reference: '让顾客知道有人在处理，并给出“先发问题”的下一步，不承诺具体秒数' },
      },
    },
    {
      id: 'auto-offline',
      label: '自动回复：离线（下班）',
      cells: {
        content: { reference: '亲，客服在线时间是每天 8:30—24:00。您可以先留言，上班后第一时间回复；查物流可点订单页“查看物流”。' },
        reason: { reference: '说明在线时间、请顾客留言，并给出自助办法，态度友好' },
      },
    },
    {
      id: 'phrase-groups',
      label: '快捷短语分组与编码',
      cells: {
        content: { reference: '分六组：欢迎（hy）、商品（sp）、活动（hd）、物流（wl）、售后（sh）、结束（js）；编码为分组拼音首字母加序号，如 wl1' },
        reason: { reference: '分组清楚、编码有规律，接待时能快速找到' },
      },
    },
    {
      id: 'phrase-shipping',
      label: '快捷短语示例：物流',
      cells: {
        content: { reference: 'wl1：亲，下午 4 点前付款当天发货，默认发中通快递，江浙沪一般 1～2 天送达。' },
        reason: { reference: '物流是高频问题，统一说法，信息准确' },
      },
    },
    {
      id: 'phrase-aftersale',
      label: '快捷短语示例：售后',
      cells: {
        content: { reference: 'sh1：亲放心，本店支持七天无理由退货（以平台现行规则为准），收到商品有任何问题都可以随时找我。' },
        reason: { reference: '打消顾客顾虑，规则表述留有“以平台现行规则为准”的余地' },
      },
    },
    {
      id: 'routing',
      label: '客服分组与分流',
      cells: {
        content: { reference: '小悦在售前组，接收商品页、店铺首页进来的咨询；组内按权重分配，实习生同时接待上限先设为 3 人；订单页、退款页的咨询分给售后组；24:00 后离线，由离线自动回复和机器人接待' },
        reason: { reference: '售前售后分开，新人少分一些，熟客优先给原客服，忙闲均衡' },
      },
    },
    {
      id: 'daily-check',
      label: '上线前检查',
      cells: {
        content: { reference: '登录子账号设为在线；检查自动回复和活动、物流短语是否最新；打开商品资料、常见问题和交接记录；确认分流组和接待上限；试发消息检查网络和提醒' },
        reason: { reference: '两分钟检查，避免活动信息过期、漏看交接事项等低级错误' },
      },
    },
  ],
  requirements: ['m2.know.qianniu', 'm2.skill.qianniu', 'm2.attitude.security'],
};

const receptionReview: FormInput = {
  id: 'm2.form.reception-review',
  title: '表2-3 旺旺接待复盘表',
  lesson: '2.2',
  instructions: '根据你在模拟实战“旺旺首次接待”中的对话，对照售前接待流程的七个步骤逐项复盘：写出你的做法、用到的千牛功能和可以改进的地方。对话中没有出现的步骤，写出“如果遇到，我会怎么做”。',
  rowHeader: '接待步骤',
  columns: [
    { id: 'did', label: '我的做法', type: 'longtext', hint: '可以摘抄自己的回复' },
    { id: 'tool', label: '用到的千牛功能' },
    { id: 'improve', label: '可以改进的地方', type: 'longtext' },
  ],
  rows: [
    { id: 'greet', label: stepLabel('reception', 'greet'), cells: { did: { reference: '顾客发“在吗”后立即回复：亲，在的，欢迎光临暖居优品旗舰店！请问您想了解哪款商品呢？' }, tool: { reference: '会话提醒、快捷短语（欢迎组）' }, improve: { reference: '把欢迎语编码记熟，争取 15 秒内回复（店铺目标，教学示例）' } } },
    { id: 'look', label: stepLabel('reception', 'need'), cells: { did: { reference: '看到顾客足迹中浏览过 500 毫升保温杯' }, tool: { reference: '顾客信息区的足迹、历史订单' }, improve: { reference: '回复前先看足迹，直接围绕顾客看的商品回答' } } },
    { id: 'answer', label: stepLabel('reception', 'recommend'), cells: { did: { reference: '查库存后告诉顾客白色暂时售罄，推荐有现货的浅灰色和米色；说明保温杯装牛奶要及时喝完、及时清洗' }, tool: { reference: '商品信息与库存、发送商品链接' }, improve: { reference: '缺货时先致歉再给办法，不说一句“没有”就结束' } } },
    { id: 'objection', label: stepLabel('reception', 'objection'), cells: { did: { reference: '顾客担心保温杯不保温，先认同担心，再说明保温时长和七天无理由退货（以平台现行规则为准）' }, tool: { reference: '商品资料、快捷短语（保障组）' }, improve: { reference: '先认同感受再回应，不争辩，也不随口答应降价' } } },
    { id: 'order', label: stepLabel('reception', 'close'), cells: { did: { reference: '说明满减活动在下单时自动计算，发送浅灰色链接' }, tool: { reference: '快捷短语（活动组）、发送商品链接' }, improve: { reference: '活动信息要和当天的设置一致，不夸大' } } },
    { id: 'check', label: stepLabel('reception', 'check'), cells: { did: { reference: '说明下午 4 点前付款当天发中通，答应备注“送礼，不放价格单”' }, tool: { reference: '订单信息、备注与插旗' }, improve: { reference: '付款后主动核对规格、数量和地址，备注写上自己的名字' } } },
    { id: 'close', label: stepLabel('reception', 'bye'), cells: { did: { reference: '感谢顾客，告知发货后可在订单里看物流，欢迎随时咨询' }, tool: { reference: '快捷短语（结束组）、交接记录' }, improve: { reference: '不诱导好评返现；答应顾客的事写进交接记录' } } },
    { id: 'transfer', label: '需要时转接（任何一步）', cells: { did: { reference: '本次接待没有需要转接的问题；如果顾客提出售后问题，先告知再转给售后组并留言' }, tool: { reference: '会话转接、转接留言' }, improve: { reference: '留言写清顾客、订单、问题和已做的事' } } },
  ],
  requirements: ['m2.skill.wangwang', 'm2.skill.qianniu'],
};

const backendTasks: FormInput = {
  id: 'm2.form.backend-tasks',
  title: '表2-4 交易后台操作任务卡',
  lesson: '2.3',
  instructions: '阅读每个情境，先判断订单当前的状态，再写出操作步骤要点和注意事项。菜单名称以平台当前版本为准，写出功能即可。',
  rowHeader: '情境',
  columns: [
    { id: 'state', label: '订单状态', type: 'choice', width: 'narrow', options: ['等待买家付款', '买家已付款（等待发货）', '卖家已发货', '交易成功', '退款中'] },
    { id: 'steps', label: '操作步骤要点', type: 'longtext', width: 'wide', hint: '按先后写出在后台点哪里、做什么' },
    { id: 'caution', label: '注意事项', type: 'longtext', hint: '容易出错的地方和需要先和顾客确认的事' },
  ],
  rows: [
    {
      id: 'address',
      label: '顾客付款 10 分钟后说地址写成了家里，要改成公司，仓库还没打单',
      cells: {
        state: { reference: '买家已付款（等待发货）' },
        steps: { reference: '请下单账号发来完整新地址和电话 → 在订单详情中修改地址 → 插绿旗、写备注、通知仓库 → 把新地址发给顾客确认' },
        caution: { reference: '只接受下单账号提供的地址；地址要完整；修改后留下记录' },
      },
    },
    {
      id: 'postage',
      label: '新疆顾客拍下电饭煲还没付款，按店铺规定要补偏远地区运费 15 元（教学示例）',
      cells: {
        state: { reference: '等待买家付款' },
        steps: { reference: '说明补运费的规定 → 请组长批准后修改订单价格 → 请顾客刷新订单核对实付金额后付款' },
        caution: { reference: '改价只能在付款前进行；实习生要经组长审批；改后请顾客核对金额' },
      },
    },
    {
      id: 'slow',
      label: '顾客说快递在路上走了 6 天还没到，订单快要自动确认收货了',
      cells: {
        state: { reference: '卖家已发货' },
        steps: { reference: '查看物流轨迹，把最新进度告诉顾客 → 为顾客延长收货时间 → 联系快递跟进，记入交接记录' },
        caution: { reference: '延长的次数和天数以平台现行规则为准；不承诺具体到货日期' },
      },
    },
    {
      id: 'gift',
      label: '顾客付款后说是送朋友的，请不要放价格单',
      cells: {
        state: { reference: '买家已付款（等待发货）' },
        steps: { reference: '在订单上添加备注“送礼，不放价格单——本人姓名”，插黄旗 → 回复顾客已备注' },
        caution: { reference: '备注写清要求、写备注的人和日期，仓库发货时才看得到、看得懂' },
      },
    },
    {
      id: 'wrong-order',
      label: '顾客拍错了颜色，还没付款，想关掉重拍',
      cells: {
        state: { reference: '等待买家付款' },
        steps: { reference: '确认顾客要关闭的是哪一笔订单 → 经顾客同意关闭订单，选择真实的关闭原因 → 发送正确颜色的链接，引导重新下单' },
        caution: { reference: '不能未经顾客同意关闭订单；关闭原因要真实' },
      },
    },
    {
      id: 'refunding',
      label: '顾客在售前窗口问“我申请的退款怎么还没好”',
      cells: {
        state: { reference: '退款中' },
        steps: { reference: '在订单中查看退款进度并告知顾客 → 告诉顾客将转给售后同事处理 → 转接并留言写清订单和问题' },
        caution: { reference: '售前客服不代办退款；转接前先告诉顾客，确认售后同事已接手' },
      },
    },
  ],
  requirements: ['m2.know.backend', 'm2.skill.backend'],
};

const scamCheck: FormInput = {
  id: 'm2.form.scam-check',
  title: '表2-5 网络骗局识别表',
  lesson: '2.4',
  instructions: '下面是客服在工作中收到的七条消息（链接和账号均为虚构）。判断每条属于骗局、正常消息还是需要核实，写出识别依据和正确做法。',
  rowHeader: '收到的消息',
  numbered: true,
  columns: [
    { id: 'verdict', label: '判断', type: 'choice', width: 'narrow', options: ['骗局', '正常消息', '需要核实'] },
    { id: 'basis', label: '识别依据', type: 'longtext', hint: '从“制造紧迫、冒充权威、索要钱或码、引向陌生地方”找破绽' },
    { id: 'action', label: '正确做法', type: 'longtext' },
  ],
  rows: [
    {
      id: 'xiaoer',
      label: '旺旺账号“平台安全中心”：贵店违规已冻结，24 小时内扫码缴纳 2000 元保证金可解冻',
      cells: {
        verdict: { reference: '骗局' },
        basis: { reference: '冒充小二；制造紧迫；索要保证金；平台不会私聊让商家扫码交钱' },
        action: { reference: '不扫码不付款；自己登录千牛查看官方通知；截图留证、报告主管、官方举报' },
      },
    },
    {
      id: 'address-link',
      label: '订单收货地址栏：【平台通知】店铺已被锁定，点击 http://tb-jiesuo.example.com 解锁',
      cells: {
        verdict: { reference: '骗局' },
        basis: { reference: '平台不会通过地址栏发通知；链接域名不是官方域名，是钓鱼链接' },
        action: { reference: '不点链接；截图报告主管；该订单暂不发货，由主管按平台规则处理' },
      },
    },
    {
      id: 'buyer-fee',
      label: '新顾客：我要买 50 个保温杯，但付款提示你们店没开通担保交易，你先扫这个码交认证费',
      cells: {
        verdict: { reference: '骗局' },
        basis: { reference: '假买家收费：顾客付款不需要商家交任何费用；对方发来的二维码是骗子做的' },
        action: { reference: '不扫码；引导顾客在平台内正常下单付款，付款问题请顾客联系平台官方客服' },
      },
    },
    {
      id: 'sms-code',
      label: '陌生账号：系统给你手机发了解冻码，把 6 位验证码发我，我帮你人工审核',
      cells: {
        verdict: { reference: '骗局' },
        basis: { reference: '索要验证码；验证码只给自己用，平台工作人员永远不会索要' },
        action: { reference: '不给验证码；报告主管并修改密码；截图留证、举报' },
      },
    },
    {
      id: 'exe-file',
      label: '顾客：这是我要定制的款式图，你下载打开看看（文件名：款式图.jpg.exe）',
      cells: {
        verdict: { reference: '骗局' },
        basis: { reference: '双后缀伪装，实际是可执行程序，可能是木马' },
        action: { reference: '不接收不打开；请顾客直接在聊天窗口发图片或文字描述；报告主管' },
      },
    },
    {
      id: 'normal-question',
      label: '顾客发来本店保温杯的商品链接：这个 500 毫升的能装热牛奶吗？',
      cells: {
        verdict: { reference: '正常消息' },
        basis: { reference: '顾客在平台内咨询本店商品，没有索要钱、码，也没有引向站外' },
        action: { reference: '按接待流程热情、准确地回答' },
      },
    },
    {
      id: 'screenshot',
      label: '顾客：我已经付过款了，发你截图，赶紧发货（后台订单显示“等待买家付款”）',
      cells: {
        verdict: { reference: '需要核实' },
        basis: { reference: '付款以后台订单状态为准，截图可以伪造；后台显示未付款' },
        action: { reference: '礼貌说明以订单状态为准，请顾客在订单页完成付款；不凭截图发货' },
      },
    },
  ],
  requirements: ['m2.know.security', 'm2.skill.scam', 'm2.attitude.security'],
};

/** Module 2's form exercises, in lesson order. */
export const m2Forms: FormInput[] = [imTools, qianniuSettings, receptionReview, backendTasks, scamCheck];

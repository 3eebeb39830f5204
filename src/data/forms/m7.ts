import type { FormInput } from '../../schemas/form.ts';

// Module 7 forms: 表7-1 售后申请判断表 (7.1), 表7-2 评价分析与回复练习 (7.2), 表7-3 纠纷类型辨别与
// 处理方案 (7.3), 售后登记表 and 交接班记录 (7.4). Cases, order numbers and nicknames are teaching
// examples from the lessons; platform rules are stated as in the lessons (以平台现行规则为准).

const afterSalesCheck: FormInput = {
  id: 'm7.form.after-sales-check',
  title: '表7-1 售后申请判断表',
  lesson: '7.1',
  instructions: '阅读每一条售后申请，先看订单是否发货、签收了几天、是谁的原因，再选择处理方式和运费承担方式，最后写出答复顾客的要点。',
  numbered: true,
  columns: [
    { id: 'case', label: '售后申请（教学示例）', type: 'longtext', width: 'wide' },
    { id: 'method', label: '处理方式', type: 'choice', options: ['仅退款', '退货退款', '换货', '补发', '不符合无理由退货，需耐心解释'] },
    { id: 'freight', label: '运费承担', type: 'choice', options: ['买家承担寄回运费（有运费险可理赔）', '店铺承担来回运费', '不涉及退货运费'] },
    { id: 'reply', label: '答复要点', type: 'longtext', width: 'wide', hint: '按“先核实、再判断、讲清楚”写出两三个要点' },
  ],
  rows: [
    {
      id: 'unshipped',
      cells: {
        case: { value: '顾客昨晚拍下空气炸锅，今天早上说买重了，不想要了。订单状态：已付款，未发货。' },
        method: { reference: '仅退款' },
        freight: { reference: '不涉及退货运费' },
        reply: { reference: '查到订单未发货，立即通知仓库拦截；请顾客申请仅退款；同意后货款原路退回。' },
      },
    },
    {
      id: 'color',
      cells: {
        case: { value: '吴女士 3 天前签收收纳盒，未拆封使用，颜色和柜子不搭，想退货。下单时买了运费险，尚未确认收货。' },
        method: { reference: '退货退款' },
        freight: { reference: '买家承担寄回运费（有运费险可理赔）' },
        reply: { reference: '签收未满 7 天、商品完好，支持七天无理由退货；寄回运费先由顾客垫付，运费险可理赔；订单页申请售后选退货退款，寄回填单号，仓库签收后原路退款。' },
      },
    },
    {
      id: 'scratch',
      cells: {
        case: { value: '张先生签收电饭煲第 2 天，发现内胆涂层有一道明显划痕，想换一个新的。店里有同款现货。' },
        method: { reference: '换货' },
        freight: { reference: '店铺承担来回运费' },
        reply: { reference: '先道歉并请顾客拍划痕照片核实；属于质量问题，责任在店铺；确认有现货后安排换新，来回运费由店铺承担，告知新锅发出时间和单号。' },
      },
    },
    {
      id: 'missing',
      cells: {
        case: { value: '顾客收到三件套收纳盒，发现少了小号的一只，包装完好。' },
        method: { reference: '补发' },
        freight: { reference: '店铺承担来回运费' },
        reply: { reference: '道歉，核对发货记录确认漏发；为顾客补发小号收纳盒，不需要寄回整套，运费由店铺承担，把补发单号告诉顾客。' },
      },
    },
    {
      id: 'late',
      cells: {
        case: { value: '顾客签收养生壶已经 12 天，说用着没问题，只是想换个颜色。' },
        method: { reference: '不符合无理由退货，需耐心解释' },
        freight: { reference: '不涉及退货运费' },
        reply: { reference: '礼貌说明签收已超过 7 天，不在无理由退货期内；表示歉意，不生硬拒绝；告诉顾客商品使用中有任何问题可以随时联系售后。' },
      },
    },
    {
      id: 'custom',
      cells: {
        case: { value: '顾客购买了刻有自己名字的定制保温杯，收到后说“不太喜欢”，想七天无理由退货。杯子没有质量问题。' },
        method: { reference: '不符合无理由退货，需耐心解释' },
        freight: { reference: '不涉及退货运费' },
        reply: { reference: '说明定做的商品按法律规定不适用七天无理由退货（以平台现行规则为准）；语气委婉，说明如果出现质量问题仍可按质量问题处理。' },
      },
    },
  ],
  requirements: ['m7.know.process', 'm7.skill.process', 'm7.attitude.careful'],
};

const reviewReply: FormInput = {
  id: 'm7.form.review-reply',
  title: '表7-2 评价分析与回复练习',
  lesson: '7.2',
  instructions: '为每条评价判断原因类别，写出私下沟通的要点和公开回复。好评只写感谢回复，私下沟通一栏写“无需”。公开回复不指责顾客、不争辩、不泄露隐私、不写补偿金额、不套模板。',
  numbered: true,
  columns: [
    { id: 'review', label: '顾客评价（教学示例）', type: 'longtext', width: 'wide' },
    { id: 'cause', label: '原因类别', type: 'choice', options: ['产品原因', '服务原因', '物流原因', '主观或恶意原因', '好评，无需分析'] },
    { id: 'private', label: '私下沟通要点', type: 'longtext', hint: '道歉说具体、帮助排查、给出方案；不提删评' },
    { id: 'public', label: '公开回复', type: 'longtext', width: 'wide', hint: '事实澄清 → 补救方案 → 行动时效 → 二次确认' },
  ],
  rows: [
    {
      id: 'praise',
      cells: {
        review: { value: '【好评】电饭煲煮的饭很香，预约功能很好用，早上起来就有粥喝。' },
        cause: { reference: '好评，无需分析' },
        private: { reference: '无需' },
        public: { reference: '谢谢您的分享！看到您用预约功能早上就能喝到热粥，我们也很开心。内胆用软布或海绵清洗能用得更久，祝您和家人吃得香。' },
      },
    },
    {
      id: 'slow',
      cells: {
        review: { value: '【中评】空气炸锅还行，就是快递太慢了，等了五天才到。' },
        cause: { reference: '物流原因' },
        private: { reference: '为久等道歉；查物流轨迹找出延误环节；关心商品是否完好、使用是否顺利。' },
        public: { reference: '抱歉让您久等了。经查，包裹在中转站滞留了两天，我们已向快递公司反馈，并优化了发货安排。空气炸锅使用中有任何问题，欢迎随时找我们。' },
      },
    },
    {
      id: 'heater',
      cells: {
        review: { value: '【差评】养生壶用了两次底座就不加热了，太失望了。' },
        cause: { reference: '产品原因' },
        private: { reference: '真诚道歉；请顾客拍视频，引导检查底座和电源；确认是故障后按质量问题换新或退货退款，运费由店铺承担。' },
        public: { reference: '非常抱歉给您带来不好的体验。我们已联系您确认故障情况，并为您安排免费换新，运费由我们承担。这批底座的问题已反馈给产品部门加强检测，后续有任何问题请随时联系我们。' },
      },
    },
    {
      id: 'ignored',
      cells: {
        review: { value: '【差评】问了三次发货时间，客服爱答不理，体验很差。' },
        cause: { reference: '服务原因' },
        private: { reference: '为回复不及时、态度不好真诚道歉；告诉顾客准确的发货和物流信息；主动跟进到签收。' },
        public: { reference: '非常抱歉没能及时回复您，这是我们服务没做好。您的包裹已于当天发出，我们也已调整客服排班、加强回复时效的检查。感谢您的批评，有任何问题欢迎随时联系我们。' },
      },
    },
    {
      id: 'gift',
      cells: {
        review: { value: '【中评】买来送人的，对方说不喜欢这个牌子。东西本身没什么问题。' },
        cause: { reference: '主观或恶意原因' },
        private: { reference: '表示理解；如仍在七天内且商品完好，可告知支持七天无理由退货；不强求改评。' },
        public: { reference: '感谢您的如实评价，也很遗憾这份礼物没能让对方满意。商品完好、在七天无理由退货期内的，我们都支持退货，具体以平台现行规则为准。有需要欢迎随时联系我们。' },
      },
    },
  ],
  requirements: ['m7.know.reviews', 'm7.skill.reviews'],
};

const disputeCases: FormInput = {
  id: 'm7.form.dispute-cases',
  title: '表7-3 纠纷类型辨别与处理方案',
  lesson: '7.3',
  instructions: '用“问、看、查、对”的方法分析每一条顾客反映，选择纠纷类型和责任来源，写出处理方案要点（含运费由谁承担）。',
  numbered: true,
  columns: [
    { id: 'case', label: '顾客反映与核实结果（教学示例）', type: 'longtext', width: 'wide' },
    { id: 'type', label: '纠纷类型', type: 'choice', options: ['实物与描述不符', '虚拟商品纠纷', '快递环节纠纷', '售后推诿纠纷', '不构成纠纷'] },
    { id: 'party', label: '责任来源', type: 'choice', options: ['卖家', '快递公司', '不可抗力', '无人过错'] },
    { id: 'plan', label: '处理方案要点', type: 'longtext', width: 'wide', hint: '先安抚、再核实、后处理，写清谁来承担费用' },
  ],
  rows: [
    {
      id: 'material',
      cells: {
        case: { value: '顾客说保温杯内胆标识是304，详情页写的是316。核实：这一批详情页参数写错了。' },
        type: { reference: '实物与描述不符' },
        party: { reference: '卖家' },
        plan: { reference: '道歉并承认错误；按顾客意愿退货退款或换货，来回运费店铺承担；通知运营马上更正详情页；登记售后表。' },
      },
    },
    {
      id: 'cracked',
      cells: {
        case: { value: '顾客收到的养生壶玻璃壶身开裂，照片显示外箱一角压扁。' },
        type: { reference: '快递环节纠纷' },
        party: { reference: '快递公司' },
        plan: { reference: '道歉并请顾客拍商品和外包装照片；当天补发或退货退款，费用店铺承担；店铺向快递公司索赔，改进易碎品包装。' },
      },
    },
    {
      id: 'wrong-locker',
      cells: {
        case: { value: '物流显示“已签收”，顾客说没收到。查询发现包裹被放进了另一个小区的快递柜。' },
        type: { reference: '快递环节纠纷' },
        party: { reference: '快递公司' },
        plan: { reference: '向顾客说明查询结果并道歉；联系快递网点取回并重新派送；找不回的为顾客补发或退款，再向快递公司追责；跟进到顾客签收。' },
      },
    },
    {
      id: 'snow',
      cells: {
        case: { value: '包裹停在中转站三天没有更新，快递公司公告：当地暴雪，道路停运。' },
        type: { reference: '快递环节纠纷' },
        party: { reference: '不可抗力' },
        plan: { reference: '如实说明原因并表示歉意；持续跟踪，恢复后第一时间告知；顾客不想等的，按规则协商拦截退回和退款。' },
      },
    },
    {
      id: 'pushed',
      cells: {
        case: { value: '顾客说上周找售后，客服回复“自己找厂家修”，之后再没人跟进。聊天记录属实。' },
        type: { reference: '售后推诿纠纷' },
        party: { reference: '卖家' },
        plan: { reference: '真诚道歉，承认之前处理不到位；由自己接手负责到底；约定时间给出维修或换新方案；内部复盘推诿原因。' },
      },
    },
    {
      id: 'code',
      cells: {
        case: { value: '店铺赠送的电子菜谱兑换码提示“无效”。查发放记录：系统发错了一批过期的码。' },
        type: { reference: '虚拟商品纠纷' },
        party: { reference: '卖家' },
        plan: { reference: '道歉；立即重新发放有效兑换码并确认顾客能够使用；检查同一批次的其他顾客，主动补发。' },
      },
    },
    {
      id: 'porridge-mode',
      cells: {
        case: { value: '顾客说养生壶“煮不了粥”。询问后发现顾客选错了模式，按说明书选“粥品”模式可以正常使用。' },
        type: { reference: '不构成纠纷' },
        party: { reference: '无人过错' },
        plan: { reference: '耐心说明正确的操作方法，可发送图文或视频指导；确认顾客会用后再结束，必要时回访。' },
      },
    },
  ],
  requirements: ['m7.know.disputes', 'm7.skill.classify', 'm7.know.resolution', 'm7.skill.resolve'],
};

const problemTypes = ['七天无理由退货', '未发货退款', '质量问题', '发错货', '运输破损', '缺件漏发', '物流延误', '评价问题'];
const methods = ['仅退款', '退货退款', '换货', '补发', '补寄配件', '使用指导'];
const progress = ['处理中', '待顾客寄回', '待仓库签收', '已退款', '已补发', '待回访', '已完结'];

const afterSalesRegister: FormInput = {
  id: 'm7.form.after-sales-register',
  title: '售后登记表（暖居优品售后组）',
  lesson: '7.4',
  instructions: '根据课文 STEP 2 中小悦当天处理的五条售后，完成售后登记表。日期、订单号、旺旺名已经给出；金额精确到分，没有涉及退款的写 0；进度写当前的真实状态。',
  numbered: true,
  columns: [
    { id: 'date', label: '日期', type: 'date', width: 'narrow' },
    { id: 'order', label: '订单号' },
    { id: 'nick', label: '旺旺名', width: 'narrow' },
    { id: 'type', label: '问题类型', type: 'choice', options: problemTypes },
    { id: 'method', label: '处理方式', type: 'choice', options: methods },
    { id: 'amount', label: '金额（元）', type: 'number', width: 'narrow', hint: '退款金额；未退款写 0' },
    { id: 'progress', label: '进度', type: 'choice', options: progress },
    { id: 'handler', label: '经手人', width: 'narrow' },
    { id: 'note', label: '备注', type: 'longtext', hint: '运费承担、承诺事项、回访安排、责任部门' },
  ],
  rows: [
    {
      id: 'wrong-colour',
      cells: {
        date: { value: '2025-11-08' },
        order: { value: '20251108-0087' },
        nick: { value: '何小满' },
        type: { reference: '发错货' },
        method: { reference: '换货' },
        amount: { reference: '0' },
        progress: { reference: '待顾客寄回' },
        handler: { reference: '林小悦' },
        note: { reference: '雾蓝发成奶白，仓库拣货错误；来回运费店铺承担（寄回运费到付）；新杯今日发出，单号今晚 20:00 前告知；已交接晚班王丽' },
      },
    },
    {
      id: 'missing-box',
      cells: {
        date: { value: '2025-11-08' },
        order: { value: '20251106-0412' },
        nick: { value: '收纳达人阿敏' },
        type: { reference: '缺件漏发' },
        method: { reference: '补发' },
        amount: { reference: '0' },
        progress: { reference: '已补发' },
        handler: { reference: '林小悦' },
        note: { reference: '少发小号收纳盒一只，已补发并告知单号，运费店铺承担；到货后回访' },
      },
    },
    {
      id: 'broken-kettle',
      cells: {
        date: { value: '2025-11-08' },
        order: { value: '20251102-0175' },
        nick: { value: '马姐爱养生' },
        type: { reference: '运输破损' },
        method: { reference: '仅退款' },
        amount: { reference: '139' },
        progress: { reference: '已退款' },
        handler: { reference: '林小悦' },
        note: { reference: '破损件拍照留存，不用寄回，故为仅退款；待向快递公司索赔；反馈仓库加固玻璃类包装' },
      },
    },
    {
      id: 'air-fryer-return',
      cells: {
        date: { value: '2025-11-08' },
        order: { value: '20251107-0029' },
        nick: { value: '周末烘焙' },
        type: { reference: '七天无理由退货' },
        method: { reference: '退货退款' },
        amount: { reference: '299' },
        progress: { reference: '待仓库签收' },
        handler: { reference: '林小悦' },
        note: { reference: '签收第 3 天，未拆封；寄回运费由买家承担；仓库签收验货后 48 小时内原路退款' },
      },
    },
    {
      id: 'seal-ring',
      cells: {
        date: { value: '2025-11-08' },
        order: { value: '20251105-0360' },
        nick: { value: '老郑说杯' },
        type: { reference: '评价问题' },
        method: { reference: '补寄配件' },
        amount: { reference: '0' },
        progress: { reference: '待回访' },
        handler: { reference: '林小悦' },
        note: { reference: '差评原因为密封圈未装正；已免费寄出新密封圈，运费店铺承担；后天回访保温效果；不要求顾客改评' },
      },
    },
  ],
  addRows: { max: 5, label: '再登记一条售后' },
  requirements: ['m7.know.form', 'm7.skill.handover', 'm7.attitude.careful'],
};

const handover: FormInput = {
  id: 'm7.form.handover',
  title: '交接班记录（售后组）',
  lesson: '7.4',
  instructions: '以早班林小悦的身份，把当天未完成的工作交接给晚班王丽。每件事写清五个要素：谁（旺旺名、订单号）、什么事、到哪一步、下一步、什么时候；有承诺时间的事项写在前面。',
  rowHeader: '交接项目',
  columns: [
    { id: 'content', label: '交接内容', type: 'longtext', width: 'wide', hint: '写清顾客、订单号、进展和下一步' },
    { id: 'deadline', label: '完成时限', hint: '没有时限的写“无”' },
  ],
  rows: [
    {
      id: 'shift',
      label: '班次与人员',
      cells: {
        content: { reference: '2025-11-08 早班交晚班；交接人：林小悦；接班人：王丽' },
        deadline: { reference: '17:25 当面交接' },
      },
    },
    {
      id: 'promises',
      label: '对顾客的承诺',
      cells: {
        content: { reference: '何小满（订单 20251108-0087）：已承诺今晚把雾蓝色新杯的快递单号发给她' },
        deadline: { reference: '今晚 20:00 前' },
      },
    },
    {
      id: 'open-cases',
      label: '处理中的售后单',
      cells: {
        content: { reference: '① 20251108-0087 发错货换货，新杯今日发出，待顾客寄回奶白色杯（运费到付，店铺承担）；② 20251107-0029 七天无理由退货，待仓库签收后 48 小时内退款 299 元' },
        deadline: { reference: '仓库签收后 48 小时内退款' },
      },
    },
    {
      id: 'follow-up',
      label: '待回访的顾客',
      cells: {
        content: { reference: '老郑说杯（20251105-0360）：新密封圈到货后回访保温效果，不提改评；收纳达人阿敏（20251106-0412）：补发到货后回访' },
        deadline: { reference: '后天' },
      },
    },
    {
      id: 'risks',
      label: '异常与风险提醒',
      cells: {
        content: { reference: '马姐爱养生（20251102-0175）已退款，待仓库向快递公司索赔，需提供破损照片；何女士情绪已平复，但很在意今晚能否收到单号' },
        deadline: { reference: '索赔材料明天交仓库' },
      },
    },
    {
      id: 'updates',
      label: '信息更新',
      cells: {
        content: { reference: '雾蓝色保温杯库存仅剩 5 个，换货优先保证；发错颜色问题已反馈仓库复核' },
        deadline: { reference: '无' },
      },
    },
    {
      id: 'confirm',
      label: '接班确认',
      cells: {
        content: { reference: '王丽已阅读记录并确认接收，无疑问' },
        deadline: { reference: '17:30 前' },
      },
    },
  ],
  requirements: ['m7.skill.handover', 'm7.attitude.teamwork', 'm7.attitude.careful'],
};

/** The forms of module 7, in lesson order. */
export const m7Forms: FormInput[] = [afterSalesCheck, reviewReply, disputeCases, afterSalesRegister, handover];

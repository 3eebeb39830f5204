import type { FormInput } from '../../schemas/form.ts';

// Module 3 forms: the voice/online comparison of lesson 3.1, the call ticket of 3.2, the outbound log
// of 3.3, the script template and the drill score sheet of 3.4. Reference answers follow the lessons
// and the call scripts in src/data/call-scripts/; shop policies in them are teaching examples.

const voiceVsOnline: FormInput = {
  id: 'm3.form.voice-vs-online',
  title: '表3-1 语音客服与网络客服对比表',
  lesson: '3.1',
  instructions: '结合新课讲授的内容和自己网购、打客服电话的经历，从下列方面比较语音客服与网络客服，每格写出要点，并尽量举一个暖居优品的例子。',
  rowHeader: '比较方面',
  columns: [
    { id: 'voice', label: '语音客服', type: 'longtext', hint: '写要点，可加一个例子' },
    { id: 'online', label: '网络客服', type: 'longtext', hint: '写要点，可加一个例子' },
  ],
  rows: [
    {
      id: 'channel',
      label: '沟通方式',
      cells: {
        voice: { reference: '用声音实时交谈，一问一答，没有停下来思考和查资料的时间。' },
        online: { reference: '用文字、表情、图片交流，回复前可以想一想、查一查。' },
      },
    },
    {
      id: 'concurrency',
      label: '同时接待的人数',
      cells: {
        voice: { reference: '一次只能接待一位顾客，一通电话拖得太久，后面的顾客就要排队。' },
        online: { reference: '一个人可以同时接待多位顾客，例如同时回复三四个咨询窗口。' },
      },
    },
    {
      id: 'information',
      label: '信息呈现',
      cells: {
        voice: { reference: '全靠说和听，不能发链接和图片；手机号、地址等数字信息容易听错，要放慢并复述确认。' },
        online: { reference: '可以发送商品链接、图片、视频和文字说明，信息准确、留得住。' },
      },
    },
    {
      id: 'emotion',
      label: '情绪传递',
      cells: {
        voice: { reference: '声音、语调、语速直接传递情绪，亲切感强；说错了很难收回。' },
        online: { reference: '主要靠措辞和表情符号，容易被误读成冷淡或敷衍。' },
      },
    },
    {
      id: 'record',
      label: '记录方式',
      cells: {
        voice: { reference: '通话录音和客服挂机后填写的工单。' },
        online: { reference: '聊天记录自动保存，可以随时翻看。' },
      },
    },
    {
      id: 'suits',
      label: '适合处理的问题',
      cells: {
        voice: { reference: '复杂、紧急、顾客情绪激动的问题，以及不习惯打字的顾客，例如养生壶不加热、急着用的报修。' },
        online: { reference: '一般咨询、需要看图看链接的问题和咨询排队多的高峰时段，例如问空气炸锅有哪几种容量。' },
      },
    },
    {
      id: 'skills',
      label: '对客服的突出要求',
      cells: {
        voice: { reference: '普通话标准，语调语速得当，会微笑服务，反应快，善于倾听。' },
        online: { reference: '打字快而准，会用快捷短语，书面表达清楚。' },
      },
    },
  ],
  requirements: ['m3.know.difference', 'm3.know.content'],
};

const callTicket: FormInput = {
  id: 'm3.form.call-ticket',
  title: '表3-2 来电工单',
  lesson: '3.2',
  instructions: '根据刘女士投诉电饭煲外壳破损的来电，填写一份来电工单。写完想一想：明天接电话的同事看了这份工单，能不能直接接着处理？',
  rowHeader: '项目',
  columns: [{ id: 'content', label: '填写内容', type: 'longtext', hint: '写清事实，不写“顾客很难缠”之类的主观评价' }],
  rows: [
    { id: 'time', label: '来电时间', cells: { content: { hint: '精确到分钟', reference: '（按实际演练时间填写，如）10 月 10 日 19:25' } } },
    { id: 'customer', label: '顾客与订单', cells: { content: { reference: '刘女士，手机尾号 5530；10 月 8 日下单的四升电饭煲，10 月 9 日签收' } } },
    { id: 'type', label: '来电类型', cells: { content: { hint: '咨询、查询、办理、报修、投诉、建议中选一类', reference: '投诉' } } },
    { id: 'request', label: '顾客诉求', cells: { content: { reference: '新锅侧面有凹坑，外箱一角压扁，尚未通电；网上留言未及时得到回复，情绪不满；要求处理' } } },
    { id: 'process', label: '处理过程', cells: { content: { reference: '道歉安抚；核实订单；询问破损位置、外箱情况和是否通电，判断可能为运输挤压；提供换新或退货退款两个方案，顾客选择换新（来回运费由店铺承担，教学示例）' } } },
    { id: 'result', label: '处理结果', cells: { content: { hint: '已解决、待跟进或已转交，并说明', reference: '待跟进：顾客在订单中申请售后并上传破损照片；售后王丽优先审核；今天 17:00 前快递员联系上门取件，取件同时发出新锅' } } },
    { id: 'follow-up', label: '跟进人和时限', cells: { content: { reference: '王丽：今天 17:00 前安排取件和发新锅；林小悦：明天上午回电确认新锅已发出' } } },
    { id: 'feedback', label: '需反馈的问题', cells: { content: { reference: '网上留言未及时回复，反馈给客服主管周敏；外箱被压扁，反馈给仓储物流部核查包装和快递' } } },
  ],
  requirements: ['m3.know.process', 'm3.skill.calls', 'm3.attitude.teamwork'],
};

const outboundLog: FormInput = {
  id: 'm3.form.outbound-log',
  title: '表3-3 呼出记录表',
  lesson: '3.3',
  instructions: '把本组演练的三通呼出电话和两种特殊情况填入表中。“呼出结果”从选项中选择，“后续处理”写清谁在什么时间做什么。',
  rowHeader: '呼出任务',
  columns: [
    { id: 'result', label: '呼出结果', type: 'choice', options: ['已完成', '约定回拨', '未接通', '顾客拒绝', '号码有误'] },
    { id: 'notes', label: '通话要点', type: 'longtext', hint: '顾客的回答、意见或约定' },
    { id: 'next', label: '后续处理', type: 'longtext', hint: '交给谁、什么时间、做什么' },
  ],
  rows: [
    {
      id: 'follow-up',
      label: '回访李先生（空气炸锅）',
      cells: {
        result: { reference: '已完成' },
        notes: { reference: '使用满意，炸鸡翅效果好；觉得炸篮不好洗，之前用钢丝球刷，已教正确清洗方法；物流和服务满意' },
        next: { reference: '把“炸篮不好洗”的意见汇总给周姐，反馈产品部门，考虑在说明书中突出清洗方法' },
      },
    },
    {
      id: 'survey',
      label: '满意度调查黄阿姨（养生壶）',
      cells: {
        result: { reference: '已完成' },
        notes: { reference: '第一次来电顾客在做饭，约定 19:30 回电并按时完成；商品 5 分，物流 3 分（五天才到），客服 4 分（回复慢）' },
        next: { reference: '评分录入调查汇总表；物流慢反馈仓储物流部，回复慢反馈周姐' },
      },
    },
    {
      id: 'address',
      label: '确认赵女士收货地址',
      cells: {
        result: { reference: '已完成' },
        notes: { reference: '补充为阳光小区三栋二单元五零一室，已复述确认' },
        next: { reference: '立即修改订单地址并通知仓库，当天 18:00 前发出' },
      },
    },
    {
      id: 'no-answer',
      label: '特殊情况一：回访顾客两次未接通',
      cells: {
        result: { reference: '未接通' },
        notes: { reference: '14:10 和 16:30 各拨打一次，均无人接听' },
        next: { reference: '明天再拨一次（累计不超过三次，教学示例）；仍未接通，改用平台消息发送回访问题' },
      },
    },
    {
      id: 'not-owner',
      label: '特殊情况二：接电话的是顾客的同事',
      cells: {
        result: { reference: '约定回拨' },
        notes: { reference: '只说明是暖居优品客服、有订单上的事要确认，未透露商品和地址；请对方转告顾客' },
        next: { reference: '下午四点再拨打一次，找顾客本人确认' },
      },
    },
  ],
  requirements: ['m3.know.process', 'm3.skill.calls', 'm3.attitude.teamwork'],
};

const scriptTemplate: FormInput = {
  id: 'm3.form.script-template',
  title: '表3-4 电话客服话术模板',
  lesson: '3.4',
  instructions: '为下面三个场景编写话术模板。每格写成能直接说出口的话，用【】标出称呼、商品、日期等变量；异议应对至少写两种顾客反应。先自己写，再对照参考答案。',
  rowHeader: '场景',
  columns: [
    { id: 'opening', label: '开场白', type: 'longtext', hint: '呼入：问候、店名、名字、服务意愿；呼出：自报家门、目的、时长、是否方便' },
    { id: 'confirm', label: '需求确认', type: 'longtext', hint: '提问了解情况，核实身份，复述确认' },
    { id: 'solution', label: '解决方案', type: 'longtext', width: 'wide', hint: '步骤清楚，有时限、有选择，不做做不到的承诺' },
    { id: 'objection', label: '异议应对', type: 'longtext', width: 'wide', hint: '“如果顾客……”，先认同、再说明、给选择' },
    { id: 'closing', label: '结束语', type: 'longtext', hint: '复述约定，问“还有什么可以帮您”，致谢，等顾客先挂机' },
  ],
  rows: [
    {
      id: 'inbound-logistics',
      label: '呼入·物流查询：顾客问已付款的空气炸锅什么时候到',
      cells: {
        opening: { reference: '您好，暖居优品旗舰店客服中心，我是客服【名字】，很高兴为您服务！请问有什么可以帮您？' },
        confirm: { reference: '好的，我帮您查一下。麻烦您告诉我下单时留的手机号码后四位，好吗？正在为您查询，请不要挂机，请稍等。感谢您的耐心等待，您是【日期】下单的【商品】，收货人是【称呼】，对吗？' },
        solution: { reference: '您的包裹【时间】到达了【地点】，预计【日期】送达，快递员派送前会电话联系您。如果物流【天数】天没有更新：我马上联系快递公司核实，【时间】前给您回电告诉您结果，可以吗？' },
        objection: { reference: '如果顾客嫌慢：让您久等了，非常抱歉，我已经请快递公司优先派送，有新消息第一时间告诉您。如果顾客要求今天必须送到：实在抱歉，派送时间由快递公司安排，我没办法保证今天送达，但我会帮您催促并及时告诉您进展。' },
        closing: { reference: '跟您确认一下，【时间】前我给您回电。请问还有什么可以帮您？感谢您的来电，祝您生活愉快，再见！（等顾客先挂机，挂机后填写工单）' },
      },
    },
    {
      id: 'inbound-complaint',
      label: '呼入·投诉：顾客收到的保温杯杯盖拧不紧，之前答应的回电没有回',
      cells: {
        opening: { reference: '您好，暖居优品旗舰店客服中心，我是客服【名字】，很高兴为您服务！请问有什么可以帮您？（顾客抱怨后）非常抱歉，答应您的回电没有兑现，杯盖的问题也还没解决，换作是我也会着急。这件事由我来跟进到底。请问怎么称呼您？' },
        confirm: { reference: '麻烦您告诉我下单时留的手机号码后四位，好吗？正在为您查询，请不要挂机，请稍等。您是【日期】买的【容量、颜色】保温杯，杯盖拧上后会松开、倒过来会漏水，对吗？' },
        solution: { reference: '给您两个方案：一是免费给您补寄一个新杯盖，今天下午六点前发出；二是整只杯子为您换新，来回运费由我们承担。您看哪一种合适？（售后方案为教学示例）' },
        objection: { reference: '如果顾客说不相信还会回电：您的担心我完全理解。我现在把回电时间写进工单，【时间】前由我本人给您回电，您也可以随时在订单里联系在线客服查进度。如果顾客要求赔偿：我先把您的要求如实记录，向主管申请后在【时间】前给您答复。' },
        closing: { reference: '跟您确认一下：【方案】，【时间】前发出，我【时间】给您回电确认。再次向您道歉，请问还有什么可以帮您？感谢您的理解，再见！（等顾客先挂机）' },
      },
    },
    {
      id: 'outbound-follow-up',
      label: '呼出·回访：收纳盒签收五天后回访使用情况',
      cells: {
        opening: { reference: '您好，这里是暖居优品旗舰店，我是客服【名字】。您前几天收到了在我们店买的收纳盒，想做一个简短的回访，大约占用您两分钟。请问您现在方便接听吗？（不方便：好的，不打扰您，请问【时间】给您回电方便吗？）' },
        confirm: { reference: '谢谢您。请问您是【称呼】本人吗？跟您核对一下，您在【日期】买了【数量】个收纳盒，【日期】签收的，对吗？' },
        solution: { reference: '这几天用下来，您觉得收纳盒怎么样？大小合不合适？在使用的时候有没有哪里不太顺手？（顾客提出问题时：给出使用建议或转售后处理。）您的意见我会记录下来，反馈给相关部门。' },
        objection: { reference: '如果顾客说“是推销吧”：请您放心，今天只是回访使用情况，不会给您推荐商品。如果顾客说盒盖有点紧：感谢您告诉我们。盒盖第一次用会稍紧，开合几次就好；如果还是不方便，我请售后同事为您处理。' },
        closing: { reference: '请问还有什么可以帮您？感谢您抽出时间接听回访，祝您生活愉快，再见！（等顾客先挂机，挂机后填写回访记录）' },
      },
    },
  ],
  requirements: ['m3.skill.scripts', 'm3.skill.calls', 'm3.know.process'],
};

const drillScore: FormInput = {
  id: 'm3.form.drill-score',
  title: '表3-5 话术演练评分表（教学示例）',
  lesson: '3.4',
  instructions: '观察员按评分要点为扮演客服的同学打分（不超过该项分值），并写出一条具体的优点或改进建议。六项得分合计即为本次演练成绩。',
  rowHeader: '评分项目',
  columns: [
    { id: 'score', label: '得分', type: 'number', width: 'narrow', hint: '不超过该项分值' },
    { id: 'comment', label: '优点或改进建议', type: 'longtext', width: 'wide', hint: '写具体的句子或表现，不只写“很好”' },
  ],
  rows: [
    { id: 'mandarin', label: '普通话（15分）：发音标准，吐字清楚，数字读得准', cells: { comment: { reference: '示例：“四升”读成了“十升”，平翘舌还要多练；手机尾号读得很清楚。' } } },
    { id: 'tone', label: '语调语速（15分）：语调自然，约每分钟120字，要点放慢', cells: { comment: { reference: '示例：开场白偏快，约每分钟150字；说方案时能放慢，问句句尾上扬得好。' } } },
    { id: 'smile', label: '微笑服务（10分）：声音亲切，顾客生气时语气平和', cells: { comment: { reference: '示例：开场声音很有精神；顾客生气时语气有点生硬，可以再放缓一些。' } } },
    { id: 'process', label: '流程完整（20分）：开场、核实、处理、结束齐全', cells: { comment: { reference: '示例：各环节齐全，但结束时没有等顾客先挂机。' } } },
    { id: 'wording', label: '话术规范（20分）：称呼“您”，礼貌用语恰当，无禁用语和过度承诺', cells: { comment: { reference: '示例：有一处说了“保证明天到”，属于过度承诺，应改为“一般两到三天送达”。' } } },
    { id: 'adapt', label: '应变能力（20分）：对异议和意外问题回应得当', cells: { comment: { reference: '示例：顾客说“不方便”时能马上约回电时间，处理得自然。' } } },
  ],
  requirements: ['m3.skill.mandarin', 'm3.skill.tone', 'm3.skill.smile', 'm3.skill.scripts', 'm3.attitude.teamwork'],
};

/** Every form of module 3, in lesson order. */
export const m3Forms: FormInput[] = [voiceVsOnline, callTicket, outboundLog, scriptTemplate, drillScore];

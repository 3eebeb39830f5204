import type { CallScriptInput } from '../../schemas/call-script.ts';

/** Inbound calls (呼入): the customer calls the shop's service line. Lesson 3.2. */
export const inboundScripts: CallScriptInput[] = [
  {
    id: 'm3.call.rice-cooker-timer',
    title: '咨询电饭煲预约功能',
    direction: 'inbound',
    lesson: '3.2',
    customer: '王女士',
    situation:
      '晚上七点，王女士打进暖居优品旗舰店的客服热线。她上周买了一台三升智能电饭煲，想让米饭在明天早上七点煮好，却怎么也设置不好预约。林小悦负责接听。（操作步骤为教学示例，以商品说明书为准。）',
    requirements: ['m3.know.process', 'm3.skill.calls', 'm3.skill.mandarin', 'm3.skill.tone', 'm3.skill.smile', 'm3.attitude.service'],
    sections: [
      {
        kind: 'opening',
        goal: '问候顾客，报出店铺和自己的名字，了解来电目的。',
        lines: [
          { role: 'agent', text: '您好，暖居优品旗舰店客服中心，我是客服小悦，很高兴为您服务！请问有什么可以帮您？' },
          { role: 'customer', text: '你好，我上周在你们店买了一台电饭煲，想设个预约，弄了半天也没弄好。' },
          { role: 'agent', text: '好的，您别着急，我来帮您一步一步设置。请问怎么称呼您？' },
          { role: 'customer', text: '我姓王。' },
        ],
        tips: [
          { aspect: 'smile', text: '拿起电话前先微笑，第一句话的声音要亲切、有精神，顾客听得出来。' },
          { aspect: 'pace', text: '开场白是顾客最先听到的话，稍慢一点，让顾客听清店名和您的名字。' },
          { aspect: 'mandarin', text: '“中心”的“中”（zhōng）、“是”（shì）是翘舌音，不要读成平舌音。' },
        ],
      },
      {
        kind: 'verify',
        goal: '请顾客提供下单信息，查到订单并与顾客核对。',
        lines: [
          { role: 'agent', text: '王女士，为了准确查到您买的型号，麻烦您告诉我下单时留的手机号码后四位，好吗？' },
          { role: 'customer', text: '六二零八。' },
          { role: 'agent', text: '好的，正在为您查询，请不要挂机，请稍等。' },
          { role: 'agent', text: '感谢您的耐心等待。跟您核对一下：您是九月十二日下单的三升智能电饭煲，收货人是王女士，对吗？' },
          { role: 'customer', text: '对，就是这个。' },
        ],
        tips: [
          { aspect: 'polite', text: '用“麻烦您……好吗？”商量着提要求，不要说“报一下手机号”。' },
          { aspect: 'pace', text: '复述号码、日期和型号时放慢，一字一顿，方便顾客核对。' },
          { aspect: 'tone', text: '核对信息的问句“对吗？”句尾微微上扬，听起来是在请顾客确认。' },
        ],
      },
      {
        kind: 'handle',
        goal: '弄清顾客想要的时间，一步一步指导设置，并给出使用提醒。',
        lines: [
          { role: 'agent', text: '这款电饭煲支持二十四小时预约。请问您想让米饭在什么时间煮好呢？' },
          { role: 'customer', text: '明天早上七点，我七点半就要出门。' },
          { role: 'agent', text: '好的。请您先把米淘好，加水到内胆上对应的刻度线，盖好盖子，接通电源。' },
          { role: 'customer', text: '嗯，已经放好了。' },
          { role: 'agent', text: '这款电饭煲预约的是“几小时后煮好”。现在是晚上七点，到明天早上七点是十二个小时。请您按“功能”键选择“精煮饭”，再按“预约”键，用加减键把时间调到十二小时。' },
          { role: 'customer', text: '调好了，屏幕上显示十二小时。' },
          { role: 'agent', text: '最后请您按“开始”键，听到“嘀”的一声、预约指示灯亮起，就设置成功了。' },
          { role: 'customer', text: '灯亮了！原来这么简单。' },
          { role: 'agent', text: '是的。另外提醒您，预约时间比较长的时候，建议不要提前放入肉类等容易变质的食材。' },
        ],
        tips: [
          { aspect: 'pace', text: '讲操作步骤时一步一停，等顾客做完再说下一步。' },
          { aspect: 'tone', text: '说“就设置成功了”时语调轻快，让顾客感到放心。' },
          { aspect: 'mandarin', text: '“预约”（yù yuē）、“煮饭”（zhǔ fàn）、“刻度线”（kè dù xiàn）要读准。' },
        ],
      },
      {
        kind: 'closing',
        goal: '确认没有其他问题，致谢道别，等顾客先挂机。',
        lines: [
          { role: 'agent', text: '王女士，请问还有什么可以帮您？' },
          { role: 'customer', text: '没有了，谢谢你啊。' },
          { role: 'agent', text: '不客气，这是我们应该做的。感谢您的来电，祝您生活愉快，再见！' },
          { role: 'customer', text: '再见。' },
        ],
        tips: [
          { aspect: 'polite', text: '道别后等顾客先挂机，听到挂断音再放下电话。' },
          { aspect: 'smile', text: '通话快结束时也要保持微笑，声音不能变得随意。' },
        ],
      },
    ],
  },
  {
    id: 'm3.call.kettle-repair',
    title: '报修养生壶',
    direction: 'inbound',
    lesson: '3.2',
    customer: '陈先生',
    situation:
      '陈先生两个月前在暖居优品旗舰店买了一台养生壶，今天早上突然不加热了，指示灯也不亮。他打电话来报修，语气有些着急。林小悦负责接听。（售后政策为教学示例：整机保修一年，质量问题免费换新，来回运费由店铺承担。）',
    requirements: ['m3.know.process', 'm3.skill.calls', 'm3.skill.mandarin', 'm3.skill.tone', 'm3.skill.smile', 'm3.attitude.service'],
    sections: [
      {
        kind: 'opening',
        goal: '问候顾客，先安抚情绪，了解来电目的。',
        lines: [
          { role: 'agent', text: '您好，暖居优品旗舰店客服中心，我是客服小悦，很高兴为您服务！请问有什么可以帮您？' },
          { role: 'customer', text: '你们的养生壶是怎么回事？才用了两个月就不加热了！' },
          { role: 'agent', text: '非常抱歉，给您添麻烦了。您先别着急，我马上帮您处理。请问怎么称呼您？' },
          { role: 'customer', text: '我姓陈。' },
        ],
        tips: [
          { aspect: 'tone', text: '顾客带着情绪时，先道歉、先安抚，语调平和诚恳，不要跟着顾客提高音量。' },
          { aspect: 'smile', text: '即使顾客在抱怨，也要面带微笑，声音里要听得出愿意帮忙。' },
        ],
      },
      {
        kind: 'verify',
        goal: '请顾客提供下单信息，查到订单并与顾客核对。',
        lines: [
          { role: 'agent', text: '陈先生，麻烦您告诉我下单时留的手机号码后四位，我帮您查一下订单，好吗？' },
          { role: 'customer', text: '三七二一。' },
          { role: 'agent', text: '好的，正在为您查询，请不要挂机，请稍等。' },
          { role: 'agent', text: '感谢您的耐心等待。您是七月五日购买的一点五升养生壶，收货人是陈先生，对吗？' },
          { role: 'customer', text: '对。' },
        ],
        tips: [
          { aspect: 'polite', text: '请顾客等待前先说明在做什么，回来后先说“感谢您的耐心等待”。' },
          { aspect: 'pace', text: '报日期和容量时放慢，“一点五升”四个字要说清楚。' },
        ],
      },
      {
        kind: 'handle',
        goal: '问清故障现象，排除使用问题，按售后政策提出方案并征求顾客同意。',
        lines: [
          { role: 'agent', text: '陈先生，能请您描述一下现在的情况吗？插上电以后，指示灯亮不亮？' },
          { role: 'customer', text: '不亮，按哪个键都没反应。' },
          { role: 'agent', text: '好的。麻烦您帮我确认两件事：插头是否插紧了？壶身和底座之间有没有水渍？' },
          { role: 'customer', text: '插头插紧了，换了个插座也一样，底座是干的。' },
          { role: 'agent', text: '明白了，感谢您的配合。根据您说的情况，可能是产品出了故障。您的养生壶还在一年保修期内，我们可以为您免费换一台新的，来回运费都由我们承担。您看这样可以吗？' },
          { role: 'customer', text: '可以，那要怎么寄回去？' },
          { role: 'agent', text: '今天下午六点前，我们会把上门取件的时间用短信发给您。快递员上门时，请您把壶身、底座和配件一起交给他。我们收到旧壶后，两个工作日内给您寄出新壶。' },
          { role: 'customer', text: '好的，知道了。' },
        ],
        tips: [
          { aspect: 'polite', text: '提出方案后用“您看这样可以吗？”征求顾客意见，不要替顾客做决定。' },
          { aspect: 'tone', text: '说明方案时语气肯定、清楚，让顾客感到问题有人负责到底。' },
          { aspect: 'mandarin', text: '“承担”的“承”（chéng）是翘舌后鼻音，“插座”的“座”（zuò）是平舌音。' },
        ],
      },
      {
        kind: 'closing',
        goal: '再次致歉，确认没有其他问题，致谢道别，等顾客先挂机。',
        lines: [
          { role: 'agent', text: '再次为给您带来的不便说声抱歉。请问还有什么可以帮您？' },
          { role: 'customer', text: '没有了。' },
          { role: 'agent', text: '感谢您的来电和理解，祝您生活愉快，再见！' },
          { role: 'customer', text: '再见。' },
        ],
        tips: [
          { aspect: 'smile', text: '结束时的道谢要真诚，带着微笑说出来。' },
          { aspect: 'polite', text: '等顾客先挂机，不要抢在顾客前面挂断电话。' },
        ],
      },
    ],
  },
  {
    id: 'm3.call.damaged-cooker-complaint',
    title: '投诉电饭煲外壳破损',
    direction: 'inbound',
    lesson: '3.2',
    customer: '刘女士',
    situation:
      '刘女士昨天收到在暖居优品旗舰店买的四升电饭煲，拆开发现外壳有一处明显的凹坑。她先在网上留言，等了一会儿没有等到回复，于是直接拨打店铺的客服热线，一开口就很生气。林小悦负责接听。（售后方案为教学示例：签收后发现外观破损，可换新，来回运费由店铺承担；以店铺和平台现行规则为准。）',
    requirements: ['m3.know.process', 'm3.skill.calls', 'm3.skill.tone', 'm3.skill.smile', 'm3.skill.mandarin', 'm3.attitude.service', 'm3.attitude.teamwork'],
    sections: [
      {
        kind: 'opening',
        goal: '问候顾客，让顾客把不满说完，先道歉、再安抚，表明会负责处理。',
        lines: [
          { role: 'agent', text: '您好，暖居优品旗舰店客服中心，我是客服小悦，很高兴为您服务！请问有什么可以帮您？' },
          { role: 'customer', text: '你们怎么回事？新买的电饭煲外壳瘪了一块，我在网上留言半天也没人理！' },
          { role: 'agent', text: '非常抱歉，收到的新锅有破损，留言又没有及时得到回复，换作是我也会着急。您放心，这件事由我来跟进处理。请问怎么称呼您？' },
          { role: 'customer', text: '我姓刘。' },
        ],
        tips: [
          { aspect: 'tone', text: '顾客在发火时，声音放低、放缓，语气诚恳，不要跟着提高音量，也不要急着解释。' },
          { aspect: 'smile', text: '即使被顾客抱怨，也要保持微笑，让声音听起来平和、愿意帮忙，而不是委屈或生硬。' },
        ],
      },
      {
        kind: 'verify',
        goal: '请顾客提供下单信息，查到订单并复述核对。',
        lines: [
          { role: 'agent', text: '刘女士，麻烦您告诉我下单时留的手机号码后四位，我马上帮您查订单，好吗？' },
          { role: 'customer', text: '五五三零。' },
          { role: 'agent', text: '好的，正在为您查询，请不要挂机，请稍等。' },
          { role: 'agent', text: '感谢您的耐心等待。您是十月八日下单的四升电饭煲，昨天下午签收，收货人是刘女士，对吗？' },
          { role: 'customer', text: '对，就是昨天到的。' },
        ],
        tips: [
          { aspect: 'polite', text: '请顾客等待前说明在做什么，查完后先道谢，再继续说。让生气的顾客等待时间尽量短。' },
          { aspect: 'mandarin', text: '“四升”的“四”（sì）是平舌音，“十”（shí）是翘舌音，连读时不要混成一个音。' },
        ],
      },
      {
        kind: 'handle',
        goal: '问清破损情况，说明处理方案，征求顾客意见，约定跟进时间。',
        lines: [
          { role: 'agent', text: '刘女士，想跟您了解一下：凹坑在电饭煲的哪个位置？外包装箱有没有压坏？通电以后能正常使用吗？' },
          { role: 'customer', text: '在侧面，箱子角也压扁了。我还没敢通电。' },
          { role: 'agent', text: '您先不通电是对的，安全第一。从您说的情况看，很可能是运输途中受到挤压造成的。给您两个方案：一是为您换一台新的，来回运费都由我们承担；二是您如果不想换，我们可以申请退货退款。您看哪一种更合适？' },
          { role: 'customer', text: '换新的吧，我还等着用呢。' },
          { role: 'agent', text: '好的。麻烦您在订单里申请售后，拍两张破损处和外箱的照片上传，方便我们向快递公司核实。照片上传后，我请售后的王丽同事优先审核，今天下午五点前会有快递员联系您上门取件。' },
          { role: 'customer', text: '行，那新锅什么时候能到？' },
          { role: 'agent', text: '取件的同时我们就为您发出新锅，一般两到三天能到。明天上午我会再给您打个电话，确认新锅已经发出。留言没有及时回复的事，我也会反馈给主管，给您添麻烦了。' },
          { role: 'customer', text: '好吧，那就这样。' },
        ],
        tips: [
          { aspect: 'polite', text: '给出两个方案让顾客选，用“您看哪一种更合适？”征求意见，不替顾客做决定。' },
          { aspect: 'pace', text: '说方案和时间时放慢，“下午五点前”“两到三天”“明天上午”这些承诺要一字一字说清楚。' },
          { aspect: 'tone', text: '说到“我会再给您打个电话”时语气肯定，让顾客感到有人负责到底。' },
        ],
      },
      {
        kind: 'closing',
        goal: '再次致歉，确认没有其他问题，致谢道别，等顾客先挂机。',
        lines: [
          { role: 'agent', text: '再次向您说声抱歉，请问还有什么可以帮您？' },
          { role: 'customer', text: '没有了。' },
          { role: 'agent', text: '谢谢您的理解和配合，祝您生活愉快，再见！' },
          { role: 'customer', text: '再见。' },
        ],
        tips: [
          { aspect: 'smile', text: '最后的道谢和道别要真诚、带笑，让顾客带着被重视的感觉挂电话。' },
          { aspect: 'polite', text: '等顾客先挂机；挂机后马上填写工单，写明约定的回电时间，并把破损情况交接给售后组。' },
        ],
      },
    ],
  },
];

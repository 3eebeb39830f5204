import type { CallScriptInput } from '../../schemas/call-script.ts';

/** Outbound calls (呼出): the agent calls the customer. Lesson 3.3. */
export const outboundScripts: CallScriptInput[] = [
  {
    id: 'm3.call.air-fryer-follow-up',
    title: '回访空气炸锅使用满意度',
    direction: 'outbound',
    lesson: '3.3',
    customer: '李先生',
    situation:
      '李先生一周前收到了在暖居优品旗舰店买的五升可视空气炸锅。按照店铺的售后回访安排，林小悦给他打电话，了解商品使用情况和满意度，并记录顾客的意见。',
    requirements: ['m3.know.process', 'm3.skill.calls', 'm3.skill.mandarin', 'm3.skill.tone', 'm3.skill.smile', 'm3.attitude.service'],
    sections: [
      {
        kind: 'opening',
        goal: '报出店铺和自己的名字，说明来电目的和所需时间，询问顾客是否方便。',
        lines: [
          { role: 'agent', text: '您好，这里是暖居优品旗舰店，我是客服小悦。今天给您打电话，是想做一个简短的售后回访，大约占用您两分钟。请问您现在方便接听吗？' },
          { role: 'customer', text: '方便，你说吧。' },
        ],
        tips: [
          { aspect: 'smile', text: '顾客没有准备接这个电话，第一句话更要亲切、有精神，让顾客愿意听下去。' },
          { aspect: 'polite', text: '先问“现在方便接听吗”；顾客不方便时，约好回电时间再挂断，不要硬着说下去。' },
        ],
      },
      {
        kind: 'verify',
        goal: '确认接电话的是顾客本人，再核对订单。',
        lines: [
          { role: 'agent', text: '谢谢您。请问您是李先生本人吗？' },
          { role: 'customer', text: '对，是我。' },
          { role: 'agent', text: '李先生，跟您核对一下：您在九月二十日买了一台五升可视空气炸锅，九月二十二日已经签收了，对吗？' },
          { role: 'customer', text: '对，收到了。' },
        ],
        tips: [
          { aspect: 'polite', text: '先确认是本人，再说订单内容，不向其他人透露顾客的购买信息。' },
          { aspect: 'pace', text: '报日期时放慢，“二十日”“二十二日”要让顾客听得清、分得开。' },
        ],
      },
      {
        kind: 'handle',
        goal: '了解商品、物流和服务的满意度，解答使用问题，记录顾客意见。',
        lines: [
          { role: 'agent', text: '请问这一周用下来，您觉得空气炸锅的效果怎么样？' },
          { role: 'customer', text: '挺好的，炸鸡翅很香，就是炸篮不太好洗。' },
          { role: 'agent', text: '感谢您的反馈。炸篮是不粘涂层的，建议您每次用完趁温热，用温水加少量洗洁精泡几分钟，再用软布或海绵擦洗，不要用钢丝球，这样既好洗又能保护涂层。' },
          { role: 'customer', text: '哦，原来是这样，我之前都是用钢丝球刷的。' },
          { role: 'agent', text: '没关系，以后注意一下就好。另外，请问您对我们的物流速度和客服服务还满意吗？' },
          { role: 'customer', text: '都挺满意的，快递第二天就到了。' },
          { role: 'agent', text: '谢谢您的认可！您提到的清洗问题，我会记录下来，反馈给产品部门。' },
          { role: 'customer', text: '好的。' },
        ],
        tips: [
          { aspect: 'tone', text: '提问时语调上扬、语气真诚，像聊天一样，不要像在念问卷。' },
          { aspect: 'pace', text: '讲清洗方法时分步骤说，每说完一步稍作停顿。' },
          { aspect: 'mandarin', text: '“涂层”的“层”（céng）是平舌音，不要读成“成”（chéng）。' },
        ],
      },
      {
        kind: 'closing',
        goal: '确认没有其他问题，感谢顾客抽出时间，等顾客先挂机。',
        lines: [
          { role: 'agent', text: '李先生，请问还有什么可以帮您的吗？' },
          { role: 'customer', text: '没有了。' },
          { role: 'agent', text: '好的，感谢您抽出时间接听回访，祝您生活愉快，再见！' },
          { role: 'customer', text: '好，再见。' },
        ],
        tips: [
          { aspect: 'smile', text: '感谢顾客抽出时间时面带微笑，语气真诚。' },
          { aspect: 'polite', text: '虽然是我们打出的电话，也要等顾客先挂机。' },
        ],
      },
    ],
  },
  {
    id: 'm3.call.address-check',
    title: '发货前确认收货地址',
    direction: 'outbound',
    lesson: '3.3',
    customer: '赵女士',
    situation:
      '赵女士今天上午在暖居优品旗舰店下单了一只保温杯和两个收纳盒。仓库打包时发现，收货地址只写到“阳光小区三栋”，缺少单元号和门牌号。发货前，林小悦给赵女士打电话确认地址。（发货和送达时间为教学示例。）',
    requirements: ['m3.know.process', 'm3.skill.calls', 'm3.skill.mandarin', 'm3.skill.tone', 'm3.skill.smile', 'm3.attitude.service'],
    sections: [
      {
        kind: 'opening',
        goal: '报出店铺和自己的名字，说明来电目的和所需时间，询问顾客是否方便。',
        lines: [
          { role: 'agent', text: '您好，这里是暖居优品旗舰店，我是客服小悦。您今天上午在我们店下了一笔订单，发货前想跟您确认一下收货信息，大约需要一分钟。请问您现在方便接听吗？' },
          { role: 'customer', text: '方便，怎么了？' },
        ],
        tips: [
          { aspect: 'tone', text: '语调平稳、轻松，先让顾客知道不是坏消息，只是确认信息。' },
          { aspect: 'smile', text: '面带微笑说话，顾客接到陌生来电时才不会紧张。' },
        ],
      },
      {
        kind: 'verify',
        goal: '确认接电话的是下单的顾客本人，再核对订单商品。',
        lines: [
          { role: 'agent', text: '请问您是赵女士本人吗？' },
          { role: 'customer', text: '是的。' },
          { role: 'agent', text: '赵女士，跟您核对一下，您订购的是一只保温杯和两个收纳盒，对吗？' },
          { role: 'customer', text: '对。' },
        ],
        tips: [
          { aspect: 'polite', text: '确认是本人后再说订单内容；接电话的如果不是本人，只请对方转告回电，不透露订单信息。' },
          { aspect: 'pace', text: '核对商品和数量时放慢，“一只”“两个”要说清楚。' },
        ],
      },
      {
        kind: 'handle',
        goal: '说明地址缺少的内容，请顾客补充，复述确认，并告知发货安排。',
        lines: [
          { role: 'agent', text: '我们在打包时发现，您填写的地址是“阳光小区三栋”，少了单元号和门牌号。麻烦您补充一下，好吗？' },
          { role: 'customer', text: '哎呀，我漏写了。是二单元五零一室。' },
          { role: 'agent', text: '好的，跟您复述一遍：阳光小区三栋二单元五零一室，收货人赵女士，对吗？' },
          { role: 'customer', text: '对，没错。' },
          { role: 'agent', text: '谢谢您。地址已经为您改好了，包裹会在今天下午六点前发出，一般两到三天送达。发货后，快递公司和运单号会用短信通知您，请您留意。' },
          { role: 'customer', text: '好的，麻烦你们了。' },
        ],
        tips: [
          { aspect: 'tone', text: '提醒顾客漏写了信息时语气温和，不带责备。' },
          { aspect: 'pace', text: '复述地址时一字一顿，门牌号的每个数字都要读清楚。' },
          { aspect: 'mandarin', text: '电话里读门牌号时，“一”常读作“幺”（yāo），以免和“七”（qī）听混。' },
        ],
      },
      {
        kind: 'closing',
        goal: '确认没有其他问题，致谢道别，等顾客先挂机。',
        lines: [
          { role: 'agent', text: '不客气，这是我们应该做的。请问还有什么可以帮您？' },
          { role: 'customer', text: '没有了，谢谢。' },
          { role: 'agent', text: '感谢您的配合，祝您购物愉快，再见！' },
          { role: 'customer', text: '再见。' },
        ],
        tips: [
          { aspect: 'smile', text: '道别时保持微笑，给顾客留下好印象。' },
          { aspect: 'polite', text: '等顾客先挂机，听到挂断音后再放下电话。' },
        ],
      },
    ],
  },
  {
    id: 'm3.call.delivery-delay',
    title: '通知保温杯延迟发货',
    direction: 'outbound',
    lesson: '3.3',
    customer: '郑先生',
    situation:
      '郑先生前天在暖居优品旗舰店买了一只五百毫升的雾蓝色保温杯，准备周末送给父亲。仓库今天发现这个颜色暂时缺货，新货预计五天后到仓。按店铺规定，不能按时发货的订单要主动打电话告知顾客，林小悦负责给郑先生打电话。（到货时间和补偿办法为教学示例。）',
    requirements: ['m3.know.process', 'm3.skill.calls', 'm3.skill.tone', 'm3.skill.smile', 'm3.skill.mandarin', 'm3.attitude.service', 'm3.attitude.teamwork'],
    sections: [
      {
        kind: 'opening',
        goal: '报出店铺和自己的名字，说明来电目的和所需时间，询问顾客是否方便。',
        lines: [
          { role: 'agent', text: '您好，这里是暖居优品旗舰店，我是客服小悦。关于您前天下的保温杯订单，有一个发货情况需要跟您说明，大约占用您两分钟。请问您现在方便接听吗？' },
          { role: 'customer', text: '方便，什么情况？' },
        ],
        tips: [
          { aspect: 'tone', text: '要说的是坏消息，开场语调平稳、诚恳，不要过分轻快，也不要吞吞吐吐。' },
          { aspect: 'smile', text: '带着微笑开口，声音亲切，顾客才愿意耐心听完说明。' },
        ],
      },
      {
        kind: 'verify',
        goal: '确认接电话的是顾客本人，再核对订单商品。',
        lines: [
          { role: 'agent', text: '请问您是郑先生本人吗？' },
          { role: 'customer', text: '是我。' },
          { role: 'agent', text: '郑先生，跟您核对一下，您订购的是一只五百毫升、雾蓝色的保温杯，对吗？' },
          { role: 'customer', text: '对，是送人的。' },
        ],
        tips: [
          { aspect: 'pace', text: '核对容量和颜色时放慢，“五百毫升”“雾蓝色”要说清楚。' },
          { aspect: 'mandarin', text: '“升”（shēng）是后鼻音，“蓝”（lán）的声母是 l，不要读成 n。' },
        ],
      },
      {
        kind: 'handle',
        goal: '如实说明延迟原因和时间，给出可选方案，应对顾客的不满并征得同意。',
        lines: [
          { role: 'agent', text: '非常抱歉，仓库今天发现雾蓝色暂时缺货，新货预计五天后到仓，到仓当天就能为您发出。这样会比原来晚几天，所以先打电话告诉您。' },
          { role: 'customer', text: '啊？我周末就要送人，这不耽误事了吗？' },
          { role: 'agent', text: '确实给您添麻烦了，我很理解您的心情。为了不耽误您送礼，给您三个选择：一是换成现货的米白色或墨绿色，今天下午就能发出；二是继续等雾蓝色，到货后优先发；三是如果您都不想要，我们为您全额退款。您看哪一种合适？' },
          { role: 'customer', text: '米白色的也挺好看吧？那就换米白色，今天一定要发。' },
          { role: 'agent', text: '好的，米白色和雾蓝色的价格一样，我现在就为您修改订单，今天下午六点前发出。另外为表示歉意，我们再送您一个杯套，和杯子一起寄出。' },
          { role: 'customer', text: '那还行，谢谢。' },
          { role: 'agent', text: '跟您确认一下：颜色改为米白色，今天下午六点前发出，另外附送一个杯套。发货后您会收到短信通知，对吗？' },
          { role: 'customer', text: '对，就这样。' },
        ],
        tips: [
          { aspect: 'polite', text: '先道歉、再说明、后给方案；顾客抱怨时先认同感受，不要辩解“这是仓库的问题”。' },
          { aspect: 'pace', text: '列出三个选择时逐条说，每说完一条稍作停顿，让顾客听清再选。' },
          { aspect: 'tone', text: '最后复述确认时语调清楚、肯定，句尾“对吗？”微微上扬。' },
        ],
      },
      {
        kind: 'closing',
        goal: '确认没有其他问题，致谢道别，等顾客先挂机，挂机后通知仓库改单。',
        lines: [
          { role: 'agent', text: '再次为这次的延误向您道歉。请问还有什么可以帮您？' },
          { role: 'customer', text: '没了。' },
          { role: 'agent', text: '感谢您的理解，祝您和家人生活愉快，再见！' },
          { role: 'customer', text: '再见。' },
        ],
        tips: [
          { aspect: 'smile', text: '道别时面带微笑，语气真诚，不要因为事情谈妥就草草结束。' },
          { aspect: 'polite', text: '等顾客先挂机；挂机后立即通知仓库改颜色、加赠品，并在订单上备注。' },
        ],
      },
    ],
  },
  {
    id: 'm3.call.satisfaction-survey',
    title: '养生壶满意度电话调查',
    direction: 'outbound',
    lesson: '3.3',
    customer: '黄阿姨',
    situation:
      '黄阿姨一个月前在暖居优品旗舰店买了一台养生壶。店铺每月从已签收的订单中抽取一部分顾客做满意度电话调查，问题事先统一写好，每题按一到五分打分。林小悦负责给黄阿姨打电话，如实记录她的评分和意见。第一次打过去时黄阿姨正在做饭，小悦约好时间，晚上准时回电完成了调查，下面把两次通话连在一起练习。（调查题目为教学示例。）',
    requirements: ['m3.know.process', 'm3.skill.calls', 'm3.skill.tone', 'm3.skill.smile', 'm3.skill.mandarin', 'm3.attitude.service'],
    sections: [
      {
        kind: 'opening',
        goal: '报出店铺和自己的名字，说明调查目的、题目数量和所需时间，询问顾客是否方便。',
        lines: [
          { role: 'agent', text: '您好，这里是暖居优品旗舰店，我是客服小悦。我们在做一个顾客满意度调查，一共三个问题，大约两分钟。请问您现在方便接听吗？' },
          { role: 'customer', text: '我正在做饭呢，你晚点打吧。' },
          { role: 'agent', text: '好的，不打扰您做饭。请问晚上七点半给您回电方便吗？' },
          { role: 'customer', text: '七点半可以。' },
          { role: 'agent', text: '您好，我是暖居优品旗舰店的客服小悦，按约好的时间给您回电。请问现在方便接听吗？' },
          { role: 'customer', text: '方便，你问吧。' },
        ],
        tips: [
          { aspect: 'polite', text: '顾客说不方便时，马上约定回电时间并准时回电，不要坚持往下说。' },
          { aspect: 'smile', text: '面带微笑说话，让顾客觉得这是一次轻松的交流，而不是一份任务。' },
          { aspect: 'pace', text: '面对年纪较大的顾客，语速可以比平时再慢一些，吐字更清楚。' },
        ],
      },
      {
        kind: 'verify',
        goal: '确认接电话的是顾客本人，再核对购买的商品。',
        lines: [
          { role: 'agent', text: '请问您是黄女士本人吗？' },
          { role: 'customer', text: '是我，叫我黄阿姨就行。' },
          { role: 'agent', text: '好的黄阿姨。跟您确认一下，您上个月在我们店买了一台养生壶，已经用了一段时间了，对吗？' },
          { role: 'customer', text: '对，天天都用。' },
        ],
        tips: [
          { aspect: 'polite', text: '按顾客喜欢的方式称呼对方，让对话更亲切。' },
          { aspect: 'mandarin', text: '“养生壶”的“生”（shēng）是翘舌后鼻音，不要读成“森”（sēn）。' },
        ],
      },
      {
        kind: 'handle',
        goal: '按统一的题目逐题提问，不引导打分，如实记录评分和意见。',
        lines: [
          { role: 'agent', text: '第一个问题：您对养生壶本身的质量和使用效果满意吗？从一分到五分，五分是非常满意，您打几分？' },
          { role: 'customer', text: '五分，煮花茶挺好的。' },
          { role: 'agent', text: '谢谢您。第二个问题：您对物流速度满意吗？同样是一到五分。' },
          { role: 'customer', text: '三分吧，等了五天才到。' },
          { role: 'agent', text: '好的，记下了，让您久等了。第三个问题：您对我们客服的服务满意吗？' },
          { role: 'customer', text: '四分。问问题的时候回得有点慢。' },
          { role: 'agent', text: '感谢您的真实意见。物流慢和回复慢这两点，我都会如实记录，交给相关同事改进。' },
          { role: 'customer', text: '好，你们改进就行。' },
        ],
        tips: [
          { aspect: 'tone', text: '每道题用同样平和的语调读出，不要用语气暗示顾客打高分。' },
          { aspect: 'pace', text: '读题和打分说明时放慢，给顾客留出思考的时间。' },
          { aspect: 'polite', text: '顾客打了低分，先道谢、再致歉，不辩解，也不要求顾客改分。' },
        ],
      },
      {
        kind: 'closing',
        goal: '感谢顾客配合，确认没有其他问题，道别，等顾客先挂机。',
        lines: [
          { role: 'agent', text: '调查就是这三个问题，耽误您时间了。请问还有什么可以帮您？' },
          { role: 'customer', text: '没有了。' },
          { role: 'agent', text: '感谢您的支持，祝您身体健康，再见！' },
          { role: 'customer', text: '再见。' },
        ],
        tips: [
          { aspect: 'smile', text: '结束语带着微笑说出来，让顾客感到意见被重视。' },
          { aspect: 'tone', text: '道别的语调温和、上扬，不要因为调查做完了就语气平淡。' },
        ],
      },
    ],
  },
];

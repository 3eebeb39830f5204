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
];

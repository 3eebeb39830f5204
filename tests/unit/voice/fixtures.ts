import type { CallScriptInput } from '../../../src/schemas/call-script.ts';

const agent = (text: string) => ({ role: 'agent' as const, text });
const customer = (text: string) => ({ role: 'customer' as const, text });

/** A short, valid outbound script to break one rule at a time. */
export const sampleScript: CallScriptInput = {
  id: 'm3.call.sample',
  title: '确认配送时间',
  direction: 'outbound',
  lesson: '3.3',
  customer: '周女士',
  situation: '周女士买的收纳盒明天送达，客服打电话确认是否有人在家签收。',
  requirements: ['m3.skill.calls'],
  sections: [
    {
      kind: 'opening',
      goal: '自我介绍，询问是否方便。',
      lines: [agent('您好，这里是暖居优品旗舰店，我是客服小悦。想跟您确认一下明天的配送时间，大约需要一分钟，请问您现在方便接听吗？'), customer('方便。')],
      tips: [{ aspect: 'smile', text: '面带微笑，声音亲切。' }],
    },
    {
      kind: 'verify',
      goal: '确认是本人。',
      lines: [agent('请问您是周女士本人吗？'), customer('是的。')],
      tips: [{ aspect: 'polite', text: '先确认本人再说订单。' }],
    },
    {
      kind: 'handle',
      goal: '确认签收时间。',
      lines: [agent('您买的收纳盒明天上午送到，请问明天上午家里有人签收吗？'), customer('有人，放心吧。'), agent('好的，那就按明天上午送达安排，快递员到达前会先给您打电话。')],
      tips: [
        { aspect: 'pace', text: '说送达时间时放慢。' },
        { aspect: 'tone', text: '问句句尾微微上扬。' },
      ],
    },
    {
      kind: 'closing',
      goal: '道别，等顾客先挂机。',
      lines: [agent('请问还有什么可以帮您？'), customer('没有了。'), agent('感谢您的配合，祝您生活愉快，再见！'), customer('再见。')],
      tips: [{ aspect: 'mandarin', text: '“再见”的“再”（zài）是平舌音。' }],
    },
  ],
};

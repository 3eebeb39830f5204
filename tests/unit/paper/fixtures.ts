import { allQuestions } from '../../../src/data/questions/index.ts';
import { paperQuestions, paperSheet } from '../../../src/lib/paper/layout.ts';
import type { PaperSettings } from '../../../src/lib/paper/settings.ts';
import type { Question } from '../../../src/lib/quiz/types.ts';

/** The 期末考试 paper the tests look at. */
export const finalSettings: PaperSettings = { scope: 'final', count: 30, code: 'K7M2QX', studentNo: '', limit: 45 };

/** A paper laid out from the course's banks. */
export const sheetOf = (settings: PaperSettings, pool: readonly Question[] = allQuestions) =>
  paperSheet(paperQuestions(pool, settings), { course: '电子商务客户服务', title: settings.scope === 'final' ? '期末考试' : `模块${settings.scope} 单元测验`, ...settings });

/** Seven questions written for the tests, one of each type (not course content), in a mixed order. */
export const sampleQuestions: Question[] = [
  { id: 'm1.q.short', type: 'short', prompt: '简述售前客服的职责。', explanation: '答出两点即可。', requirements: [], points: 2, reference: '解答咨询，促成交易。', checklist: ['解答咨询', '促成交易'] },
  { id: 'm1.q.single', type: 'single', prompt: '客服的第一句话应是？', explanation: '先问候。', requirements: [], points: 1, options: [{ id: 'b', text: '结束语' }, { id: 'a', text: '欢迎语' }, { id: 'c', text: '催付语' }], answer: 'a' },
  { id: 'm1.q.tf', type: 'truefalse', prompt: '客服可以随意改价。', explanation: '改价要有授权。', requirements: [], points: 1, answer: false },
  {
    id: 'm1.q.blank', type: 'blank', prompt: '询单转化率 = {{num}} ÷ {{den}} × 100%', explanation: '按定义。', requirements: [], points: 2,
    blanks: [{ id: 'den', accept: ['咨询人数'], numerals: false, contains: false }, { id: 'num', accept: ['下单人数', '成交人数'], numerals: false, contains: false }],
  },
  { id: 'm1.q.order', type: 'ordering', prompt: '把接待步骤排好。', explanation: '先问候后解答。', requirements: [], points: 2, items: [{ id: 'greet', text: '问候' }, { id: 'ask', text: '询问需求' }, { id: 'answer', text: '解答' }, { id: 'bye', text: '道别' }] },
  { id: 'm1.q.multiple', type: 'multiple', prompt: '哪些属于售后工作？', explanation: '签收之后。', requirements: [], points: 1, options: [{ id: 'a', text: '退换货' }, { id: 'b', text: '推荐商品' }, { id: 'c', text: '使用指导' }, { id: 'd', text: '核对地址' }], answer: ['a', 'c'] },
  {
    id: 'm1.q.match', type: 'matching', prompt: '把工作归入售前或售后。', explanation: '以签收为界。', requirements: [], points: 1,
    categories: [{ id: 'pre', text: '售前' }, { id: 'post', text: '售后' }],
    items: [{ id: 'recommend', text: '推荐商品', category: 'pre' }, { id: 'promo', text: '介绍活动', category: 'pre' }, { id: 'return', text: '办理退货', category: 'post' }, { id: 'guide', text: '使用指导', category: 'post' }],
  },
];

import { questionSchema, type Question, type QuestionInput } from '../../../src/schemas/question.ts';

/** Parses a question through the real schema, so fixtures are as valid as bank data; keeps the type narrow. */
export const q = <T extends QuestionInput>(input: T) => questionSchema.parse(input) as Extract<Question, { type: T['type'] }>;

/** One question per type GIFT can carry, with Chinese text, feedback and reserved characters. */
export const supported = {
  single: q({
    id: 'm1.q.first-reply',
    type: 'single',
    prompt: '顾客进店咨询后，客服首次响应时间一般要求在多少秒以内？',
    options: [
      { id: 'a', text: '10 秒', feedback: '对：多数店铺以 10 秒为考核线。' },
      { id: 'b', text: '60 秒', feedback: '太慢了，顾客可能已经离开。' },
      { id: 'c', text: '5 分钟' },
    ],
    answer: 'a',
    explanation: '首次响应时间直接影响询单转化率，平台考核一般以 10 秒为线。',
    requirements: ['m1.know.kpi'],
  }),
  multiple: q({
    id: 'm2.q.pre-sale',
    type: 'multiple',
    prompt: '以下哪些属于售前客服的工作？',
    options: [
      { id: 'consult', text: '解答商品咨询' },
      { id: 'bargain', text: '处理议价', feedback: '议价发生在下单前，属于售前。' },
      { id: 'return', text: '办理退货', feedback: '退货属于售后。' },
      { id: 'urge', text: '催付' },
    ],
    answer: ['consult', 'bargain', 'urge'],
    explanation: '售前客服负责成交前的一切沟通：咨询、议价、催付。',
  }),
  truefalse: q({
    id: 'm3.q.seven-days',
    type: 'truefalse',
    prompt: '所有商品都适用“七天无理由退货”。',
    answer: false,
    explanation: '定制商品、鲜活易腐商品等不适用七天无理由退货。',
  }),
  blankMiddle: q({
    id: 'm1.q.conversion',
    type: 'blank',
    prompt: '询单转化率 = {{b1}} ÷ 询单人数 × 100%。',
    blanks: [{ id: 'b1', accept: ['下单人数', '成交人数'] }],
    explanation: '询单转化率衡量客服把咨询变成订单的能力。',
  }),
  blankEnd: q({
    id: 'm1.q.hiring-line',
    type: 'blank',
    prompt: '客服岗位招聘常见的打字速度要求是每分钟多少字？{{speed}}',
    blanks: [{ id: 'speed', accept: ['60', '60字'] }],
    explanation: '60 字/分是常见的招聘线，80 字/分以上为优秀。',
  }),
  matching: q({
    id: 'm4.q.stages',
    type: 'matching',
    prompt: '把下列工作归入对应的服务阶段。',
    categories: [
      { id: 'pre', text: '售前' },
      { id: 'after', text: '售后' },
      { id: 'mid', text: '售中' },
    ],
    items: [
      { id: 'a', text: '解答尺码咨询', category: 'pre' },
      { id: 'b', text: '处理退换货', category: 'after' },
      { id: 'c', text: '议价', category: 'pre' },
      { id: 'd', text: '修改收货地址', category: 'mid' },
    ],
    explanation: '以下单和收货为界划分售前、售中、售后。',
  }),
  short: q({
    id: 'm5.q.bad-review',
    type: 'short',
    prompt: '顾客给了差评，客服应该如何回复？',
    reference: '先真诚致歉，再说明原因，最后给出补救方案。\n语气要诚恳，不与顾客争辩。',
    checklist: ['真诚致歉', '说明原因', '给出补救方案'],
    explanation: '回复差评是给以后的顾客看的，态度比辩解更重要。',
  }),
} satisfies Record<string, Question>;

/** Questions GIFT cannot carry, and a word the reason must contain. */
export const unsupported: [string, Question, string][] = [
  ['ordering', q({
    id: 'm2.q.steps',
    type: 'ordering',
    prompt: '把售后处理步骤排成正确顺序。',
    items: [{ id: 'a', text: '倾听' }, { id: 'b', text: '致歉' }, { id: 'c', text: '解决' }],
    explanation: '先倾听再致歉，最后解决问题。',
  }), '排序题'],
  ['two blanks', q({
    id: 'm6.q.freight',
    type: 'blank',
    prompt: '首重 {{b1}} 元，续重每千克 {{b2}} 元。',
    blanks: [{ id: 'b1', accept: ['10'] }, { id: 'b2', accept: ['5'] }],
    explanation: '按运费模板读出首重与续重价格。',
  }), 'Cloze'],
  ['table', q({
    id: 'm6.q.zone',
    type: 'blank',
    prompt: '根据运费表填写江浙沪的首重价格。',
    blanks: [{ id: 'b1', accept: ['8'] }],
    table: { columns: ['地区', '首重'], rows: [['江浙沪', '{{b1}}']] },
    explanation: '江浙沪属于一区，首重 8 元。',
  }), '表格'],
];

import { scenarioSchema, type Scenario, type ScenarioInput } from '../../../src/schemas/scenario.ts';

/** Small scenarios for the engine tests (the real ones live in src/data/scenarios). */

const polite = { containsAny: ['亲', '您'] };

/** 售前：顾客问保温杯是不是正品，再问能不能便宜。Ends in 成交 or 流失. */
export const genuineInput: ScenarioInput = {
  id: 'test-genuine',
  title: '保温杯是正品吗',
  module: 2,
  kind: 'presale',
  brief: '顾客想买保温杯，担心不是正品，还想砍价。',
  persona: { name: '王女士', type: '谨慎型', description: '第一次在本店购物，担心买到假货。' },
  product: { name: '真空保温杯 500 毫升', price: 129, promo: '满 199 减 20' },
  facts: ['本店为品牌官方授权店，支持专柜验货', '价格不能改，可以送杯套一个'],
  start: 'genuine',
  states: {
    genuine: {
      customer: ['在吗？', '这款保温杯是正品吗？'],
      judge: {
        groups: [
          { id: 'absolute', when: [{ containsAny: ['绝对正品', '百分百正品'] }], feedback: '绝对化用语违反广告法。', points: 0, correctness: 'incorrect', misconception: '用绝对化承诺代替依据', mood: -1 },
          { id: 'proof', when: [{ containsAny: ['授权', '验货'] }, polite], feedback: '很好：称呼得体，用授权和验货说明正品。', points: 2, correctness: 'correct', next: 'bargain', mood: 1 },
          { id: 'proof-rude', when: [{ containsAny: ['授权', '验货'] }], feedback: '依据说对了，记得称呼顾客“亲”或“您”。', points: 1, correctness: 'partial', next: 'bargain' },
          { id: 'bare-yes', when: [{ containsAny: ['正品', '是的'] }], feedback: '光说“是正品”没有说服力，请说明依据：官方授权、支持验货。', points: 1, correctness: 'partial' },
        ],
        fallback: { id: 'other', feedback: '还没有回答是不是正品。', points: 0, correctness: 'incorrect' },
        samples: [
          { reply: '亲，本店是品牌官方授权店，支持专柜验货哦', expect: 'proof' },
          { reply: '官方授权，可以验货', expect: 'proof-rude' },
          { reply: '是正品的', expect: 'bare-yes' },
          { reply: '绝对正品！', expect: 'absolute' },
          { reply: '亲，在的', expect: 'other' },
          { reply: '不是授权店', expect: 'other' },
        ],
      },
      hints: ['顾客担心买到假货，要说明依据。', '提到“品牌官方授权”和“支持专柜验货”，并称呼“亲”。', '可以这样说：亲，本店是品牌官方授权店，支持专柜验货哦。'],
      model: '亲，在的！本店是品牌官方授权店，所售商品都支持专柜验货，请放心购买。',
      topic: '回应“是不是正品”',
    },
    bargain: {
      customer: ['能便宜点吗？'],
      judge: {
        groups: [
          { id: 'refuse', when: [{ containsAny: ['不能便宜', '不议价', '没得便宜'] }], feedback: '生硬拒绝，顾客会流失。', points: 0, correctness: 'incorrect', next: 'lost', mood: -1 },
          { id: 'gift', when: [{ containsAny: ['杯套', '赠品', '送您'] }, polite], feedback: '很好：守住价格，用小礼品促成交易。', points: 2, correctness: 'correct', next: 'deal', mood: 1 },
          { id: 'discount', when: [{ containsAny: ['打折', '便宜给您', '少收'] }], feedback: '客服没有改价权限，不能随口答应打折。', points: 0, correctness: 'incorrect', misconception: '随意承诺折扣' },
        ],
        fallback: { id: 'other', feedback: '顾客在议价，请回应价格问题。', points: 0, correctness: 'incorrect' },
        samples: [
          { reply: '不能便宜的', expect: 'refuse' },
          { reply: '亲，价格已经很实惠了，下单送您一个杯套哦', expect: 'gift' },
          { reply: '给您打折吧', expect: 'discount' },
          { reply: '嗯', expect: 'other' },
        ],
      },
      hints: ['价格不能改，但可以送小礼品。', '试试：亲，价格不能再改了，不过下单送您一个杯套哦。'],
      model: '亲，这已经是活动价了，实在不能再改了，不过现在下单送您一个杯套哦！',
      topic: '回应议价',
    },
    deal: { end: '成交', customer: ['好的，那我拍了！'], summary: '守住价格并送出赠品，顾客下单。' },
    lost: { end: '流失', customer: ['那算了，我再看看别家。'], summary: '生硬拒绝议价，顾客离开。' },
  },
};

/** 售后：顾客要退货。Ends in 解决 or 投诉; the resolved end has no closing line. */
export const returnInput: ScenarioInput = {
  id: 'test-return',
  title: '七天无理由退货',
  module: 4,
  kind: 'return',
  brief: '顾客收到衣服不合适，想退货。',
  persona: { name: '李先生', type: '急躁型', mood: -1, description: '衣服尺码不合适，有点着急。' },
  product: { name: '纯棉T恤', price: 69 },
  facts: ['支持七天无理由退货，商品不影响二次销售即可'],
  start: 'ask',
  states: {
    ask: {
      customer: ['衣服小了，能退吗？'],
      judge: {
        numerals: true,
        groups: [
          { id: 'refuses', when: [{ containsAny: ['不能退', '不支持退', '不退'] }], feedback: '该商品支持七天无理由退货，不能拒绝。', points: 0, correctness: 'incorrect', next: 'complaint', mood: -2 },
          { id: 'full', when: [{ containsAll: ['7天无理由', ['退货', '退换']] }], feedback: '说明了七天无理由退货。', points: 3, correctness: 'correct', next: 'done', mood: 1 },
        ],
        fallback: { id: 'other', feedback: '请直接回答能不能退。', points: 0, correctness: 'incorrect' },
        samples: [
          { reply: '不能退', expect: 'refuses' },
          { reply: '亲，支持七天无理由退货哦', expect: 'full' },
          { reply: '稍等', expect: 'other' },
        ],
      },
      hints: ['商品支持七天无理由退货。', '说：支持七天无理由退货，在订单页申请即可。'],
      model: '非常抱歉尺码不合适，本店支持七天无理由退货，您在订单页申请退货就可以啦。',
      topic: '回应退货请求',
    },
    done: { end: '解决', summary: '说明了七天无理由退货，顾客满意。' },
    complaint: { end: '投诉', customer: ['我要投诉你们！'], summary: '拒绝合理退货，顾客投诉。' },
  },
};

/** Parses a scenario input the way the content collection does. */
export const parse = (input: ScenarioInput): Scenario => scenarioSchema.parse(input);

export const genuine = parse(genuineInput);
export const returns = parse(returnInput);

/** A deep copy to break on purpose (schema checks are skipped, as for code-built scenarios). */
export const copy = (scenario: Scenario): Scenario => structuredClone(scenario);

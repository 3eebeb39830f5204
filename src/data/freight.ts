/**
 * 运费表（教学示例）: made-up carrier rules and prices for practising 运费核算 (module 6). No real
 * price list was used; the rules follow docs/domain.md (SF-style 0.1 kg under 10 kg
 * and 0.5 kg above; 通达系 whole kg). Checked against src/schemas/freight.ts in tests/unit/freight.
 */
import type { FreightTable } from '../lib/freight/types.ts';

/** Notice shown wherever the table is used. */
export const freightNotice = '本页的承运商规则、分区和价格均为教学示例，不是任何快递公司的真实报价；实际运费以快递公司当期报价为准。';

const price = (firstYuan: number, perKgYuan: number) => ({ firstKg: 1, firstYuan, perKgYuan });

/** The teaching freight table, shipping from 浙江 (暖居优品旗舰店). */
export const freightTable = {
  origin: '浙江',
  zones: [
    { id: 'local', name: '同城/省内' },
    { id: 'neighbour', name: '江浙沪' },
    { id: 'national', name: '全国一般' },
    { id: 'remote', name: '偏远地区' },
  ],
  destinations: [
    { name: '浙江', zone: 'local' },
    { name: '江苏', zone: 'neighbour' },
    { name: '上海', zone: 'neighbour' },
    ...['安徽', '北京', '天津', '河北', '山西', '辽宁', '吉林', '黑龙江', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '陕西'].map((name) => ({ name, zone: 'national' })),
    ...['内蒙古', '甘肃', '青海', '宁夏', '新疆', '西藏'].map((name) => ({ name, zone: 'remote' })),
  ],
  carriers: [
    {
      id: 'sf-style',
      name: '顺丰式计费（教学示例）',
      rule: '10 kg 以下按 0.1 kg 进位，10 kg 及以上按 0.5 kg 进位',
      divisor: 6000,
      maxKg: 100,
      rounding: [{ belowKg: 10, stepKg: 0.1 }, { stepKg: 0.5 }],
      prices: { local: price(12, 2), neighbour: price(13, 3), national: price(18, 6), remote: price(25, 15) },
    },
    {
      id: 'tongda-style',
      name: '通达系计费（教学示例）',
      rule: '续重不足 1 kg 按 1 kg 计（整千克进位）',
      divisor: 6000,
      maxKg: 50,
      rounding: [{ stepKg: 1 }],
      prices: { local: price(8, 2), neighbour: price(10, 5), national: price(12, 6), remote: price(20, 12) },
    },
    {
      id: 'half-kg-style',
      name: '半公斤进位计费（教学示例）',
      rule: '续重按 0.5 kg 进位，抛比 8000',
      divisor: 8000,
      maxKg: 60,
      rounding: [{ stepKg: 0.5 }],
      prices: { local: price(9, 4), neighbour: price(11, 4), national: price(15, 8), remote: price(22, 14) },
    },
  ],
} satisfies FreightTable;

/** Volumetric divisors (抛比) a student may choose. */
export const divisorOptions = [5000, 6000, 8000, 12000] as const;

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadToSimplified, mayBeTraditional, traditionalHints } from '../../../src/lib/answer/index.ts';

const toSimplified = await loadToSimplified();
const { Converter } = await import('opencc-js/cn2t');
const toTraditional = Converter({ from: 'cn', to: 'tw' });
const toHongKong = Converter({ from: 'cn', to: 'hk' });

/** Replies a learner might type, in Simplified. */
const replies = [
  '亲，支持七天无理由退货哦',
  '您好，这款商品包邮，还送运费险',
  '我们是品牌授权的正品，可以开发票',
  '非常抱歉给您带来不便，马上为您补发',
  '请您提供一下订单号，我帮您查询物流',
  '店铺动态评分很高，服务态度好',
  '亲，优惠券满一百减二十',
  '不可以退货',
  '已经为您备注尽快发货',
  '这个尺码偏大，建议拍小一码',
];

describe('mayBeTraditional', () => {
  it.each([
    ['不可以退貨', true],
    ['七天無理由', true],
    ['運費險', true],
    ['親，這款包郵', true],
    ['不可以退货', false],
    ['亲，包邮哦', false],
    ['DSR 4.8', false],
    ['', false],
    ['😊', false],
  ])('%s → %s', (text, expected) => {
    expect(mayBeTraditional(text)).toBe(expected);
  });

  it.each(replies)('spots the Taiwan and Hong Kong forms of “%s”', (reply) => {
    for (const traditional of [toTraditional(reply), toHongKong(reply)]) {
      expect(traditional).not.toBe(reply);
      expect(mayBeTraditional(traditional)).toBe(true);
      expect(mayBeTraditional(toSimplified(traditional))).toBe(false);
    }
  });

  it('knows only characters the converter changes', () => {
    const unchanged = [...traditionalHints()].filter((ch) => toSimplified(ch) === ch);
    expect(unchanged).toEqual([]);
  });
});

describe('loadToSimplified', () => {
  it.each([
    ['不可以退貨', '不可以退货'],
    ['七天無理由退換貨', '七天无理由退换货'],
    ['軟體', '软件'],
    ['衞生', '卫生'],
    ['亲，包邮', '亲，包邮'],
  ])('%s → %s', (traditional, simplified) => {
    expect(toSimplified(traditional)).toBe(simplified);
  });

  it('loads the table once', async () => {
    expect(await loadToSimplified()).toBe(toSimplified);
  });

  it('is the only answer module that touches opencc, and only through a dynamic import', () => {
    const dir = 'src/lib/answer';
    const users = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts')).filter((name) => /(from|import\()\s*['"]opencc/.test(readFileSync(`${dir}/${name}`, 'utf8')));
    expect(users).toEqual(['to-simplified.ts']);
    expect(readFileSync(`${dir}/to-simplified.ts`, 'utf8')).not.toMatch(/^import .*opencc/m);
  });
});

import { describe, expect, it } from 'vitest';
import { loadToSimplified, normalise, type NormaliseOptions } from '../../../src/lib/answer/index.ts';

const toSimplified = await loadToSimplified();

describe('normalise: text rules are checked against', () => {
  it.each<[string, string, string, NormaliseOptions?]>([
    ['full-width Latin and digits', 'ＤＳＲ评分４．８', 'dsr评分4.8'],
    ['full-width punctuation and ideographic space', '亲，　您好！', '亲您好'],
    ['ASCII spaces, tabs and line breaks', ' 亲 \t您好\r\n请问 ', '亲您好请问'],
    ['lowercases Latin', 'DSR 动态评分 OK', 'dsr动态评分ok'],
    ['mixed Latin and Chinese', '我们支持 7 天 No Reason 退货', '我们支持7天noreason退货'],
    ['emoji and skin tones', '亲😊可以退货👍🏽', '亲可以退货'],
    ['ZWJ family and flag emoji', '👨‍👩‍👧包邮🇨🇳', '包邮'],
    ['variation selectors and hearts', '正品❤️保证☺︎', '正品保证'],
    ['keycap emoji keep their digit', '1️⃣拍下 2️⃣付款', '1拍下2付款'],
    ['decorative symbols and tildes', '★亲~包邮哦～♪', '亲包邮哦'],
    ['quotes and brackets', '“七天无理由”【退货】（包邮）', '七天无理由退货包邮'],
    ['decimal point between digits stays', '只要9.9元', '只要9.9元'],
    ['list markers lose their point', '1. 售前 2. 售中', '1售前2售中'],
    ['thousands separators go', '满1,000减100', '满1000减100'],
    ['percent sign goes', '好评率99%', '好评率99'],
    ['invisible characters (BOM, zero-width space)', '\uFEFF可以\u200B退货', '可以退货'],
    ['Kangxi radicals and compatibility forms', '⼀件包邮 ㈱', '一件包邮株'],
    ['empty input', '', ''],
    ['only punctuation and emoji', '！！！😊😊，。', ''],
    ['Traditional to Simplified when a converter is given', '不可以退貨，運費險', '不可以退货运费险', { toSimplified }],
    ['Taiwan wording to mainland wording', '軟體會員', '软件会员', { toSimplified }],
    ['Hong Kong variant characters', '衞生紙', '卫生纸', { toSimplified }],
    ['Traditional kept without a converter', '退貨', '退貨'],
    ['numerals off by default', '七天无理由', '七天无理由'],
    ['numerals on', '七天无理由，十五天', '7天无理由15天', { numerals: true }],
    ['numerals with Traditional input', '七天無理由退貨', '7天无理由退货', { numerals: true, toSimplified }],
    ['半 is not a numeral', '一个半小时', '1个半小时', { numerals: true }],
    ['numerals do not join across punctuation (一十 would be 10)', '一，十', '110', { numerals: true }],
  ])('%s', (_name, raw, text, options) => {
    expect(normalise(raw, options).text).toBe(text);
  });

  it('keeps the raw text and maps every character back to it', () => {
    const raw = '亲，ＤＳＲ 是4.8😊';
    const n = normalise(raw);
    expect(n.raw).toBe(raw);
    expect([...n.text].map((_, i) => raw.slice(n.map[i], n.ends[i]))).toEqual(['亲', 'Ｄ', 'Ｓ', 'Ｒ', '是', '4', '.', '8']);
  });

  it('maps converted numerals to the characters they came from', () => {
    const raw = '两百元';
    const n = normalise(raw, { numerals: true });
    expect(n.text).toBe('200元');
    expect(raw.slice(n.map[0], n.ends[2])).toBe('两百');
  });

  it('starts a new clause at punctuation and line breaks, not at spaces or emoji', () => {
    const n = normalise('不 😊可以，退货\n包邮');
    expect(n.text).toBe('不可以退货包邮');
    expect(n.clause).toEqual([0, 0, 0, 1, 1, 2, 2]);
  });

  it('keeps two numbers apart across a sentence end or a line break, so 便宜50 and 5升 never read as 505升', () => {
    expect(normalise('没办法给您便宜50\n5升够三口人用').text).toBe('没办法给您便宜50|5升够三口人用');
    expect(normalise('便宜50。5升').text).toBe('便宜50|5升');
    expect(normalise('16:00前，2～4天').text).toBe('1600前24天');
  });

  it('keeps a price and a pack size apart across a slash, so ¥9.9/100张 never reads as 9.9100张', () => {
    expect(normalise('吸油纸¥9.9/100张').text).toBe('吸油纸¥9.9|100张');
    expect(normalise('吸油纸 9.9 元/100 张').text).toBe('吸油纸9.9元100张');
  });
});

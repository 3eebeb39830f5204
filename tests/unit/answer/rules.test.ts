import { describe, expect, it } from 'vitest';
import { checkRule, loadToSimplified, NEGATORS, normalise, NON_NEGATING, ruleKind, type Rule } from '../../../src/lib/answer/index.ts';

const toSimplified = await loadToSimplified();

/** Whether a rule holds for a reply, normalised as a rule set without numerals would. */
function holds(rule: Rule, reply: string, numerals = false): boolean {
  const options = { toSimplified, numerals };
  return checkRule(rule, normalise(reply, options), (term) => normalise(term, options).text).holds;
}

describe('negation guard: a negated keyword is absent', () => {
  it.each<[string, string, string, boolean]>([
    ['plain hit', '亲，可以退货的', '可以退货', true],
    ['不 right before', '不可以退货', '可以退货', false],
    ['不能 before', '这个不能退货哦', '退货', false],
    ['没有 two characters before', '我们没有运费险', '运费险', false],
    ['没 three characters before', '没买过运费险', '运费险', false],
    ['无 before', '无包邮', '包邮', false],
    ['别 before', '别退货了亲', '退货', false],
    ['未 before', '未发货', '发货', false],
    ['非 before', '非正品', '正品', false],
    ['negator four characters back is too far', '不用担心可以退货', '可以退货', true],
    ['a comma ends the negation', '不，可以退货', '可以退货', true],
    ['a line break ends the negation', '不\n可以退货', '可以退货', true],
    ['spaces and emoji do not end it', '不 😊 可以退货', '可以退货', false],
    ['Traditional negator', '不可以退貨', '可以退货', false],
    ['full-width punctuation ends it', '不！可以退货', '可以退货', true],
    ['one of two hits un-negated is enough', '不是不可以退货，可以退货的', '可以退货', true],
    ['A-not-A question 可不可以', '可不可以退货', '可以退货', true],
    ['A-not-A question 有没有', '请问有没有运费险', '运费险', true],
    ['A-not-A question 是不是', '是不是正品', '正品', true],
  ])('%s: %s contains %s → %s', (_name, reply, term, expected) => {
    expect(holds({ containsAny: [term] }, reply)).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    ['非常可以理解', '可以理解', true],
    ['非常抱歉给您带来不便', '抱歉', true],
    ['别人可以退货吗', '可以退货', true],
    ['别的颜色有货', '有货', true],
    ['无论如何都包邮', '包邮', true],
    ['不管多少件都包邮', '包邮', true],
    ['不仅包邮还送运费险', '包邮', true],
    ['不但正品还包邮', '正品', true],
    ['支持七天无理由退货', '退货', true],
    ['核对无误马上发货', '发货', true],
    ['没问题可以退货', '可以退货', true],
    ['没关系可以换货', '可以换货', true],
    ['不客气亲', '亲', true],
    ['不过可以退货', '可以退货', true],
    ['别急马上发货', '发货', true],
    ['不同意退货', '同意退货', false],
    ['不好用', '好用', false],
  ])('compound %s contains %s → %s', (reply, term, expected) => {
    expect(holds({ containsAny: [term] }, reply)).toBe(expected);
  });

  it.each(NON_NEGATING.filter((word) => NEGATORS.has(word[0]!)))('every listed compound (%s) is excused before a keyword', (word) => {
    expect(holds({ containsAny: ['包邮'] }, `${word}包邮`)).toBe(true);
  });

  it.each<[string, string, boolean]>([
    ['我不满意', '不满意', true],
    ['不知道', '不知道', true],
    ['我也不知道呢', '不知道', true],
    ['没有货了', '没有货', true],
  ])('a keyword starting with a negator is literal: %s contains %s → %s', (reply, term, expected) => {
    expect(holds({ containsAny: [term] }, reply)).toBe(expected);
  });
});

describe('rules', () => {
  it.each<[string, Rule, string, boolean]>([
    ['containsAny: one of several', { containsAny: ['包邮', '免运费'] }, '亲，这款免运费哦', true],
    ['containsAny: none', { containsAny: ['包邮', '免运费'] }, '运费10元', false],
    ['containsAny: full-width Latin keyword', { containsAny: ['DSR'] }, '店铺ｄｓｒ评分很高', true],
    ['containsAny: keyword written with punctuation', { containsAny: ['亲，您好'] }, '亲您好！', true],
    ['containsAny: number is not cut from a longer one', { containsAny: ['100'] }, '满1000元减', false],
    ['containsAny: number at its own boundary', { containsAny: ['100'] }, '满100减10', true],
    ['containsAll: every entry', { containsAll: ['七天无理由', '退货'] }, '支持七天无理由退货', true],
    ['containsAll: one entry missing', { containsAll: ['七天无理由', '退货'] }, '支持七天无理由', false],
    ['containsAll: synonym group', { containsAll: [['退货', '退换'], '运费险'] }, '可以退换，有运费险', true],
    ['containsAll: synonym group missing', { containsAll: [['退货', '退换'], '运费险'] }, '有运费险', false],
    ['containsAll: negated entry is missing', { containsAll: ['退货', '运费险'] }, '可以退货，没有运费险', false],
    ['notContains: absent', { notContains: ['不知道'] }, '亲，我帮您查一下', true],
    ['notContains: present', { notContains: ['不知道'] }, '这个我不知道', false],
    ['notContains: a forbidden phrase starting with a negator is caught even after a negator', { notContains: ['不知道'] }, '我并不知道', false],
    ['notContains: a negated hit is no hit', { notContains: ['绝对正品'] }, '不是绝对正品', true],
    ['notContains: listing the negated form forbids it too', { notContains: ['绝对正品', '不是绝对正品'] }, '不是绝对正品', false],
    ['notContains: empty reply', { notContains: ['不知道'] }, '', true],
    ['startsWith: greeting first', { startsWith: ['亲', '您好'] }, '😊亲，在的', true],
    ['startsWith: greeting later', { startsWith: ['亲', '您好'] }, '在的亲', false],
    ['startsWith: Latin case-insensitive', { startsWith: ['hi'] }, 'Hi 亲', true],
    ['regex: order number', { regex: '\\d{6,}' }, '订单号：２０２４０６１８', true],
    ['regex: against normalised text (no spaces)', { regex: '^亲您好' }, '亲 ， 您好', true],
    ['regex: no match', { regex: '\\d{6,}' }, '订单号12345', false],
    ['regex: g flag ignored', { regex: '包邮', flags: 'g' }, '包邮包邮', true],
    ['lengthBetween: inside', { lengthBetween: [2, 10] }, '亲，包邮哦😊', true],
    ['lengthBetween: too short', { lengthBetween: [5, 10] }, '亲！', false],
    ['lengthBetween: empty', { lengthBetween: [0, 0] }, '   ', true],
    ['lengthBetween: counts characters, not punctuation', { lengthBetween: [4, 4] }, '好，的，好，的', true],
    ['fuzzy: exact', { fuzzy: ['七天无理由'] }, '支持七天无理由', true],
    ['fuzzy: one typo', { fuzzy: ['七天无理由'] }, '支持七天无里由', true],
    ['fuzzy: two typos in a short term', { fuzzy: ['七天无理由'] }, '支持七填无里由', false],
    ['fuzzy: two typos in a long term', { fuzzy: ['支持七天无理由退货'] }, '支技七天无里由退货', true],
    ['fuzzy: three typos in a long term', { fuzzy: ['支持七天无理由退货'] }, '支技七天无里由退或', false],
    ['fuzzy: no insertions', { fuzzy: ['七天无理由'] }, '七天的无理由', false],
    ['fuzzy: a substitution may not remove a negator', { fuzzy: ['七天无理由'] }, '七天有理由', false],
    ['fuzzy: a substitution may not add a negator', { fuzzy: ['可以退货'] }, '可不退货', false],
    ['fuzzy: negation guard applies', { fuzzy: ['可以退货'] }, '不可以退或', false],
    ['fuzzy: Latin', { fuzzy: ['dsr评分'] }, 'DSR平分', true],
  ])('%s', (_name, rule, reply, expected) => {
    expect(holds(rule, reply)).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    ['7天无理由', '七天无理由', true],
    ['七天无理由', '7天无理由', true],
    ['二十七天内', '七天', false],
    ['两百元', '200元', true],
    ['一个半小时内回复', '1个半小时', true],
  ])('with numerals, %s contains %s → %s', (reply, term, expected) => {
    expect(holds({ containsAny: [term] }, reply, true)).toBe(expected);
  });

  it('names the kind of a rule', () => {
    expect([{ regex: 'a', flags: 'i' }, { fuzzy: ['七天无理由'] }].map((rule) => ruleKind(rule as Rule))).toEqual(['regex', 'fuzzy']);
  });
});

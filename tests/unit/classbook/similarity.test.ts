import { describe, expect, it } from 'vitest';
import { formText, pairSegments, normalise, sharedSegments, similarity, similarityThreshold, similarPairs, similarWork } from '../../../src/lib/classbook/similarity.ts';
import { bookOf, catalogOf, handInRecord, sampleForm, short } from './fixtures.ts';

// Answers to 顾客收到的商品有破损，要求退货 (the `short` question of ./fixtures.ts).
const original = '您好，非常抱歉给您带来不便。请您先拍下商品破损的照片发给我们，我们核实后会为您办理退货，运费由我们承担，退款会在三个工作日内原路返回。';
/** The original with a word changed here and there, as a copy is disguised. */
const edited = '您好，十分抱歉给您带来了不便！请您拍下商品破损的照片发给我们，核实以后我们为您办理退货，运费由我们承担，退款将在三个工作日内原路退回。';
/** The original shortened. */
const trimmed = '您好，非常抱歉给您带来不便。请您拍照发给我们，我们核实后为您办理退货，运费我们承担，退款三个工作日内原路返回。';
/** Written independently. */
const independent = [
  '亲，看到您的留言了，真的很对不起。麻烦上传一下包裹和破损部位的图片，确认是运输造成的，就给您安排上门取件退货，不需要您出运费。',
  '抱歉让您遇到这种情况。您可以选择退货退款或者补发新品，请提供订单号和破损照片，我们会尽快处理，给您带来不便敬请谅解。',
  '首先向顾客道歉，安抚情绪；然后请顾客提供破损商品的照片和订单号；核实后办理退货退款，告知运费由店铺承担以及退款到账时间。',
];
const q = short('m1.q.damaged');
const template = q.type === 'short' ? [q.prompt, q.reference, ...q.checklist] : [];
const work = (no: string, text: string) => ({ studentNo: no, name: `学生${no}`, text });

describe('normalising and shingles', () => {
  it('drops whitespace, punctuation and symbols and folds full-width forms', () => expect(normalise('Ａ　b，c！\n【d】￥5')).toBe('abcd5'));
  it('compares sets of character bigrams; a single character is its own shingle', () => {
    // 退货退款 {退货, 货退, 退款} and 退款退货 {退款, 款退, 退货}: 2 shared of 4 distinct.
    expect(similarity('退货退款', '退款退货')).toBe(0.5);
    expect(similarity('好', '好')).toBe(1);
    expect(similarity('', '')).toBe(0);
  });
});

describe('similarity', () => {
  it.each([['edited', edited], ['trimmed', trimmed]])('flags a copy with small edits (%s)', (_, copy) => {
    expect(similarity(original, copy, template)).toBeGreaterThanOrEqual(similarityThreshold);
  });

  it('does not flag answers written independently to the same question', () => {
    const all = [original, ...independent];
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) expect(similarity(all[i]!, all[j]!, template), `${i}-${j}`).toBeLessThan(similarityThreshold / 2);
  });

  it('does not flag two students who both handed in the question and its reference answer', () => {
    const copied = `${q.prompt}${q.type === 'short' ? q.reference : ''}`;
    expect(similarPairs([work('1', copied), work('2', copied)], template)).toEqual([]);
  });

  it('returns the pairs above the threshold, most similar first, and skips texts that are too short', () => {
    const pairs = similarPairs([work('1', original), work('2', independent[0]!), work('3', edited), work('4', trimmed), work('5', '同意退货'), work('6', '同意退货')], template);
    expect(pairs.map((p) => `${p.a.studentNo}-${p.b.studentNo}`).sort()).toEqual(['1-3', '1-4', '3-4']);
    expect(pairs.every((p, i) => i === 0 || pairs[i - 1]!.similarity >= p.similarity)).toBe(true);
    expect(pairs.some((p) => p.a.studentNo === '5')).toBe(false);
  });

  it('cuts both texts of a pair into segments with the shared runs marked', () => {
    const [pair] = similarPairs([work('1', original), work('2', edited)], template);
    const { a, b } = pairSegments(pair!);
    expect(a.map((x) => x.text).join('')).toBe(original);
    expect(b.filter((x) => x.shared).map((x) => x.text)).toContain('不便！请您拍下商品破损的照片发给我们，核实');
  });
});

describe('shared runs', () => {
  it('marks runs of four or more characters found in the other text, punctuation inside a run included', () => {
    const segments = sharedSegments('我们核实后，为您办理退货。谢谢', '核实后为您办理退货');
    expect(segments).toEqual([{ text: '我们', shared: false }, { text: '核实后，为您办理退货', shared: true }, { text: '。谢谢', shared: false }]);
    expect(segments.map((s) => s.text).join('')).toBe('我们核实后，为您办理退货。谢谢');
  });

  it('does not mark runs shorter than four characters', () => {
    expect(sharedSegments('退货运费', '退货').every((s) => !s.shared)).toBe(true);
  });
});

describe('forms', () => {
  it("leaves out the form's own text and short cells", () => {
    const text = formText(sampleForm, { name: '', className: '', added: [], cells: { case: { result: '顾客收到的杯子碎了' }, reply: { result: '您好，非常抱歉，请拍照给我们，我们马上为您补发。' }, note: { result: '已补发' } } });
    expect(text).toBe('');
  });

  it('finds two copied forms in the class book, and not a form filled in with the template alone', () => {
    const quiz = { item: 'lesson:1.1', id: 'lesson-1-1', title: '课堂小测', questions: [q] };
    const reply = '亲，实在抱歉让您收到了碎掉的杯子，麻烦您拍一张破损照片和外包装照片，我们核实后今天就为您补发一只新的。';
    const book = bookOf([
      [{ no: 'S1', name: '林小悦' }, quiz.item, handInRecord({ no: 'S1', name: '林小悦' }, quiz, { [q.id]: { type: 'short', text: original, checked: [] } }, { reply: { result: reply }, note: { result: '补发新杯子，登记物流破损' } })],
      [{ no: 'S2', name: '王明' }, quiz.item, handInRecord({ no: 'S2', name: '王明' }, quiz, { [q.id]: { type: 'short', text: edited, checked: [] } }, { reply: { result: reply.replace('实在', '真的') }, note: { result: '补发新杯子，登记物流破损' } })],
      [{ no: 'S3', name: '张婷' }, quiz.item, handInRecord({ no: 'S3', name: '张婷' }, quiz, { [q.id]: { type: 'short', text: independent[1]!, checked: [] } }, { reply: { result: '您好，非常抱歉，请拍照给我们，我们马上为您补发。' } })],
    ]);
    const groups = similarWork(book, catalogOf(quiz));
    expect(groups.map((g) => [g.kind, g.part, g.compared, g.pairs.map((p) => `${p.a.studentNo}-${p.b.studentNo}`)])).toEqual([
      ['short', q.id, 3, ['S1-S2']],
      ['form', sampleForm.id, 3, ['S1-S2']],
    ]);
  });
});

/**
 * Characters that negate a keyword close after them. 不能 / 没有 / 无法 are covered by their first
 * character. The Traditional forms are listed so the guard works before the converter is loaded.
 */
export const NEGATORS: ReadonlySet<string> = new Set(['不', '没', '无', '别', '未', '非', '沒', '無', '別']);

/**
 * Words that start with a negator but do not negate what follows them, e.g. 非常抱歉, 七天无理由退货,
 * 别人可以退货吗. A word only exempts a keyword it ends before (不同 must not excuse 不同意).
 */
export const NON_NEGATING: readonly string[] = [
  '非常', '非凡',
  '无论', '无理由', '无忧', '无误', '无线', '无限',
  '不论', '不管', '不仅', '不但', '不只', '不光', '不过', '不然', '不错', '不少', '不断', '不久', '不客气',
  '别人', '别的', '别家', '别处', '别急', '别担心',
  '没问题', '没关系', '没事', '没错',
  '不行的话',
  '未来',
];

/** Words that end in 别 and negate nothing: 特别理解您, 分别是, 区别在于. */
const NEGATOR_ENDS = ['特别', '区别', '分别', '告别', '个别', '级别', '类别', '性别', '识别', '差别', '辨别', '鉴别'];

/** Whether the negator at `at` is the last character of a word that does not negate (特别). */
export const endsWord = (text: string, at: number): boolean => at > 0 && NEGATOR_ENDS.includes(text.slice(at - 1, at + 1));

/** How many normalised characters before a keyword the guard looks at. */
export const NEGATION_WINDOW = 3;

/** Whether the text starts with a negator (such a keyword, e.g. 不满意, is matched literally). */
export function startsWithNegator(text: string): boolean {
  return text !== '' && NEGATORS.has(text[0]!);
}

/** True for 可不可以, 能不能, 有没有, 是不是: an A-not-A question, not a negation. */
function isQuestionForm(text: string, at: number): boolean {
  for (const size of [1, 2]) {
    const before = text.slice(at - size, at);
    if (at - size >= 0 && before.length === size && text.startsWith(before, at + 1)) return true;
  }
  return false;
}

/**
 * Whether a keyword starting at `start` in the normalised text is negated: a negator 1–3 characters
 * before it, in the same clause (`clause[i]` numbers the clauses), that is not part of a
 * non-negating word or an A-not-A question.
 * @example isNegated('不可以退货', [0, 0, 0, 0, 0], 1) // true
 */
export function isNegated(text: string, clause: ArrayLike<number>, start: number): boolean {
  for (let at = start - 1; at >= Math.max(0, start - NEGATION_WINDOW); at--) {
    // 就 starts the consequence: 周五没到就补发 promises 补发.
    if (clause[at] !== clause[start] || text[at] === '就') return false;
    if (!NEGATORS.has(text[at]!)) continue;
    const excused = NON_NEGATING.some((word) => at + word.length <= start && text.startsWith(word, at)) || isQuestionForm(text, at) || endsWord(text, at);
    if (!excused) return true;
  }
  return false;
}

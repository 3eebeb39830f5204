/** The counting rule, as shown to learners next to every speaking rate. */
export const countingRule = '计字规则：每个汉字、每个数字、每个英文字母各算 1 字；标点符号、空格和表情符号不计，因为它们不发音。';

// Letters and digits of any script count, so full-width ＡＢＣ / １２３ do too (after NFKC).
const spoken = /[\p{Script=Han}\p{L}\p{Nd}]/gu;

/**
 * Number of spoken characters in a text: Han characters, letters and digits count one each;
 * punctuation, spaces and emoji do not (they are not read aloud).
 */
export function countSpoken(text: string): number {
  return text.normalize('NFKC').match(spoken)?.length ?? 0;
}

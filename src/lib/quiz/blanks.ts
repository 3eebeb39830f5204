/** A piece of a blank-filling text: plain text, or the blank with this ID. */
export type BlankPiece = { text: string } | { blank: string };

/** Splits text with `{{id}}` markers into text and blanks. @example splitBlanks('A{{b1}}B') */
export function splitBlanks(text: string): BlankPiece[] {
  return text
    .split(/(\{\{[a-z0-9-]+\}\})/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const match = /^\{\{([a-z0-9-]+)\}\}$/.exec(piece);
      return match ? { blank: match[1]! } : { text: piece };
    });
}

/** 1-based position of each blank in reading order, for labels such as “第 2 空”. */
export function blankNumbers(texts: readonly string[]): Record<string, number> {
  const numbers: Record<string, number> = {};
  let n = 0;
  for (const text of texts) for (const piece of splitBlanks(text)) if ('blank' in piece && !(piece.blank in numbers)) numbers[piece.blank] = ++n;
  return numbers;
}

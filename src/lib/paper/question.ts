import { blankNumbers, splitBlanks } from '../quiz/blanks.ts';
import { shuffleUnsolved } from '../quiz/random.ts';
import type { Question, QuestionType } from '../quiz/types.ts';

/** A piece of printed text: words, or a blank to write on (an underline, labelled when it is one of several). */
export type PaperPiece = { text: string } | { blank: string };

/** A lettered or numbered line of a question: an option, an item to order or an item to classify. */
export interface PaperChoice {
  /** 'A', 'B' … or '(1)', '(2)' … */
  label: string;
  /** The option or item as the bank words it. */
  text: string;
}

/** What the teacher copy prints after a question. */
export interface PaperKey {
  /** The answer as a teacher marks it: letters, √ / ×, blanks, order or classes; '' for 简答题. */
  answer: string;
  /** Why it is right (the bank's explanation). */
  explanation: string;
  /** 简答题: the reference answer. */
  reference?: string;
  /** 简答题: the 评分要点. */
  checklist?: string[];
  /** What the teacher copy writes in the brackets or boxes: the stem's (choice, 判断), each item's (匹配题) or the order (排序题). */
  inline: string[];
}

/** One question as both the paper and the Word file print it. */
export interface PaperQuestion {
  /** Bank ID (stable). */
  id: string;
  /** Question type; it decides the section. */
  type: QuestionType;
  /** 1-based over the whole paper. */
  number: number;
  /** Points for a fully correct answer. */
  points: number;
  /** The prompt; blanks are underlines. */
  prompt: PaperPiece[];
  /** Whether the prompt ends with （　　） for a letter or √ / ×. */
  bracket: boolean;
  /** A 填空题's table, cells as pieces. */
  table?: { columns: string[]; rows: PaperPiece[][][] };
  /** Options (A, B … in the bank's order), items to order (A, B … shuffled) or items to classify ((1), (2) … shuffled). */
  choices: PaperChoice[];
  /** Choices per printed row: 1, 2 or 4 (short options share a line). */
  choiceColumns: 1 | 2 | 4;
  /** 匹配题: the classes the items go into, A, B … in the bank's order. */
  categories: PaperChoice[];
  /** 填空题: how many blanks it has. */
  blanks: number;
  /** 排序题: boxes to write the letters in, one per item. */
  orderBoxes: number;
  /** Ruled lines left for the answer (简答题). */
  lines: number;
  /** What the teacher copy adds. */
  key: PaperKey;
}

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Option letter. @example letter(2) === 'C' */
export const letter = (index: number) => letters[index] ?? String(index + 1);

/** Label of a blank among several. @example blankLabel(2) === '②' */
export const blankLabel = (n: number) => (n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `(${n})`);

/** Label of an item to classify. @example itemLabel(0) === '(1)' */
export const itemLabel = (index: number) => `(${index + 1})`;

/** Printed width of text in half-width characters (a Chinese character counts 2). */
export const printedWidth = (text: string) => [...text].reduce((w, c) => w + (c.codePointAt(0)! > 0xff ? 2 : 1), 0);

/** How many options share a printed row: four short ones, two medium ones, else one each. */
export function choiceColumns(texts: readonly string[]): 1 | 2 | 4 {
  const widest = Math.max(0, ...texts.map(printedWidth));
  return widest <= 16 ? 4 : widest <= 38 ? 2 : 1;
}

/** Ruled lines for a 简答题 answer: two per point and two more, at most ten. */
export const answerLines = (points: number) => Math.min(10, 2 + 2 * Math.ceil(points));

/** Pieces of a text with `{{id}}` blanks, labelled as `labels` says. */
const pieces = (text: string, labels: Record<string, string>): PaperPiece[] =>
  splitBlanks(text).map((piece) => ('blank' in piece ? { blank: labels[piece.blank] ?? '' } : piece));

/**
 * Lays out one question for paper. Options and classes keep the bank's order (a printed paper is
 * the same for everyone who gets it); the items of an ordering or matching question are shuffled with
 * a seed of the paper code and the question, because their bank order is the answer. Every paper of
 * one code prints a question the same way, so one teacher copy marks them all.
 */
export function paperQuestion(question: Question, number: number, code: string): PaperQuestion {
  const base = { id: question.id, type: question.type, number, points: question.points, bracket: false, choices: [], choiceColumns: 1 as const, categories: [], blanks: 0, orderBoxes: 0, lines: 0 };
  const explanation = question.explanation;
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const keys = question.type === 'single' ? [question.answer] : question.answer;
      const choices = question.options.map((o, i) => ({ label: letter(i), text: o.text }));
      const answer = question.options.flatMap((o, i) => (keys.includes(o.id) ? [letter(i)] : [])).join('');
      return { ...base, prompt: [{ text: question.prompt }], bracket: true, choices, choiceColumns: choiceColumns(choices.map((c) => c.text)), key: { answer, explanation, inline: [answer] } };
    }
    case 'truefalse':
    {
      const answer = question.answer ? '√' : '×';
      return { ...base, prompt: [{ text: question.prompt }], bracket: true, key: { answer, explanation, inline: [answer] } };
    }
    case 'blank': {
      const texts = [question.prompt, ...(question.table?.rows.flat() ?? [])];
      const numbers = blankNumbers(texts);
      const several = question.blanks.length > 1;
      const labels = Object.fromEntries(Object.entries(numbers).map(([id, n]) => [id, several ? blankLabel(n) : '']));
      const answer = [...question.blanks]
        .sort((a, b) => numbers[a.id]! - numbers[b.id]!)
        .map((b) => {
          const [first, ...others] = b.accept;
          return `${several ? `${labels[b.id]} ` : ''}${first}${others.length ? `（也可答：${others.join('／')}）` : ''}`;
        })
        .join('；');
      const table = question.table && { columns: question.table.columns, rows: question.table.rows.map((row) => row.map((cell) => pieces(cell, labels))) };
      return { ...base, prompt: pieces(question.prompt, labels), ...(table ? { table } : {}), blanks: question.blanks.length, key: { answer, explanation, inline: [] } };
    }
    case 'ordering': {
      const printed = shuffleUnsolved(question.items, `${code}:${question.id}`);
      const choices = printed.map((item, i) => ({ label: letter(i), text: item.text }));
      const inline = question.items.map((item) => letter(printed.indexOf(item)));
      return { ...base, prompt: [{ text: question.prompt }], choices, orderBoxes: printed.length, key: { answer: inline.join(' → '), explanation, inline } };
    }
    case 'matching': {
      const printed = shuffleUnsolved(question.items, `${code}:${question.id}`);
      const categories = question.categories.map((c, i) => ({ label: letter(i), text: c.text }));
      const classOf = (id: string) => letter(question.categories.findIndex((c) => c.id === id));
      const inline = printed.map((item) => classOf(item.category));
      const answer = inline.map((c, i) => `${itemLabel(i)} ${c}`).join('　');
      return { ...base, prompt: [{ text: question.prompt }], choices: printed.map((item, i) => ({ label: itemLabel(i), text: item.text })), categories, key: { answer, explanation, inline } };
    }
    case 'short':
      return { ...base, prompt: [{ text: question.prompt }], lines: answerLines(question.points), key: { answer: '', explanation, reference: question.reference, checklist: question.checklist, inline: [] } };
  }
}

import type { PaperQuestion } from './question.ts';
import { blankLabel } from './question.ts';
import type { PaperSheet } from './layout.ts';

/** Most answer boxes in a row of a choice or 判断 grid (题号 row above, answer row below). */
export const boxesPerRow = 10;

/** One question's space on the 答题卡 below the grids. */
export type AnswerRow =
  /** Short lines, one per blank (①, ② …) or per item to classify ((1), (2) …). */
  | { kind: 'slots'; number: number; labels: string[] }
  /** One box per item, joined by arrows, for the letters in order. */
  | { kind: 'order'; number: number; boxes: number }
  /** Ruled lines for a 简答题. */
  | { kind: 'lines'; number: number; lines: number };

/** One section of the 答题卡, under the paper section's heading. */
export type AnswerPart =
  /** Numbered boxes for single, multiple choice and 判断: rows of question numbers, `columns` wide. */
  | { kind: 'grid'; heading: string; columns: number; rows: number[][] }
  | { kind: 'list'; heading: string; rows: AnswerRow[] };

/** The 答题卡 of a paper. */
export interface AnswerSheet {
  /** @example '期末考试 答题卡' */
  title: string;
  /** One per paper section, in the same order. */
  parts: AnswerPart[];
}

/** Splits into rows of `size`. */
const rowsOf = <T>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

function answerRow(question: PaperQuestion): AnswerRow {
  switch (question.type) {
    case 'blank':
      return { kind: 'slots', number: question.number, labels: question.blanks > 1 ? Array.from({ length: question.blanks }, (_, i) => blankLabel(i + 1)) : [''] };
    case 'matching':
      return { kind: 'slots', number: question.number, labels: question.choices.map((c) => c.label) };
    case 'ordering':
      return { kind: 'order', number: question.number, boxes: question.orderBoxes };
    default:
      return { kind: 'lines', number: question.number, lines: question.lines };
  }
}

/**
 * The 答题卡 of a paper, section by section in the paper's order: choice and 判断 sections as grids of
 * numbered boxes, the others as one row per question (blanks, order boxes, classes or lines).
 */
export function answerSheet(sheet: PaperSheet): AnswerSheet {
  return {
    title: `${sheet.header.title} 答题卡`,
    parts: sheet.sections.map((section) =>
      section.type === 'single' || section.type === 'multiple' || section.type === 'truefalse'
        ? { kind: 'grid', heading: section.heading, columns: Math.min(boxesPerRow, section.questions.length), rows: rowsOf(section.questions.map((q) => q.number), boxesPerRow) }
        : { kind: 'list', heading: section.heading, rows: section.questions.map(answerRow) },
    ),
  };
}

import type { Question, QuestionType } from '../../schemas/question.ts';

/** A learner's answer to one question; the shape follows the question type. */
export type Response =
  | { type: 'single'; choice?: string }
  | { type: 'multiple'; choices: string[] }
  | { type: 'truefalse'; value?: boolean }
  | { type: 'blank'; values: Record<string, string> }
  | { type: 'ordering'; order: string[] }
  | { type: 'matching'; placements: Record<string, string> }
  | { type: 'short'; text: string; checked: number[] };

/** How an answer was judged. 'self' means the learner assessed it against the checklist. */
export type Status = 'correct' | 'partial' | 'incorrect' | 'self';

/** The result of grading one answer. */
export interface Grade {
  /** Fraction of the question's points earned, 0–1. */
  score: number;
  points: number;
  max: number;
  status: Status;
  /** Per part (option, blank, item) whether it is right; used to mark the view. */
  parts: Record<string, boolean>;
  /** Feedback of the options the learner chose wrongly (per-option feedback). */
  feedback: string[];
}

export type { Question, QuestionType };

import type { Grade, Question, QuestionType, Response } from '../../../lib/quiz/index.ts';

/** Props every question-type input view takes. */
export interface InputProps<T extends QuestionType> {
  question: Extract<Question, { type: T }>;
  response: Response;
  /** Present once the answer is checked: marks each part right or wrong. */
  grade?: Grade;
  /** Show the answer key (after “查看答案”). */
  solution: boolean;
  disabled: boolean;
  onchange: (response: Response) => void;
  /** The learner's display seed (src/lib/quiz/display.ts); '' for the canonical order. */
  seed: string;
}

import type { Grade, Question, Response } from '../quiz/types.ts';

/** The SCORM 1.2 interaction types (RTE data model, cmi.interactions.n.type). */
export type InteractionType = 'true-false' | 'choice' | 'fill-in' | 'matching' | 'performance' | 'sequencing' | 'likert' | 'numeric';

/** One answered question as SCORM 1.2 records it (cmi.interactions.n.*); values are the strings written. */
export interface Interaction {
  id: string;
  type: InteractionType;
  student_response: string;
  /** `correct`, `wrong`, `neutral` (self-assessed), or the fraction earned for part credit. */
  result: string;
  weighting: string;
  latency?: string;
}

/** SCORM 1.2 CMIFeedback (and CMIIdentifier) hold at most 255 characters. */
export const feedbackLimit = 255;
/** Free text on one line (scorm-again, like some LMSs, refuses line breaks in these fields), cut to 255 characters. */
const clip = (text: string) => [...text.replace(/\s+/g, ' ').trim()].slice(0, feedbackLimit).join('').slice(0, feedbackLimit);

/**
 * SCORM 1.2 writes choice, sequencing and matching answers with one character per option, `0`–`9`
 * and `a`–`z`. Options are named by their place in the question as written: a, b, c …
 */
const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
const letter = (index: number) => alphabet[index] ?? '?';
const digit = (index: number) => (index < 9 ? String(index + 1) : (alphabet[index - 9] ?? '?'));

const typeOf: Record<Question['type'], InteractionType> = {
  single: 'choice',
  multiple: 'choice',
  truefalse: 'true-false',
  blank: 'fill-in',
  ordering: 'sequencing',
  matching: 'matching',
  // 简答: the learner ticks a checklist against a reference answer, so it is a performance, judged by the learner.
  short: 'performance',
};

/** The learner's answer in SCORM 1.2's notation for the interaction type. */
export function studentResponse(question: Question, response: Response | undefined): string {
  if (!response) return '';
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const chosen = response.type === 'single' ? (response.choice ? [response.choice] : []) : response.type === 'multiple' ? response.choices : [];
      const ids = question.options.map((o) => o.id);
      return chosen.map((id) => ids.indexOf(id)).filter((i) => i >= 0).sort((a, b) => a - b).map(letter).join(',');
    }
    case 'truefalse':
      return response.type === 'truefalse' && response.value !== undefined ? (response.value ? 't' : 'f') : '';
    case 'blank':
      return response.type === 'blank' ? clip(question.blanks.map((b) => (response.values[b.id] ?? '').trim()).join(',')) : '';
    case 'ordering': {
      if (response.type !== 'ordering') return '';
      const ids = question.items.map((i) => i.id);
      return response.order.map((id) => ids.indexOf(id)).filter((i) => i >= 0).map(letter).join(',');
    }
    case 'matching': {
      if (response.type !== 'matching') return '';
      const cats = question.categories.map((c) => c.id);
      return question.items
        .map((item, i) => [i, cats.indexOf(response.placements[item.id] ?? '')] as const)
        .filter(([, c]) => c >= 0)
        .map(([i, c]) => `${letter(i)}.${digit(c)}`)
        .join(',');
    }
    case 'short':
      return response.type === 'short' ? clip(response.text.trim()) : '';
  }
}

/** How SCORM 1.2 words a grade: correct, wrong, neutral (self-assessed) or the fraction earned. */
export function interactionResult(grade: Grade): string {
  switch (grade.status) {
    case 'correct': return 'correct';
    case 'incorrect': return 'wrong';
    case 'self': return 'neutral';
    case 'partial': return String(Math.round(grade.score * 100) / 100);
  }
}

/**
 * One question of a submitted quiz as a SCORM 1.2 interaction. The id is the question's own (a
 * CMIIdentifier: no spaces), so an LMS report groups every learner's answers to one question.
 */
export function toInteraction(question: Question, response: Response | undefined, grade: Grade, latency?: string): Interaction {
  return {
    id: clip(question.id.replace(/\s+/g, '_')),
    type: typeOf[question.type],
    student_response: studentResponse(question, response),
    result: interactionResult(grade),
    weighting: String(question.points),
    ...(latency === undefined ? {} : { latency }),
  };
}

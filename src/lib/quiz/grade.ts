import { matchesAccepted, type NormaliseOptions } from '../answer/index.ts';
import type { Grade, Question, Response, Status } from './types.ts';

/** Chinese statement of the multiple-choice partial-credit rule, shown beside such questions. */
export const multipleRule = '多选题：每选对一项得该题分值的 1/正确项数，每选错一项扣同样的分，最低 0 分。';

const statusOf = (score: number): Status => (score >= 1 ? 'correct' : score > 0 ? 'partial' : 'incorrect');
const clamp = (n: number) => Math.min(1, Math.max(0, n));

function result(question: Question, score: number, parts: Grade['parts'] = {}, feedback: string[] = [], status?: Status): Grade {
  const s = clamp(score);
  return { score: s, points: s * question.points, max: question.points, status: status ?? statusOf(s), parts, feedback };
}

/** The empty answer a question starts with. */
export function emptyResponse(question: Question): Response {
  switch (question.type) {
    case 'single': return { type: 'single' };
    case 'multiple': return { type: 'multiple', choices: [] };
    case 'truefalse': return { type: 'truefalse' };
    case 'blank': return { type: 'blank', values: {} };
    case 'ordering': return { type: 'ordering', order: [] };
    case 'matching': return { type: 'matching', placements: {} };
    case 'short': return { type: 'short', text: '', checked: [] };
  }
}

/** Whether the learner has answered anything at all (solutions unlock only after an attempt). */
export function isAttempted(response: Response | undefined): boolean {
  if (!response) return false;
  switch (response.type) {
    case 'single': return response.choice !== undefined;
    case 'multiple': return response.choices.length > 0;
    case 'truefalse': return response.value !== undefined;
    case 'blank': return Object.values(response.values).some((v) => v.trim() !== '');
    case 'ordering': return response.order.length > 0;
    case 'matching': return Object.keys(response.placements).length > 0;
    case 'short': return response.text.trim() !== '' || response.checked.length > 0;
  }
}

interface GradeEnv {
  /** Traditional → Simplified converter, when loaded (see src/lib/answer/to-simplified.ts). */
  toSimplified?: NormaliseOptions['toSimplified'];
}

/** Grades an answer. A response of the wrong type (e.g. from an edited question) scores 0. */
export function grade(question: Question, response: Response | undefined, env: GradeEnv = {}): Grade {
  if (!response || response.type !== question.type) return result(question, 0);
  switch (question.type) {
    case 'single': {
      const r = response as Extract<Response, { type: 'single' }>;
      const chosen = question.options.find((o) => o.id === r.choice);
      const right = r.choice === question.answer;
      return result(question, right ? 1 : 0, r.choice ? { [r.choice]: right } : {}, !right && chosen?.feedback ? [chosen.feedback] : []);
    }
    case 'multiple': {
      const r = response as Extract<Response, { type: 'multiple' }>;
      const k = question.answer.length;
      const parts: Grade['parts'] = {};
      let score = 0;
      const feedback: string[] = [];
      for (const choice of new Set(r.choices)) {
        const right = question.answer.includes(choice);
        parts[choice] = right;
        score += right ? 1 / k : -1 / k;
        const option = question.options.find((o) => o.id === choice);
        if (!right && option?.feedback) feedback.push(option.feedback);
      }
      return result(question, score, parts, feedback);
    }
    case 'truefalse': {
      const r = response as Extract<Response, { type: 'truefalse' }>;
      return result(question, r.value === question.answer ? 1 : 0);
    }
    case 'blank': {
      const r = response as Extract<Response, { type: 'blank' }>;
      const parts: Grade['parts'] = {};
      for (const blank of question.blanks) {
        const value = r.values[blank.id] ?? '';
        parts[blank.id] = value.trim() !== '' && matchesAccepted(value, blank.accept, { numerals: blank.numerals, contains: blank.contains, toSimplified: env.toSimplified });
      }
      return result(question, Object.values(parts).filter(Boolean).length / question.blanks.length, parts);
    }
    case 'ordering': {
      const r = response as Extract<Response, { type: 'ordering' }>;
      const parts: Grade['parts'] = {};
      question.items.forEach((item, i) => (parts[item.id] = r.order[i] === item.id));
      return result(question, Object.values(parts).filter(Boolean).length / question.items.length, parts);
    }
    case 'matching': {
      const r = response as Extract<Response, { type: 'matching' }>;
      const parts: Grade['parts'] = {};
      for (const item of question.items) parts[item.id] = r.placements[item.id] === item.category;
      return result(question, Object.values(parts).filter(Boolean).length / question.items.length, parts);
    }
    case 'short': {
      const r = response as Extract<Response, { type: 'short' }>;
      const ticked = new Set(r.checked.filter((i) => i >= 0 && i < question.checklist.length));
      const score = r.text.trim() === '' ? 0 : ticked.size / question.checklist.length;
      return result(question, score, {}, [], 'self');
    }
  }
}

/** The fully correct answer of a question (its answer key as a response). */
export function answerKey(question: Question): Response {
  switch (question.type) {
    case 'single': return { type: 'single', choice: question.answer };
    case 'multiple': return { type: 'multiple', choices: [...question.answer] };
    case 'truefalse': return { type: 'truefalse', value: question.answer };
    case 'blank': return { type: 'blank', values: Object.fromEntries(question.blanks.map((b) => [b.id, b.accept[0]!])) };
    case 'ordering': return { type: 'ordering', order: question.items.map((i) => i.id) };
    case 'matching': return { type: 'matching', placements: Object.fromEntries(question.items.map((i) => [i.id, i.category])) };
    case 'short': return { type: 'short', text: question.reference, checked: question.checklist.map((_, i) => i) };
  }
}

/** Sum of a set of grades, for a quiz's score line. */
export function total(grades: readonly Grade[]): { points: number; max: number } {
  return grades.reduce((acc, g) => ({ points: acc.points + g.points, max: acc.max + g.max }), { points: 0, max: 0 });
}

import { shuffle } from './random.ts';
import type { Question } from './types.ts';

/**
 * The order a learner sees a question in. Options of single and multiple choice, and both columns of
 * a matching question, are shuffled with a seed made of the learner, the quiz and the attempt, so a
 * neighbour's screen gives nothing away and position or length no longer hints at the key. Keys stay
 * by option ID, so grading and saved answers don't depend on the order. An option such as 以上都是 keeps
 * its place. Printed papers and exports read the banks directly and keep the canonical order.
 */

/** Options that only make sense where they are written (以上都是, 以上都不对, 都正确 …). */
const PINNED = /^(以上|上述|前面)|^(都|均|全)(是|对|不是|不对|正确|错误|不正确)|(都|均)(对|不对|正确|不正确|是|不是)$/;

/** Whether an option keeps its written position when the others are shuffled. */
export function isPinned(text: string): boolean {
  return PINNED.test(text.trim());
}

/** Shuffles the items whose `pinned` is false; pinned ones keep their index. */
function shuffleUnpinned<T>(items: readonly T[], pinned: (item: T) => boolean, seed: string): T[] {
  const free = shuffle(items.filter((item) => !pinned(item)), seed);
  let next = 0;
  return items.map((item) => (pinned(item) ? item : free[next++]!));
}

/**
 * The seed of one learner's attempt at one quiz or paper. An empty seed means the canonical order
 * (the page before it knows the learner).
 * @example displaySeed('k3f9x2', 'lesson-1-1', 0) // 'k3f9x2:lesson-1-1:0'
 */
export function displaySeed(learner: string, quiz: string, attempt: number | string): string {
  return learner === '' ? '' : `${learner}:${quiz}:${attempt}`;
}

/** The question as this seed shows it; the same object when the seed is empty or nothing moves. */
export function displayed<Q extends Question>(question: Q, seed: string): Q {
  if (seed === '') return question;
  const own = `${seed}:${question.id}`;
  if (question.type === 'single' || question.type === 'multiple') {
    return { ...question, options: shuffleUnpinned(question.options, (o) => isPinned(o.text), own) };
  }
  if (question.type === 'matching') {
    return { ...question, categories: shuffle(question.categories, `${own}:categories`), items: shuffle(question.items, `${own}:items`) };
  }
  return question;
}

import type { Normalised } from '../normalise.ts';

/**
 * Clauses of a normalised reply. normalise() numbers clauses at pauses (，。！？；… and line breaks);
 * a clause here keeps its normalised text, its range, and whether the person ended it as a question.
 */
export interface Clause {
  /** Clause number, as in `Normalised.clause`. */
  id: number;
  /** Start index in the normalised text. */
  start: number;
  /** End index (exclusive) in the normalised text. */
  end: number;
  /** The clause's normalised text. */
  text: string;
  /** Ended with ？ / ? or a question ending (吗, 呢, 对吧, 好不好), or opens with 请问 / 是否 / 能否. */
  question: boolean;
}

const QUESTION_MARK = /^[?？]/u;
const CLOSERS = /^[\s"'”’」』）)\]】…~～。.!！]*/u;
// Openings that make a question without a question mark; an A-not-A phrase inside a statement
// (是不是正品我也说不好) does not.
const ASKING = ['请问', '是否', '能否', '可否', '要不要', '需不需要'];
const ASKING_ENDS = ['吗', '么', '对吧', '是吧', '好吧', '行吧', '好不好', '行不行', '对不对', '可以吗', '可不可以', '要不要', '有没有'];
// 呢 / 呀 / 啊 end a question only with a question word (您想要哪款呢、家里几口人呀); 不能再便宜了呢 states.
const QUESTION_WORDS = ['哪', '什么', '几', '多少', '怎么', '怎样', '为什么', '谁', '是否', '还是', '要不要', '有没有', '是不是', '能不能', '可不可以'];

/** Whether the raw text right after a clause (skipping closing quotes, brackets, spaces) starts with a question mark. */
function endsWithQuestionMark(raw: string, end: number): boolean {
  const rest = raw.slice(end, end + 8);
  const skipped = CLOSERS.exec(rest)?.[0].length ?? 0;
  return QUESTION_MARK.test(rest.slice(skipped)) || /[?？]/u.test(rest.slice(0, skipped + 1));
}

/**
 * Splits a normalised reply into clauses, in order (once per normalised reply). Linear in the length of the text.
 * @example clauses(normalise('亲，能便宜吗？我改不了价')).map((c) => c.text) // ['亲', '能便宜吗', '我改不了价']
 */
export function clauses(input: Normalised): Clause[] {
  let list = built.get(input);
  if (!list) built.set(input, (list = split(input)));
  return list;
}

const built = new WeakMap<Normalised, Clause[]>();

function split(input: Normalised): Clause[] {
  const out: Clause[] = [];
  const { text, clause } = input;
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && clause[i] === clause[start]) continue;
    const body = text.slice(start, i);
    const rawEnd = input.ends[i - 1]!;
    const question =
      endsWithQuestionMark(input.raw, rawEnd) ||
      ASKING_ENDS.some((word) => body.endsWith(word)) ||
      ASKING.some((word) => body.startsWith(word)) ||
      (/[呢呀啊哈]$/.test(body) && QUESTION_WORDS.some((word) => body.includes(word)));
    out.push({ id: clause[start]!, start, end: i, text: body, question });
    start = i;
  }
  return out;
}

/** The clause that holds normalised index `at` (binary search over `list`). */
export function clauseAt<T extends Clause>(list: readonly T[], at: number): T | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = list[mid]!;
    if (at < c.start) hi = mid - 1;
    else if (at >= c.end) lo = mid + 1;
    else return c;
  }
  return undefined;
}

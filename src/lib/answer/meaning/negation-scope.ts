import { endsWord, NEGATORS, NON_NEGATING } from '../negation.ts';
import type { Normalised } from '../normalise.ts';

/**
 * Negation scope per clause. The answer engine's keyword rules look only 1–3 characters back for a
 * negator (不可以退货). That misses a refusal such as 客服没有权限改价 or 我这边做不到给您改价, so a
 * concession rule (`affirms`) asks this module instead: a keyword is negated when an un-excused negator
 * stands before it in the same clause and no contrast word (但是、不过、而是 …) comes between, or when a
 * negative ending (做不到、不行、不了、没办法 …) follows it in the same clause. Built once per reply in
 * linear time, so a 100,000-character reply costs no more than its length.
 */

/** Words that start with a negator and negate nothing after them, beyond the engine's list (negation.ts). */
export const SCOPE_EXCUSED: readonly string[] = [
  ...NON_NEGATING,
  '不好意思', '不用担心', '不用着急', '不要着急', '不着急', '不急', '别着急', '不客气', '不便', '不妨', '不定期', '无需担心', '不必担心', '没想到',
  '不满意', '不合适', '不喜欢', '不舒服', '不清楚的地方', '不懂的地方', '不明白的地方', '不行的话',
];

/** Words after which a negator no longer reaches: 虽然不能改价但是可以送赠品; 如果还是不保温就给您换新. */
export const SCOPE_BREAKERS: readonly string[] = ['但是', '但', '可是', '不过', '只是', '而是', '而且', '所以', '因此', '然后', '另外', '同时', '还有', '还可以', '却', '反而', '就', '的话', '那么'];

/** Negative endings that negate what comes before them in the clause: 改价这个我做不到. */
export const NEGATIVE_ENDINGS: readonly string[] = ['不了', '不行', '做不到', '办不到', '不可以', '不能', '没办法', '没法', '不支持', '不允许', '不可能', '不到', '不接受', '不答应', '不同意', '不接', '不收', '不做', '不搞', '没必要', '用不着', '用不上', '不在我', '不在客服', '没有权限', '没权限', '没这个权限', '没这权限', '无权', '咱不干', '我们不干', '不干哈', '都没有', '也没有'];

/** A wish (我也很想帮您抹零) that the next clause takes back (可是没有权限) is a refusal too. */
const WISHES = ['很想', '也想', '真想', '好想', '想帮', '想给', '希望能'];
const TAKE_BACKS = ['可是', '可', '但是', '但', '不过', '只是'];
/** The customer's request or worry said back (您说的便宜50, 您说便宜50就拍, 您是担心……删差评吧) that the next clause turns down (我这边确实做不到, 并不是这样的) is a refusal too. */
const RESTATED = ['您说', '你说', '您提的', '您想要的', '您希望的', '您是担心', '你是担心', '您是怕', '你是怕', '您问我们是不是', '您问是不是'];
const SYMPATHY = /理解|明白|抱歉|不好意思|对不起|懂/;
const TURNED_DOWN = /做不到|办不到|不行|不能|没法|没办法|不了|无法|无权|并不是|不是我|没有.{0,10}?权限|没(?:有)?这个意思/;

/** A sentence that opens with the customer's proposal said back (您说加微信…, 您提的私下转账). */
// 对方说要交保证金……这些我都不做, 对方要求扫码缴纳保证金……本人不予理会: the scammer's demand said back, then refused.
const RESTATED_PROPOSAL = /^(?:亲[，,\s]*)?(?:(?:您|你)(?:刚才|刚刚)?(?:说|提|想|希望)|(?:对方|他|她|骗子)(?:刚才|刚刚)?(?:说|要求|让|要))/;
/** A refusal later in that sentence (但这个真不能答应): the turn-downs above, and a request refused outright. */
const TURNED_DOWN_LATER = new RegExp(`${TURNED_DOWN.source}|不可以|不接受|不答应|只能在(?:店铺|平台)|都不做|不予理会`);

/**
 * Whether the text at `at` sits in a sentence that opens with the customer's proposal said back and turns it down
 * later in the same sentence (您说加微信转150、不走平台，心意我领了，但这个真不能答应), or in the next one opening with 但: what
 * it names is hers, not an offer.
 * `text` is the reply as typed (or NFKC), `at` an index into it.
 */
export function proposalTurnedDown(text: string, at: number): boolean {
  // Read at most 60 characters either side, so a long reply with many hits stays linear.
  const parts = text.slice(Math.max(0, at - 60), at).split(/[。！？!?]/);
  // A sentence that starts further back than the window opens with something else.
  if (parts.length === 1 && at > 60) return false;
  if (!RESTATED_PROPOSAL.test(parts.at(-1)!.trimStart())) return false;
  // The turn-down may open the next sentence (……谢谢您的好意。但我们只能在店铺内下单付款).
  const [rest, next = ''] = text.slice(at, at + 80).split(/[。！？!?]/);
  return TURNED_DOWN_LATER.test(rest!) || (/^\s*(?:但|不过|可是|只是)/.test(next) && TURNED_DOWN_LATER.test(next));
}

/** Worries waved away (不用担心…): what they name does not happen. */
const WORRIES = ['不用担心', '无需担心', '不必担心', '别担心'];

/** Words that make the negator after them a condition: 如果没到、万一不合适 (and 实在不行, below). */
const CONDITIONAL = ['如果', '万一', '要是', '假如', '若是', '若'];
/** 实在不行 (if all else fails) is a condition; 实在没法、实在不能 are an emphatic refusal. */
const conditional = (text: string, i: number) => CONDITIONAL.some((word) => text.endsWith(word, i)) || (text.endsWith('实在', i) && text.startsWith('不行', i));

/** Last characters of a chunk that still wait for a verb or object: a negator, an auxiliary, a coverb or a pronoun. */
const WAITING = '不没别未无会能要用该让给把被帮为向跟您你我';

/** How far (in normalised characters) a negator reaches forward in its clause. */
export const SCOPE_WINDOW = 14;

/** The negation scope of one normalised reply. */
export interface NegationScope {
  /** Whether the normalised range [start, end) is negated in its clause. */
  /** With `beforeOnly`, only a negator earlier in the clause counts (不是非买不可: a negative term taken back). */
  negated(start: number, end: number, beforeOnly?: boolean): boolean;
}

/** The word of `words` that starts at `at`; the first character is checked against a set first, which keeps the scan cheap. */
function starter(words: readonly string[]): (text: string, at: number) => string | undefined {
  // By character code, not one-character strings: a long reply is scanned at every place without allocating, and
  // only the words with that first character are tried, in their order in `words`.
  const byFirst = new Map<number, string[]>();
  for (const word of words) {
    const code = word.charCodeAt(0);
    const list = byFirst.get(code);
    if (list) list.push(word);
    else byFirst.set(code, [word]);
  }
  return (text, at) => {
    const list = byFirst.get(text.charCodeAt(at));
    if (list) for (const word of list) if (text.startsWith(word, at)) return word;
    return undefined;
  };
}
/** The negators' character codes (see `starter`). */
const NEGATOR_CODES = new Set([...NEGATORS].map((ch) => ch.charCodeAt(0)));
const IS = '是'.charCodeAt(0);
const breakerAt = starter(SCOPE_BREAKERS);
const excusedAt = starter(SCOPE_EXCUSED);
const endingAt = starter(NEGATIVE_ENDINGS);
/** Words that ward off what follows them in the clause, as a negator does: 别选寄付，免得您先垫钱. */
export const WARDS: readonly string[] = ['免得', '以免', '省得', '避免', '防止'];
const wardAt = starter(WARDS);

/**
 * 不 as a potential complement (到不了、改不了、说不好、买不到) negates the verb before it, not what
 * follows: 到不了我直接微信转您 still offers the transfer.
 */
export function isComplement(text: string, at: number): boolean {
  // 做不到 / 办不了 are modal: 做不到给您改价 refuses what follows.
  const verb = text[at - 1] ?? '';
  return text[at] === '不' && /\p{Script=Han}/u.test(verb) && !'做办'.includes(verb) && '了到上下起动完好清'.includes(text[at + 1] ?? '');
}

/** A-not-A questions (能不能、可不可以、有没有) ask; they do not negate. */
function isQuestionForm(text: string, at: number): boolean {
  for (const size of [1, 2]) {
    if (at - size < 0) continue;
    const before = text.slice(at - size, at);
    if (text.startsWith(before, at + 1)) return true;
  }
  return false;
}

/**
 * The scope of a reply, built once per normalised reply.
 * @example negationScope(normalise('客服没有权限改价')).negated(6, 8) // true
 * @example negationScope(normalise('虽然不能改价，但是送您除垢剂')).negated(11, 14) // false
 */
export function negationScope(input: Normalised): NegationScope {
  let scope = scopes.get(input);
  if (!scope) scopes.set(input, (scope = buildScope(input)));
  return scope;
}

const scopes = new WeakMap<Normalised, NegationScope>();

const wishAt = starter(WISHES);
const restatedAt = starter(RESTATED);
/** Where the earliest word `at` finds starts in text[from, to), or undefined. */
function firstOf(text: string, from: number, to: number, at: (text: string, at: number) => string | undefined): number | undefined {
  for (let i = from; i < to; i++) {
    const word = at(text, i);
    if (word !== undefined && i + word.length <= to) return i;
  }
  return undefined;
}

function buildScope(input: Normalised): NegationScope {
  const { text, clause } = input;
  const n = text.length;
  // Whether a space was typed between normalised characters k and k + 1 (most are adjacent: no slice).
  const spaced = (k: number) => input.ends[k] !== input.map[k + 1] && /\s/u.test(input.raw.slice(input.ends[k], input.map[k + 1]));
  // Whether characters k and k + 1 are only separated by a list comma (、).
  const listed = (k: number) => input.raw.slice(input.ends[k], input.map[k + 1]).trim() === '、';
  // lastNegator[i]: index of the governing negator before i in i's clause, or -1.
  const lastNegator = new Int32Array(n + 1).fill(-1);
  let current = -1;
  let skipUntil = 0;
  for (let i = 0; i < n; i++) {
    // A new clause ends the scope; so does a space after a finished predicate (抹零 不行 领券,
    // 不送 申请), but not after a negator still waiting for its verb (不会 删评, 不要 扫码).
    // A list comma keeps it: 不会拿红包、返现来换 refuses both.
    if (i > 0 && ((clause[i] !== clause[i - 1] && !listed(i - 1)) || (spaced(i - 1) && !WAITING.includes(text[i - 1]!)))) current = -1;
    lastNegator[i] = current;
    if (i < skipUntil) continue;
    // 是 starts a new predicate (保温不好一般是您使用不当), except right after a negator (不是).
    // 另外 / 同时 right after a negator still waiting for its verb are adverbs (不用另外加微信): no break.
    const word = breakerAt(text, i);
    // Nor is 就 in 一上来就 / 一开始就 (我不会一上来就推最贵的).
    const adverb = current !== -1 && (((word === '另外' || word === '同时') && WAITING.includes(text[i - 1] ?? '')) || (word === '就' && /上来|开始|直接$/.test(text.slice(i - 2, i))));
    const breaker = word && !adverb ? word : text.charCodeAt(i) === IS && !NEGATOR_CODES.has(text.charCodeAt(i - 1)) ? '是' : undefined;
    // 不过 is both a breaker and an excused word; either way the scope ends.
    if (breaker) {
      current = -1;
      skipUntil = i + breaker.length;
      continue;
    }
    // 可以免费换 holds 以免 across two words: no ward there.
    const ward = wardAt(text, i);
    if (ward && !(ward === '以免' && '可所足难得予加'.includes(text[i - 1] ?? ''))) {
      current = i;
      skipUntil = i + ward.length;
      continue;
    }
    if (!NEGATOR_CODES.has(text.charCodeAt(i))) continue;
    // 要不您先… proposes; 要不要 asks (below).
    if (text[i] === '不' && text[i - 1] === '要' && text[i + 1] !== '要') continue;
    const excused = excusedAt(text, i);
    if (excused) {
      // 不用担心不能退: a worry waved away takes back the negative it names, so 不能退 is no refusal.
      // 不用担心因为颜色原因不能退: the negative a few words on is the worry too.
      if (WORRIES.includes(excused)) {
        for (let k = i + excused.length; k < Math.min(n, i + excused.length + 10) && clause[k] === clause[i]; k++) {
          if (NEGATORS.has(text[k]!)) {
            current = i;
            break;
          }
        }
      }
      skipUntil = i + excused.length;
      continue;
    }
    // 实在不行给您补发 / 如果没到 … : an "if not" states a condition, it refuses nothing.
    if (isQuestionForm(text, i) || isComplement(text, i) || endsWord(text, i) || conditional(text, i)) continue;
    current = i;
  }
  lastNegator[n] = current;
  // nextEnding[i]: start of the first negative ending at or after i in i's clause, or -1.
  const nextEnding = new Int32Array(n + 1).fill(-1);
  for (let i = n - 1; i >= 0; i--) {
    const sameClause = i + 1 < n && clause[i + 1] === clause[i] && !spaced(i);
    nextEnding[i] = endingAt(text, i) && !isQuestionForm(text, i) ? i : sameClause ? nextEnding[i + 1]! : -1;
  }
  // wishFrom[i]: start of a wish in i's clause that the next clause takes back with a negation, or -1.
  const wishFrom = new Int32Array(n + 1).fill(-1);
  /** Where the clause that starts at `at` ends. */
  const clauseEnd = (at: number): number => {
    let i = at;
    while (i < n && clause[i] === clause[at]) i++;
    return i;
  };
  for (let start = 0; start < n; ) {
    const end = clauseEnd(start);
    // The take-back may state its reason first (可抹零就是改价，客服没有这个权限): two clauses are read.
    // afterOne: the end of the very next clause.
    const afterOne = clauseEnd(end);
    const next = clauseEnd(afterOne);
    // Searched within the clause only, so a long reply costs no more than its length.
    const wish = firstOf(text, start, end, wishAt);
    const takenBack = wish !== undefined && end < n && TAKE_BACKS.some((word) => text.startsWith(word, end)) && /不|没|无法|无权/.test(text.slice(end, next));
    if (wish !== undefined && takenBack) wishFrom.fill(wish, start, end);
    else {
      const restated = firstOf(text, start, end, restatedAt);
      // 您说15块有点多、想免掉: her wish may stand in a clause of its own right after it.
      const to = restated !== undefined && /^(?:想|要|希望|还想)/.test(text.slice(end, afterOne)) ? afterOne : end;
      const one = clauseEnd(to);
      // The very next clause, or the one after a word of sympathy (您说想免掉运费，我特别理解，但这个并不是…);
      // 您说的便宜50，可以，但不能再少了 concedes.
      const after = SYMPATHY.test(text.slice(to, one)) ? clauseEnd(one) : one;
      // 您说我们是不是想让您删差评——并不是: the turn-down may follow in the same clause.
      if (restated !== undefined && (TURNED_DOWN.test(text.slice(to, after)) || /不是|没有/.test(text.slice(restated, to)))) wishFrom.fill(restated, start, to);
    }
    start = end;
  }
  return {
    negated(start, end, beforeOnly) {
      // 删不删评是您的事: a term inside an A-not-A choice (X不X…) is asked about, not stated.
      if (start >= 2 && text[start - 1] === '不' && text[start - 2] === text[start]) return true;
      // 包不包邮: a negative term that starts at the 不 of an A-not-A choice is asked about too.
      if (start >= 1 && text[start] === '不' && text[start - 1] === text[start + 1] && clause[start - 1] === clause[start]) return true;
      const before = lastNegator[start]!;
      if (before >= 0 && start - before <= SCOPE_WINDOW) return true;
      if (beforeOnly) return false;
      if (wishFrom[start]! !== -1 && wishFrom[start]! <= start) return true;
      const after = end < n && clause[end] === clause[start] ? nextEnding[end]! : -1;
      return after >= 0 && after - end <= SCOPE_WINDOW;
    },
  };
}

import { evaluate, feedbackFor, withNumerals } from '../answer/index.ts';
import { normaliseLong } from '../answer/normalise-long.ts';
// The scenarios' affirms / act rules read meaning: load the detectors with the judge.
import '../answer/meaning/index.ts';
import { clampMood, GUARD_GROUP, GUARD_MOOD, HINT_AFTER, MAX_REPLY_LENGTH, talkState } from './engine.ts';
import { guardRead } from './guards.ts';
import { sentenceForm } from './detectors/sentence-form.ts';
import { correctTypos } from './detectors/typos.ts';
import { isEndState, stateOf, type ChatEnv, type ChatMatch, type ChatMessage, type ChatSession, type ChatVerdict, type DecidedBy, type Scenario, type TalkState } from './types.ts';

/**
 * Judging the agent's replies in a mock chat (the session itself lives in engine.ts). The chat page loads
 * this module with the facts check when a conversation starts (see judging.ts), so the judge's detectors
 * stay out of the page's first download.
 */

/** Agent lines of the current turn that may be judged together with the next one: fallback or partial lines since the customer last spoke. */
function carriedLines(session: ChatSession, fallbackId: string): string[] {
  const lines: string[] = [];
  for (let i = session.messages.length - 1; i >= 0; i--) {
    const message = session.messages[i]!;
    if (message.from === 'system') continue;
    if (message.from === 'customer' || message.state !== session.state || !message.verdict) break;
    const { verdict } = message;
    if (verdict.guard || (verdict.correctness === 'incorrect' && verdict.groupId !== fallbackId)) break;
    lines.unshift(message.text);
  }
  return lines;
}

/** The text in Simplified characters when the converter is loaded and keeps its length, else as typed. */
function simplifiedSameLength(text: string, env: ChatEnv): string {
  if (!env.toSimplified) return text;
  const converted = env.toSimplified(text);
  return converted.length === text.length ? converted : text;
}

/**
 * A word said twice in a row counts once (大按键大按键款 reads 大按键款, not 按键大): the copy becomes
 * spaces, which keeps every position for the highlights. Single characters (谢谢, 看看) stay.
 */
const sayOnce = (text: string) => text.replace(/(\p{Script=Han}{2,8})\1+/gu, (run, word: string) => word + ' '.repeat(run.length - word.length));

/** Rule kinds that judge meaning rather than words (answer/meaning/). */
const MEANING_RULES = new Set(['affirms', 'act']);

/**
 * Han characters from which a keyword list that meets a partial group keeps that group's points: teachers give a
 * list that names the points (权利 不删 密封圈 今天寄 回访) the partial credit and a few words (藏青 杯刷 地址) none. Against
 * capping every list at the next lower points, this gets 78 tuning replies right that the cap got wrong and 24 wrong
 * that it got right (tests/judge-corpus/); shorter lists are mostly labelled 0, longer ones mostly 1.
 */
const SALAD_NAMES_POINTS = 10;

/** Feedback for a reply made only of keywords. */
export const KEYWORDS_ONLY_FEEDBACK = '只有几个词放在一起，顾客读不明白。要点选对了，请把它们连成完整、礼貌的句子再发给顾客。';
/** Feedback for a fragment: a few words with no sentence (see `sentenceForm().fragment`). */
export const FRAGMENT_FEEDBACK = '回复只有几个词，顾客得不到答复，也感受不到服务。请用完整、礼貌的句子回应顾客问的每一件事。';

/**
 * Judges one reply to a talking state, without a session: the guards first (禁用语, off-platform,
 * over-promise: 0 points), then the state's rule set, then (given the scenario and `env.facts`) the facts check — an
 * amount of money, a capacity, a gift or a service the scenario does not give makes the reply wrong — then the
 * sentence-form check, which takes a
 * reply made only of keywords one level down (full → partial, partial → nothing) and keeps the
 * conversation where it is. `carried` are earlier lines of the same turn judged together with it
 * (matches stay within `text`). The verdict says which detector decided (`decidedBy`).
 */
/**
 * A space between a Han character and a digit is typography (没办法按 150 给您改, 满 199 减 20), not the pause
 * between two notes that ends a negation's scope (抹零 不行): it becomes a zero-width joiner, which the
 * normaliser drops like a space (src/lib/answer/normalise.ts) but the negation scan does not read as a gap.
 * One character for one, so highlights stay on what was typed. A Chinese numeral beside the space keeps it
 * (实付198 一只也可以 is not 1981 只).
 */
const joinNumbers = (text: string) => text.replace(/(?<=[^\P{Script=Han}〇零一二两三四五六七八九十百千万])[ \t](?=\d)|(?<=\d)[ \t](?=[^\P{Script=Han}〇零一二两三四五六七八九十百千万])/gu, '\u200d');

/**
 * Words quoted after someone else's verb of saying (他说“把验证码发给我”, 对方说“后果自负”, 它说“后果自负”, 您说的“…”“…”, 您在评价里说“…”) are
 * theirs, reported: the guards and the checks of facts and acts read them as blanks (one ideographic space per
 * character, so positions hold). The rules still read them, since naming what was asked is part of answering it.
 */
const REPORTED = /(?:(?:您|你|他|她|它|对方|骗子|顾客|客户|买家|小二)(?:刚才|刚刚|还|又|一直)?(?:在[^，。“"「]{1,6}?(?:里|中|上))?(?:说|问|讲|要求|要|让我|发来|写着|提到)(?:的是|的)?|说的是)[:：]?(?:[、和与及]?[“"「『][^”"」』\n]{1,80}[”"」』])+/g;
const withoutReported = (text: string) => text.replace(REPORTED, (all) => all.replace(/(?<=[“"「『])[^”"」』]+/g, (quoted) => '\u3000'.repeat(quoted.length)));

export function judgeReply(state: TalkState, typed: string, env: ChatEnv = {}, carried: readonly string[] = [], scenario?: Scenario): JudgedReply {
  // Read with common slips corrected (报歉 → 抱歉, and 報歉 once the converter is loaded); same
  // length, so highlights stay on what was typed.
  const text = correctTypos(simplifiedSameLength(typed, env));
  const theirsBlank = withoutReported(text);
  // Each earlier line ends in a kept separator: a word never runs from one message into the next
  // (…推荐一起拍 / 两只… does not read 拍两只).
  const prefix = carried.length > 0 ? carried.map((line) => `${correctTypos(simplifiedSameLength(line, env))}\n|`).join('') : '';
  // normaliseLong: the same reading as evaluate's own, in step with the length for very long replies.
  const readText = sayOnce(prefix + joinNumbers(text));
  const numerals = state.judge.numerals ?? false;
  // Most replies read the same for the guards and the rules (nothing quoted, no space before a number, no word
  // said twice, no earlier line): then the text is normalised once, the rules' reading takes its numerals as
  // digits from the guards' one (七天 → 7天, which 一定 must not become), and with no numeral one reading serves both.
  const guarded = normaliseLong(theirsBlank, { toSimplified: env.toSimplified });
  const read = readText !== theirsBlank ? normaliseLong(readText, { toSimplified: env.toSimplified, numerals }) : numerals ? withNumerals(guarded) : guarded;
  const hit = guardRead(guarded, { toScammer: scenario?.kind === 'scam' });
  if (hit) {
    const verdict: ChatVerdict = { groupId: GUARD_GROUP[hit.kind], correctness: 'incorrect', points: 0, feedback: hit.feedback, matches: [{ term: hit.term, start: hit.start, end: hit.end }], guard: hit.kind, decidedBy: hit.kind };
    return { verdict, mood: GUARD_MOOD };
  }
  const { group, matches, normalised } = evaluate(state.judge, read, env);
  const own: ChatMatch[] = matches
    .filter((m) => m.end > prefix.length)
    .map((m) => ({ term: m.term, start: Math.max(0, m.start - prefix.length), end: m.end - prefix.length }));
  const rules = state.judge.groups.find((g) => g.id === group.id)?.when;
  const decidedBy: DecidedBy = !rules ? 'fallback' : rules.some((rule) => Object.keys(rule).some((kind) => MEANING_RULES.has(kind))) ? 'meaning' : 'keywords';
  const feedback = feedbackFor(group, normalised, { toSimplified: env.toSimplified, numerals });
  const verdict: ChatVerdict = { groupId: group.id, correctness: group.correctness, points: group.points, feedback, matches: own, decidedBy };
  if (group.misconception) verdict.misconception = group.misconception;
  const wrong = group.points > 0 && scenario && env.facts ? env.facts(scenario, theirsBlank) : undefined;
  if (wrong) {
    const { term, start, end } = wrong;
    const verdictOfFacts: ChatVerdict = { ...verdict, points: 0, correctness: 'incorrect', feedback: wrong.feedback, misconception: wrong.misconception, matches: [{ term, start, end }], decidedBy: 'facts' };
    return { verdict: verdictOfFacts, mood: -1 };
  }
  // The line just sent is checked: earlier lines of the turn were checked when they were sent.
  const form = group.points > 0 ? sentenceForm(text) : undefined;
  // A few words with no sentence (拍照, 抱歉 补发) answer nothing; a line that goes on an earlier one of the turn may.
  if (form?.fragment && carried.length === 0) {
    return {
      verdict: { ...verdict, points: 0, correctness: 'incorrect', feedback: FRAGMENT_FEEDBACK, misconception: '回复只有几个词，没有回应顾客', decidedBy: 'sentence-form' },
      mood: 0,
    };
  }
  if (form?.keywordsOnly) {
    // A group that only takes points off for the manner (content complete, tone missing) is not charged twice. A
    // partial group already stands below the state's top points: a list long enough to name its points keeps them
    // (SALAD_NAMES_POINTS), a few words do not.
    const all = [...state.judge.groups, state.judge.fallback].map((g) => g.points);
    const keeps = group.mannerOnly || (group.points < Math.max(...all) && (text.match(/\p{Script=Han}/gu)?.length ?? 0) >= SALAD_NAMES_POINTS);
    const points = keeps ? group.points : Math.max(0, ...all.filter((lower) => lower < group.points));
    return {
      verdict: { ...verdict, points, correctness: points > 0 ? 'partial' : 'incorrect', feedback: KEYWORDS_ONLY_FEEDBACK, misconception: '只堆关键词，没有组成句子', decidedBy: 'sentence-form' },
      mood: 0,
    };
  }
  return { verdict, ...(group.next ? { next: group.next } : {}), mood: group.mood ?? 0 };
}

/** What `judgeReply` returns: the verdict, the state it leads to, and the change in mood. */
export interface JudgedReply {
  verdict: ChatVerdict;
  next?: string;
  mood: number;
}

/** What `replyTo` returns. */
export interface ReplyResult {
  /** The session after the reply. */
  session: ChatSession;
  /** Customer lines of the state just entered (empty when the state did not change); show each after `typingDelay`, then `deliver`. */
  customerReplies: string[];
  /** Set from the second wrong reply in a state on; also recorded as a system message. */
  hint?: string;
}

/**
 * Judges an agent's reply. Guards first: a 禁用语 or an off-platform attempt gives a guard verdict
 * (0 points, mood −1, stays in the state). Otherwise the state's rule set decides the group, which may
 * move to `group.next` and change the mood (clamped −2…2). A reply that is not 'correct' and stays in the
 * state counts as wrong; the 2nd wrong reply brings hints[0], the 3rd hints[1], and so on (the last hint
 * repeats). Entering an end state sets `ended`. Blank replies and replies after the end change nothing.
 * Only the first `MAX_REPLY_LENGTH` characters are judged (the feedback says so); the transcript keeps all.
 */
export function replyTo(scenario: Scenario, session: ChatSession, text: string, now: number, env: ChatEnv = {}): ReplyResult {
  const state = talkState(scenario, session);
  if (!state || text.trim() === '') return { session, customerReplies: [] };
  const judged = judgeReply(state, text.slice(0, MAX_REPLY_LENGTH), env, carriedLines(session, state.judge.fallback.id), scenario);
  if (text.length > MAX_REPLY_LENGTH) judged.verdict.feedback += `（回复超过 ${MAX_REPLY_LENGTH} 字，只评判了前 ${MAX_REPLY_LENGTH} 字。）`;
  const nextId = judged.next && stateOf(scenario, judged.next) ? judged.next : session.state;
  const moved = nextId !== session.state;
  const wrongInState = moved ? 0 : session.wrongInState + (judged.verdict.correctness === 'correct' ? 0 : 1);
  const messages: ChatMessage[] = [...session.messages, { from: 'agent', text, at: now, state: session.state, verdict: judged.verdict }];
  let hint: string | undefined;
  if (!moved && wrongInState >= HINT_AFTER) {
    hint = state.hints[Math.min(wrongInState - HINT_AFTER, state.hints.length - 1)];
    if (hint) messages.push({ from: 'system', text: `提示：${hint}`, at: now, state: session.state });
  }
  const next: ChatSession = { ...session, state: nextId, mood: clampMood(session.mood + judged.mood), messages, wrongInState };
  const entered = stateOf(scenario, nextId)!;
  if (moved && isEndState(entered)) next.ended = { outcome: entered.end, at: now };
  return { session: next, customerReplies: moved ? [...entered.customer] : [], ...(hint ? { hint } : {}) };
}


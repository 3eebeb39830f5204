import { attemptsKept } from '../lib/quiz/history.ts';
import { historyLimit as typingKept } from '../lib/typing/history.ts';
import { historyLimit as voiceKept } from '../lib/voice/history.ts';
import { maxPhrases, type ChatReports, type OwnPhrase } from './chat.ts';
import type { Learner } from './learner.ts';
import type { Visits } from './progress.ts';
import type { QuizSaved } from './quiz.ts';
import type { TypingSaved } from './typing.ts';
import type { VoiceSaved } from './voice.ts';

/**
 * How two copies of an area merge on import, for areas whose records hold many items: the import
 * adds what the other copy has and never removes what this browser has. src/stores/registry.ts
 * attaches each rule to its area; they live here so that pages that only save carry none of them.
 */

/** Both lists of timed entries, oldest first, each moment once (this browser's entry wins a tie). */
export function unionByTime<T extends { at: number }>(local: readonly T[], incoming: readonly T[]): T[] {
  const seen = new Set(local.map((item) => item.at));
  return [...local, ...incoming.filter((item) => !seen.has(item.at))].sort((a, b) => a.at - b.at);
}

/** Every key of both records, combining the entries both have with `both` (own keys only). */
function byKey<T>(local: Record<string, T>, incoming: Record<string, T>, both: (mine: T, theirs: T) => T): Record<string, T> {
  const merged = { ...local };
  for (const [key, theirs] of Object.entries(incoming)) merged[key] = Object.hasOwn(local, key) ? both(local[key]!, theirs) : theirs;
  return merged;
}

/** Visits of the same lesson: the earliest first visit, the latest last visit, the larger count. */
export const mergeVisits = (local: Visits, incoming: Visits): Visits =>
  byKey(local, incoming, (mine, theirs) => ({ first: Math.min(mine.first, theirs.first), last: Math.max(mine.last, theirs.last), count: Math.max(mine.count, theirs.count) }));

/** Reports of the same scenario: the higher best (the earlier on a tie), the later last, the larger count. */
export const mergeReports = (local: ChatReports, incoming: ChatReports): ChatReports =>
  byKey(local, incoming, (mine, theirs) => ({
    best: mine.best.total > theirs.best.total || (mine.best.total === theirs.best.total && mine.best.at <= theirs.best.at) ? mine.best : theirs.best,
    last: mine.last.at >= theirs.last.at ? mine.last : theirs.last,
    count: Math.max(mine.count, theirs.count),
  }));

/** A quiz: every attempt of both; answers, checks and the exam paper from the copy changed last. */
export const mergeQuiz = (local: QuizSaved, incoming: QuizSaved, incomingNewer: boolean): QuizSaved => ({
  ...(incomingNewer ? incoming : local),
  attempts: unionByTime(local.attempts, incoming.attempts).slice(-attemptsKept),
});

/** Typing: every attempt of both, the newest kept. */
export const mergeTyping = (local: TypingSaved, incoming: TypingSaved): TypingSaved => ({ attempts: unionByTime(local.attempts, incoming.attempts).slice(-typingKept) });

/** Voice practice: every script of both; a script in both keeps this browser's ticks and both histories (newest first). */
export const mergeVoice = (local: VoiceSaved, incoming: VoiceSaved): VoiceSaved => ({
  scripts: byKey(local.scripts, incoming.scripts, (mine, theirs) => ({ checks: mine.checks, attempts: unionByTime(mine.attempts, theirs.attempts).reverse().slice(0, voiceKept) })),
});

/** Quick phrases: this browser's, then the file's phrases it lacks (by text), up to the limit. */
export function mergePhrases(local: OwnPhrase[], incoming: OwnPhrase[]): OwnPhrase[] {
  const texts = new Set(local.map((phrase) => phrase.text));
  const ids = new Set(local.map((phrase) => phrase.id));
  const added = incoming.filter((phrase) => !texts.has(phrase.text)).map((phrase, index) => (ids.has(phrase.id) ? { ...phrase, id: `${phrase.id}-${index}` } : phrase));
  return [...local, ...added].slice(0, maxPhrases);
}

/** The learner record: the file's 学号 and name, but never another browser's ID (it seeds this browser's option order). */
export const mergeLearner = (local: Learner, incoming: Learner): Learner => ({ ...incoming, id: local.id || incoming.id });

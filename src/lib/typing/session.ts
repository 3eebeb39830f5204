import { applyImeEvent, startIme, type ImeEvent, type ImeState } from './ime.ts';
import { accuracyOf, addTallies, charsOf, speedOf, tallyOf, type Tally } from './metrics.ts';

/** 限时 (passages keep coming until the time is up) or 整段 (type one passage to its end). */
export type TypingMode = 'timed' | 'passage';

/** Why a session ended: the passage was finished, the time ran out, or the learner stopped it. */
export type EndReason = 'complete' | 'time' | 'stopped';

/** One practice run, from the passage shown to the result. */
export interface TypingSession {
  mode: TypingMode;
  /** Time limit of a timed session in milliseconds. */
  limitMs?: number;
  /** The passage being typed. */
  passage: string;
  /** Its number in the session, from 0; the view refills the text box when it changes. */
  index: number;
  /** Counts of the passages already finished in this session. */
  done: Tally;
  /** Committed text of the current passage. */
  ime: ImeState;
  /** First commit of the session: the clock starts here, not when the page loads. */
  startedAt?: number;
  endedAt?: number;
  endReason?: EndReason;
}

/** Live or final figures of a session. */
export interface TypingResult extends Tally {
  elapsedMs: number;
  /** 字/分, full precision. */
  speed: number;
  /** 0–1, `undefined` while nothing is typed. */
  accuracy: number | undefined;
}

/** A session ready for its first keystroke. */
export const createSession = (mode: TypingMode, passage: string, limitMs?: number): TypingSession => ({
  mode,
  limitMs: mode === 'timed' ? limitMs : undefined,
  passage,
  index: 0,
  done: { correct: 0, typed: 0 },
  ime: startIme(),
});

/** When a timed session runs out (`undefined` before the first commit or without a limit). */
export const deadlineOf = (session: TypingSession): number | undefined =>
  session.mode === 'timed' && session.startedAt !== undefined && session.limitMs !== undefined ? session.startedAt + session.limitMs : undefined;

/** Ends the session at `at` (clamped to a timed session's deadline); an ended session stays as it is. */
export function endSession(session: TypingSession, at: number, reason: EndReason): TypingSession {
  if (session.endedAt !== undefined) return session;
  const deadline = deadlineOf(session);
  return { ...session, endedAt: deadline === undefined ? at : Math.min(at, deadline), endReason: reason, ime: { ...session.ime, composing: false } };
}

/** Ends a timed session whose time is up by `now`; otherwise returns it unchanged. */
export function checkTime(session: TypingSession, now: number): TypingSession {
  const deadline = deadlineOf(session);
  return deadline !== undefined && now >= deadline ? endSession(session, deadline, 'time') : session;
}

/**
 * Applies one text-box event. Reaching the end of the passage (only committed text counts) finishes
 * a passage session, or moves a timed session on to `nextPassage(index)`, carrying over any text
 * committed past the end.
 */
export function feedEvent(session: TypingSession, event: ImeEvent, nextPassage: (index: number) => string): TypingSession {
  const timely = checkTime(session, event.t);
  if (timely.endedAt !== undefined) return timely;
  const ime = applyImeEvent(timely.ime, event);
  const next: TypingSession = { ...timely, ime, startedAt: timely.startedAt ?? ime.firstCommitAt };
  const length = charsOf(next.passage).length;
  const typed = charsOf(ime.committed);
  if (ime.composing || typed.length < length) return next;
  if (next.mode === 'passage') return endSession(next, ime.lastCommitAt ?? event.t, 'complete');
  const index = next.index + 1;
  return {
    ...next,
    index,
    passage: nextPassage(index),
    done: addTallies(next.done, tallyOf(next.passage, ime.committed)),
    ime: startIme(typed.slice(length).join('')),
  };
}

/** The figures at `now` (an ended session uses its end time). */
export function resultOf(session: TypingSession, now: number): TypingResult {
  const tally = addTallies(session.done, tallyOf(session.passage, session.ime.committed));
  const end = session.endedAt ?? Math.min(now, deadlineOf(session) ?? now);
  const elapsedMs = session.startedAt === undefined ? 0 : Math.max(0, end - session.startedAt);
  return { ...tally, elapsedMs, speed: speedOf(tally.correct, elapsedMs), accuracy: accuracyOf(tally) };
}

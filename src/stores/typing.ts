import { computed } from 'nanostores';
import * as v from 'valibot';
import { bestAttempt, withAttempt, type TypingAttempt } from '../lib/typing/history.ts';
import { defineArea } from './area.ts';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** One saved typing attempt (see `TypingAttempt` in src/lib/typing/history.ts). */
export const typingAttemptSchema = v.object({
  at: count,
  mode: v.picklist(['timed', 'passage']),
  minutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60))),
  source: v.pipe(v.string(), v.maxLength(40)),
  correct: count,
  typed: count,
  ms: count,
  speed: v.pipe(v.number(), v.minValue(0), v.finite()),
  accuracy: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
});

/** What the typing trainer saves in this browser: its attempts, oldest first. */
export const typingSavedSchema = v.object({ attempts: v.array(typingAttemptSchema) });
export type TypingSaved = { attempts: TypingAttempt[] };

const empty = (): TypingSaved => ({ attempts: [] });

/** The typing history; other tabs' attempts arrive through storage events. */
export const typingArea = defineArea<TypingSaved>({
  name: 'typing',
  label: '打字练习记录',
  version: 1,
  schema: typingSavedSchema as v.GenericSchema<unknown, TypingSaved>,
  empty,
});
export const typingKey = typingArea.key;
export const typingHistory = typingArea.store;

/** The best attempt so far (highest speed, then accuracy), for the progress page; `undefined` before any. */
export const bestTyping = computed(typingHistory, (saved) => bestAttempt(saved.attempts));

/** Saves a finished attempt. */
export function addTypingAttempt(attempt: TypingAttempt) {
  typingHistory.set({ attempts: withAttempt(typingHistory.get().attempts, attempt) });
}

/** Deletes every attempt (the view asks for confirmation first). */
export function clearTypingHistory() {
  typingHistory.set(empty());
}

import { isEndState, stateOf, type ChatMessage, type ChatSession, type Scenario, type TalkState } from './types.ts';

/**
 * The mock-chat state machine. Pure: the page passes the clock in (`now`, ms) and schedules the
 * customer's bubbles itself (`typingDelay`, then `deliver`).
 *
 * Solo flow: `startSession` → student types → `replyTo` → wait `typingDelay(line)` per line → `deliver`.
 * A reply that leaves the state unchanged gets no customer answer: the customer waits, so the student may
 * answer in several short lines (as the lessons teach); lines that said nothing judgeable yet (fallback)
 * or only part of the answer (partial) are judged together with the next line of the same turn.
 */

/** Lowest mood (angry). */
export const MOOD_MIN = -2;
/** Highest mood (delighted). */
export const MOOD_MAX = 2;

/** How much a guard hit lowers the customer's mood. */
export const GUARD_MOOD = -1;

/** Group IDs recorded for guard hits. */
export const GUARD_GROUP = { forbidden: 'guard-forbidden', 'off-platform': 'guard-off-platform', 'over-promise': 'guard-over-promise' } as const;

/**
 * The longest reply judged, in characters: the reply box stops there (Composer.svelte), and `replyTo`
 * judges only this much of a longer text. The longest model reply is under 300.
 */
export const MAX_REPLY_LENGTH = 500;

/** Wrong replies in a state before the first hint shows. */
export const HINT_AFTER = 2;

/** A mood kept within MOOD_MIN … MOOD_MAX. */
export const clampMood = (mood: number) => Math.min(MOOD_MAX, Math.max(MOOD_MIN, mood));

/** The talking state the session is in, or undefined when it has ended (or the scenario lost the state). */
export function talkState(scenario: Scenario, session: ChatSession): TalkState | undefined {
  const state = stateOf(scenario, session.state);
  return session.ended || !state || isEndState(state) ? undefined : state;
}

/**
 * Starts a session in the scenario's start state. Solo: the customer's first messages, stamped `now`.
 * Paired: no messages; the classmate playing the customer types them (see `customerScript`).
 */
export function startSession(scenario: Scenario, now: number, mode: 'solo' | 'paired' = 'solo'): ChatSession {
  const start = stateOf(scenario, scenario.start);
  const lines = mode === 'solo' && start ? start.customer : [];
  const session: ChatSession = {
    scenarioId: scenario.id,
    state: scenario.start,
    mood: clampMood(scenario.persona.mood),
    messages: lines.map((text) => ({ from: 'customer', text, at: now, state: scenario.start })),
    wrongInState: 0,
    startedAt: now,
    mode,
  };
  if (start && isEndState(start)) session.ended = { outcome: start.end, at: now };
  return session;
}

/** The lines the scripted customer says in the current state (what the customer player is prompted to type in paired mode). */
export function customerScript(scenario: Scenario, session: ChatSession): string[] {
  return stateOf(scenario, session.state)?.customer ?? [];
}

/**
 * Appends the customer's lines, stamped `now` (response times count from when a line appeared).
 * `state` defaults to the session's state; pass the state the lines were returned for if the agent
 * may have moved on before they were shown.
 */
export function deliver(session: ChatSession, texts: readonly string[], now: number, state = session.state): ChatSession {
  if (texts.length === 0) return session;
  return { ...session, messages: [...session.messages, ...texts.map((text): ChatMessage => ({ from: 'customer', text, at: now, state }))] };
}

/** Paired mode: a message typed by the classmate playing the customer (blank text is ignored). */
export function customerSays(session: ChatSession, text: string, now: number): ChatSession {
  return text.trim() === '' ? session : deliver(session, [text], now);
}

/** Shortest and longest customer typing delay, and the time per character, in ms. */
export const TYPING = { base: 600, perChar: 120, max: 3000 } as const;

/**
 * How long the customer "types" before a line shows: 600 ms + 120 ms per character, at most 3 s.
 * @example typingDelay('在吗？') // 960
 */
export function typingDelay(text: string): number {
  return Math.min(TYPING.max, TYPING.base + TYPING.perChar * [...text].length);
}

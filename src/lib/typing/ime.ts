/** The kinds of browser event the typing trainer listens to on its text box. */
export type ImeEventType = 'compositionstart' | 'compositionupdate' | 'compositionend' | 'input';

/** One event from the text box, as the view records it. */
export interface ImeEvent {
  type: ImeEventType;
  /** The event's `data`: pinyin so far (update), the chosen candidate (end), inserted text (input). */
  data: string | null;
  /** The text box's whole value when the event fired (may contain uncommitted pinyin). */
  value: string;
  /** When it fired, in milliseconds (any monotonic clock, e.g. `performance.now()`). */
  t: number;
}

/** What the learner has committed so far; pinyin still being composed is never part of it. */
export interface ImeState {
  /** An IME composition is open: the box holds pinyin that is not text yet. */
  composing: boolean;
  /** The committed text, the only text that is compared with the passage. */
  committed: string;
  /** Time of the first commit that left text in the box (the clock starts here). */
  firstCommitAt?: number;
  /** Time of the latest commit that changed the text. */
  lastCommitAt?: number;
}

/** Nothing typed yet; `committed` is what the box already holds (e.g. text carried into a new passage). */
export const startIme = (committed = ''): ImeState => ({ composing: false, committed });

/**
 * Applies one event. While composing, input events carry pinyin (Chrome fires them with
 * `isComposing`), so only compositionend and input outside a composition commit text. Firefox
 * fires a plain input after compositionend with the same value; committing it twice changes nothing.
 */
export function applyImeEvent(state: ImeState, event: ImeEvent): ImeState {
  switch (event.type) {
    case 'compositionstart':
      return { ...state, composing: true };
    case 'compositionupdate':
      return state;
    case 'compositionend':
      return commit({ ...state, composing: false }, event.value, event.t);
    case 'input':
      return state.composing ? state : commit(state, event.value, event.t);
  }
}

function commit(state: ImeState, value: string, t: number): ImeState {
  if (value === state.committed) return state;
  const started = state.firstCommitAt ?? (value ? t : undefined);
  return { ...state, committed: value, firstCommitAt: started, lastCommitAt: started === undefined ? undefined : t };
}

/** Replays a recorded event sequence from an empty box. */
export const replayIme = (events: readonly ImeEvent[], from: ImeState = startIme()): ImeState => events.reduce(applyImeEvent, from);

import { phraseCategories, phrases } from '../../../data/phrases.ts';
import { attemptOf, buildPassage, checkTime, createSession, endSession, feedEvent, markChars, resultOf } from '../../../lib/typing/index.ts';
import type { EndReason, ImeEvent, TypingAttempt, TypingMode, TypingSession } from '../../../lib/typing/index.ts';
import { addTypingAttempt } from '../../../stores/typing.ts';

/** Phrase category key, or `mixed` for 随机混合. */
export type TypingSource = keyof typeof phraseCategories | 'mixed';

/** The choices of 内容 in order. */
export const sourceOptions: [TypingSource, string][] = [['mixed', '随机混合'], ...(Object.entries(phraseCategories) as [TypingSource, string][])];

/** Time limits offered in timed mode, in minutes. */
export const minuteOptions = [1, 3, 5] as const;

const tickMs = 200;
const now = () => performance.now();
const newSeed = () => Math.random().toString(36).slice(2, 10);

/** State and actions of the typing trainer: options, the running session, the clock and saving. */
export class TypingTrainerState {
  mode = $state<TypingMode>('passage');
  minutes = $state<(typeof minuteOptions)[number]>(1);
  source = $state<TypingSource>('mixed');
  /** The session; replaced, never mutated (its functions return new objects). */
  session = $state.raw<TypingSession>(createSession('passage', ''));
  /** Clock reading for the live figures, refreshed while a session runs. */
  clock = $state(0);
  /** The attempt just saved, shown as the result. */
  lastAttempt = $state<TypingAttempt | undefined>();
  /** Why the session ended, for the result's wording. */
  endReason = $state<EndReason | undefined>();
  /** A short notice, e.g. when pasting was refused. */
  notice = $state('');
  /** Counts restarts; the view empties the text box whenever it changes. */
  generation = $state(0);

  /** Live or final figures. */
  result = $derived(resultOf(this.session, this.clock));
  /** Each passage character: correct, wrong or pending. */
  marks = $derived(markChars(this.session.passage, this.session.ime.committed));
  /** Started (first commit) and not ended: options are locked, the clock runs. */
  running = $derived(this.session.startedAt !== undefined && this.session.endedAt === undefined);

  #seed = 'first';
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    this.restart(false);
  }

  /** Picks a fresh random seed once in the browser (the server renders the fixed first passage). */
  mount(): () => void {
    this.#seed = newSeed();
    this.restart(false);
    return () => clearInterval(this.#timer);
  }

  /** Passage number `index` of this run. */
  passageAt = (index: number) => buildPassage(phrases, this.source, this.#seed, index).text;

  /** Starts over: a new passage (`fresh`), or the same first passage again. */
  restart(fresh = true) {
    clearInterval(this.#timer);
    if (fresh && typeof window !== 'undefined') this.#seed = newSeed();
    this.session = createSession(this.mode, this.passageAt(0), this.minutes * 60_000);
    this.clock = 0;
    this.lastAttempt = undefined;
    this.endReason = undefined;
    this.notice = '';
    this.generation++;
  }

  /** Changes an option; only allowed before the first commit. */
  choose(option: { mode?: TypingMode; minutes?: (typeof minuteOptions)[number]; source?: TypingSource }) {
    if (this.running) return;
    if (option.mode) this.mode = option.mode;
    if (option.minutes) this.minutes = option.minutes;
    if (option.source) this.source = option.source;
    this.restart(option.source !== undefined);
  }

  /** Feeds one text-box event; returns the text the box must now hold when a new passage began. */
  handle(event: Omit<ImeEvent, 't'>): string | undefined {
    const before = this.session;
    if (before.endedAt !== undefined) return undefined;
    this.notice = '';
    const after = feedEvent(before, { ...event, t: now() }, this.passageAt);
    this.session = after;
    if (before.startedAt === undefined && after.startedAt !== undefined) this.#startClock();
    if (after.endedAt !== undefined) this.#finish();
    else this.clock = now();
    return after.index !== before.index ? after.ime.committed : undefined;
  }

  /** Ends the session now without saving it (放弃本次). */
  stop() {
    this.session = endSession(this.session, now(), 'stopped');
    this.#finish();
  }

  #startClock() {
    clearInterval(this.#timer);
    this.#timer = setInterval(() => {
      this.clock = now();
      const checked = checkTime(this.session, this.clock);
      if (checked !== this.session) {
        this.session = checked;
        this.#finish();
      }
    }, tickMs);
  }

  #finish() {
    clearInterval(this.#timer);
    const reason = this.session.endReason;
    this.endReason = reason;
    this.clock = this.session.endedAt ?? now();
    if (reason === 'stopped' || this.session.startedAt === undefined) return;
    const attempt = attemptOf(resultOf(this.session, this.clock), { at: Date.now(), mode: this.mode, minutes: this.minutes, source: this.source });
    addTypingAttempt(attempt);
    this.lastAttempt = attempt;
  }
}

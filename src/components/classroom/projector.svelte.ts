import { tick } from 'svelte';
import { fromStore } from 'svelte/store';
import { teacherReveal } from '../../stores/classroom.ts';
import { parseSectionHash, projectorAction, sectionHash, type ProjectorAction } from '../../lib/classroom/keys.ts';
import { sectionJump, type ProjectedSlide } from '../../lib/classroom/slides.ts';
import type { TimerSegment, TimerState } from '../../lib/classroom/timer.ts';
import { channelName, isPresenterUrl, readMessage, type SlideMessage } from '../../lib/classroom/sync.ts';

/** Quizzes and form exercises: the widgets whose reference answers the teacher can reveal. */
const answerWidgets = '.quiz, .form-table, astro-island[component-url*="/Quiz."], astro-island[component-url*="/FormTable."]';

/** What the projector bar and the presenter view receive. */
export interface ControlProps {
  projector: Projector;
  /** Lesson label, e.g. '第 1.1 课 初识客户与电子商务客户服务'. */
  title: string;
  /** The lesson's segments, for the segment timer. */
  segments: TimerSegment[];
}

/** How a segment timer shares its state with the other window (the projector's or the presenter's). */
export interface TimerLink {
  /** Tells the other window the timer's new state. */
  send(state: TimerState): void;
  /** Calls `receive` with every state the other window sends, unchecked; returns the unsubscribe. */
  listen(receive: (state: unknown) => void): () => void;
}

/** Where the lesson shows: the normal page, the projector (slides) or the presenter view (notes). */
export type ProjectorMode = 'off' | 'projector' | 'presenter';

const body = () => document.querySelector<HTMLElement>('article.lesson > .body');

/** The part of the lesson text under a heading: the heading and what follows it up to the next heading of its level or higher. */
export function headingBlock(id: string): HTMLElement[] {
  const start = document.getElementById(id);
  if (!start || start.parentElement !== body()) return [];
  const level = Number(start.tagName.slice(1));
  const block: HTMLElement[] = [start];
  for (let el = start.nextElementSibling as HTMLElement | null; el; el = el.nextElementSibling as HTMLElement | null) {
    if (/^H[1-6]$/.test(el.tagName) && Number(el.tagName.slice(1)) <= level) break;
    block.push(el);
  }
  return block;
}

/**
 * 投影模式 on a lesson page: shows the lesson's key-point slides (src/content/slides/) instead of its
 * text; a slide that shows an exercise brings the page's own widget on screen, so it keeps working.
 * The same class runs the presenter view (`?presenter`): the teacher's notes, the next slide and the
 * timer. The two windows follow each other over a BroadcastChannel per lesson. The slide number lives
 * in the address (`#projector-3`) so a reload comes back to it.
 */
export class Projector {
  mode: ProjectorMode = $state('off');
  index = $state(0);
  blank = $state(false);
  /** Whether the slide on screen shows a quiz or a form whose answers can be revealed. */
  hasAnswers = $state(false);
  /** Whether the other window can be told where we are (false: this browser lacks BroadcastChannel). */
  canSync = $state(true);
  /** Called after leaving projector mode (the view puts the focus back on its button). */
  onclose?: () => void;
  readonly slides: readonly ProjectedSlide[];
  readonly #lesson: string;
  #shown: HTMLElement[] = [];
  #channel: BroadcastChannel | null = null;
  #timer: TimerState | null = null;
  #timerListeners = new Set<(state: unknown) => void>();

  /** The segment timers of both windows run as one: a start, pause or 下一环节 in either shows in the other. */
  readonly timerLink: TimerLink = {
    send: (state) => {
      this.#timer = state;
      this.#post({ kind: 'timer', state });
    },
    listen: (receive) => {
      this.#timerListeners.add(receive);
      return () => this.#timerListeners.delete(receive);
    },
  };
  #fullscreen = false;
  #reveal = fromStore(teacherReveal);

  /** `lesson` is the lesson code, which names the channel the windows share. */
  constructor(slides: readonly ProjectedSlide[], lesson: string) {
    this.slides = slides;
    this.#lesson = lesson;
  }

  get active() {
    return this.mode !== 'off';
  }

  get count() {
    return this.slides.length;
  }

  get slide(): ProjectedSlide | undefined {
    return this.slides[this.index];
  }

  /** Whether the reference answers are shown (the store quizzes and forms read). */
  get reveal() {
    return this.#reveal.current;
  }

  /** Enters projector mode, or the presenter view when the address asks for it, at the slide in the address. */
  open() {
    if (this.active || this.count === 0) return;
    this.mode = isPresenterUrl(location.search) ? 'presenter' : 'projector';
    document.documentElement.classList.add(this.mode === 'presenter' ? 'presenting' : 'projecting');
    if (this.mode === 'projector') this.#requestFullscreen();
    this.#connect();
    this.go(parseSectionHash(location.hash, this.count) ?? 0, false);
    this.#post({ kind: 'hello' });
  }

  close() {
    if (!this.active) return;
    this.mode = 'off';
    this.blank = false;
    teacherReveal.set(false);
    this.#channel?.close();
    this.#channel = null;
    document.documentElement.classList.remove('projecting', 'presenting');
    this.#show([]);
    const search = location.search.replace(/^\?presenter$/, '');
    history.replaceState(history.state, '', location.pathname + search);
    if (this.#fullscreen && document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    this.#fullscreen = false;
    // Back to where the teacher was in the normal page: the section of the last slide.
    const section = this.slide && [...(body()?.querySelectorAll('h2') ?? [])].find((h) => h.textContent?.trim() === this.slide!.section);
    section?.scrollIntoView({ block: 'start' });
    this.onclose?.();
  }

  /** Shows slide `index` (clamped) from its top, puts the focus on its heading (projector) and tells the other window. */
  go(index: number, tell = true) {
    const target = Math.min(Math.max(index, 0), this.count - 1);
    if (target !== this.index) teacherReveal.set(false);
    this.index = target;
    const show = this.mode === 'projector' ? this.slides[target]!.show : undefined;
    this.#show(show ? headingBlock(show.id) : []);
    history.replaceState(history.state, '', location.search + sectionHash(target));
    window.scrollTo({ top: 0, behavior: 'instant' });
    // On the projector the slide's heading takes the focus (a screen reader reads it); the presenter view
    // keeps the focus on the teacher's button and announces the slide instead (PresenterView.svelte).
    if (this.mode === 'projector') void tick().then(() => document.querySelector<HTMLElement>('[data-slide-heading]')?.focus({ preventScroll: true }));
    if (tell) this.#post({ kind: 'go', index: target });
  }

  /** Forward one screen: scrolls a long exercise first, then moves to the next slide. */
  forward() {
    const room = document.documentElement.scrollHeight - (window.scrollY + window.innerHeight);
    if (this.mode === 'projector' && room > 4) window.scrollBy({ top: this.#page(), behavior: 'instant' });
    else if (this.index < this.count - 1) this.go(this.index + 1);
  }

  /** Back one screen: scrolls up within a long exercise first, then moves to the previous slide. */
  back() {
    if (this.mode === 'projector' && window.scrollY > 4) window.scrollBy({ top: -this.#page(), behavior: 'instant' });
    else if (this.index > 0) this.go(this.index - 1);
  }

  toggleBlank() {
    this.blank = !this.blank;
    this.#post({ kind: 'blank', on: this.blank });
  }

  toggleReveal() {
    teacherReveal.set(!this.reveal);
  }

  /** Handles a key press while projecting; returns whether the key was used. */
  handleKey(event: KeyboardEvent): boolean {
    if (!this.active || document.querySelector('dialog[open]')) return false;
    const el = event.target instanceof HTMLElement ? event.target : null;
    const action = projectorAction(event, el && { tagName: el.tagName, isContentEditable: el.isContentEditable, role: el.getAttribute('role') });
    if (!action) return false;
    // While the projector is black only "blank" and Esc bring it back; nothing moves behind the black.
    if (this.blank && this.mode === 'projector') {
      if (action === 'blank' || action === 'exit') this.toggleBlank();
      return true;
    }
    this.#run(action);
    return true;
  }

  /** Leaves projector mode when the teacher leaves full screen with the browser's own Esc. */
  onFullscreenChange() {
    if (!this.#fullscreen || document.fullscreenElement) return;
    this.#fullscreen = false;
    // That Esc was meant for the enlarged QR code: close it and stay in projector mode.
    const dialog = document.querySelector<HTMLDialogElement>('.projector-bar dialog[open]');
    if (dialog) dialog.close();
    else this.close();
  }

  #run(action: ProjectorAction) {
    const run: Record<ProjectorAction, () => void> = {
      forward: () => this.forward(),
      back: () => this.back(),
      next: () => this.go(sectionJump(this.slides, this.index, 1)),
      previous: () => this.go(sectionJump(this.slides, this.index, -1)),
      first: () => this.go(0),
      last: () => this.go(this.count - 1),
      blank: () => this.toggleBlank(),
      exit: () => this.close(),
    };
    run[action]();
  }

  /** Shows exactly `block` of the lesson text (nothing for a plain slide). */
  #show(block: HTMLElement[]) {
    for (const el of this.#shown) el.removeAttribute('data-projector-on');
    // The slide's own title stands above the exercise, so the block's heading is only read out, not shown twice.
    block.forEach((el, i) => el.setAttribute('data-projector-on', i === 0 ? 'heading' : ''));
    this.#shown = block;
    this.hasAnswers = block.some((el) => el.matches(answerWidgets) || el.querySelector(answerWidgets) !== null);
  }

  #connect() {
    if (typeof BroadcastChannel !== 'function') {
      this.canSync = false;
      return;
    }
    this.#channel = new BroadcastChannel(channelName(this.#lesson));
    this.#channel.onmessage = (event) => this.#receive(readMessage(event.data, this.count));
  }

  #receive(message: SlideMessage | null) {
    if (!message || !this.active) return;
    if (message.kind === 'hello') {
      this.#post({ kind: 'go', index: this.index });
      this.#post({ kind: 'blank', on: this.blank });
      if (this.#timer) this.#post({ kind: 'timer', state: this.#timer });
    } else if (message.kind === 'go') {
      if (message.index !== this.index) this.go(message.index, false);
    } else if (message.kind === 'timer') {
      for (const receive of this.#timerListeners) receive(message.state);
    } else this.blank = message.on;
  }

  #post(message: SlideMessage) {
    this.#channel?.postMessage(message);
  }

  #page() {
    const bar = document.querySelector<HTMLElement>('.projector-bar')?.offsetHeight ?? 0;
    return Math.max(100, window.innerHeight - bar - 48);
  }

  #requestFullscreen() {
    const root = document.documentElement;
    if (!document.fullscreenEnabled || document.fullscreenElement || !root.requestFullscreen) return;
    root.requestFullscreen().then(
      () => (this.#fullscreen = true),
      () => {},
    );
  }
}

/**
 * Copies of the lesson text under heading `id` for the presenter's notes: without the heading itself,
 * widgets, popovers or ids (the page keeps the originals); glossary buttons become plain words and
 * sub-headings become bold lines, so the notes add no controls or headings of their own.
 */
export function noteNodes(id: string): Node[] {
  return headingBlock(id)
    .slice(1)
    .filter((el) => !el.matches('astro-island, script, style, [popover]'))
    .map((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('astro-island, script, style, [popover], form, .quiz, .form-table').forEach((n) => n.remove());
      copy.querySelectorAll('button').forEach((b) => b.replaceWith(b.textContent ?? ''));
      copy.querySelectorAll('[id]').forEach((n) => n.removeAttribute('id'));
      copy.removeAttribute('id');
      if (!/^H[1-6]$/.test(copy.tagName)) return copy;
      const line = document.createElement('p');
      line.className = 'note-heading';
      line.textContent = copy.textContent;
      return line;
    });
}

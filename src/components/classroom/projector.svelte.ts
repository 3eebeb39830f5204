import { fromStore } from 'svelte/store';
import { teacherReveal } from '../../stores/classroom.ts';
import { parseSectionHash, projectorAction, sectionHash, type ProjectorAction } from '../../lib/classroom/keys.ts';

/** Quizzes and form exercises: the widgets whose reference answers the teacher can reveal. */
const answerWidgets = '.quiz, .form-table, astro-island[component-url*="/Quiz."], astro-island[component-url*="/FormTable."]';

/**
 * 投影模式 on a lesson page: splits the lesson body into its H2 sections (情景导入 … 作业布置) by marking
 * the elements of every other section, so the page's own widgets stay where they are and keep working.
 * The section number lives in the address (`#projector-3`) so a reload comes back to it.
 */
export class Projector {
  active = $state(false);
  index = $state(0);
  blank = $state(false);
  names: string[] = $state([]);
  /** Whether the section on screen holds a quiz or a form whose answers can be revealed. */
  hasAnswers = $state(false);
  /** Called after leaving projector mode (the view puts the focus back on its button). */
  onclose?: () => void;
  #sections: HTMLElement[][] = [];
  #fullscreen = false;
  #reveal = fromStore(teacherReveal);

  /** Whether the reference answers are shown (the store quizzes and forms read). */
  get reveal() {
    return this.#reveal.current;
  }

  /** Reads the sections from the lesson body; returns false when the page has none. */
  collect(): boolean {
    const body = document.querySelector<HTMLElement>('article.lesson > .body');
    if (!body) return false;
    const sections: HTMLElement[][] = [];
    for (const child of Array.from(body.children) as HTMLElement[]) {
      if (child.tagName === 'H2' || sections.length === 0) sections.push([]);
      sections.at(-1)!.push(child);
    }
    this.#sections = sections;
    this.names = sections.map((s, i) => (s[0]?.tagName === 'H2' ? s[0].textContent?.trim() : '') || `第 ${i + 1} 部分`);
    return sections.length > 0;
  }

  get count() {
    return this.#sections.length;
  }

  /** Enters projector mode at the section named in the address, or the first. */
  open() {
    if (this.active || !this.collect()) return;
    this.active = true;
    document.documentElement.classList.add('projecting');
    this.#requestFullscreen();
    this.go(parseSectionHash(location.hash, this.count) ?? 0);
  }

  close() {
    if (!this.active) return;
    this.active = false;
    this.blank = false;
    teacherReveal.set(false);
    document.documentElement.classList.remove('projecting');
    for (const el of this.#sections.flat()) el.removeAttribute('data-projector-off');
    history.replaceState(history.state, '', location.pathname + location.search);
    if (this.#fullscreen && document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    this.#fullscreen = false;
    // Back to where the teacher was reading in the normal page.
    this.#sections[this.index]?.[0]?.scrollIntoView({ block: 'start' });
    this.onclose?.();
  }

  /** Shows section `index` (clamped) from its top and puts the focus on its heading. */
  go(index: number) {
    const target = Math.min(Math.max(index, 0), this.count - 1);
    if (target !== this.index) teacherReveal.set(false);
    this.index = target;
    this.#sections.forEach((els, i) => els.forEach((el) => el.toggleAttribute('data-projector-off', i !== target)));
    this.hasAnswers = this.#sections[target]!.some((el) => el.matches(answerWidgets) || el.querySelector(answerWidgets) !== null);
    history.replaceState(history.state, '', sectionHash(target));
    window.scrollTo({ top: 0, behavior: 'instant' });
    const heading = this.#sections[target]![0]!;
    if (heading.tagName === 'H2') {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }

  /** Forward one screen: scrolls a long section first, then moves to the next section. */
  forward() {
    const room = document.documentElement.scrollHeight - (window.scrollY + window.innerHeight);
    if (room > 4) window.scrollBy({ top: this.#page(), behavior: 'instant' });
    else if (this.index < this.count - 1) this.go(this.index + 1);
  }

  /** Back one screen: scrolls up within the section first, then moves to the previous section. */
  back() {
    if (window.scrollY > 4) window.scrollBy({ top: -this.#page(), behavior: 'instant' });
    else if (this.index > 0) this.go(this.index - 1);
  }

  toggleBlank() {
    this.blank = !this.blank;
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
    // While the screen is blank only "blank" and Esc bring it back; nothing moves behind the black.
    if (this.blank) {
      if (action === 'blank' || action === 'exit') this.blank = false;
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
      next: () => this.go(this.index + 1),
      previous: () => this.go(this.index - 1),
      first: () => this.go(0),
      last: () => this.go(this.count - 1),
      blank: () => this.toggleBlank(),
      exit: () => this.close(),
    };
    run[action]();
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

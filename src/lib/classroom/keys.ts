/**
 * Which projector action a key press asks for. Pure: the caller passes what it knows about the event
 * and the focused element, so the rules (clicker keys, never stealing keys from form fields) are tested
 * without a browser.
 */

/** What projector mode does in answer to a key. */
export type ProjectorAction = 'forward' | 'back' | 'next' | 'previous' | 'first' | 'last' | 'blank' | 'exit';

/** The parts of a keyboard event the rules read. */
export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/** The focused element, as far as the rules care. */
export interface FocusInfo {
  /** Upper-case tag name, e.g. 'INPUT'. */
  tagName: string;
  isContentEditable?: boolean;
  /** ARIA role, if any. */
  role?: string | null;
}

const typingTags = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
// Space and Enter already press these; arrow keys move within these widgets.
const pressable = new Set(['BUTTON', 'A', 'SUMMARY']);
const arrowRoles = new Set(['radio', 'tab', 'menuitem', 'option', 'slider', 'listbox', 'radiogroup', 'tablist', 'menu', 'spinbutton']);

/** Whether the focused element takes typing, so no key may be taken from it. */
export function isTypingTarget(focus: FocusInfo | null | undefined): boolean {
  return Boolean(focus && (focus.isContentEditable || typingTags.has(focus.tagName)));
}

/**
 * The action for a key press in projector mode, or `null` to leave the key to the page.
 * PageDown / Space / ↓ go forward (a long section scrolls first), PageUp / Shift+Space / ↑ go back,
 * → / ← jump a whole section, Home / End the first and last, B or . (a clicker's blank key) blanks the
 * screen, Esc leaves.
 */
export function projectorAction(event: KeyInput, focus?: FocusInfo | null): ProjectorAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  if (isTypingTarget(focus)) return null;
  const onPressable = Boolean(focus && (pressable.has(focus.tagName) || focus.role === 'button'));
  const onArrowWidget = Boolean(focus?.role && arrowRoles.has(focus.role));
  switch (event.key) {
    case 'PageDown':
      return 'forward';
    case 'PageUp':
      return 'back';
    case ' ':
    case 'Spacebar':
      return onPressable ? null : event.shiftKey ? 'back' : 'forward';
    case 'ArrowDown':
      return onArrowWidget ? null : 'forward';
    case 'ArrowUp':
      return onArrowWidget ? null : 'back';
    case 'ArrowRight':
      return onArrowWidget ? null : 'next';
    case 'ArrowLeft':
      return onArrowWidget ? null : 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/** The address fragment that keeps the projected section across a reload, e.g. '#projector-3' (1-based). */
export const sectionHash = (index: number) => `#projector-${index + 1}`;

/** The section index (0-based) in an address fragment, or `null` when the fragment is not projector mode's. */
export function parseSectionHash(hash: string, count: number): number | null {
  const match = /^#projector-(\d{1,3})$/.exec(hash);
  if (!match) return null;
  return Math.min(Math.max(Number(match[1]), 1), Math.max(count, 1)) - 1;
}

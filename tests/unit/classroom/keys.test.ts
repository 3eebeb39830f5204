import { describe, expect, it } from 'vitest';
import { isTypingTarget, parseSectionHash, projectorAction, sectionHash, type FocusInfo, type KeyInput } from '../../../src/lib/classroom/keys.ts';

const body: FocusInfo = { tagName: 'BODY' };
const heading: FocusInfo = { tagName: 'H2' };

describe.each<[string, KeyInput, FocusInfo | null, ReturnType<typeof projectorAction>]>([
  ['PageDown (clicker)', { key: 'PageDown' }, body, 'forward'],
  ['PageUp (clicker)', { key: 'PageUp' }, body, 'back'],
  ['space', { key: ' ' }, heading, 'forward'],
  ['shift+space', { key: ' ', shiftKey: true }, heading, 'back'],
  ['↓', { key: 'ArrowDown' }, null, 'forward'],
  ['↑', { key: 'ArrowUp' }, body, 'back'],
  ['→', { key: 'ArrowRight' }, body, 'next'],
  ['←', { key: 'ArrowLeft' }, body, 'previous'],
  ['Home', { key: 'Home' }, body, 'first'],
  ['End', { key: 'End' }, body, 'last'],
  ['b', { key: 'b' }, body, 'blank'],
  ['B', { key: 'B' }, body, 'blank'],
  ['. (a clicker’s blank key)', { key: '.' }, body, 'blank'],
  ['Esc', { key: 'Escape' }, body, 'exit'],
  ['another letter', { key: 'x' }, body, null],
  ['ctrl+End', { key: 'End', ctrlKey: true }, body, null],
  ['alt+←', { key: 'ArrowLeft', altKey: true }, body, null],
  ['PageDown in a text field', { key: 'PageDown' }, { tagName: 'INPUT' }, null],
  ['b in a textarea', { key: 'b' }, { tagName: 'TEXTAREA' }, null],
  ['↓ in a select', { key: 'ArrowDown' }, { tagName: 'SELECT' }, null],
  ['space in an editable region', { key: ' ' }, { tagName: 'DIV', isContentEditable: true }, null],
  ['Esc in a text field', { key: 'Escape' }, { tagName: 'INPUT' }, null],
  ['space on a button (presses it)', { key: ' ' }, { tagName: 'BUTTON' }, null],
  ['space on a role=button', { key: ' ' }, { tagName: 'DIV', role: 'button' }, null],
  ['PageDown on a button', { key: 'PageDown' }, { tagName: 'BUTTON' }, 'forward'],
  ['→ in a tab list', { key: 'ArrowRight' }, { tagName: 'BUTTON', role: 'tab' }, null],
])('%s', (_name, event, focus, action) => {
  it(`→ ${action}`, () => expect(projectorAction(event, focus)).toBe(action));
});

describe.each([
  [{ tagName: 'INPUT' }, true],
  [{ tagName: 'TEXTAREA' }, true],
  [{ tagName: 'SELECT' }, true],
  [{ tagName: 'P', isContentEditable: true }, true],
  [{ tagName: 'BUTTON' }, false],
  [null, false],
])('isTypingTarget(%o)', (focus, typing) => {
  it(`is ${typing}`, () => expect(isTypingTarget(focus)).toBe(typing));
});

describe.each([
  ['#projector-3', 6, 2],
  ['#projector-1', 6, 0],
  ['#projector-99', 6, 5],
  ['#projector-0', 6, 0],
  ['#情景导入', 6, null],
  ['', 6, null],
  ['#projector-3x', 6, null],
])('parseSectionHash(%s, %i)', (hash, count, index) => {
  it(`is ${index}`, () => expect(parseSectionHash(hash, count)).toBe(index));
});

it('sectionHash and parseSectionHash round-trip', () => {
  for (let i = 0; i < 6; i++) expect(parseSectionHash(sectionHash(i), 6)).toBe(i);
});

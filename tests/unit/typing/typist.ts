import type { ImeEvent } from '../../../src/lib/typing/ime.ts';

const isHan = (char: string) => /\p{Script=Han}/u.test(char);

/**
 * Events a pinyin IME user produces typing `text` into a box already holding `before`: each Han
 * character through a composition (two pinyin updates, then the candidate), anything else (Chinese
 * punctuation, digits) inserted directly. One character is committed every `perChar` ms from `start`.
 */
export function typeEvents(text: string, { before = '', start = 0, perChar = 1000 } = {}): ImeEvent[] {
  const events: ImeEvent[] = [];
  let value = before;
  Array.from(text).forEach((char, i) => {
    const t = start + i * perChar;
    if (isHan(char)) {
      events.push(
        { type: 'compositionstart', data: '', value, t: t - 10 },
        { type: 'compositionupdate', data: 'x', value, t: t - 9 },
        { type: 'input', data: 'x', value: `${value}x`, t: t - 8 },
        { type: 'compositionupdate', data: 'xy', value: `${value}x`, t: t - 5 },
        { type: 'input', data: 'xy', value: `${value}xy`, t: t - 4 },
        { type: 'compositionupdate', data: char, value: `${value}xy`, t: t - 1 },
      );
      value += char;
      events.push({ type: 'input', data: char, value, t: t - 1 }, { type: 'compositionend', data: char, value, t });
    } else {
      value += char;
      events.push({ type: 'input', data: char, value, t });
    }
  });
  return events;
}

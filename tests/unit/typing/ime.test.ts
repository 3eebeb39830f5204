import { describe, expect, it } from 'vitest';
import { applyImeEvent, replayIme, startIme, type ImeEvent } from '../../../src/lib/typing/ime.ts';
import { imeFixtures } from './ime-fixtures.ts';

describe.each(imeFixtures)('IME sequence: $name', ({ events, committed, composing, firstCommitAt }) => {
  const end = replayIme(events);

  it('keeps only committed text', () => {
    expect(end.committed).toBe(committed);
    expect(end.composing).toBe(composing);
  });

  it('starts the clock at the first commit, not at compositionstart', () => {
    expect(end.firstCommitAt).toBe(firstCommitAt);
  });

  it('never exposes pinyin as committed text at any step', () => {
    let ime = startIme();
    for (const event of events) {
      ime = applyImeEvent(ime, event);
      expect(ime.committed).not.toMatch(/[a-z]/);
    }
  });
});

describe('plain input outside a composition', () => {
  const input = (value: string, t: number): ImeEvent => ({ type: 'input', data: null, value, t });
  it.each([
    { name: 'typing starts the clock', events: [input('亲', 5)], committed: '亲', first: 5, last: 5 },
    { name: 'a later edit moves the last commit', events: [input('亲', 5), input('亲，', 9)], committed: '亲，', first: 5, last: 9 },
    { name: 'deleting back to empty keeps the start', events: [input('亲', 5), input('', 9)], committed: '', first: 5, last: 9 },
    { name: 'an event that changes nothing is not a commit', events: [input('亲', 5), input('亲', 9)], committed: '亲', first: 5, last: 5 },
  ])('$name', ({ events, committed, first, last }) => {
    const end = replayIme(events);
    expect(end).toMatchObject({ committed, firstCommitAt: first, lastCommitAt: last });
  });
});

import { describe, expect, it } from 'vitest';
import { contentTime, parseWriteTimes, trackWriteTimes, recordTimes } from '../../../src/lib/transfer/index.ts';

describe('contentTime', () => {
  it.each([
    ['visits', { '1.1': { first: 1_700_000_000_000, last: 1_700_000_100_000, count: 3 } }, 1_700_000_100_000],
    ['quiz attempts and paper', { attempts: [{ at: 1_700_000_000_000, points: 1, max: 2 }], paper: { started: 1_700_000_200_000, limit: 0 } }, 1_700_000_200_000],
    ['chat messages', { session: { startedAt: 1_700_000_000_000, messages: [{ at: 1_700_000_300_000 }] } }, 1_700_000_300_000],
    ['a count is not a time', { count: 1_700_000_900_000, attempts: [] }, undefined],
    ['small numbers are not times', { at: 5 }, undefined],
    ['a form has none', { name: '', cells: {} }, undefined],
    ['not an object', 'text', undefined],
  ])('%s', (_, value, time) => expect(contentTime(value)).toBe(time));
});

describe('trackWriteTimes', () => {
  const setup = () => {
    const backing: Record<string, string> = {};
    let now = 100;
    const engine = trackWriteTimes(backing, 'kefu:v1:', 'kefu:write-times', () => now);
    return { backing, engine, tick: (t: number) => (now = t) };
  };

  it('stamps each change of a saved key, and only real changes', () => {
    const { backing, engine, tick } = setup();
    engine['kefu:v1:a'] = 'one';
    tick(200);
    engine['kefu:v1:b'] = 'two';
    tick(300);
    engine['kefu:v1:a'] = 'one';
    expect(parseWriteTimes(backing['kefu:write-times'])).toEqual({ 'kefu:v1:a': 100, 'kefu:v1:b': 200 });
    expect(engine['kefu:v1:a']).toBe('one');
  });

  it('ignores keys outside the prefix and forgets removed keys', () => {
    const { backing, engine } = setup();
    engine['kefu:quarantine:x'] = 'raw';
    engine['kefu:v1:a'] = 'one';
    delete engine['kefu:v1:a'];
    expect(parseWriteTimes(backing['kefu:write-times'])).toEqual({});
    expect(backing['kefu:quarantine:x']).toBe('raw');
    expect('kefu:v1:a' in backing).toBe(false);
  });

  it.each([undefined, '', 'nonsense', '[1]', '{"a":"x","b":2}'])('reads a damaged record %j as what is usable', (raw) => {
    expect(parseWriteTimes(raw)).toEqual(raw === '{"a":"x","b":2}' ? { b: 2 } : {});
  });
});

describe('recordTimes', () => {
  it("records imported items' own times in one rewrite of the record", () => {
    const backing: Record<string, string> = { 'kefu:write-times': JSON.stringify({ 'kefu:v1:a': 100, 'kefu:v1:b': 200, 'kefu:v1:c': 300 }) };
    const timesWrites: string[] = [];
    const untimed = new Proxy(backing, {
      set(target, key: string, value) {
        if (key === 'kefu:write-times') timesWrites.push(value);
        target[key] = value;
        return true;
      },
    });
    recordTimes(untimed, { 'kefu:v1:a': { text: 'new a', updatedAt: 150 }, 'kefu:v1:b': { text: 'new b' }, 'kefu:v1:d': { text: 'd', updatedAt: 50 } }, 'kefu:write-times');
    expect(timesWrites).toHaveLength(1);
    expect(parseWriteTimes(backing['kefu:write-times'])).toEqual({ 'kefu:v1:a': 150, 'kefu:v1:c': 300, 'kefu:v1:d': 50 });
  });
});

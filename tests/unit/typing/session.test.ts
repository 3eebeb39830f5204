import { describe, expect, it } from 'vitest';
import { checkTime, createSession, endSession, feedEvent, resultOf, type TypingSession } from '../../../src/lib/typing/session.ts';
import type { ImeEvent } from '../../../src/lib/typing/ime.ts';
import { typeEvents } from './typist.ts';
import { imeFixtures } from './ime-fixtures.ts';

const unit = '亲，很高兴为您服务！';
const text = (chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
const feedAll = (session: TypingSession, events: ImeEvent[], next: (i: number) => string = () => text(50)) =>
  events.reduce((s, e) => feedEvent(s, e, next), session);

describe('passage mode', () => {
  it.each([
    { chars: 120, perChar: 120_000 / 119, speed: 60 },
    { chars: 150, perChar: 180_000 / 149, speed: 50 },
    { chars: 100, perChar: 60_000 / 99, speed: 100 },
  ])('$chars characters with the last one $perChar ms apart → $speed 字/分', ({ chars, perChar, speed }) => {
    const passage = text(chars);
    const session = feedAll(createSession('passage', passage), typeEvents(passage, { start: 5000, perChar }));
    expect(session.endReason).toBe('complete');
    const result = resultOf(session, 10_000_000);
    expect(result.correct).toBe(chars);
    expect(result.speed).toBeCloseTo(speed, 6);
    expect(result.accuracy).toBe(1);
  });

  it('measures the recorded Chromium sequence: 3 correct characters, clock from the first commit', () => {
    const session = feedAll(createSession('passage', '亲，在的'), imeFixtures[0]!.events);
    expect(resultOf(session, 70_310)).toMatchObject({ correct: 3, typed: 3, elapsedMs: 60_000, speed: 3, accuracy: 1 });
  });

  it('starts the clock at the first commit, not when the page loaded or the pinyin began', () => {
    const session = feedAll(createSession('passage', text(20)), typeEvents('亲', { start: 90_000 }));
    expect(session.startedAt).toBe(90_000);
    expect(resultOf(session, 150_000).elapsedMs).toBe(60_000);
  });

  it('shows nothing measured before the first commit', () => {
    const session = feedAll(createSession('passage', text(20)), typeEvents('亲', { start: 1000 }).slice(0, 5));
    expect(resultOf(session, 99_000)).toMatchObject({ elapsedMs: 0, speed: 0, typed: 0, accuracy: undefined });
  });

  it('counts a wrong character against accuracy, and a corrected one not at all', () => {
    const passage = '亲，在的';
    const wrong = feedAll(createSession('passage', passage), typeEvents('亲，再的', { perChar: 15_000 }));
    expect(resultOf(wrong, 0)).toMatchObject({ correct: 3, typed: 4, accuracy: 0.75, speed: 4 });
    const corrected = feedAll(createSession('passage', passage), [
      ...typeEvents('亲，再', { perChar: 15_000 }),
      { type: 'input', data: null, value: '亲，', t: 35_000 },
      ...typeEvents('在的', { before: '亲，', start: 40_000, perChar: 5000 }),
    ]);
    expect(resultOf(corrected, 0)).toMatchObject({ correct: 4, typed: 4, accuracy: 1, elapsedMs: 45_000 });
  });

  it('does not end while the last character is still pinyin', () => {
    const events = typeEvents('亲，在的', { perChar: 1000 });
    const session = feedAll(createSession('passage', '亲，在的'), events.slice(0, -2));
    expect(session.endedAt).toBeUndefined();
  });

  it('ignores everything after the end', () => {
    const done = feedAll(createSession('passage', '亲，'), typeEvents('亲，', { perChar: 1000 }));
    const after = feedEvent(done, { type: 'input', data: '在', value: '亲，在', t: 9000 }, () => '');
    expect(after).toBe(done);
  });
});

describe('timed mode', () => {
  const passages = ['您好！欢迎光临。', '请问有什么可以帮您？', '感谢您的耐心等待。'];
  const next = (i: number) => passages[i % passages.length]!;

  it('moves on to the next passage with an empty box, and counts every passage', () => {
    let session = createSession('timed', passages[0]!, 60_000);
    // Like the view: each character goes into the box as it is after the previous one.
    Array.from('您好！欢迎光临。请问有什么可以帮您？感谢').forEach((char, i) => {
      for (const event of typeEvents(char, { before: session.ime.committed, start: 1000 + i * 1000 })) session = feedEvent(session, event, next);
    });
    expect(session).toMatchObject({ index: 2, passage: passages[2], done: { correct: 18, typed: 18 }, ime: { committed: '感谢' } });
    expect(resultOf(session, 21_000)).toMatchObject({ correct: 20, typed: 20, elapsedMs: 20_000, speed: 60 });
  });

  it('carries over a word committed across the end of a passage', () => {
    let session = createSession('timed', '亲，在', 60_000);
    session = feedAll(session, typeEvents('亲，', { start: 0, perChar: 1000 }), next);
    session = feedEvent(session, { type: 'compositionstart', data: '', value: '亲，', t: 2500 }, next);
    session = feedEvent(session, { type: 'compositionupdate', data: 'zaide', value: '亲，', t: 2600 }, next);
    session = feedEvent(session, { type: 'compositionend', data: '在的', value: '亲，在的', t: 3000 }, next);
    expect(session).toMatchObject({ index: 1, done: { correct: 3, typed: 3 }, ime: { committed: '的', composing: false } });
  });

  it.each([
    { minutes: 1, correct: 60, speed: 60 },
    { minutes: 3, correct: 180, speed: 60 },
    { minutes: 5, correct: 400, speed: 80 },
  ])('$minutes min, $correct correct characters → $speed 字/分, commits after the limit ignored', ({ minutes, correct, speed }) => {
    const limit = minutes * 60_000;
    const long = text(1000);
    // Exactly `correct` characters before the deadline, then more that arrive too late.
    const perChar = limit / correct;
    let session = createSession('timed', long, limit);
    session = feedAll(session, typeEvents(long.slice(0, correct + 5), { start: 2000, perChar }), next);
    session = checkTime(session, 2000 + limit);
    expect(session.endReason).toBe('time');
    const result = resultOf(session, 2000 + limit + 99_999);
    expect(result.elapsedMs).toBe(limit);
    expect(result.correct).toBe(correct);
    expect(result.speed).toBeCloseTo(speed, 9);
  });

  it('caps the live clock at the limit even before the time check runs', () => {
    const session = feedAll(createSession('timed', text(30), 60_000), typeEvents('亲，', { start: 0, perChar: 1000 }));
    expect(resultOf(session, 500_000).elapsedMs).toBe(60_000);
  });

  it('does not start the countdown before the first commit', () => {
    const session = checkTime(createSession('timed', text(30), 60_000), 10_000_000);
    expect(session.endedAt).toBeUndefined();
  });
});

describe('stopping early', () => {
  it('ends at the moment the learner stops', () => {
    let session = feedAll(createSession('passage', text(40)), typeEvents('亲，很高兴', { start: 0, perChar: 3000 }));
    session = endSession(session, 30_000, 'stopped');
    expect(session).toMatchObject({ endedAt: 30_000, endReason: 'stopped' });
    expect(resultOf(session, 90_000)).toMatchObject({ correct: 5, elapsedMs: 30_000, speed: 10 });
  });
});

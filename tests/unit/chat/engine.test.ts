import { describe, expect, it } from 'vitest';
import { loadToSimplified } from '../../../src/lib/answer/index.ts';
import { customerSays, customerScript, deliver, replyTo, startSession, typingDelay, walk, type ChatSession } from '../../../src/lib/chat/index.ts';
import { copy, genuine, returns } from './fixtures.ts';

const toSimplified = await loadToSimplified();
const T0 = 1_000_000;

/** The last agent message's verdict. */
const lastVerdict = (session: ChatSession) => session.messages.findLast((m) => m.from === 'agent')!.verdict!;

describe('startSession', () => {
  it('solo: the customer opens with the start state lines, stamped now', () => {
    const session = startSession(genuine, T0);
    expect(session).toMatchObject({ scenarioId: 'test-genuine', state: 'genuine', mood: 0, wrongInState: 0, startedAt: T0, mode: 'solo' });
    expect(session.messages).toEqual([
      { from: 'customer', text: '在吗？', at: T0, state: 'genuine' },
      { from: 'customer', text: '这款保温杯是正品吗？', at: T0, state: 'genuine' },
    ]);
    expect(session.ended).toBeUndefined();
  });

  it('paired: no scripted messages; the customer player is prompted with the script', () => {
    const session = startSession(genuine, T0, 'paired');
    expect(session.messages).toEqual([]);
    expect(customerScript(genuine, session)).toEqual(['在吗？', '这款保温杯是正品吗？']);
  });

  it('starts with the persona mood', () => {
    expect(startSession(returns, T0).mood).toBe(-1);
  });
});

describe('replyTo: moving through the scenario', () => {
  it.each<[string, string, string, string, number, string[]]>([
    ['correct', '亲，本店是品牌官方授权店，支持专柜验货哦', 'proof', 'bargain', 1, ['能便宜点吗？']],
    ['partial that moves on', '官方授权，可以验货', 'proof-rude', 'bargain', 0, ['能便宜点吗？']],
    ['partial that stays', '是正品的', 'bare-yes', 'genuine', 0, []],
    ['absolute claim: the guard wins over the scenario group', '绝对正品！', 'guard-forbidden', 'genuine', -1, []],
    ['fallback', '嗯嗯', 'other', 'genuine', 0, []],
  ])('%s', (_, reply, group, state, mood, customerReplies) => {
    const result = replyTo(genuine, startSession(genuine, T0), reply, T0 + 8000);
    expect(lastVerdict(result.session).groupId).toBe(group);
    expect(result.session.state).toBe(state);
    expect(result.session.mood).toBe(mood);
    expect(result.customerReplies).toEqual(customerReplies);
    expect(result.session.messages.at(-1)).toMatchObject({ from: 'agent', text: reply, at: T0 + 8000, state: 'genuine' });
  });

  it('records feedback, points, misconception and the matched phrases of the reply', () => {
    const reply = '亲，本店是品牌官方授权店，支持专柜验货哦';
    const verdict = lastVerdict(replyTo(genuine, startSession(genuine, T0), reply, T0).session);
    expect(verdict).toMatchObject({ correctness: 'correct', points: 2, feedback: '很好：称呼得体，用授权和验货说明正品。' });
    expect(verdict.matches.map((m) => reply.slice(m.start, m.end))).toEqual(['亲', '授权', '验货']);
    const wrong = lastVerdict(replyTo(genuine, walk(genuine, ['官方授权，可以验货']), '少收点吧', 10_000).session);
    expect(wrong).toMatchObject({ groupId: 'discount', misconception: '随意承诺折扣', points: 0 });
  });

  it('does not let a reply change the state it was never asked in: messages keep the state they were judged in', () => {
    const session = walk(genuine, ['亲，本店是品牌官方授权店，支持专柜验货哦']);
    expect(session.messages.map((m) => `${m.from}:${m.state}`)).toEqual(['customer:genuine', 'customer:genuine', 'agent:genuine', 'customer:bargain']);
  });

  it('clamps the mood to −2…2', () => {
    let session = startSession(returns, T0);
    session = replyTo(returns, session, '不能退', T0).session;
    expect(session.mood).toBe(-2);
    const happy = walk(genuine, ['亲，授权店，支持验货', '亲，送您一个杯套哦']);
    expect(happy.mood).toBe(2);
    const capped = { ...startSession(genuine, T0), mood: 2 };
    expect(replyTo(genuine, capped, '亲，授权店，支持验货', T0).session.mood).toBe(2);
  });

  it('judges Traditional replies once the converter is passed', () => {
    const result = replyTo(genuine, startSession(genuine, T0), '親，本店是品牌官方授權店，支持專櫃驗貨', T0, { toSimplified });
    expect(lastVerdict(result.session).groupId).toBe('proof');
  });

  it('judges full-width replies', () => {
    const result = replyTo(returns, startSession(returns, T0), '亲，支持７天无理由退货', T0);
    expect(lastVerdict(result.session).groupId).toBe('full');
  });

  it('ignores blank replies', () => {
    const session = startSession(genuine, T0);
    expect(replyTo(genuine, session, '  \n', T0)).toEqual({ session, customerReplies: [] });
  });
});

describe('replyTo: several short lines make one answer', () => {
  it('a greeting line is judged together with the line that answers', () => {
    const session = walk(genuine, ['亲，在的', '本店是品牌官方授权店，支持专柜验货']);
    expect(session.state).toBe('bargain');
    const verdict = session.messages.filter((m) => m.from === 'agent').map((m) => m.verdict!.groupId);
    expect(verdict).toEqual(['other', 'proof']);
    // The highlight stays inside the line it belongs to.
    const second = session.messages.find((m) => m.text === '本店是品牌官方授权店，支持专柜验货')!;
    expect(second.verdict!.matches.map((m) => second.text.slice(m.start, m.end))).toEqual(['授权', '验货']);
  });

  it('a partial line is completed by the next one', () => {
    const session = walk(genuine, ['是正品的', '亲，我们是官方授权店']);
    expect(lastVerdict(session).groupId).toBe('proof');
  });

  it('a word never runs from one line into the next: 我们是授 / 权店 says no 授权', () => {
    const session = walk(genuine, ['亲，我们是授', '权店']);
    expect(session.messages.filter((m) => m.from === 'agent').map((m) => m.verdict!.groupId)).toEqual(['other', 'other']);
    expect(session.state).toBe(genuine.start);
  });

  it('a misconception line is not carried, so a later good line can still win', () => {
    const session = walk(returns, ['亲，稍等', '支持七天无理由退货']);
    expect(session.ended?.outcome).toBe('解决');
    const guarded = walk(genuine, ['不知道', '授权店，支持验货']);
    // 不知道 was caught by the guard and not carried, so the polite marker is still missing.
    expect(lastVerdict(guarded).groupId).toBe('proof-rude');
  });
});

describe('replyTo: guards come first', () => {
  it.each<[string, string, 'forbidden' | 'off-platform', string]>([
    ['我不知道', 'guard-forbidden', 'forbidden', '不知道'],
    ['亲，加我微信，便宜10块', 'guard-off-platform', 'off-platform', '加我微信'],
    ['亲，授权店，支持验货，加我微信发您授权书', 'guard-off-platform', 'off-platform', '加我微信'],
  ])('%s', (reply, group, kind, term) => {
    const result = replyTo(genuine, startSession(genuine, T0), reply, T0);
    const verdict = lastVerdict(result.session);
    expect(verdict).toMatchObject({ groupId: group, guard: kind, correctness: 'incorrect', points: 0 });
    expect(reply.slice(verdict.matches[0]!.start, verdict.matches[0]!.end)).toBe(term);
    expect(verdict.feedback.length).toBeGreaterThan(10);
    expect(result.session.state).toBe('genuine');
    expect(result.session.mood).toBe(-1);
    expect(result.customerReplies).toEqual([]);
  });

  it('a negated mention is no guard hit and is judged normally', () => {
    const result = replyTo(genuine, startSession(genuine, T0), '亲，我们是官方授权店，不会让您加微信付款', T0);
    expect(lastVerdict(result.session).groupId).toBe('proof');
  });
});

describe('replyTo: hints escalate after two wrong replies', () => {
  const wrong = ['嗯', '在的', '嗯嗯', '哦', '好'];
  it.each<[number, string | undefined]>([
    [1, undefined],
    [2, '顾客担心买到假货，要说明依据。'],
    [3, '提到“品牌官方授权”和“支持专柜验货”，并称呼“亲”。'],
    [4, '可以这样说：亲，本店是品牌官方授权店，支持专柜验货哦。'],
    [5, '可以这样说：亲，本店是品牌官方授权店，支持专柜验货哦。'],
  ])('after %i wrong replies', (count, hint) => {
    let session = startSession(genuine, T0);
    let last: string | undefined;
    for (const reply of wrong.slice(0, count)) ({ session, hint: last } = replyTo(genuine, session, reply, T0));
    expect(session.wrongInState).toBe(count);
    expect(last).toBe(hint);
    if (hint) expect(session.messages.at(-1)).toEqual({ from: 'system', text: `提示：${hint}`, at: T0, state: 'genuine' });
  });

  it('guard hits and partial replies that stay count as wrong; a move resets the count', () => {
    let session = startSession(genuine, T0);
    session = replyTo(genuine, session, '我不知道', T0).session;
    const second = replyTo(genuine, session, '是正品的', T0);
    expect(second.hint).toBe('顾客担心买到假货，要说明依据。');
    const moved = replyTo(genuine, second.session, '亲，授权店', T0).session;
    expect(moved.wrongInState).toBe(0);
    expect(replyTo(genuine, moved, '嗯', T0).hint).toBeUndefined();
  });
});

describe('replyTo: end states', () => {
  it.each<[string, string[], string, string[]]>([
    ['成交', ['亲，授权店，支持验货', '亲，送您一个杯套哦'], 'deal', ['好的，那我拍了！']],
    ['流失', ['亲，授权店，支持验货', '不能便宜的'], 'lost', ['那算了，我再看看别家。']],
  ])('%s', (outcome, replies, state, closing) => {
    let session = startSession(genuine, T0);
    let customerReplies: string[] = [];
    replies.forEach((reply, i) => ({ session, customerReplies } = replyTo(genuine, session, reply, T0 + 1000 * (i + 1))));
    expect(session.state).toBe(state);
    expect(session.ended).toEqual({ outcome, at: T0 + 2000 });
    expect(customerReplies).toEqual(closing);
  });

  it('an end state without closing lines still ends', () => {
    const result = replyTo(returns, startSession(returns, T0), '亲，支持七天无理由退货', T0 + 5);
    expect(result.session.ended).toEqual({ outcome: '解决', at: T0 + 5 });
    expect(result.customerReplies).toEqual([]);
  });

  it('replies after the end change nothing', () => {
    const ended = walk(returns, ['不能退']);
    expect(ended.ended?.outcome).toBe('投诉');
    expect(replyTo(returns, ended, '亲，支持七天无理由退货', T0)).toEqual({ session: ended, customerReplies: [] });
  });

  it('a next state the scenario lost keeps the session where it is', () => {
    const broken = copy(returns);
    const talk = broken.states['ask'];
    if (talk && !('end' in talk)) talk.judge.groups[1]!.next = 'gone';
    const result = replyTo(broken, startSession(broken, T0), '亲，支持七天无理由退货', T0);
    expect(result.session.state).toBe('ask');
    expect(result.session.ended).toBeUndefined();
  });
});

describe('deliver and paired mode', () => {
  it('deliver appends the customer lines at the time they appear', () => {
    const { session, customerReplies } = replyTo(genuine, startSession(genuine, T0), '亲，我们是授权店', T0 + 4000);
    const shown = deliver(session, customerReplies, T0 + 4000 + typingDelay(customerReplies[0]!));
    expect(shown.messages.at(-1)).toEqual({ from: 'customer', text: '能便宜点吗？', at: T0 + 4000 + 1320, state: 'bargain' });
    expect(deliver(shown, [], T0)).toBe(shown);
    expect(deliver(shown, ['晚到的一句'], T0, 'genuine').messages.at(-1)?.state).toBe('genuine');
  });

  it('paired: the classmate types as the customer and the agent is still judged', () => {
    let session = startSession(genuine, T0, 'paired');
    session = customerSays(session, '老板，这个保温杯是正品不？', T0 + 1000);
    expect(customerSays(session, '   ', T0)).toBe(session);
    const result = replyTo(genuine, session, '亲，我们是品牌授权店，支持验货', T0 + 6000);
    expect(lastVerdict(result.session).groupId).toBe('proof');
    expect(result.session.mode).toBe('paired');
    // The scripted lines come back as the customer player's prompt, not as messages.
    expect(result.customerReplies).toEqual(['能便宜点吗？']);
    expect(customerScript(genuine, result.session)).toEqual(['能便宜点吗？']);
    expect(result.session.messages.filter((m) => m.from === 'customer').map((m) => m.text)).toEqual(['老板，这个保温杯是正品不？']);
  });
});

describe('typingDelay', () => {
  it.each<[string, number]>([
    ['', 600],
    ['好', 720],
    ['在吗？', 960],
    ['能便宜点吗？', 1320],
    ['这款保温杯是正品吗？我想买两个送人', 2640],
    ['二十个字二十个字二十个字二十个字二十个字', 3000],
    ['很长的一段话'.repeat(20), 3000],
    ['👍', 720],
  ])('%s → %i ms', (text, ms) => {
    expect(typingDelay(text)).toBe(ms);
  });

  it('stays between 0.6 s and 3 s and never shrinks as the text grows', () => {
    let previous = 0;
    for (let n = 0; n < 40; n++) {
      const delay = typingDelay('字'.repeat(n));
      expect(delay).toBeGreaterThanOrEqual(Math.max(600, previous));
      expect(delay).toBeLessThanOrEqual(3000);
      previous = delay;
    }
  });
});

describe('a reply far longer than any real one', () => {
  // 32 KB pasted into the reply box: the engine judges the first MAX_REPLY_LENGTH characters and says so.
  const flood = 'vx'.repeat(16_000);

  it('is judged on its first 500 characters, and the feedback says so', () => {
    const verdict = lastVerdict(replyTo(genuine, startSession(genuine, T0), flood, T0).session);
    expect(verdict.guard).toBe('off-platform');
    expect(verdict.feedback).toContain('只评判了前 500 字');
    expect(Math.max(...verdict.matches.map((m) => m.end))).toBeLessThanOrEqual(500);
  });

  it('keeps what was typed in the transcript', () => {
    const { session } = replyTo(genuine, startSession(genuine, T0), flood, T0);
    expect(session.messages.findLast((m) => m.from === 'agent')!.text).toBe(flood);
  });

  it('says nothing about a limit for a reply within it', () => {
    const verdict = lastVerdict(replyTo(genuine, startSession(genuine, T0), '亲，加我微信', T0).session);
    expect(verdict.feedback).not.toContain('只评判了');
  });
});

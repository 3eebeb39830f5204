import { describe, expect, it } from 'vitest';
import { loadToSimplified } from '../../../src/lib/answer/index.ts';
import {
  formatSeconds,
  isPolite,
  metrics,
  outcomeLabel,
  report,
  reportText,
  rubric,
  RUBRIC_MAX,
  startSession,
  timeTargets,
  waitingSince,
  walk,
  type ChatMessage,
  type ChatSession,
  type RubricLine,
} from '../../../src/lib/chat/index.ts';
import { genuine, returns } from './fixtures.ts';

const toSimplified = await loadToSimplified();

const c = (s: number, text = '在吗'): ChatMessage => ({ from: 'customer', text, at: s * 1000, state: 'genuine' });
const a = (s: number, text = '亲，在的'): ChatMessage => ({ from: 'agent', text, at: s * 1000, state: 'genuine' });
const sys = (s: number): ChatMessage => ({ from: 'system', text: '提示：说明依据', at: s * 1000, state: 'genuine' });
const session = (messages: ChatMessage[]): ChatSession => ({ ...startSession(genuine, 0), messages });

describe('metrics', () => {
  it.each<[string, ChatMessage[], number | undefined, number | undefined, number | undefined, number, number]>([
    ['lesson example: burst, two replies, one more question', [c(0), c(0), a(12), a(20), c(25), a(35)], 12_000, 11_000, 1, 3, 3],
    ['timed from the latest line of a burst', [c(0), c(3), a(10)], 10_000, 7_000, 0.5, 1, 2],
    ['no reply yet', [c(0), c(2)], undefined, undefined, 0, 0, 2],
    ['agent greets before the customer speaks', [a(0), c(5), a(9)], 4_000, 4_000, 2, 2, 1],
    ['nothing from the customer', [a(0)], undefined, undefined, undefined, 1, 0],
    ['hints are neither side', [c(0), a(5), sys(5), a(8), c(10), a(16)], 5_000, 5_500, 1.5, 3, 2],
  ])('%s', (_, messages, first, average, ratio, agentMessages, customerMessages) => {
    const m = metrics(session(messages));
    expect(m.firstResponseMs).toBe(first);
    expect(m.averageResponseMs).toBe(average);
    expect(m.questionAnswerRatio).toBe(ratio);
    expect(m.agentMessages).toBe(agentMessages);
    expect(m.customerMessages).toBe(customerMessages);
  });

  it('walk answers every customer message after 5 s', () => {
    const m = metrics(walk(genuine, ['亲，授权店，支持验货', '亲，送您一个杯套哦']));
    expect(m).toEqual({ firstResponseMs: 5000, averageResponseMs: 5000, questionAnswerRatio: 2 / 4, agentMessages: 2, customerMessages: 4, responseTimesMs: [5000, 5000] });
  });

  it.each<[ChatMessage[], number | undefined]>([
    [[c(0), c(3)], 3000],
    [[c(0), a(4)], undefined],
    [[c(0), a(4), sys(4)], undefined],
    [[], undefined],
  ])('waitingSince %#', (messages, since) => {
    expect(waitingSince(session(messages))).toBe(since);
  });

  it.each<[number, string]>([[12_200, '12.2'], [15_000, '15'], [4_960, '5'], [0, '0']])('formatSeconds(%i) = %s', (ms, text) => {
    expect(formatSeconds(ms)).toBe(text);
  });
});

const points = (lines: RubricLine[]) => Object.fromEntries(lines.map((line) => [line.id, line.points]));

describe('rubric', () => {
  // Split into short lines as lesson 9.1 advises: a greeting first, then the answer, thanks at the end.
  const model = ['您好，欢迎光临！', '亲，本店是品牌官方授权店，支持专柜验货，请放心', '亲，理解您想省一点～', '价格不能改了，不过现在下单送您一个杯套，感谢您的支持！'];

  it('has the seven lines of the 量化考核表, worth 100 in all', () => {
    const lines = rubric(genuine, startSession(genuine, 0));
    expect(lines.map((line) => line.label)).toEqual(['服务礼仪', '问答比', '回应全部问题', '专业知识', '禁用语', '促成交易', '时效']);
    expect(lines.reduce((sum, line) => sum + line.max, 0)).toBe(100);
    expect(Object.values(RUBRIC_MAX).reduce((x, y) => x + y, 0)).toBe(100);
  });

  it('a model conversation scores 100', () => {
    const s = walk(genuine, model);
    expect(points(rubric(genuine, s))).toEqual({ polite: 10, ratio: 5, answered: 20, knowledge: 20, forbidden: 15, outcome: 15, timeliness: 15 });
  });

  it('worked example: rude, a 禁用语, a partial answer and a lost sale score 40', () => {
    // 我不知道 (guard) → 官方授权，可以验货 (partial, 1 of 2, moves on) → 不能便宜的 (incorrect, 流失)
    const s = walk(genuine, ['我不知道', '官方授权，可以验货', '不能便宜的']);
    const lines = rubric(genuine, s);
    expect(points(lines)).toEqual({ polite: 0, ratio: 0, answered: 10, knowledge: 5, forbidden: 10, outcome: 0, timeliness: 15 });
    expect(lines.find((l) => l.id === 'polite')?.note).toBe(
      '整段对话评一次：问候 0 分（第一条回复没有“您好”“欢迎”等问候语），语气 0 分（用了禁用语），结束语 0 分（最后一条回复没有感谢、祝福或“有问题随时找我”）',
    );
    expect(lines.find((l) => l.id === 'ratio')?.note).toContain('问答比 0.50（客服有效回复 2 条 ÷ 顾客消息 4 条；1 条不计：被判禁用语、打包票或站外交易的，重复的，只有“亲”“哦”的）');
    expect(lines.find((l) => l.id === 'answered')?.note).toBe('2 个问题中 1 个得到有效回应；未有效回应：回应议价');
    expect(lines.find((l) => l.id === 'knowledge')?.note).toBe('按每个问题最好的一次回复计，得 1 / 4 分');
    expect(lines.find((l) => l.id === 'forbidden')?.note).toContain('“不知道”');
    expect(lines.find((l) => l.id === 'outcome')?.note).toBe('结果：流失');
    expect(report(genuine, s).total).toBe(40);
  });

  it.each<[string, string[], number]>([
    ['one 禁用语: −5', ['我不知道'], 10],
    ['two 禁用语: −10', ['我不知道', '这不可能'], 5],
    ['one over-promise: −5', ['亲，我保证明天送到'], 10],
    ['one off-platform attempt: −10', ['加我微信吧'], 5],
    ['off-platform and 禁用语: floor 0', ['加我微信吧', '我不知道'], 0],
    ['a negated mention costs nothing', ['我们不会让您加微信付款'], 15],
    ['an honest hedge costs nothing', ['不能保证明天送到，一般 2～4 天'], 15],
  ])('禁用语 line: %s', (_, replies, expected) => {
    expect(points(rubric(genuine, walk(genuine, replies))).forbidden).toBe(expected);
  });

  it.each<[string, string[], number]>([
    ['greeting, tone and close', model, 10],
    ['greeting only', ['您好', '授权店，支持验货'], 4],
    ['Traditional greeting and courtesy count', ['您好，歡迎！', '請稍等，授權店，支持驗貨'], 7],
    ['亲 is an address, not a greeting, and sets no tone', ['亲', '亲，授权店，支持验货', '亲，送您一个杯套哦'], 0],
    ['a 禁用语 spoils the tone', ['您好', '我不知道，请稍等'], 4],
    ['no replies', [], 0],
  ])('服务礼仪 line, judged once per conversation: %s', (_, replies, expected) => {
    expect(points(rubric(genuine, walk(genuine, replies), { toSimplified })).polite).toBe(expected);
  });

  it.each<[string, ChatMessage[], number]>([
    ['1 reply per customer message', [c(0), a(5, '亲，在的'), c(6), a(9, '授权店，支持验货')], 5],
    ['above 1 earns no more', [c(0), a(5), a(6), a(7), a(8)], 5],
    ['0.8 … 1 is 偏向被动', [c(0), c(1), c(2), c(3), c(4), a(5, '亲，在的'), a(6, '授权店'), a(7, '支持验货'), a(8, '请放心')], 3],
    ['a line repeated does not count twice', [c(0), c(1), a(5, '亲，在的'), a(6, '亲，在的')], 0],
    ['问一句答一句 with two lines a turn', [c(0), c(1), a(5)], 0],
  ])('问答比 line: %s', (_, messages, expected) => {
    expect(points(rubric(genuine, session(messages))).ratio).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['请稍等', true],
    ['ＯＫ，您稍等', true],
    ['謝謝', true],
    ['亲，在的', false],
    ['可以申请退货', false],
    ['好的', false],
  ])('isPolite(%s) = %s', (text, polite) => {
    expect(isPolite(text, { toSimplified })).toBe(polite);
  });

  it('a question left waiting counts as unanswered and the outcome as unfinished', () => {
    const lines = rubric(genuine, walk(genuine, ['亲，授权店，支持验货']));
    expect(points(lines)).toMatchObject({ answered: 10, knowledge: 10, outcome: 0 });
    expect(lines.find((l) => l.id === 'outcome')?.note).toBe('对话未结束');
  });

  // The first state's model reply has 31 characters once punctuation is dropped.
  const modelChars = [...'亲在的本店是品牌官方授权店所售商品都支持专柜验货请放心购买'].length;
  it.each<[string, number | undefined, number, number]>([
    ['at 40 字/分 without a typing result: on target', undefined, 10 + (modelChars * 60) / 40, 15],
    ['at 40 字/分: just over target', undefined, 10.1 + (modelChars * 60) / 40, 8],
    ['at 40 字/分: over twice the target', undefined, 2 * (10 + (modelChars * 60) / 40) + 0.1, 0],
    ['a fast typist (120 字/分) has a tighter target', 120, 10 + (modelChars * 60) / 120 + 0.1, 8],
    ['a fast typist on target', 120, 10 + (modelChars * 60) / 120, 15],
  ])('时效 line: %s', (_, typingSpeed, seconds, expected) => {
    const s = session([c(0), { ...a(0), at: Math.round(seconds * 1000) }]);
    const line = rubric(genuine, s, {}, typingSpeed === undefined ? {} : { typingSpeed }).find((l) => l.id === 'timeliness')!;
    expect(line.points).toBe(expected);
    expect(line.note).toContain(typingSpeed === undefined ? '你还没有打字练习成绩，按 40 字/分' : `按你打字练习的最好成绩 ${typingSpeed} 字/分`);
  });

  it('时效 targets follow the model replies of the questions reached', () => {
    const targets = timeTargets(genuine, walk(genuine, model), { typingSpeed: 60 });
    const bargain = [...'亲这已经是活动价了实在不能再改了不过现在下单送您一个杯套哦'].length;
    expect(targets.firstResponseMs).toBe((10 + modelChars) * 1000);
    expect(targets.averageResponseMs).toBe(Math.round(((10 + modelChars + 10 + bargain) / 2) * 1000));
  });

  it('时效 with no reply is 0', () => {
    expect(rubric(genuine, startSession(genuine, 0)).find((l) => l.id === 'timeliness')).toMatchObject({ points: 0, note: '没有回复顾客，无法计时' });
  });

  it('a teacher override counts instead of the program verdict, and both are kept', () => {
    const s = walk(genuine, ['是正品的']);
    const before = points(rubric(genuine, s)).knowledge;
    const message = s.messages.find((m) => m.from === 'agent')!;
    const overridden: ChatSession = { ...s, messages: s.messages.map((m) => (m === message ? { ...m, verdict: { ...m.verdict!, override: { points: 2, reason: '依据说得清楚', at: 1 } } } : m)) };
    const lines = rubric(genuine, overridden);
    expect(before).toBe(10);
    expect(points(lines).knowledge).toBe(20);
    expect(lines.find((l) => l.id === 'knowledge')?.note).toContain('1 条回复由教师改判');
    expect(overridden.messages.find((m) => m.from === 'agent')!.verdict!.points).toBe(1);
  });

  it.each<[string, string[], string, number]>([
    ['解决', ['亲，支持七天无理由退货'], '结果：解决', 15],
    ['投诉', ['不能退'], '结果：投诉', 0],
  ])('after-sales scenario uses 解决问题: %s', (_, replies, note, expected) => {
    const line = rubric(returns, walk(returns, replies)).find((l) => l.id === 'outcome')!;
    expect(line).toMatchObject({ label: '解决问题', note, points: expected });
  });

  it('outcome label: 促成交易 for pre-sale, 解决问题 for after-sales', () => {
    expect(outcomeLabel(genuine)).toBe('促成交易');
    expect(outcomeLabel(returns)).toBe('解决问题');
    expect(outcomeLabel({ ...genuine, kind: 'scam' })).toBe('解决问题');
  });
});

describe('report', () => {
  it('gives each turn the customer lines, the replies with highlights and the model reply', () => {
    const s = walk(genuine, ['亲，在的', '嗯', '本店是品牌官方授权店，支持专柜验货', '亲，送您一个杯套哦']);
    const r = report(genuine, s);
    expect(r.outcome).toBe('成交');
    expect(r.total).toBe(rubricTotal(r.rubric));
    expect(r.turns.map((t) => [t.topic, t.customer.length, t.agent.length, t.model !== ''])).toEqual([
      ['回应“是不是正品”', 2, 3, true],
      ['回应议价', 1, 1, true],
      ['对话结束：成交', 1, 0, false],
    ]);
    expect(r.turns[0]!.hints).toEqual(['顾客担心买到假货，要说明依据。']);
    expect(r.turns[0]!.model).toBe('亲，在的！本店是品牌官方授权店，所售商品都支持专柜验货，请放心购买。');
    expect(r.turns[2]!.summary).toBe('守住价格并送出赠品，顾客下单。');
    const reply = r.turns[1]!.agent[0]!;
    expect(reply.verdict!.matches.map((m) => reply.text.slice(m.start, m.end))).toEqual(['亲', '送您', '您', '杯套']);
  });

  it('closes with the summary even when the end state has no closing line', () => {
    const r = report(returns, walk(returns, ['亲，支持七天无理由退货']));
    expect(r.turns.at(-1)).toMatchObject({ topic: '对话结束：解决', summary: '说明了七天无理由退货，顾客满意。', messages: [] });
  });

  it('an unfinished session has no outcome and no closing turn', () => {
    const r = report(genuine, walk(genuine, ['亲，我们是授权店']));
    expect(r.outcome).toBeUndefined();
    expect(r.turns.map((t) => t.state)).toEqual(['genuine', 'bargain']);
  });

  it('exports as plain text with the scores, the KPIs and the transcript', () => {
    const s = walk(genuine, ['我不知道', '官方授权，可以验货', '不能便宜的']);
    const text = reportText(genuine, report(genuine, s), { name: '张三', className: '电商2301' });
    for (const line of [
      '模拟实战报告：保温杯是正品吗',
      '姓名：张三　班级：电商2301',
      '结果：流失　总分：40 / 100',
      '禁用语　10 / 15',
      '首次响应时间：5 秒',
      '问答比：0.75（客服 3 条 ÷ 顾客 4 条）',
      '顾客：能便宜点吗？',
      '参考回复：亲，这已经是活动价了，实在不能再改了，不过现在下单送您一个杯套哦！',
      '说明：生硬拒绝议价，顾客离开。',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toMatch(/客服：我不知道　〔错误，0 分：“不知道”是客服禁用语[^〕\n]*；判定依据：禁用语检查〕\n/);
    expect(text).toContain('客服：官方授权，可以验货　〔部分正确，1 分：依据说对了，记得称呼顾客“亲”或“您”；判定依据：要点关键词规则〕');
  });

  it('exports a teacher override beside the program verdict, and the total it gives', () => {
    const s = walk(genuine, ['是正品的']);
    const overridden: ChatSession = { ...s, messages: s.messages.map((m) => (m.from === 'agent' ? { ...m, verdict: { ...m.verdict!, override: { points: 2, reason: '依据说清楚了', at: 1 } } } : m)) };
    const text = reportText(genuine, report(genuine, overridden));
    expect(text).toContain('客服：是正品的　〔程序判定：部分正确，1 分：光说“是正品”没有说服力，请说明依据：官方授权、支持验货；判定依据：要点关键词规则〕〔教师改判：2 分；理由：依据说清楚了〕');
    expect(text).toContain(`总分：${report(genuine, overridden).total} / 100`);
  });

  it('exports a verdict saved before the detector was recorded as it was', () => {
    const s = walk(genuine, ['是正品的']);
    const old: ChatSession = { ...s, messages: s.messages.map((m) => (m.verdict ? { ...m, verdict: { ...m.verdict, decidedBy: undefined } } : m)) };
    expect(reportText(genuine, report(genuine, old))).toContain('客服：是正品的　〔部分正确，1 分：光说“是正品”没有说服力，请说明依据：官方授权、支持验货。〕');
  });
});

function rubricTotal(lines: RubricLine[]): number {
  return lines.reduce((sum, line) => sum + line.points, 0);
}

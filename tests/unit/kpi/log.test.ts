import { describe, expect, it } from 'vitest';
import { analyseLog, isAgentName, kpisFromLog, splitSpeaker } from '../../../src/lib/kpi/index.ts';

const seconds = (groups: { count: number; seconds: number }[]) => groups.map((g) => g.seconds);

describe('speaker rule', () => {
  it.each([
    ['客服小悦', '', true],
    ['暖居优品:小悦', '', true],
    ['顾客小王', '', false],
    ['小悦', '', false],
    ['小悦', '小悦、浩哥', true],
    ['客服小悦', '浩哥', false],
  ])('%s with agent list “%s” → agent %s', (name, agentNames, agent) => {
    expect(isAgentName(name, { agentNames })).toBe(agent);
  });

  it.each([
    ['顾客小王：在吗', { name: '顾客小王', text: '在吗' }],
    ['顾客小王: 在吗', { name: '顾客小王', text: '在吗' }],
    ['暖居优品:小悦：亲，在的', { name: '暖居优品:小悦', text: '亲，在的' }],
    ['在吗', undefined],
  ])('splits “%s”', (rest, expected) => {
    expect(splitSpeaker(rest)).toEqual(expected);
  });
});

describe('workbench logs', () => {
  it.each([
    {
      name: 'issue example, full datetime then time only',
      log: '2026-03-05 10:02:11 顾客小王：在吗\n10:02:15 客服小悦：亲，在的～\n10:02:30 顾客小王：有现货吗\n10:02:50 客服小悦：有的',
      first: [4], replies: [4, 20], customer: 2, agent: 2,
    },
    {
      name: 'midnight wrap between time-only lines',
      log: '23:59:50 顾客小李：还能发货吗\n00:00:05 客服小悦：亲，明天一早发出',
      first: [15], replies: [15], customer: 1, agent: 1,
    },
    {
      name: 'midnight wrap after a dated line',
      log: '2026-03-05 23:59:58 顾客小李：在吗\n00:00:03 客服小悦：在的',
      first: [5], replies: [5], customer: 1, agent: 1,
    },
    {
      name: 'unsorted lines are put in time order',
      log: '10:00:20 客服小悦：亲，在的\n10:00:00 顾客小王：在吗',
      first: [20], replies: [20], customer: 1, agent: 1,
    },
    {
      name: 'two customers, replies belong to the one who spoke last',
      log: '10:00:00 顾客小王：在吗\n10:00:10 客服小悦：在的\n10:01:00 顾客小李：发什么快递\n10:01:30 客服小悦：中通',
      first: [10, 30], replies: [10, 30], customer: 2, agent: 2,
    },
    {
      name: 'burst of customer lines timed from the latest (as the mock chat does)',
      log: '10:00:00 顾客小王：在吗\n10:00:05 顾客小王：这个壶有货吗\n10:00:11 客服小悦：有的\n10:00:12 客服小悦：今天下单今天发',
      first: [11], replies: [6], customer: 2, agent: 2,
    },
    {
      name: 'HH:MM without seconds and a continuation line',
      log: '10:00 顾客小王：在吗\n还有别的颜色吗\n10:01 客服小悦：有白色和灰色',
      first: [60], replies: [60], customer: 1, agent: 1,
    },
  ])('$name', ({ log, first, replies, customer, agent }) => {
    const result = analyseLog(log);
    expect(result.problems).toEqual([]);
    expect(seconds(result.firstWaits)).toEqual(first);
    expect(seconds(result.replyTimes)).toEqual(replies);
    expect([result.customerMessages, result.agentMessages]).toEqual([customer, agent]);
  });

  it.each([
    ['10:00:00 在吗', '第 1 行：找不到发言人'],
    ['你好\n10:00:00 顾客小王：在吗', '第 1 行：开头没有时间'],
    ['10:00:00 顾客小王：在吗\n25:10:00 客服小悦：在', '第 2 行：时间“25:10:00”不正确'],
    ['2026-02-30 10:00:00 顾客小王：在吗', '第 1 行：日期“2026-02-30”不正确'],
    ['10:00:00 顾客小王：在吗\n10:00:01 系统：顾客已下单', '第 2 行：系统消息'],
    ['10:00:00 客服小悦：欢迎光临\n10:00:05 顾客小王：在吗', '第 1 行：客服在顾客发消息之前'],
  ])('names the bad line in %j', (log, problem) => {
    expect(analyseLog(log).problems.join(' ')).toContain(problem);
  });

  it('with an agent list, names outside it are customers and an unanswered customer is left out of 首次响应', () => {
    const result = analyseLog('10:00:00 小王：在吗\n10:00:08 小悦：在的\n10:05:00 小李：在吗', { agentNames: '小悦' });
    expect(result.customers).toEqual(['小王', '小李']);
    expect(result.unanswered).toEqual(['小李']);
    expect(seconds(result.firstWaits)).toEqual([8]);
  });

  it('reports the 问答比 and times through the shared formulas', () => {
    const kpis = kpisFromLog(analyseLog('10:00:00 顾客小王：在吗\n10:00:04 客服小悦：在的\n10:00:30 顾客小王：包邮吗\n10:00:50 客服小悦：包邮'));
    expect(kpis.map((k) => (k.status === 'ok' ? k.result.worked : k.status))).toEqual(['2 ÷ 2 = 1.00', '（4）÷ 1 = 4 秒', '（4 + 20）÷ 2 = 24 ÷ 2 = 12 秒']);
  });

  it('explains when no customer is recognised', () => {
    const kpis = kpisFromLog(analyseLog('10:00:00 客服小悦：在吗'));
    expect(kpis.every((k) => k.status === 'error' && k.problems[0]!.includes('没有识别出顾客'))).toBe(true);
  });
});

describe('mock-chat JSON export', () => {
  const messages = [
    { from: 'customer', text: '在吗', at: 0, state: 'a' },
    { from: 'customer', text: '有货吗', at: 0, state: 'a' },
    { from: 'agent', text: '亲，有的', at: 12_000, state: 'a' },
    { from: 'system', text: '提示：…', at: 13_000, state: 'a' },
    { from: 'agent', text: '今天发', at: 20_000, state: 'a' },
    { from: 'customer', text: '好的', at: 25_000, state: 'b' },
    { from: 'agent', text: '谢谢亲', at: 35_000, state: 'b' },
  ];
  it.each([
    ['report with turns', { format: 'kefu-chat-report', version: 1, turns: [{ messages: messages.slice(0, 5) }, { messages: messages.slice(5) }] }],
    ['session with messages', { scenarioId: 'x', messages }],
  ])('%s → same numbers as the mock chat report (12 s, 11 s, 1.00)', (_name, json) => {
    const result = analyseLog(JSON.stringify(json));
    expect(result.source).toBe('json');
    expect(kpisFromLog(result).map((k) => (k.status === 'ok' ? k.result.display : k.status))).toEqual(['1.00', '12 秒', '11 秒']);
  });

  it.each([
    ['{"foo": 1}', '不是本站模拟聊天导出的文件'],
    ['{"messages": [{"from": "customer", "text": "在吗"}]}', '第 1 条消息缺少 from、at 或 text'],
  ])('explains a bad export %s', (json, problem) => {
    expect(analyseLog(json).problems.join(' ')).toContain(problem);
  });
});

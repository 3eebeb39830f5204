import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { report, walk } from '../../../src/lib/chat/index.ts';
import { scenarioById } from '../../../src/data/scenarios/index.ts';

/**
 * Lesson 9.1's worked example ("一次接待的评分实例") is what the chat judge computes: the replies listed
 * in the lesson, played in the final-assessment scenario 5 s apart, give the table the lesson prints.
 */
const lesson = readFileSync('src/content/lessons/9-1.mdx', 'utf8');
const section = lesson.slice(lesson.indexOf('#### 3. 一次接待的评分实例'), lesson.indexOf('#### 4.'));
const replies = [...section.matchAll(/^\d+\. (.+)$/gm)].map((m) => m[1]!);
const table = Object.fromEntries([...section.matchAll(/^\| ([^|]+?) \| (\d+) \/ (\d+) \|/gm)].map((m) => [m[1]!, Number(m[2])]));

describe('lesson 9.1 worked example', () => {
  const scenario = scenarioById('final-assessment')!;
  const r = report(scenario, walk(scenario, replies));

  it('lists nine replies and a score for every rubric line', () => {
    expect(replies).toHaveLength(9);
    expect(Object.keys(table)).toEqual([...r.rubric.map((line) => line.label), '合计']);
  });

  it('scores as the lesson says, line by line and in total', () => {
    expect(Object.fromEntries(r.rubric.map((line) => [line.label, line.points]))).toEqual(Object.fromEntries(Object.entries(table).filter(([k]) => k !== '合计')));
    expect(r.total).toBe(table['合计']);
    expect(r.outcome).toBe('成交');
  });

  it('catches the over-promise in reply 7 and nothing else', () => {
    const agent = walk(scenario, replies).messages.filter((m) => m.from === 'agent');
    expect(agent.map((m) => m.verdict?.guard ?? '')).toEqual(['', '', '', '', '', '', 'over-promise', '', '']);
  });
});

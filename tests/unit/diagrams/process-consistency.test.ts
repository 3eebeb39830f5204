import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processes, processItems, type ProcessId } from '../../../src/data/diagrams/index.ts';
import { banks } from '../../../src/data/questions/index.ts';
import { phrases, quickPhraseMaxChars } from '../../../src/data/phrases.ts';
import {
  checkProcessConsistency,
  checkQuickPhraseLimit,
  ordinalMnemonics,
  type ProcessFacts,
  type TextFile,
} from '../../../src/lib/diagrams/consistency.ts';

const facts: ProcessFacts[] = processes.map((p) => ({
  id: p.id,
  title: p.title,
  aliases: p.aliases,
  steps: p.steps,
  mnemonic: p.mnemonic?.words,
  items: processItems(p.id as ProcessId),
}));

const lessonDir = 'src/content/lessons';
const lessons: TextFile[] = readdirSync(lessonDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ file: `${lessonDir}/${f}`, text: readFileSync(path.join(lessonDir, f), 'utf8') }));

const dataSources = (dir: string): TextFile[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return dataSources(full);
    return e.name.endsWith('.ts') ? [{ file: full, text: readFileSync(full, 'utf8') }] : [];
  });

const ordering = banks.flatMap((b) =>
  b.questions.flatMap((q) => (q.type === 'ordering' ? [{ id: q.id, file: `module ${b.module}`, prompt: q.prompt, items: q.items }] : [])),
);

describe('one process, one version', () => {
  it('lessons (text and 教案 front matter) and ordering questions agree with src/data/diagrams/', () => {
    expect(checkProcessConsistency(facts, lessons, ordering)).toEqual([]);
  });

  it('every ordering question that asks for a process is generated from it', () => {
    const asked = ordering.filter((q) => facts.some((p) => [p.title, ...p.aliases].some((n) => q.prompt.includes(n))));
    expect(asked.map((q) => q.id).sort()).toEqual([
      'm1.q.qianniu-steps',
      'm2.q.emergency-steps',
      'm2.q.reception-steps',
      'm3.q.inbound-steps',
      'm3.q.template-steps',
      'm4.q.appeal-steps',
      'm4.q.objection-steps',
      'm4.q.promo-intro-order',
      'm4.q.reception-order',
      'm5.q.flow-order',
      'm6.q.exception-steps',
      'm6.q.freight-steps',
      'm6.q.packing-steps',
      'm7.q.order-after-sales-flow',
      'm8.q.profile-steps',
      'm8.q.wechat-steps',
    ]);
  });

  it('quick phrases have one length limit everywhere, and the phrase bank keeps it', () => {
    expect(checkQuickPhraseLimit(quickPhraseMaxChars, [...lessons, ...dataSources('src/data')])).toEqual([]);
    expect(phrases.filter((p) => p.text.length > quickPhraseMaxChars).map((p) => p.id)).toEqual([]);
  });
});

describe('the check catches the contradictions the lessons once had (docs/diagrams.md, versions chosen)', () => {
  const old: TextFile[] = [{ file: 'old-lessons.mdx', text: readFileSync('tests/fixtures/diagrams/old-lessons.mdx', 'utf8') }];
  const oldOrdering = JSON.parse(readFileSync('tests/fixtures/diagrams/old-ordering.json', 'utf8')) as (typeof ordering)[number][];
  const findings = checkProcessConsistency(facts, old, oldOrdering);
  const messages = findings.map((f) => f.message);

  it.each([
    ['1.2 的八步接待', '“售前接待流程”写成了 上线准备 → 发现新消息'],
    ['2.2 的七步表格', '“售前接待流程”写成了 及时问候 → 先看再问'],
    ['3.2 教案里的七字口诀', '“呼入业务流程”的口诀写成了 接、听、核、办、结、记、跟（7 步）'],
    ['1.2 的排序题', '排序题 m1.q.qianniu-steps 问的是“售前接待流程”'],
    ['2.2 的排序题', '排序题 m2.q.reception-steps 问的是“售前接待流程”'],
  ])('%s', (_, expected) => {
    expect(messages.some((m) => m.startsWith(expected))).toBe(true);
  });

  it('the 60-字 limit of 2.1 against the 50 of 4.1', () => {
    expect(checkQuickPhraseLimit(50, old)).toEqual([
      { file: 'old-lessons.mdx', line: expect.any(Number), message: expect.stringContaining('写成了 60 字') },
    ]);
  });

  it('a step count that disagrees with the data', () => {
    const text = '  - 掌握呼入业务的工作流程的七个步骤。';
    expect(checkProcessConsistency(facts, [{ file: 'x.mdx', text }], []).map((f) => f.message)).toEqual([
      '“呼入业务流程”在这里说是 七 步；数据里有 8 步',
    ]);
  });
});

describe('ordinalMnemonics', () => {
  it.each([
    ['一备、二接、三听、四核', ['备', '接', '听', '核']],
    ['用“一接二听三核四办五结六记七跟”回顾', ['接', '听', '核', '办', '结', '记', '跟']],
    ['一计划、二准备、三开场', ['计划', '准备', '开场']],
    ['每一步都要一次问一两个', []],
  ])('%s', (line, words) => {
    expect(ordinalMnemonics(line)).toEqual(words.length ? [words] : []);
  });
});

import { describe, expect, it } from 'vitest';
import { scenarioSchema, type Scenario, type ScenarioInput, type TalkState } from '../../src/schemas/scenario.ts';
import { evaluate } from '../../src/lib/answer/index.ts';
import { formatProblems, issuesToProblems } from '../../src/lib/content-error.ts';
import { curriculumData } from '../../src/data/curriculum.ts';
import { phraseCategories, phrases } from '../../src/data/phrases.ts';
import { guard } from '../../src/lib/chat/guards.ts';
import { checkScenario, walk } from '../../src/lib/chat/scenario-check.ts';

// Every scenario file, read directly so one broken file fails its own tests instead of the import.
const modules = import.meta.glob<{ scenario?: ScenarioInput }>(['../../src/data/scenarios/*.ts', '!../../src/data/scenarios/index.ts'], {
  eager: true,
});
const inputs = Object.entries(modules)
  .filter(([, mod]) => mod.scenario)
  .map(([path, mod]) => ({ file: path.replace('../../', ''), data: mod.scenario! }));

const parsed = inputs.map(({ file, data }) => {
  const result = scenarioSchema.safeParse(data);
  return { file, data, result, scenario: result.success ? result.data : undefined };
});
const valid = parsed.flatMap((p) => (p.scenario ? [p.scenario] : []));

const talkStates = (s: Scenario) => Object.entries(s.states).filter((e): e is [string, TalkState] => !('end' in e[1]));
const allTalkStates = valid.flatMap((s) => talkStates(s).map(([id, state]) => [`${s.id}/${id}`, state] as const));

const requirementsOf = (module: number) => {
  const m = curriculumData.modules.find((x) => x.number === module);
  return new Set([...(m?.know ?? []), ...(m?.skill ?? []), ...(m?.attitude ?? [])].map((r) => r.id));
};

describe('模拟实战情景：格式与引用', () => {
  it.each(parsed.map((p) => [p.file, p] as const))('%s 通过情景 schema 的全部检查（含示例回复和可达性）', (_file, p) => {
    // Print the Chinese problems so the author sees which field to fix.
    const report = p.result.success ? '' : formatProblems(issuesToProblems(p.file, p.data, p.result.error.issues));
    expect(report).toBe('');
  });

  it.each(parsed.map((p) => [p.file, p] as const))('%s 的文件名与情景编号一致', (file, p) => {
    expect(file).toBe(`src/data/scenarios/${p.data.id}.ts`);
  });

  it.each(valid.map((s) => [s.id, s] as const))('%s 的要求编号都属于它所在的模块（综合考核可用全课程的编号）', (_id, s) => {
    // The assessment module has no requirements of its own: its scenario checks those of the whole course.
    const assessment = curriculumData.modules.find((m) => m.number === s.module)?.kind === 'assessment';
    const known = assessment ? new Set(curriculumData.modules.flatMap((m) => [...(m.know ?? []), ...(m.skill ?? []), ...(m.attitude ?? [])].map((r) => r.id))) : requirementsOf(s.module);
    expect(s.requirements.length).toBeGreaterThan(0);
    expect(s.requirements.filter((r) => !known.has(r))).toEqual([]);
  });

  it.each(valid.map((s) => [s.id, s] as const))('%s 有 3～6 个对话状态和至少 2 个结束状态', (_id, s) => {
    const ends = Object.values(s.states).filter((st) => 'end' in st);
    expect(talkStates(s).length).toBeGreaterThanOrEqual(3);
    expect(talkStates(s).length).toBeLessThanOrEqual(6);
    expect(ends.length).toBeGreaterThanOrEqual(2);
  });

  it.each(valid.map((s) => [s.id, s] as const))('%s 每句都答对的学生能走到“成交”或“解决”', (_id, s) => {
    let at = s.start;
    for (let step = 0; step < 10; step++) {
      const state = s.states[at]!;
      if ('end' in state) {
        expect(['成交', '解决']).toContain(state.end);
        return;
      }
      const next = evaluate(state.judge, state.model).group.next;
      expect(next, `${at} 的示范回复没有让对话前进`).toBeDefined();
      at = next!;
    }
    throw new Error(`${s.id} 按示范回复走了 10 步仍未结束`);
  });

  it('至少 8 个情景，覆盖售前、推荐、催付、物流、退货、评价、纠纷、防骗', () => {
    expect(valid.length).toBe(parsed.length);
    expect(valid.length).toBeGreaterThanOrEqual(8);
    const kinds = new Set(valid.map((s) => s.kind));
    for (const kind of ['presale', 'recommend', 'payment', 'shipping', 'return', 'review', 'dispute', 'scam'] as const) expect(kinds).toContain(kind);
  });

  it('索引导出全部情景，可按编号查找', async () => {
    const { scenarios, scenarioById } = await import('../../src/data/scenarios/index.ts');
    expect(scenarios.map((s) => s.id).toSorted()).toEqual(valid.map((s) => s.id).toSorted());
    expect(scenarioById('presale-genuine')?.kind).toBe('presale');
    expect(scenarioById('no-such-scenario')).toBeUndefined();
  });

  it('在对话引擎里逐句发送示范回复，每个情景都以“成交”或“解决”结束', () => {
    for (const s of valid) {
      const models: string[] = [];
      for (let at: string | undefined = s.start; at && !('end' in s.states[at]!); ) {
        const state = s.states[at] as TalkState;
        models.push(state.model);
        at = evaluate(state.judge, state.model).group.next;
      }
      expect(walk(s, models).ended?.outcome, s.id).toMatch(/^(成交|解决)$/);
    }
  });

  it('对话检查器（src/lib/chat/scenario-check.ts）对每个情景都不报问题', () => {
    for (const s of valid) expect(checkScenario(s), s.id).toEqual([]);
  });
});

describe.each(allTalkStates)('对话状态 %s', (_id, state) => {
  const land = (reply: string) => evaluate(state.judge, reply).group;
  const landed = state.judge.samples.map((sample) => land(sample.reply));

  it('示范回复落入“正确”分组', () => {
    expect(land(state.model).correctness).toBe('correct');
  });

  it('每个分组（含兜底）都至少被一条示例回复命中', () => {
    const hit = new Set(landed.map((g) => g.id));
    const ids = [...state.judge.groups.map((g) => g.id), state.judge.fallback.id];
    expect(ids.filter((id) => !hit.has(id))).toEqual([]);
  });

  it('至少 4 条示例：有正确的、有部分正确或错误的、有陷阱', () => {
    expect(state.judge.samples.length).toBeGreaterThanOrEqual(4);
    expect(landed.some((g) => g.correctness === 'correct')).toBe(true);
    expect(landed.some((g) => g.correctness !== 'correct' && !g.id.startsWith('trap-'))).toBe(true);
    expect(landed.some((g) => g.id.startsWith('trap-'))).toBe(true);
  });

  it('陷阱分组不给分，并指出误区', () => {
    for (const g of state.judge.groups.filter((x) => x.id.startsWith('trap-'))) {
      expect(g.correctness).toBe('incorrect');
      expect(g.points).toBe(0);
      expect(g.misconception).toBeTruthy();
    }
  });

  it('顾客每轮说 2～4 句', () => {
    expect(state.customer.length).toBeGreaterThanOrEqual(2);
    expect(state.customer.length).toBeLessThanOrEqual(4);
  });

  it('至少两条提示，由浅入深且互不重复', () => {
    expect(state.hints.length).toBeGreaterThanOrEqual(2);
    expect(new Set(state.hints).size).toBe(state.hints.length);
    expect(state.hints.at(-1)!.length).toBeGreaterThanOrEqual(state.hints[0]!.length);
  });

  it('示范回复不会被禁用语或站外交易守卫拦下', () => {
    expect(guard(state.model)?.term).toBeUndefined();
  });
});

describe('常用语库', () => {
  it('至少 40 条，编号唯一且以分类开头', () => {
    expect(phrases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(phrases.map((p) => p.id)).size).toBe(phrases.length);
    for (const p of phrases) expect(p.id.startsWith(`${p.category}.`), p.id).toBe(true);
  });

  it.each(['greeting', 'bargaining', 'payment', 'shipping', 'apology', 'closing', 'recommend'] as const)('分类 %s 至少 5 条', (category) => {
    expect(phrases.filter((p) => p.category === category).length).toBeGreaterThanOrEqual(5);
  });

  it.each(Object.keys(phraseCategories))('分类 %s 至少有一条常用语', (category) => {
    expect(phrases.some((p) => p.category === category)).toBe(true);
  });

  it.each(phrases.map((p) => [p.id, p.text] as const))('%s 长 15～80 字，用中文标点，不会被禁用语或站外交易守卫拦下', (_id, text) => {
    expect([...text].length).toBeGreaterThanOrEqual(15);
    expect([...text].length).toBeLessThanOrEqual(80);
    expect(text).not.toMatch(/[,.!?;:]/);
    expect(text).toMatch(/[。！？]$/);
    expect(guard(text)?.term).toBeUndefined();
  });
});

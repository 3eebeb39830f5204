import { describe, expect, it } from 'vitest';
import { agentLengthRange, callScriptSchema, type CallScriptInput } from '../../../src/schemas/call-script.ts';
import { callScriptFiles, callScripts, checkCallScripts, scriptSlug } from '../../../src/data/call-scripts/index.ts';
import { outline, requirementIds } from '../../../src/data/index.ts';
import { agentCharacters } from '../../../src/lib/voice/script-text.ts';
import { sampleScript } from './fixtures.ts';

const edit = (change: (script: CallScriptInput) => void): CallScriptInput => {
  const copy = structuredClone(sampleScript);
  change(copy);
  return copy;
};
const messages = (data: unknown) => {
  const result = callScriptSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const section = (s: CallScriptInput, kind: string) => s.sections.find((x) => x.kind === kind)!;

describe('call script schema', () => {
  it('accepts the sample script', () => {
    expect(messages(sampleScript)).toEqual([]);
  });

  it.each<[string, (s: CallScriptInput) => void, string]>([
    ['a malformed ID', (s) => (s.id = 'm3.script.Sample'), 'id: 话术编号格式应为 m3.call.<英文短名>'],
    ['a lesson outside module 3', (s) => (s.lesson = '4.1'), 'lesson: 课次应为第 3 模块的课次'],
    ['a requirement of another module', (s) => (s.requirements = ['m4.skill.reply']), 'requirements.0: 要求编号应是第 3 模块的编号'],
    ['steps out of order', (s) => s.sections.reverse(), 'sections: 环节应依次为 开场 → 核实身份 → 处理 → 结束，实际为 结束 → 处理 → 核实身份 → 开场'],
    ['a missing step', (s) => s.sections.splice(1, 1), 'sections: 环节应依次为 开场 → 核实身份 → 处理 → 结束，实际为 开场 → 处理 → 结束'],
    ['an unknown speaker', (s) => ((s.sections[0]!.lines[1] as { role: string }).role = 'boss'), 'sections.0.lines.1.role: 说话人应为：agent / customer'],
    ['an agent saying 你', (s) => (section(s, 'handle').lines[0]!.text = '你买的收纳盒明天上午送到。'), 'sections.2.lines.0.text: 处理第 1 句：客服应称呼顾客“您”，不要说“你”'],
    ['an agent saying a forbidden phrase', (s) => (section(s, 'handle').lines[2]!.text = '这个我不知道，您问快递吧。'), 'sections.2.lines.2.text: 处理第 3 句含禁用语“不知道”'],
    ['an absolute claim', (s) => (section(s, 'handle').lines[2]!.text = '明天上午绝对送到。'), 'sections.2.lines.2.text: 处理第 3 句含禁用语“绝对”'],
    ['a call opened by the customer', (s) => s.sections[0]!.lines.reverse(), 'sections.0.lines.0.role: 开场第一句应由客服说'],
    ['an outbound call that does not ask whether the customer can talk', (s) => (s.sections[0]!.lines[0]!.text = '您好，这里是暖居优品旗舰店，我是客服小悦。'), 'sections.0.lines: 呼出电话的开场应先询问顾客现在是否方便接听'],
    ['a step with no agent line', (s) => (section(s, 'verify').lines = [{ role: 'customer', text: '喂？' }, { role: 'customer', text: '说话呀。' }]), 'sections.1.lines: 核实身份环节没有客服台词'],
    ['handling with no customer line', (s) => (section(s, 'handle').lines = section(s, 'handle').lines.filter((l) => l.role === 'agent')), 'sections.2.lines: 处理环节应有顾客的台词'],
    ['an ending without “还有什么可以帮您”', (s) => (section(s, 'closing').lines[0]!.text = '那就这样吧。'), 'sections.3.lines: 结束前客服应询问“请问还有什么可以帮您？”'],
    ['the agent hanging up first', (s) => section(s, 'closing').lines.pop(), 'sections.3.lines.2.role: 最后一句应由顾客说：客服要等顾客先挂机'],
    ['a step with one line', (s) => (section(s, 'verify').lines = [{ role: 'agent', text: '请问您是周女士吗？' }]), 'sections.1.lines: 每个环节至少要有 2 句台词'],
    ['a step with no tip', (s) => (section(s, 'verify').tips = []), 'sections.1.tips: 每个环节至少要有 1 条朗读提示'],
    ['an aspect with no tip anywhere', (s) => (section(s, 'closing').tips = [{ aspect: 'smile', text: '道别时保持微笑。' }]), 'sections: 缺少这些方面的朗读提示：普通话'],
    ['an unknown tip aspect', (s) => ((section(s, 'closing').tips[0] as { aspect: string }).aspect = 'volume'), 'sections.3.tips.0.aspect: 提示的方面应为：mandarin / tone / pace / smile / polite'],
    ['agent lines too short to time', (s) => (section(s, 'handle').lines = [{ role: 'agent', text: '明天上午送到。' }, { role: 'customer', text: '好。' }]), `sections: 客服台词共 89 字，应在 ${agentLengthRange.min}～${agentLengthRange.max} 字之间`],
  ])('rejects %s, saying why in Chinese', (_, change, expected) => {
    const found = messages(edit(change));
    expect(found.some((m) => m.startsWith(expected)), `got: ${found.join(' | ')}`).toBe(true);
  });

  it('lets an inbound call skip asking whether the customer can talk', () => {
    const inbound = edit((s) => {
      s.direction = 'inbound';
      s.sections[0]!.lines[0]!.text = '您好，暖居优品旗舰店客服中心，我是客服小悦，很高兴为您服务！请问有什么可以帮您？';
    });
    expect(messages(inbound)).toEqual([]);
  });

  it('lets customers say 你 and forbidden phrases: only the agent is held to the rules', () => {
    expect(messages(edit((s) => (section(s, 'handle').lines[1]!.text = '你们绝对要准时，不可能再拖了。')))).toEqual([]);
  });
});

describe('checkCallScripts', () => {
  const context = { outline, requirementIds };
  it.each<[string, CallScriptInput[], string]>([
    ['an unknown requirement', [edit((s) => (s.requirements = ['m3.skill.singing']))], 'm3.call.sample 引用了课程标准中不存在的要求编号 m3.skill.singing'],
    ['a lesson not in the outline', [edit((s) => (s.lesson = '3.9'))], 'm3.call.sample 的课次 3.9 不在课程大纲中'],
    ['a duplicate ID', [sampleScript, sampleScript], '话术编号 m3.call.sample 重复'],
    ['a schema error, named with the script', [edit((s) => (s.title = '短'))], 'm3.call.sample 字段 title：'],
  ])('reports %s against the file', (_, list, expected) => {
    const { problems } = checkCallScripts({ 'src/data/call-scripts/test.ts': list }, context);
    expect(problems.map((p) => `${p.file}: ${p.message}`).some((m) => m.startsWith(`src/data/call-scripts/test.ts: ${expected}`)), JSON.stringify(problems)).toBe(true);
  });
});

describe('the call scripts data', () => {
  it('passes every check', () => {
    expect(checkCallScripts(callScriptFiles, { outline, requirementIds }).problems).toEqual([]);
  });

  it('has at least two inbound and two outbound scripts, each with a distinct URL', () => {
    expect(callScripts.filter((s) => s.direction === 'inbound').length).toBeGreaterThanOrEqual(2);
    expect(callScripts.filter((s) => s.direction === 'outbound').length).toBeGreaterThanOrEqual(2);
    const slugs = callScripts.map((s) => scriptSlug(s.id));
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it.each(callScripts.map((s) => [s.title, s] as const))('%s: inbound is lesson 3.2, outbound 3.3, and it holds the hold phrase or a 方便 question', (_, script) => {
    expect(script.lesson).toBe(script.direction === 'inbound' ? '3.2' : '3.3');
    const agentText = script.sections.flatMap((s) => s.lines.filter((l) => l.role === 'agent').map((l) => l.text)).join('');
    if (script.direction === 'inbound') expect(agentText).toContain('正在为您查询，请不要挂机，请稍等');
    expect(agentCharacters(script)).toBeGreaterThanOrEqual(agentLengthRange.min);
  });

  it('covers the module 3 skills the practice trains', () => {
    const covered = new Set(callScripts.flatMap((s) => s.requirements));
    for (const id of ['m3.know.process', 'm3.skill.mandarin', 'm3.skill.tone', 'm3.skill.smile', 'm3.skill.calls']) expect(covered).toContain(id);
  });
});

import { z } from './zod.ts';
import { countSpoken } from '../lib/voice/characters.ts';
import { aspectIds, aspects, callDirections, roleLabels, sectionKinds, sectionLabels, speakerRoles } from '../lib/voice/labels.ts';

/**
 * Call scripts (通话话术) for the voice practice of module 3: an inbound or outbound call in four
 * steps, each line spoken by the agent or the customer, each step with 普通话 and tone tips.
 * The schema checks meaning as well as shape: the steps come in order, the agent says 您 and no
 * forbidden phrase, an outbound call asks whether the customer can talk, the agent asks
 * “还有什么可以帮您” before ending, and the customer speaks last (the agent hangs up second).
 */

/** Phrases an agent must never say (禁用语; docs/domain.md). */
export const forbiddenPhrases = ['不知道', '不可能', '你不懂', '别啰嗦', '这不是我的问题', '不归我管', '绝对', '肯定能', '100%'] as const;

/** Spoken length of a whole script's agent lines, in characters: one to five minutes at 120 字/分. */
export const agentLengthRange = { min: 120, max: 600 } as const;

const tipSchema = z.object({
  /** What the tip is about. @example 'pace' */
  aspect: z.enum(aspectIds, { error: `提示的方面应为：${aspectIds.join(' / ')}` }),
  /** The advice, one or two sentences. @example '报订单号时一字一顿，放慢语速。' */
  text: z.string().min(6),
});

const lineSchema = z.object({
  /** Who speaks. */
  role: z.enum(speakerRoles, { error: `说话人应为：${speakerRoles.join(' / ')}` }),
  /** What is said, exactly as it is read aloud (write numbers the way they are spoken). */
  text: z.string().min(2),
});

const sectionSchema = z.object({
  /** Which step of the call. */
  kind: z.enum(sectionKinds, { error: `环节应为：${sectionKinds.join(' / ')}` }),
  /** What this step must achieve, one sentence. @example '问候顾客，自报店铺和姓名，表明服务意愿。' */
  goal: z.string().min(6),
  /** The dialogue, in order. */
  lines: z.array(lineSchema).min(2, { error: '每个环节至少要有 2 句台词' }),
  /** 普通话, 语调, 语速, 微笑服务 and 礼貌用语 tips for this step. */
  tips: z.array(tipSchema).min(1, { error: '每个环节至少要有 1 条朗读提示' }),
});

/** A call script. */
export const callScriptSchema = z
  .object({
    /** Stable ID: saved self-checks and timings refer to it; the part after `call.` is the page's URL. @example 'm3.call.rice-cooker-timer' */
    id: z.string().regex(/^m3\.call\.[a-z0-9][a-z0-9-]*$/, { error: '话术编号格式应为 m3.call.<英文短名>，如 m3.call.rice-cooker-timer' }),
    /** Title. @example '咨询电饭煲预约功能' */
    title: z.string().min(4),
    /** Inbound (the customer calls) or outbound (the agent calls). */
    direction: z.enum(callDirections, { error: '通话类型应为 inbound（呼入）或 outbound（呼出）' }),
    /** Lesson code that practises it: its one membership declaration (src/schemas/quiz.ts). @example '3.2' */
    lesson: z.string().regex(/^3\.\d+$/, { error: '课次应为第 3 模块的课次，如 3.2' }),
    /** The situation, read before practising: who calls whom and why. */
    situation: z.string().min(10),
    /** How the customer is addressed. @example '王女士' */
    customer: z.string().min(2),
    /** The four steps, in order. */
    sections: z.array(sectionSchema),
    /** Requirement IDs the script practises. @example ['m3.skill.calls'] */
    requirements: z.array(z.string().regex(/^m3\.(know|skill|attitude)\.[a-z0-9-]+$/, { error: '要求编号应是第 3 模块的编号，如 m3.skill.calls' })).min(1),
  })
  .superRefine((script, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const kinds = script.sections.map((s) => s.kind);
    if (kinds.join() !== sectionKinds.join()) {
      issue(['sections'], `环节应依次为 ${sectionKinds.map((k) => sectionLabels[k]).join(' → ')}，实际为 ${kinds.map((k) => sectionLabels[k]).join(' → ') || '（无）'}`);
      return;
    }
    const [opening, , handle, closing] = script.sections as [typeof script.sections[0], unknown, typeof script.sections[0], typeof script.sections[0]];

    script.sections.forEach((section, s) => {
      section.lines.forEach((line, l) => {
        if (line.role !== 'agent') return;
        const path = ['sections', s, 'lines', l, 'text'];
        if (line.text.includes('你')) issue(path, `${sectionLabels[section.kind]}第 ${l + 1} 句：客服应称呼顾客“您”，不要说“你”`);
        const bad = forbiddenPhrases.find((p) => line.text.includes(p));
        if (bad) issue(path, `${sectionLabels[section.kind]}第 ${l + 1} 句含禁用语“${bad}”`);
      });
      if (!section.lines.some((line) => line.role === 'agent')) issue(['sections', s, 'lines'], `${sectionLabels[section.kind]}环节没有客服台词`);
    });

    if (opening.lines[0]?.role !== 'agent') issue(['sections', 0, 'lines', 0, 'role'], `开场第一句应由客服说（${roleLabels.agent}先问候）`);
    if (script.direction === 'outbound' && !opening.lines.some((l) => l.role === 'agent' && l.text.includes('方便'))) {
      issue(['sections', 0, 'lines'], '呼出电话的开场应先询问顾客现在是否方便接听（客服台词中应有“方便”）');
    }
    if (!handle.lines.some((l) => l.role === 'customer')) issue(['sections', 2, 'lines'], '处理环节应有顾客的台词');
    if (!closing.lines.some((l) => l.role === 'agent' && /还有.*帮.*您|还有.*为您/.test(l.text))) {
      issue(['sections', 3, 'lines'], '结束前客服应询问“请问还有什么可以帮您？”');
    }
    const last = closing.lines.at(-1);
    if (last?.role !== 'customer') issue(['sections', 3, 'lines', closing.lines.length - 1, 'role'], '最后一句应由顾客说：客服要等顾客先挂机');

    const tipped = new Set(script.sections.flatMap((s) => s.tips.map((t) => t.aspect)));
    const untipped = aspectIds.filter((id) => !tipped.has(id));
    if (untipped.length) issue(['sections'], `缺少这些方面的朗读提示：${untipped.map((id) => aspects[id].label).join('、')}`);

    const length = script.sections.flatMap((s) => s.lines.filter((l) => l.role === 'agent')).reduce((n, l) => n + countSpoken(l.text), 0);
    if (length < agentLengthRange.min || length > agentLengthRange.max) {
      issue(['sections'], `客服台词共 ${length} 字，应在 ${agentLengthRange.min}～${agentLengthRange.max} 字之间（按 120 字/分约 1～5 分钟）`);
    }
  });

export type CallScriptInput = z.input<typeof callScriptSchema>;
export type CallScript = z.output<typeof callScriptSchema>;
export type CallSection = z.output<typeof sectionSchema>;
export type CallLine = z.output<typeof lineSchema>;
export type CallTip = z.output<typeof tipSchema>;

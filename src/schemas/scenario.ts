import { z } from './zod.ts';
import { ruleSetSchema } from './answer.ts';

/**
 * Mock-chat scenarios (模拟实战) as state machines. Each talking state is an answer-engine rule set
 * (ordered groups whose `next` names the following state, a fallback, and sample replies that must
 * land in their group) plus what the customer says on entering it, escalating hints and a model reply.
 */

const stateId = z.string().regex(/^[a-z][a-z0-9-]*$/, { error: '状态编号只用小写字母、数字和连字符，如 ask-price' });

/** How a conversation can end. */
export const outcomes = ['成交', '流失', '投诉', '解决'] as const;

/** A state in which the customer speaks and waits for the agent's reply. */
export const talkStateSchema = z.object({
  /** Messages the customer sends on entering the state (in order, each a chat bubble). */
  customer: z.array(z.string().min(1)).min(1),
  /** How the agent's reply is judged; each group's `next` is the state to go to (absent: stay). */
  judge: ruleSetSchema,
  /** Hints shown after wrong replies, mildest first (the second wrong reply shows the first hint). */
  hints: z.array(z.string().min(4)).min(2, { error: '每个状态至少两条逐步加强的提示' }),
  /** A model reply for this turn, shown in the report; it must land in a 'correct' group. */
  model: z.string().min(4),
  /** What this turn is about, for the report. @example '回应“是不是正品”' */
  topic: z.string().min(2),
});

/** An end state: the conversation is over with an outcome. */
export const endStateSchema = z.object({
  end: z.enum(outcomes),
  /** The customer's last messages (may be empty). */
  customer: z.array(z.string().min(1)).default([]),
  /** One-sentence explanation of why it ended so, shown in the report. */
  summary: z.string().min(4),
});

export const scenarioStateSchema = z.union([endStateSchema, talkStateSchema]);

/** The customer the student is talking to. */
export const personaSchema = z.object({
  name: z.string().min(1),
  /** Customer type from the lessons. @example '犹豫型' */
  type: z.string().min(2),
  /** Starting mood, −2 (angry) … 2 (delighted). */
  mood: z.number().int().min(-2).max(2).default(0),
  /** One line for the scenario card. */
  description: z.string().min(4),
  /** Avatar colour (CSS hex); the avatar shows the name's first character. */
  color: z.string().regex(/^#[0-9a-f]{6}$/i).default('#0a5c7a'),
});

/** A mock-chat scenario. */
export const scenarioSchema = z
  .object({
    /** Stable ID; saved transcripts refer to it. @example 'presale-genuine' */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    title: z.string().min(2),
    /** Module and outline lesson the scenario belongs to. */
    module: z.number().int().min(1),
    /** Lesson code: its one membership declaration (src/schemas/quiz.ts); none for a free practice. @example '4.1' */
    lesson: z.string().regex(/^\d+\.\d+$/).optional(),
    /** What kind of situation. */
    kind: z.enum(['presale', 'recommend', 'payment', 'shipping', 'return', 'review', 'dispute', 'scam', 'assessment']),
    /** The task as the student reads it before starting. */
    brief: z.string().min(10),
    persona: personaSchema,
    product: z.object({
      name: z.string().min(2),
      /** Price in yuan. */
      price: z.number().positive(),
      specs: z.array(z.string()).default([]),
      /** Current promotion, if any. @example '满 199 减 20' */
      promo: z.string().optional(),
    }),
    /** Shop facts the agent may use (shipping, returns, gifts…); shown in the side panel. */
    facts: z.array(z.string().min(4)).min(1),
    start: stateId,
    states: z.record(stateId, scenarioStateSchema),
    /** Requirement IDs the scenario practises. */
    requirements: z.array(z.string()).default([]),
  })
  .superRefine((s, ctx) => {
    const ids = Object.keys(s.states);
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (!s.states[s.start]) issue(['start'], `起始状态 “${s.start}” 不存在（现有：${ids.join('、')}）`);
    for (const [id, state] of Object.entries(s.states)) {
      if ('end' in state) continue;
      state.judge.groups.forEach((g, i) => {
        if (g.next && !s.states[g.next]) issue(['states', id, 'judge', 'groups', i, 'next'], `下一状态 “${g.next}” 不存在`);
      });
      const fb = state.judge.fallback;
      if (fb.next && !s.states[fb.next]) issue(['states', id, 'judge', 'fallback', 'next'], `下一状态 “${fb.next}” 不存在`);
    }
    // Every state must be reachable from the start, and some end state must be reachable.
    const seen = new Set<string>();
    const queue = [s.start];
    while (queue.length) {
      const id = queue.shift()!;
      if (seen.has(id) || !s.states[id]) continue;
      seen.add(id);
      const state = s.states[id]!;
      if (!('end' in state)) for (const g of [...state.judge.groups, state.judge.fallback]) if (g.next) queue.push(g.next);
    }
    for (const id of ids) if (!seen.has(id)) issue(['states', id], `状态 “${id}” 从起始状态无法到达`);
    if (![...seen].some((id) => 'end' in s.states[id]!)) issue(['states'], '没有任何结束状态可以到达');
  });

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
export type TalkState = z.output<typeof talkStateSchema>;
export type EndState = z.output<typeof endStateSchema>;
export type Outcome = (typeof outcomes)[number];

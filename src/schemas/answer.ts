import { z } from './zod.ts';
import { checkSamples } from '../lib/answer/evaluate.ts';
import { normalise } from '../lib/answer/normalise.ts';
import { compileRegex, FUZZY_MIN_LENGTH, RULE_KINDS } from '../lib/answer/rules.ts';
import { ACTS, type Act } from '../lib/answer/meaning/index.ts'; // also registers the detectors for the sample checks

/**
 * Answer-engine rule sets (答案规则): ordered answer groups for blanks, forms and the mock chat. The
 * schema checks meaning: regexes compile, keywords survive normalisation, fuzzy terms are long
 * enough, group IDs are unique, and every sample reply lands in the group its author expects.
 */

const length = (text: string) => [...text].length;

/** A keyword: must keep at least one character after spaces, punctuation and emoji are removed. */
const term = z
  .string()
  .refine((text) => normalise(text).text !== '', { error: (issue) => `关键词 “${String(issue.input)}” 去掉空格、标点和表情后为空，无法匹配` });

const terms = z.array(term).min(1, { error: '关键词列表不能为空' });

const fuzzyTerm = term.refine((text) => length(normalise(text).text) >= FUZZY_MIN_LENGTH, {
  error: (issue) => `模糊匹配的关键词 “${String(issue.input)}” 不足 ${FUZZY_MIN_LENGTH} 个字，请改用 containsAny 精确匹配`,
});

const synonyms = z.array(term).min(1, { error: '同义词组不能为空' });

const flags = z.string().regex(/^[dimsuv]*$/, { error: '正则标志只能用 d、i、m、s、u、v（g、y 无意义）' });

/** A regex rule; it is tested against the normalised text (lowercase, no spaces or punctuation). */
const regexRule = z
  .strictObject({ regex: z.string().min(1, { error: '正则表达式不能为空' }), flags: flags.optional() })
  .superRefine((rule, ctx) => {
    if (compileRegex(rule.regex, rule.flags) === null) {
      ctx.addIssue({ code: 'custom', path: ['regex'], message: `正则表达式 /${rule.regex}/${rule.flags ?? ''} 无法编译，请检查括号和转义` });
    }
  });

const count = z.number().int({ error: '长度应为整数' }).min(0, { error: '长度不能为负数' });

/** One rule: an object with exactly one of the rule kinds. */
export const ruleSchema = z.union(
  [
    z.strictObject({ containsAny: terms }),
    z.strictObject({ containsAll: z.array(z.union([term, synonyms])).min(1, { error: 'containsAll 至少要有一项' }) }),
    z.strictObject({ notContains: terms }),
    z.strictObject({ startsWith: terms }),
    regexRule,
    z.strictObject({
      lengthBetween: z
        .tuple([count, count])
        .refine(([min, max]) => min <= max, { error: (issue) => `lengthBetween 的最小值大于最大值：${JSON.stringify(issue.input)}` }),
    }),
    z.strictObject({ fuzzy: z.array(fuzzyTerm).min(1, { error: '关键词列表不能为空' }) }),
    z.strictObject({ affirms: terms }),
    z.strictObject({ act: z.enum(ACTS as [Act, ...Act[]], { error: `言语行为只能是：${ACTS.join('、')}` }), about: terms.optional() }),
  ],
  { error: `每条规则只写一种，且只能是：${RULE_KINDS.join('、')}` },
);

const groupId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: '分组编号只用小写字母、数字和连字符，如 offers-return' });

const groupFields = {
  /** Stable ID, unique in its rule set. @example 'offers-return' */
  id: groupId,
  /** What the learner is told when a reply lands here. */
  feedback: z.string().min(1, { error: '反馈不能为空' }),
  /** Points earned. @example 2 */
  points: z.number().min(0, { error: '得分不能为负数' }),
  /** 'correct' | 'partial' | 'incorrect' */
  correctness: z.enum(['correct', 'partial', 'incorrect'], { error: '正误只能是 correct、partial 或 incorrect' }),
  /** The misconception this kind of reply shows. @example '把“七天无理由”说成“不能退”' */
  misconception: z.string().min(1).optional(),
  /** Next state of a conversation (mock chat). */
  next: z.string().min(1).optional(),
  /** Change in the customer's mood (mock chat). @example -1 */
  mood: z.number().optional(),
  /**
   * Points the feedback asks for, each said only when the reply lacks all of its terms, so feedback
   * never asks for what the reply already makes. @example [{ unless: ['送', '赠'], say: '再给一个理由：今天下单送除垢剂。' }]
   */
  asks: z.array(z.strictObject({ unless: terms, say: z.string().min(2) })).optional(),
  /**
   * Mock chat: the content is complete and only the manner falls short (tone, an apology): a reply made only of
   * keywords that lands here keeps its points instead of going one level lower, as its fault is the manner already
   * charged (src/lib/chat/reply.ts).
   */
  mannerOnly: z.literal(true).optional(),
};

/** One answer group: all its rules must hold. */
export const answerGroupSchema = z.object({
  ...groupFields,
  /** All rules must hold. */
  when: z.array(ruleSchema).min(1, { error: '分组至少要有一条规则（兜底反馈请写在 fallback 中）' }),
});

/** The default group, used when no group matches. */
export const fallbackSchema = z.object(groupFields);

/** A sample reply and the group it must land in. */
export const sampleSchema = z.object({
  /** The reply as a learner would type it. @example '亲，支持七天无理由退货哦' */
  reply: z.string(),
  /** ID of the expected group (or the fallback's). */
  expect: groupId,
});

/** A rule set: ordered groups, a fallback, and sample replies that prove the rules. */
export const ruleSetSchema = z
  .object({
    /** Checked in order; the first whose rules all hold wins. */
    groups: z.array(answerGroupSchema).min(1, { error: '至少要有一个答案分组' }),
    /** The group for replies no group matches. */
    fallback: fallbackSchema,
    /** Treat Chinese numerals and digits as equal (七天 = 7天). @default false */
    numerals: z.boolean().default(false),
    /** Sample replies with their expected group; each must land there. @default [] */
    samples: z.array(sampleSchema).default([]),
  })
  .superRefine((set, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const ids = new Set<string>();
    set.groups.forEach((group, i) => {
      if (ids.has(group.id)) issue(['groups', i, 'id'], `分组编号 “${group.id}” 重复`);
      ids.add(group.id);
    });
    if (ids.has(set.fallback.id)) issue(['fallback', 'id'], `兜底分组的编号 “${set.fallback.id}” 与某个分组重复`);
    ids.add(set.fallback.id);
    if (set.numerals) {
      // 一百二十 becomes 120 with numerals on, which may leave a fuzzy term too short.
      set.groups.forEach((group, i) =>
        group.when.forEach((rule, j) => {
          if (!('fuzzy' in rule)) return;
          rule.fuzzy.forEach((text, k) => {
            const before = length(normalise(text).text);
            const after = length(normalise(text, { numerals: true }).text);
            if (before >= FUZZY_MIN_LENGTH && after < FUZZY_MIN_LENGTH) {
              issue(['groups', i, 'when', j, 'fuzzy', k], `模糊匹配的关键词 “${text}” 转成数字后不足 ${FUZZY_MIN_LENGTH} 个字`);
            }
          });
        }),
      );
    }
    const unknown = set.samples.filter((sample) => !ids.has(sample.expect));
    unknown.forEach((sample) => issue(['samples'], `示例 “${sample.reply}” 期望的分组 “${sample.expect}” 不存在（现有：${[...ids].join('、')}）`));
    // Samples only say something once the groups themselves are valid.
    if (unknown.length > 0 || !set.groups.every((group) => answerGroupSchema.safeParse(group).success)) return;
    for (const failure of checkSamples(set)) {
      issue(['samples'], `示例 “${failure.reply}” 应落入分组 “${failure.expected}”，实际落入 “${failure.actual}”`);
    }
  });

export type RuleInput = z.input<typeof ruleSchema>;
export type RuleOutput = z.output<typeof ruleSchema>;
export type AnswerGroupInput = z.input<typeof answerGroupSchema>;
export type AnswerGroupOutput = z.output<typeof answerGroupSchema>;
export type RuleSetInput = z.input<typeof ruleSetSchema>;
export type RuleSetOutput = z.output<typeof ruleSetSchema>;

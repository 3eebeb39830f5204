import { z } from './zod.ts';

/** The three kinds of requirement the standard lists for every module. */
export const requirementKinds = ['know', 'skill', 'attitude'] as const;
/** Chinese label of each requirement kind, as the standard names its columns. */
export const requirementKindLabels = {
  know: '知识要求',
  skill: '技能要求',
  attitude: '情感态度要求',
} as const satisfies Record<(typeof requirementKinds)[number], string>;

/** A requirement ID: `m<module>.<kind>.<slug>`. @example 'm6.skill.freight' */
export const requirementIdPattern = /^m(\d+)\.(know|skill|attitude)\.([a-z][a-z0-9-]*)$/;

/** One knowledge, skill or attitude requirement of a module. */
export const requirementSchema = z.object({
  /** Stable ID; saved answers and lessons refer to it, so never renumber. @example 'm1.know.role' */
  id: z.string().regex(requirementIdPattern, { error: '要求编号格式应为 m<模块号>.<know|skill|attitude>.<英文短名>，如 m6.skill.freight' }),
  /** The requirement as the standard words it. */
  text: z.string().min(2),
});

/** A module (工作任务) of the standard, or the 机动（考核） block. */
export const moduleSchema = z.object({
  /** Module number; 9 is the 机动（考核） block. */
  number: z.number().int().min(1),
  /** 工作任务 title. @example '打包发货' */
  title: z.string().min(2),
  /** Class hours (学时) the standard gives this module. */
  hours: z.number().int().positive(),
  /** 'task' for the eight work-task modules, 'assessment' for 机动（考核）. */
  kind: z.enum(['task', 'assessment']).default('task'),
  /** One-paragraph summary shown on the module page. */
  summary: z.string().min(10),
  /** 知识要求 */
  know: z.array(requirementSchema).default([]),
  /** 技能要求 */
  skill: z.array(requirementSchema).default([]),
  /** 情感态度要求 */
  attitude: z.array(requirementSchema).default([]),
});

/** The whole curriculum standard (课程标准). */
export const curriculumSchema = z.object({
  course: z.object({
    name: z.string(),
    /** 适用专业 / 学校层次 */
    audience: z.string(),
    /** 课程类型 @example '专业方向课' */
    type: z.string(),
    positioning: z.array(z.string()).min(1),
    prerequisites: z.array(z.string()).min(1),
    designIdea: z.array(z.string()).min(1),
    contentSystem: z.array(z.string()).min(1),
    totalHours: z.number().int().positive(),
    semester: z.string(),
    /** Minutes per class hour (学时). @default 45 */
    minutesPerHour: z.number().int().positive(),
  }),
  objectives: z.object({
    know: z.array(z.string()).min(1),
    skill: z.array(z.string()).min(1),
    attitude: z.array(z.string()).min(1),
  }),
  modules: z.array(moduleSchema).min(1),
  organisation: z.array(z.string()).min(1),
  resources: z.array(z.string()).min(1),
  evaluation: z.array(z.string()).min(1),
  conditions: z.array(z.string()).min(1),
  textbook: z.object({ title: z.string(), publisher: z.string(), note: z.string() }),
});

/** One lesson of the 27-lesson outline; the lesson file, when written, must agree with it. */
export const outlineEntrySchema = z.object({
  /** Lesson code. @example '6.1' */
  code: z.string().regex(/^\d+\.\d+$/),
  module: z.number().int(),
  title: z.string().min(2),
  hours: z.number().int().positive(),
});

export type CurriculumInput = z.input<typeof curriculumSchema>;
export type Curriculum = z.output<typeof curriculumSchema>;
export type Module = z.output<typeof moduleSchema>;
export type Requirement = z.output<typeof requirementSchema>;
export type RequirementKind = (typeof requirementKinds)[number];
export type OutlineEntry = z.output<typeof outlineEntrySchema>;

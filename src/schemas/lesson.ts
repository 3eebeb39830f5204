import { z } from './zod.ts';

/** The five segments of a lesson plan's 教学过程, in order (docs/curriculum.md, lesson-plan format). */
export const segmentNames = ['导入', '新课讲授', '学生实践', '总结归纳', '作业布置'] as const;

/** The H2 sections every lesson body has, in order. */
export const lessonSections = ['情景导入', '素养园地', '新课讲授', '学生实践', '总结归纳', '作业布置'] as const;

const list = (what: string, min = 1) =>
  z.array(z.string().min(2, { error: `${what}的每一项至少 2 个字` })).min(min, { error: `${what}至少写 ${min} 项` });

/** A teaching segment (教学过程 的一个环节) with its minutes. */
export const segmentSchema = z.object({
  name: z.enum(segmentNames, { error: `环节名称应为：${segmentNames.join(' / ')}` }),
  minutes: z.number().int().positive(),
  /** What happens in class during the segment. */
  activity: z.string().min(4),
});

interface LessonSchemaContext {
  /** Every requirement ID of the curriculum. */
  requirementIds: ReadonlySet<string>;
  /** Minutes per class hour. @default 45 */
  minutesPerHour: number;
  /** Modules without requirements of their own (the 综合考核): their lessons may cover none. */
  assessmentModules?: ReadonlySet<number>;
}

/**
 * Builds the lesson front-matter schema (the 教学简案 format). Checks meaning, not only shape:
 * requirement IDs must exist, the segments must follow the standard order and fill the lesson's time.
 */
export function makeLessonSchema({ requirementIds, minutesPerHour, assessmentModules = new Set() }: LessonSchemaContext) {
  return z
    .object({
      /** Lesson code from the outline. @example '1.2' */
      code: z.string({ error: '课次编号应写成带引号的 “模块号.序号”，如 "1.2"' }).regex(/^\d+\.\d+$/, { error: '课次编号应写成带引号的 “模块号.序号”，如 "1.2"' }),
      /** 课题名称 */
      title: z.string().min(2),
      /** 所属模块 number. */
      module: z.number().int().min(1),
      /** 授课学时 @default 2 */
      hours: z.number().int().positive().default(2),
      /** 授课形式 @default '理实一体化' */
      format: z.string().default('理实一体化'),
      /** One-sentence summary for search results and the page's meta description (≤ 80 characters). */
      description: z.string().min(10).max(80, { error: '简介（description）不超过 80 字' }),
      /** 教学内容 */
      content: list('教学内容'),
      objectives: z.object({
        knowledge: list('知识目标'),
        skill: list('能力目标'),
        quality: list('素质目标'),
      }),
      keyPoints: list('教学重点'),
      difficulties: list('教学难点'),
      teachingMethods: list('教法'),
      learningMethods: list('学法'),
      /** 课程思政元素 */
      ideology: z.string().min(6),
      segments: z.array(segmentSchema).min(1),
      /** Requirement IDs this lesson teaches; empty only in an assessment module. @example ['m1.know.role'] */
      covers: z.array(z.string()).default([]),
      homework: list('作业'),
    })
    .superRefine((lesson, ctx) => {
      if (lesson.covers.length === 0 && !assessmentModules.has(lesson.module)) {
        ctx.addIssue({ code: 'custom', path: ['covers'], message: '至少列出一个本课覆盖的要求编号（covers）' });
      }
      lesson.covers.forEach((id, i) => {
        if (!requirementIds.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['covers', i],
            message: `未知的要求编号 “${id}”；应为 src/data/curriculum.ts 中已有的编号，如 m${lesson.module}.know.…`,
          });
        } else if (!id.startsWith(`m${lesson.module}.`)) {
          ctx.addIssue({
            code: 'custom',
            path: ['covers', i],
            message: `要求编号 “${id}” 属于其他模块；第 ${lesson.module} 模块的课次应写 m${lesson.module}. 开头的编号`,
          });
        }
      });
      const names = lesson.segments.map((s) => s.name);
      if (names.join() !== segmentNames.join()) {
        ctx.addIssue({
          code: 'custom',
          path: ['segments'],
          message: `教学环节为 ${names.join(' → ')}；应依次为 ${segmentNames.join(' → ')}`,
        });
      }
      const total = lesson.segments.reduce((sum, s) => sum + s.minutes, 0);
      const expected = lesson.hours * minutesPerHour;
      if (total !== expected) {
        ctx.addIssue({
          code: 'custom',
          path: ['segments'],
          message: `教学环节合计 ${total} 分钟（${lesson.segments.map((s) => `${s.name} ${s.minutes}`).join(' + ')}）；${lesson.hours} 学时应为 ${expected} 分钟`,
        });
      }
    });
}

export type LessonData = z.output<ReturnType<typeof makeLessonSchema>>;
export type LessonInput = z.input<ReturnType<typeof makeLessonSchema>>;
export type Segment = z.output<typeof segmentSchema>;

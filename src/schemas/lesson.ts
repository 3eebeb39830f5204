import { z } from './zod.ts';

/** The five segments of a lesson plan's 教学过程, in order (docs/curriculum.md, lesson-plan format). */
export const segmentNames = ['导入', '新课讲授', '学生实践', '总结归纳', '作业布置'] as const;

/** The H2 sections every lesson body has, in order. */
export const lessonSections = ['情景导入', '素养园地', '新课讲授', '学生实践', '总结归纳', '作业布置'] as const;

const list = (what: string, min = 1) =>
  z.array(z.string().min(2, { error: `${what}的每一项至少 2 个字` })).min(min, { error: `${what}至少写 ${min} 项` });

/** A list of 2–5 concrete activities (教师活动 / 学生活动), each a phrase of 6–80 characters. */
const activities = (what: string) =>
  z
    .array(z.string().min(6, { error: `${what}的每一项至少 6 个字，写出具体做什么` }).max(80, { error: `${what}的每一项不超过 80 字` }))
    .min(2, { error: `${what}至少写 2 项` })
    .max(5, { error: `${what}最多写 5 项` });

/** A teaching segment (教学过程 的一个环节) with its minutes and, for the 详案, who does what and why. */
export const segmentSchema = z.object({
  name: z.enum(segmentNames, { error: `环节名称应为：${segmentNames.join(' / ')}` }),
  minutes: z.number().int().positive(),
  /** What happens in class during the segment (the 简案 line). */
  activity: z.string().min(4),
  /** 教师活动: 2–5 concrete steps. @example ['展示客服日报，提问“询单转化率 16% 算不算好”', '讲述王丽践行首问负责制的故事'] */
  teacher: activities('教师活动'),
  /** 学生活动: 2–5 concrete steps. @example ['阅读情景，讨论三个问题', '分享对首问负责制的理解'] */
  students: activities('学生活动'),
  /** 设计意图: 1–2 sentences naming the objective the segment serves. */
  purpose: z.string().min(15, { error: '设计意图至少 15 字，写明服务于哪个教学目标' }).max(120, { error: '设计意图不超过 120 字（一两句话）' }),
});

/** A line of the 板书设计: a main point with the keywords written beside it. */
export const boardPointSchema = z.object({
  /** The main point as written on the board. @example '一、岗位与组织结构' */
  point: z.string().min(2).max(24, { error: '板书要点不超过 24 字' }),
  /** Keywords beside the point (0–5), each short. @example ['售前', '售中', '售后'] */
  keys: z.array(z.string().min(1).max(16, { error: '板书关键词不超过 16 字' })).max(5, { error: '每个板书要点最多 5 个关键词' }).default([]),
});

/** 板书设计: the blackboard plan — a title and 3–8 main points (with the title, 4–9 lines on the board). */
export const boardSchema = z.object({
  /** Heading written at the top of the board; usually the lesson title. */
  title: z.string().min(2).max(30),
  points: z.array(boardPointSchema).min(3, { error: '板书至少写 3 个要点' }).max(8, { error: '板书最多写 8 个要点' }),
});

/** A classroom task of the 学案, optionally tied to one of the lesson's forms. */
export const guideTaskSchema = z.object({
  /** What the student does. @example '对照招聘启事，填写表1-4 客服岗位任职要求' */
  task: z.string().min(8).max(120),
  /** ID of the form (src/data/forms/) the student fills in for this task; it must belong to the lesson. */
  form: z.string().optional(),
});

/** 学案: what students prepare before class and do in class (the homework comes from `homework`). */
export const guideSchema = z.object({
  /** 课前预习: 2–4 tasks, each naming what to read or think about. */
  preview: z.array(z.string().min(10, { error: '课前预习的每一项至少 10 字，写明读什么、想什么' }).max(120)).min(2, { error: '课前预习至少 2 项' }).max(4, { error: '课前预习最多 4 项' }),
  /** 课堂任务: the tasks of the 学生实践, in order. */
  tasks: z.array(guideTaskSchema).min(1).max(6),
});

interface LessonSchemaContext {
  /** Every requirement ID of the curriculum. */
  requirementIds: ReadonlySet<string>;
  /** Every form exercise's ID with the lesson code it belongs to (src/data/forms/). */
  formLessons: ReadonlyMap<string, string>;
  /** Minutes per class hour. @default 45 */
  minutesPerHour: number;
  /** Modules without requirements of their own (the 综合考核): their lessons may cover none. */
  assessmentModules?: ReadonlySet<number>;
}

/**
 * Builds the lesson front-matter schema (the 教学简案 format). Checks meaning, not only shape:
 * requirement IDs must exist, the segments must follow the standard order and fill the lesson's time.
 */
export function makeLessonSchema({ requirementIds, formLessons, minutesPerHour, assessmentModules = new Set() }: LessonSchemaContext) {
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
      /** 板书设计 of the 详案. */
      board: boardSchema,
      /** 学案 for students. */
      guide: guideSchema,
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
      lesson.guide.tasks.forEach((task, i) => {
        if (task.form === undefined) return;
        const owner = formLessons.get(task.form);
        if (owner !== lesson.code) {
          ctx.addIssue({
            code: 'custom',
            path: ['guide', 'tasks', i, 'form'],
            message: owner
              ? `表单 “${task.form}” 属于第 ${owner} 课，学案只能引用本课（${lesson.code}）的表单`
              : `未知的表单编号 “${task.form}”；应为 src/data/forms/ 中第 ${lesson.code} 课的表单`,
          });
        }
      });
      const used = new Set(lesson.guide.tasks.map((t) => t.form));
      const missing = [...formLessons].filter(([id, code]) => code === lesson.code && !used.has(id)).map(([id]) => id);
      if (missing.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['guide', 'tasks'], message: `学案的课堂任务没有安排本课的表单：${missing.join('、')}` });
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
export type Board = z.output<typeof boardSchema>;
export type Guide = z.output<typeof guideSchema>;

import { describe, expect, it } from 'vitest';
import { makeLessonSchema, type LessonInput } from '../../src/schemas/lesson.ts';
import { issuesToProblems, formatProblems } from '../../src/lib/content-error.ts';

const schema = makeLessonSchema({ requirementIds: new Set(['m1.know.role', 'm2.know.im']), formLessons: new Map([['m1.form.haier-service', '1.1'], ['m1.form.xiaozhi', '1.1'], ['m1.form.duties', '1.2']]), minutesPerHour: 45, assessmentModules: new Set([9]) });
const file = 'src/content/lessons/1-1.mdx';

/** 详案 fields of a segment, written for the tests. */
const detail = (name: string) => ({
  teacher: [`组织${name}环节的第一项活动`, `点评${name}环节中学生的表现`],
  students: [`参与${name}环节的讨论活动`, `完成${name}环节布置的任务`],
  purpose: `通过${name}环节落实认识客户服务的知识目标。`,
});

const valid: LessonInput = {
  code: '1.1',
  title: '初识客户与电子商务客户服务',
  module: 1,
  hours: 2,
  format: '理实一体化',
  description: '认识客户、服务与客户服务，了解客服岗位的地位和作用。',
  content: ['客户与客户服务'],
  objectives: { knowledge: ['了解客户的含义'], skill: ['能区分服务类型'], quality: ['树立服务意识'] },
  keyPoints: ['客户服务的分类'],
  difficulties: ['理解客户服务的重要性'],
  teachingMethods: ['讲授法'],
  learningMethods: ['实践法'],
  ideology: '树立正确的职业观和服务意识。',
  segments: [
    { name: '导入', minutes: 5, activity: '情景导入与素养园地', ...detail('导入') },
    { name: '新课讲授', minutes: 40, activity: '讲授客户服务的含义', ...detail('新课讲授') },
    { name: '学生实践', minutes: 40, activity: '完成表1-1至表1-3', ...detail('学生实践') },
    { name: '总结归纳', minutes: 4, activity: '师生共同总结', ...detail('总结归纳') },
    { name: '作业布置', minutes: 1, activity: '布置课后作业', ...detail('作业布置') },
  ],
  covers: ['m1.know.role'],
  homework: ['整理课堂笔记'],
  board: { title: '初识客户服务', points: [{ point: '一、客户', keys: ['内部客户', '外部客户'] }, { point: '二、服务' }, { point: '三、客户服务', keys: ['五种分类'] }] },
  guide: {
    preview: ['阅读情景导入，写出周姐的三个问题', '回忆一次网购时与客服打交道的经历'],
    tasks: [
      { task: '登录海尔官网了解售后服务', form: 'm1.form.haier-service' },
      { task: '向智能客服小智提三个问题', form: 'm1.form.xiaozhi' },
    ],
  },
};

/** The author-facing message for a front matter, or '' when it is valid. */
function messages(data: unknown): string {
  const result = schema.safeParse(data);
  return result.success ? '' : formatProblems(issuesToProblems(file, data, result.error.issues));
}

describe('lesson front matter', () => {
  it('accepts a complete lesson plan', () => {
    expect(messages(valid)).toBe('');
  });

  it('fills the defaults for 学时 and 授课形式', () => {
    const { hours: _h, format: _f, ...rest } = valid;
    expect(schema.parse(rest)).toMatchObject({ hours: 2, format: '理实一体化' });
  });

  it('explains an unknown requirement ID', () => {
    expect(messages({ ...valid, covers: ['m1.know.rolee'] })).toMatchInlineSnapshot(`"  - src/content/lessons/1-1.mdx: 字段 covers.0：未知的要求编号 “m1.know.rolee”；应为 src/data/curriculum.ts 中已有的编号，如 m1.know.…；实际为 "m1.know.rolee""`);
  });

  it('explains an ID of another module', () => {
    expect(messages({ ...valid, covers: ['m1.know.role', 'm2.know.im'] })).toMatchInlineSnapshot(`"  - src/content/lessons/1-1.mdx: 字段 covers.1：要求编号 “m2.know.im” 属于其他模块；第 1 模块的课次应写 m1. 开头的编号；实际为 "m2.know.im""`);
  });

  it('asks a teaching lesson for its covered requirements, but lets the assessment lesson cover none', () => {
    expect(messages({ ...valid, covers: [] })).toContain('至少列出一个本课覆盖的要求编号（covers）');
    expect(schema.safeParse({ ...valid, code: '9.1', module: 9, covers: [], guide: { ...valid.guide, tasks: [{ task: '独立完成理论测验并交答题文件' }] } }).success).toBe(true);
  });

  it('explains segments that do not fill 90 minutes', () => {
    const segments = valid.segments.map((s) => (s.name === '学生实践' ? { ...s, minutes: 35 } : s));
    expect(messages({ ...valid, segments })).toMatchInlineSnapshot(`"  - src/content/lessons/1-1.mdx: 字段 segments：教学环节合计 85 分钟（导入 5 + 新课讲授 40 + 学生实践 35 + 总结归纳 4 + 作业布置 1）；2 学时应为 90 分钟；实际为 [{"name":"导入","minutes":5,"activity":"情景导入与素养园地","teacher…"`);
  });

  it('explains segments out of order', () => {
    const [a, b, ...rest] = valid.segments;
    expect(messages({ ...valid, segments: [b, a, ...rest] })).toMatchInlineSnapshot(`"  - src/content/lessons/1-1.mdx: 字段 segments：教学环节为 新课讲授 → 导入 → 学生实践 → 总结归纳 → 作业布置；应依次为 导入 → 新课讲授 → 学生实践 → 总结归纳 → 作业布置；实际为 [{"name":"新课讲授","minutes":40,"activity":"讲授客户服务的含义","teac…"`);
  });

  it('explains a lesson code written as a number', () => {
    expect(messages({ ...valid, code: 1.1 })).toMatchInlineSnapshot(`"  - src/content/lessons/1-1.mdx: 字段 code：课次编号应写成带引号的 “模块号.序号”，如 "1.2"；实际为 1.1"`);
  });

  it('explains a missing field', () => {
    const { keyPoints: _k, ...rest } = valid;
    expect(messages(rest)).toMatchInlineSnapshot(`"  - src/content/lessons/1-1.mdx: 字段 keyPoints：无效输入：期望 数组，实际接收 undefined；实际为 （缺少）"`);
  });

  it('asks for two to five concrete 教师活动 and a 设计意图 that names its aim', () => {
    const segments = valid.segments.map((s, i) => (i === 1 ? { ...s, teacher: ['讲授'], purpose: '讲授新课。' } : s));
    const text = messages({ ...valid, segments });
    expect(text).toContain('字段 segments.1.teacher：教师活动至少写 2 项');
    expect(text).toContain('字段 segments.1.purpose：设计意图至少 15 字，写明服务于哪个教学目标');
    const six = valid.segments.map((s, i) => (i === 2 ? { ...s, students: Array.from({ length: 6 }, (_, k) => `第 ${k + 1} 项学生活动内容`) } : s));
    expect(messages({ ...valid, segments: six })).toContain('学生活动最多写 5 项');
  });

  it('asks the 板书设计 for three to eight points', () => {
    expect(messages({ ...valid, board: { title: '初识客户服务', points: [{ point: '一、客户' }] } })).toContain('板书至少写 3 个要点');
  });

  it('checks that 学案 tasks name forms of this lesson, and that every form of the lesson has a task', () => {
    const tasks = (form: string) => [{ task: '登录海尔官网了解售后服务', form: 'm1.form.haier-service' }, { task: '向智能客服小智提三个问题', form }];
    expect(messages({ ...valid, guide: { ...valid.guide, tasks: tasks('m1.form.xiaozhii') } })).toMatchInlineSnapshot(`
      "  - src/content/lessons/1-1.mdx: 字段 guide.tasks.1.form：未知的表单编号 “m1.form.xiaozhii”；应为 src/data/forms/ 中第 1.1 课的表单；实际为 "m1.form.xiaozhii"
        - src/content/lessons/1-1.mdx: 字段 guide.tasks：学案的课堂任务没有安排本课的表单：m1.form.xiaozhi；实际为 [{"task":"登录海尔官网了解售后服务","form":"m1.form.haier-service"},{…"
    `);
    expect(messages({ ...valid, guide: { ...valid.guide, tasks: tasks('m1.form.duties') } })).toMatchInlineSnapshot(`
      "  - src/content/lessons/1-1.mdx: 字段 guide.tasks.1.form：表单 “m1.form.duties” 属于第 1.2 课，学案只能引用本课（1.1）的表单；实际为 "m1.form.duties"
        - src/content/lessons/1-1.mdx: 字段 guide.tasks：学案的课堂任务没有安排本课的表单：m1.form.xiaozhi；实际为 [{"task":"登录海尔官网了解售后服务","form":"m1.form.haier-service"},{…"
    `);
  });

  it('asks for two to four preview tasks', () => {
    expect(messages({ ...valid, guide: { ...valid.guide, preview: ['阅读情景导入，写出周姐的三个问题'] } })).toContain('课前预习至少 2 项');
  });
});

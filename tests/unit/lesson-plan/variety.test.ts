import { describe, expect, it } from 'vitest';
import { checkPlanVariety, type PlanFacts } from '../../../src/lib/lesson-plan/variety.ts';
import { readLessonFiles } from '../helpers/lesson-files.ts';

const segment = (teacher: string[], students: string[], purpose: string) => ({ name: '导入' as const, teacher, students, purpose });
const lesson = (code: string, s: PlanFacts['segments'][number]): PlanFacts => ({ file: `src/content/lessons/${code.replace('.', '-')}.mdx`, code, segments: [s] });

describe('checkPlanVariety', () => {
  it.each([
    ['different lessons', [lesson('1.1', segment(['展示海尔案例', '提问'], ['讨论', '回答'], '引出服务。')), lesson('1.2', segment(['展示客服日报', '提问'], ['计算', '回答'], '引出指标。'))], 0],
    ['the same 教师活动', [lesson('1.1', segment(['展示案例', '提问'], ['讨论', '回答'], '引出服务。')), lesson('1.2', segment(['展示案例', '提问'], ['计算', '回答'], '引出指标。'))], 1],
    ['the same 学生活动 and 设计意图', [lesson('1.1', segment(['展示海尔案例', '提问'], ['讨论', '回答'], '引出主题。')), lesson('1.2', segment(['展示客服日报', '提问'], ['讨论', '回答'], '引出主题。'))], 2],
  ] as const)('%s → %i problem(s)', (_, lessons, count) => {
    expect(checkPlanVariety(lessons)).toHaveLength(count);
  });

  it('names both lessons and the segment', () => {
    const [problem] = checkPlanVariety([lesson('1.1', segment(['展示案例', '提问'], ['讨论', '回答'], '甲')), lesson('1.2', segment(['展示案例', '提问'], ['计算', '回答'], '乙'))]);
    expect(problem).toEqual({ file: 'src/content/lessons/1-2.mdx', message: '「导入」环节的教师活动与第 1.1 课（src/content/lessons/1-1.mdx）完全相同；请按本课内容写' });
  });

  it('finds nothing copied between the course lessons', () => {
    const lessons = readLessonFiles().map((f) => ({ file: f.file, ...(f.data as unknown as Omit<PlanFacts, 'file'>) }));
    expect(lessons).toHaveLength(27);
    expect(checkPlanVariety(lessons)).toEqual([]);
  });
});

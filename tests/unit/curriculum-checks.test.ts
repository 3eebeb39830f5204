import { describe, expect, it } from 'vitest';
import { curriculum, gradingSchemes, outline } from '../../src/data/index.ts';
import { checkCurriculum, checkExerciseCoverage, checkGradingSchemes, checkLessons, checkMembership, checkOutline, listRequirements, type DeclaredMember, type LessonFacts } from '../../src/lib/curriculum-checks.ts';
import { ContentError, assertNoProblems, formatProblems } from '../../src/lib/content-error.ts';
import type { Curriculum } from '../../src/schemas/curriculum.ts';

const clone = () => structuredClone(curriculum) as Curriculum;
const moduleOf = (c: Curriculum, n: number) => c.modules.find((m) => m.number === n)!;

describe('checkCurriculum and checkOutline', () => {
  it('accept the real standard', () => {
    expect([...checkCurriculum(curriculum), ...checkOutline(curriculum, outline)]).toEqual([]);
  });

  it('name the file and the numbers when module 6 is set to 7 hours', () => {
    const broken = clone();
    moduleOf(broken, 6).hours = 7;
    expect(formatProblems([...checkCurriculum(broken), ...checkOutline(broken, outline)])).toMatchInlineSnapshot(`
      "  - src/data/curriculum.ts: 各模块学时合计 55（4 + 8 + 8 + 8 + 6 + 7 + 8 + 4 + 2），与课程总学时 54 不符
        - src/data/curriculum.ts: 第 6 模块「打包发货」为 7 学时，但 src/data/outline.ts 中它的课次合计 6 学时（6.1: 2，6.2: 2，6.3: 2）"
    `);
  });

  it.each([
    ['a duplicated requirement ID', (c: Curriculum) => moduleOf(c, 2).know.push({ id: 'm2.know.im', text: '重复的要求' }), '要求编号 m2.know.im 重复；每个编号只能用一次'],
    ['an ID filed under the wrong module', (c: Curriculum) => moduleOf(c, 3).skill.push({ id: 'm4.skill.extra', text: '放错模块' }), '要求编号 m4.skill.extra 放在第 3 模块的 skill 中；编号应以 m3.skill. 开头'],
    ['an ID filed under the wrong kind', (c: Curriculum) => moduleOf(c, 3).attitude.push({ id: 'm3.skill.extra', text: '放错类别' }), '要求编号 m3.skill.extra 放在第 3 模块的 attitude 中；编号应以 m3.attitude. 开头'],
  ])('report %s', (_, breakIt, message) => {
    const broken = clone();
    breakIt(broken);
    expect(checkCurriculum(broken)).toEqual([{ file: 'src/data/curriculum.ts', message }]);
  });

  it.each([
    ['a duplicated lesson code', [...outline, outline[0]!], '课次 1.1 重复'],
    ['a code that does not start with its module', [...outline.slice(0, -1), { ...outline.at(-1)!, code: '8.3' }], '课次 8.3 标为第 9 模块；编号应以 9. 开头'],
  ])('report %s in the outline', (_, entries, message) => {
    expect(checkOutline(curriculum, entries).map((p) => p.message)).toContain(message);
  });
});

describe('checkGradingSchemes', () => {
  it('accepts the shipped schemes', () => {
    expect(checkGradingSchemes(gradingSchemes)).toEqual([]);
  });

  it('names the scheme, the level and the weights that do not sum to 100 %', () => {
    const [standard] = structuredClone(gradingSchemes);
    standard!.components[0]!.weight = 35;
    standard!.components[2]!.items[1]!.weight = 50;
    expect(formatProblems(checkGradingSchemes([standard!]))).toMatchInlineSnapshot(`
      "  - src/data/grading.ts: 方案「课程标准评价方案（30/30/40）」各部分权重合计 105%（35 + 30 + 40），应为 100%
        - src/data/grading.ts: 方案「课程标准评价方案（30/30/40）」中「学习结果」各项权重合计 90%（40 + 50），应为 100%"
    `);
  });

  it('rejects duplicate item IDs within a scheme', () => {
    const [standard] = structuredClone(gradingSchemes);
    standard!.components[1]!.items[0]!.id = 'attitude.attendance';
    expect(checkGradingSchemes([standard!]).map((p) => p.message)).toEqual([
      '方案「课程标准评价方案（30/30/40）」的评分项编号 attitude.attendance 重复',
    ]);
  });
});

describe('checkLessons', () => {
  const lesson = (over: Partial<LessonFacts>): LessonFacts => ({
    file: 'src/content/lessons/1-1.mdx',
    code: '1.1',
    module: 1,
    hours: 2,
    covers: ['m1.know.role'],
    ...over,
  });
  const run = (lessons: LessonFacts[], strict: number[] = []) =>
    checkLessons(curriculum, outline, lessons, { strictCoverageModules: strict }).map((p) => `${p.file}: ${p.message}`);

  it.each([
    ['a code not in the outline', [lesson({ code: '1.9', file: 'src/content/lessons/1-9.mdx' })], ['src/content/lessons/1-9.mdx: 课次编号 code “1.9” 不在 src/data/outline.ts 的大纲中']],
    ['hours that differ from the outline', [lesson({ hours: 3 })], ['src/content/lessons/1-1.mdx: 字段 hours 为 3 学时，大纲中课次 1.1 为 2 学时']],
    ['a module that differs from the outline', [lesson({ module: 2 })], ['src/content/lessons/1-1.mdx: 字段 module 为 2，大纲中课次 1.1 属于第 1 模块']],
    ['two files with one code', [lesson({}), lesson({ file: 'src/content/lessons/1-1b.mdx' })], ['src/content/lessons/1-1b.mdx: 课次编号 code “1.1” 与 src/content/lessons/1-1.mdx 重复']],
  ])('reports %s', (_, lessons, expected) => {
    expect(run(lessons)).toEqual(expected);
  });

  it('reports a module whose written lessons exceed its hours', () => {
    const fat = [lesson({ hours: 3 }), lesson({ code: '1.2', file: 'src/content/lessons/1-2.mdx', hours: 2 })];
    expect(run(fat)).toContain('src/data/curriculum.ts: 第 1 模块「走近网络客服工作平台」为 4 学时，已写课次合计 5 学时（1.1: 3，1.2: 2）');
  });

  it('lists each requirement of a strictly checked module that no lesson covers', () => {
    const problems = run([lesson({})], [1]);
    expect(problems).toHaveLength(9);
    expect(problems[0]).toBe('src/data/curriculum.ts: 第 1 模块「走近网络客服工作平台」为 4 学时，已写课次合计 2 学时（1.1: 2），缺少的课次要补齐');
    expect(problems[1]).toBe('src/data/curriculum.ts: 要求 m1.know.quality「了解客服岗位对个人素质的要求」没有任何课次覆盖（在课次的 covers 中列出它）');
  });
});

describe('checkExerciseCoverage', () => {
  it('names each requirement of a strictly checked module that no exercise checks', () => {
    const exercised = new Set(listRequirements(curriculum).filter((r) => r.id !== 'm1.skill.orgchart').map((r) => r.id));
    expect(formatProblems(checkExerciseCoverage(curriculum, exercised, [1]))).toMatchInlineSnapshot(`"  - src/data/curriculum.ts: 要求 m1.skill.orgchart「能画出客服部门的一般组织结构图」没有任何练习检查它（在题目、表格、模拟实战情景或通话话术的 requirements 中列出它）"`);
    expect(checkExerciseCoverage(curriculum, new Set(), [])).toEqual([]);
  });
});

describe('checkMembership', () => {
  const lessons = [{ code: '1.1', module: 1 }, { code: '2.1', module: 2 }];
  const bank = (module: number, questionIds: string[]) => ({ file: `src/data/questions/m${module}.ts`, module, questionIds });
  const member = (kind: DeclaredMember['kind'], id: string, lesson?: string): DeclaredMember => ({ file: `src/data/${kind}.ts`, kind, id, lesson });
  const run = (members: DeclaredMember[], banks = [bank(1, ['m1.q.a'])], asked = ['m1.q.a']) =>
    formatProblems(checkMembership(lessons, members, { banks, asked: new Set(asked) }));

  it('accepts exercises of written lessons, a chat of no lesson, and questions left to a written module’s 单元测验', () => {
    expect(run([member('quiz', 'lesson-1-1', '1.1'), member('form', 'm2.form.a', '2.1'), member('chat', 'free')], [bank(1, ['m1.q.a', 'm1.q.exam-only'])])).toBe('');
  });

  it.each([
    [
      'a quiz of a lesson not written',
      [member('quiz', 'lesson-1-2', '1.2')],
      [bank(1, ['m1.q.a'])],
      '  - src/data/quiz.ts: quiz "lesson-1-2" is declared for lesson 1.2, but no lesson file has code "1.2" (src/content/lessons/1-2.mdx); write the lesson or name a written one',
    ],
    [
      'a form of a lesson not written',
      [member('form', 'm3.form.a', '3.1')],
      [bank(1, ['m1.q.a'])],
      '  - src/data/form.ts: form "m3.form.a" is declared for lesson 3.1, but no lesson file has code "3.1" (src/content/lessons/3-1.mdx); write the lesson or name a written one',
    ],
    [
      'questions of a module without lessons',
      [],
      [bank(3, ['m3.q.a', 'm3.q.b', 'm3.q.c', 'm3.q.d'])],
      '  - src/data/questions/m3.ts: 4 question(s) are declared by no lesson (m3.q.a, m3.q.b, m3.q.c, …): no lesson quiz asks them, and module 3 has no written lesson to offer its module exam (单元测验)',
    ],
  ])('fails on %s', (_, members, banks, expected) => {
    expect(run(members, banks)).toBe(expected);
  });
});

describe('assertNoProblems', () => {
  it('passes quietly when there is nothing wrong', () => {
    expect(() => assertNoProblems('标题', [])).not.toThrow();
  });

  it('throws one ContentError whose message lists every problem', () => {
    const run = () => assertNoProblems('课程数据的数量关系不成立：', [{ file: 'a.ts', message: '甲' }, { file: 'b.ts', message: '乙' }]);
    expect(run).toThrow(ContentError);
    expect(run).toThrow('课程数据的数量关系不成立：\n  - a.ts: 甲\n  - b.ts: 乙');
  });
});

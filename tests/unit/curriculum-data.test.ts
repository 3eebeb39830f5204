import { describe, expect, it } from 'vitest';
import { assessmentModules, curriculum, gradingSchemes, outline, requirementIds, strictCoverageModules } from '../../src/data/index.ts';
import { checkExerciseCoverage, checkLessons, checkMembership, listRequirements } from '../../src/lib/curriculum-checks.ts';
import { formatProblems, issuesToProblems } from '../../src/lib/content-error.ts';
import { lessonSections, makeLessonSchema } from '../../src/schemas/lesson.ts';
import { lessonSlug } from '../../src/lib/routes.ts';
import { countHan, readLessonFiles } from './helpers/lesson-files.ts';
import { exercisesByRequirement } from '../../src/data/exercises.ts';
import { declaredMembers, questionMembership } from '../../src/data/members.ts';
import { formLessons } from '../../src/data/forms/index.ts';

// Importing src/data/index.ts already parses every data file and throws a ContentError naming the
// file and the numbers when an invariant breaks; these tests pin the facts of the standard itself.
describe('the curriculum standard as data', () => {
  it('adds up to 54 hours over 8 modules and the 机动（考核） block', () => {
    expect(curriculum.course.totalHours).toBe(54);
    expect(curriculum.modules.map((m) => [m.number, m.hours])).toEqual([
      [1, 4], [2, 8], [3, 8], [4, 8], [5, 6], [6, 6], [7, 8], [8, 4], [9, 2],
    ]);
  });

  it('has 27 two-hour lessons in the outline', () => {
    expect(outline).toHaveLength(27);
    expect(outline.every((e) => e.hours === 2)).toBe(true);
  });

  it('gives every requirement a unique, well-formed ID', () => {
    const all = listRequirements(curriculum);
    expect(all.length).toBe(requirementIds.size);
    expect(all.length).toBe(72);
    expect(requirementIds.has('m6.skill.freight')).toBe(true);
  });

  it('ships the 30/30/40 scheme with its sub-weights and the 50/50 + bonus scheme', () => {
    const [standard, alt] = gradingSchemes;
    expect(standard!.components.map((c) => [c.name, c.weight, c.items.map((i) => `${i.name}${i.weight}`).join()])).toEqual([
      ['学习态度', 30, '出勤20,课堂纪律40,师生互助20,尊师重教20'],
      ['学习过程', 30, '活动提问参与度20,模块作品质量25,活动参与度15,课堂纪律20,店铺运营效果20'],
      ['学习结果', 40, '期中考试40,期末考试60'],
    ]);
    expect(standard!.flags.map((f) => f.name)).toEqual(['免考', '优秀（技能大赛）']);
    expect(alt!.components.map((c) => c.weight)).toEqual([50, 50]);
    expect(alt!.bonus?.name).toBe('加分');
  });
});

describe('the written lessons', () => {
  const files = readLessonFiles();
  const schema = makeLessonSchema({ requirementIds, formLessons, assessmentModules, minutesPerHour: curriculum.course.minutesPerHour });

  it('includes the model lessons 1.1 and 1.2', () => {
    expect(files.map((f) => f.data.code)).toEqual(expect.arrayContaining(['1.1', '1.2']));
  });

  describe.each(files.map((f) => [f.file, f] as const))('%s', (_, lesson) => {
    it('has valid lesson-plan front matter', () => {
      const result = schema.safeParse(lesson.data);
      expect(result.success ? [] : formatProblems(issuesToProblems(lesson.file, lesson.data, result.error.issues))).toEqual([]);
    });

    it('is named after its code', () => {
      expect(lesson.file).toBe(`src/content/lessons/${lessonSlug(String(lesson.data.code))}.mdx`);
    });

    it('has the six sections in order', () => {
      const headings = [...lesson.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
      expect(headings).toEqual([...lessonSections]);
    });

    it('has at least 3,000 characters of teaching text', () => {
      expect(countHan(lesson.body)).toBeGreaterThanOrEqual(3000);
    });

    it('contains no placeholder text', () => {
      expect(lesson.body).not.toMatch(/TODO|TBD|待补充|待完善|此处填写|占位|lorem/i);
    });
  });

  it('agree with the outline and cover every requirement of the strictly checked modules', () => {
    const facts = files.map((f) => {
      const data = schema.parse(f.data);
      return { file: f.file, code: data.code, module: data.module, hours: data.hours, covers: data.covers };
    });
    expect(formatProblems(checkLessons(curriculum, outline, facts, { strictCoverageModules }))).toBe('');
  });

  it('check every requirement of the strictly checked modules with at least one exercise', () => {
    const exercised = new Set(exercisesByRequirement().keys());
    expect(formatProblems(checkExerciseCoverage(curriculum, exercised, strictCoverageModules))).toBe('');
  });

  it('hold every exercise src/data declares, and every bank question', () => {
    const facts = files.map((f) => ({ code: String(f.data.code), module: Number(f.data.module) }));
    expect(formatProblems(checkMembership(facts, declaredMembers, questionMembership))).toBe('');
  });
});

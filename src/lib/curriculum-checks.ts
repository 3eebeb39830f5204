import type { Curriculum, OutlineEntry, RequirementKind } from '../schemas/curriculum.ts';
import { requirementIdPattern, requirementKinds } from '../schemas/curriculum.ts';
import type { GradingScheme } from '../schemas/grading.ts';
import type { Problem } from './content-error.ts';
import { lessonSlug } from './routes.ts';

/** Where each data file lives, so problems name the file to edit. */
export const dataFiles = {
  curriculum: 'src/data/curriculum.ts',
  outline: 'src/data/outline.ts',
  grading: 'src/data/grading.ts',
} as const;

/** The minimum a check needs to know about a written lesson. */
export interface LessonFacts {
  /** Repository path of the lesson file. */
  file: string;
  code: string;
  module: number;
  hours: number;
  covers: readonly string[];
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const plus = (values: readonly number[]) => values.join(' + ');

/** Every requirement of the curriculum with the module and kind it sits under. */
export function listRequirements(curriculum: Curriculum) {
  return curriculum.modules.flatMap((module) =>
    requirementKinds.flatMap((kind) => module[kind].map((req) => ({ ...req, kind, module: module.number }))),
  );
}

/** Hours, IDs and module numbers of the standard itself. */
export function checkCurriculum(curriculum: Curriculum): Problem[] {
  const file = dataFiles.curriculum;
  const problems: Problem[] = [];
  const hours = curriculum.modules.map((m) => m.hours);
  if (sum(hours) !== curriculum.course.totalHours) {
    problems.push({
      file,
      message: `各模块学时合计 ${sum(hours)}（${plus(hours)}），与课程总学时 ${curriculum.course.totalHours} 不符`,
    });
  }
  const numbers = new Set<number>();
  for (const module of curriculum.modules) {
    if (numbers.has(module.number)) problems.push({ file, message: `模块编号 ${module.number} 重复` });
    numbers.add(module.number);
  }
  const seen = new Set<string>();
  for (const req of listRequirements(curriculum)) {
    if (seen.has(req.id)) problems.push({ file, message: `要求编号 ${req.id} 重复；每个编号只能用一次` });
    seen.add(req.id);
    const match = requirementIdPattern.exec(req.id);
    if (match && (Number(match[1]) !== req.module || (match[2] as RequirementKind) !== req.kind)) {
      problems.push({
        file,
        message: `要求编号 ${req.id} 放在第 ${req.module} 模块的 ${req.kind} 中；编号应以 m${req.module}.${req.kind}. 开头`,
      });
    }
  }
  return problems;
}

/** The outline must add up to each module's hours and name only existing modules. */
export function checkOutline(curriculum: Curriculum, outline: readonly OutlineEntry[]): Problem[] {
  const problems: Problem[] = [];
  const codes = new Set<string>();
  for (const entry of outline) {
    if (codes.has(entry.code)) problems.push({ file: dataFiles.outline, message: `课次 ${entry.code} 重复` });
    codes.add(entry.code);
    if (!entry.code.startsWith(`${entry.module}.`)) {
      problems.push({ file: dataFiles.outline, message: `课次 ${entry.code} 标为第 ${entry.module} 模块；编号应以 ${entry.module}. 开头` });
    }
    if (!curriculum.modules.some((m) => m.number === entry.module)) {
      problems.push({ file: dataFiles.outline, message: `课次 ${entry.code} 属于不存在的第 ${entry.module} 模块` });
    }
  }
  for (const module of curriculum.modules) {
    const lessons = outline.filter((e) => e.module === module.number);
    const hours = lessons.map((e) => e.hours);
    if (sum(hours) !== module.hours) {
      problems.push({
        file: dataFiles.curriculum,
        message: `第 ${module.number} 模块「${module.title}」为 ${module.hours} 学时，但 ${dataFiles.outline} 中它的课次合计 ${sum(hours)} 学时（${lessons.map((e) => `${e.code}: ${e.hours}`).join('，') || '没有课次'}）`,
      });
    }
  }
  return problems;
}

/** Weights at every level sum to 100 %, and item IDs are unique within a scheme. */
export function checkGradingSchemes(schemes: readonly GradingScheme[]): Problem[] {
  const file = dataFiles.grading;
  const problems: Problem[] = [];
  const schemeIds = new Set<string>();
  for (const scheme of schemes) {
    if (schemeIds.has(scheme.id)) problems.push({ file, message: `评价方案编号 ${scheme.id} 重复` });
    schemeIds.add(scheme.id);
    const weights = scheme.components.map((c) => c.weight);
    if (sum(weights) !== 100) {
      problems.push({ file, message: `方案「${scheme.name}」各部分权重合计 ${sum(weights)}%（${plus(weights)}），应为 100%` });
    }
    const itemIds = new Set<string>();
    for (const component of scheme.components) {
      const itemWeights = component.items.map((i) => i.weight);
      if (sum(itemWeights) !== 100) {
        problems.push({
          file,
          message: `方案「${scheme.name}」中「${component.name}」各项权重合计 ${sum(itemWeights)}%（${plus(itemWeights)}），应为 100%`,
        });
      }
      for (const item of component.items) {
        if (itemIds.has(item.id)) problems.push({ file, message: `方案「${scheme.name}」的评分项编号 ${item.id} 重复` });
        itemIds.add(item.id);
      }
    }
  }
  return problems;
}

/**
 * Every requirement of the strictly checked modules is checked by at least one exercise (a question,
 * form, scenario or call script lists it in `requirements`).
 */
export function checkExerciseCoverage(curriculum: Curriculum, exercised: ReadonlySet<string>, strictCoverageModules: readonly number[]): Problem[] {
  return listRequirements(curriculum)
    .filter((req) => strictCoverageModules.includes(req.module) && !exercised.has(req.id))
    .map((req) => ({
      file: dataFiles.curriculum,
      message: `要求 ${req.id}「${req.text}」没有任何练习检查它（在题目、表格、模拟实战情景或通话话术的 requirements 中列出它）`,
    }));
}

/** An exercise as src/data declares it: where, what kind, its ID and the lesson it names. */
export interface DeclaredMember {
  /** Repository path of the file that declares it. */
  file: string;
  kind: 'quiz' | 'form' | 'chat' | 'script';
  id: string;
  /** Lesson code; a mock chat of no lesson (a free practice) has none. */
  lesson?: string;
}

/** A module's question bank: where it is written and its question IDs. */
export interface BankFacts {
  file: string;
  module: number;
  questionIds: readonly string[];
}

/**
 * Membership as declared in src/data holds against the written lessons: every exercise names a
 * lesson that is written, and every bank question is reachable from a written lesson, either asked
 * by a lesson quiz or drawn by its module's 单元测验 (which the module's lessons offer). A quiz that
 * asks an unknown question is caught where quizzes are loaded (src/data/quizzes/index.ts).
 */
export function checkMembership(
  lessons: readonly Pick<LessonFacts, 'code' | 'module'>[],
  members: readonly DeclaredMember[],
  { banks, asked }: { banks: readonly BankFacts[]; asked: ReadonlySet<string> },
): Problem[] {
  const written = new Set(lessons.map((l) => l.code));
  const problems: Problem[] = members
    .filter((m) => m.lesson !== undefined && !written.has(m.lesson))
    .map((m) => ({
      file: m.file,
      message: `${m.kind} "${m.id}" is declared for lesson ${m.lesson}, but no lesson file has code "${m.lesson}" (src/content/lessons/${lessonSlug(m.lesson!)}.mdx); write the lesson or name a written one`,
    }));
  const modules = new Set(lessons.map((l) => l.module));
  for (const bank of banks) {
    if (modules.has(bank.module)) continue;
    const orphans = bank.questionIds.filter((id) => !asked.has(id));
    if (orphans.length > 0) {
      problems.push({
        file: bank.file,
        message: `${orphans.length} question(s) are declared by no lesson (${orphans.slice(0, 3).join(', ')}${orphans.length > 3 ? ', …' : ''}): no lesson quiz asks them, and module ${bank.module} has no written lesson to offer its module exam (单元测验)`,
      });
    }
  }
  return problems;
}

interface LessonCheckOptions {
  /** Modules whose every requirement must already be covered by a lesson. */
  strictCoverageModules: readonly number[];
}

/** Written lessons agree with the outline, and required coverage is complete. */
export function checkLessons(
  curriculum: Curriculum,
  outline: readonly OutlineEntry[],
  lessons: readonly LessonFacts[],
  { strictCoverageModules }: LessonCheckOptions,
): Problem[] {
  const problems: Problem[] = [];
  const byCode = new Map<string, LessonFacts>();
  for (const lesson of lessons) {
    const twin = byCode.get(lesson.code);
    if (twin) problems.push({ file: lesson.file, message: `课次编号 code “${lesson.code}” 与 ${twin.file} 重复` });
    byCode.set(lesson.code, lesson);
    const entry = outline.find((e) => e.code === lesson.code);
    if (!entry) {
      problems.push({ file: lesson.file, message: `课次编号 code “${lesson.code}” 不在 ${dataFiles.outline} 的大纲中` });
      continue;
    }
    if (entry.module !== lesson.module) {
      problems.push({ file: lesson.file, message: `字段 module 为 ${lesson.module}，大纲中课次 ${lesson.code} 属于第 ${entry.module} 模块` });
    }
    if (entry.hours !== lesson.hours) {
      problems.push({ file: lesson.file, message: `字段 hours 为 ${lesson.hours} 学时，大纲中课次 ${lesson.code} 为 ${entry.hours} 学时` });
    }
  }
  for (const module of curriculum.modules) {
    const written = lessons.filter((l) => l.module === module.number);
    const hours = sum(written.map((l) => l.hours));
    if (hours > module.hours || (strictCoverageModules.includes(module.number) && hours !== module.hours)) {
      problems.push({
        file: dataFiles.curriculum,
        message: `第 ${module.number} 模块「${module.title}」为 ${module.hours} 学时，已写课次合计 ${hours} 学时（${written.map((l) => `${l.code}: ${l.hours}`).join('，') || '尚无课次'}）${hours < module.hours ? '，缺少的课次要补齐' : ''}`,
      });
    }
  }
  const covered = new Set(lessons.flatMap((l) => l.covers));
  for (const req of listRequirements(curriculum)) {
    if (strictCoverageModules.includes(req.module) && !covered.has(req.id)) {
      problems.push({ file: dataFiles.curriculum, message: `要求 ${req.id}「${req.text}」没有任何课次覆盖（在课次的 covers 中列出它）` });
    }
  }
  return problems;
}

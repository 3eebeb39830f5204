import { describe, expect, it } from 'vitest';
import { banks } from '../../src/data/questions/index.ts';
import { forms } from '../../src/data/forms/index.ts';
import { scenarios } from '../../src/data/scenarios/index.ts';
import { callScripts } from '../../src/data/call-scripts/index.ts';
import { lessonQuizzes, quizzesOfLesson } from '../../src/data/quizzes/index.ts';
import { phrases } from '../../src/data/phrases.ts';
import { glossary } from '../../src/data/glossary/index.ts';
import { curriculum, outline } from '../../src/data/index.ts';
import type { QuestionType } from '../../src/schemas/question.ts';
import { lessonSlug } from '../../src/lib/routes.ts';
import { readLessonFiles } from './helpers/lesson-files.ts';

// The whole course is written (docs/curriculum.md), not a sample of it.
const questionTypes: QuestionType[] = ['single', 'multiple', 'truefalse', 'blank', 'ordering', 'matching', 'short'];
const taskModules = curriculum.modules.filter((m) => m.kind === 'task');
const lessons = readLessonFiles();
const ownIds = (module: number) => {
  const m = curriculum.modules.find((x) => x.number === module)!;
  return new Set([...m.know, ...m.skill, ...m.attitude].map((r) => r.id));
};

describe('the whole course', () => {
  it('speaks to students, not about its sources: no authoring phrases in lessons or any data a student reads', () => {
    // Phrases a writer uses about material, which leave a student unsure what is true (docs/domain.md).
    // Families: a source (资料, 教材, 题库, 培训资料) said or ruled so; hearsay (据了解, 业内常说, 常见的说法是).
    const authoring = new RegExp(
      [
        '有资料显示', '有的?资料(?:说|称|认为|指出|给出)', '(?:教学)?资料给出的说法', '据(?:有关)?资料', '有教学资料',
        '有些?(?:培训|教学|参考)资料', '教材(?:把|将|里|中|上)?(?:归纳|认为|指出|认定|规定|说)', '有(?:的|些)?题库', '题库(?:把|将)?.{0,12}认定',
        '业内(?:常说|普遍认为|人士称)', '常见的说法是', '有(?:一种|种)说法', '(?<![数证依根占])据(?:了解|悉|说|统计)', '据(?:一些|有关|相关|媒体|公开|新闻)*报道', '有研究(?:表明|显示)',
      ].join('|'),
    );
    const texts = [
      ...lessons.map((l) => [l.file, l.body] as const),
      ['src/data/questions/', JSON.stringify(banks)] as const,
      ['src/data/forms/', JSON.stringify(forms)] as const,
      ['src/data/scenarios/', JSON.stringify(scenarios)] as const,
      ['src/data/call-scripts/', JSON.stringify(callScripts)] as const,
      ['src/data/glossary/', JSON.stringify(glossary)] as const,
      ['src/data/phrases.ts', JSON.stringify(phrases)] as const,
    ];
    expect(texts.flatMap(([file, text]) => (authoring.test(text) ? [`${file}：${authoring.exec(text)![0]}`] : []))).toEqual([]);
  });

  it('has all 27 lessons of the outline written', () => {
    expect(lessons.map((l) => l.data.code).toSorted()).toEqual(outline.map((e) => e.code).toSorted());
  });

  it('has at least 200 questions, 16 scenarios, 6 call scripts, 40 typing phrases and 80 glossary terms', () => {
    expect(banks.flatMap((b) => b.questions).length).toBeGreaterThanOrEqual(200);
    expect(scenarios.length).toBeGreaterThanOrEqual(16);
    expect(callScripts.length).toBeGreaterThanOrEqual(6);
    expect(phrases.length).toBeGreaterThanOrEqual(40);
    expect(glossary.length).toBeGreaterThanOrEqual(80);
  });

  it('gives the final assessment and modules 2, 4, 5, 6, 7 and 8 their own mock chats', () => {
    const modules = new Set(scenarios.map((s) => s.module));
    for (const m of [2, 4, 5, 6, 7, 8, 9]) expect(modules, `模块 ${m}`).toContain(m);
  });

  it('has the forms the later modules practise with, the SMS form counting to 70', () => {
    const titles = Object.values(forms).map((f) => f.title).join('\n');
    for (const name of ['客服部岗位与汇报关系', '话术模板', '运单', '售后登记表', '客户档案', '客户关怀短信', '二次营销活动策划']) expect(titles).toContain(name);
    const sms = Object.values(forms).find((f) => f.title.includes('客户关怀短信'))!;
    expect(sms.columns.some((c) => c.maxChars === 70)).toBe(true);
    expect(Object.values(forms).every((f) => f.columns.some((c) => c.hint) || f.rows.some((r) => Object.values(r.cells).some((c) => c.hint)))).toBe(true);
  });

  // Membership is declared in src/data (each exercise names its lesson); the MDX only places each one.
  // The tags must stand in the lesson that declares them, quizzes in their declared order. A call
  // script's `lesson` is its inbound (3.2) or outbound (3.3) lesson, though 3.1 and 3.4 also read
  // one, so scripts need only be placed in some lesson.
  it('places every declared exercise in the lesson it names, quizzes in declared order', () => {
    const bodyOf = (code: string) => lessons.find((l) => l.file.endsWith(`/${lessonSlug(code)}.mdx`))?.body ?? '';
    const misplaced = [
      ...lessonQuizzes.map((q) => [q.id, `<Quiz id="${q.id}" />`, q.lesson] as const),
      ...Object.values(forms).map((f) => [f.id, `<Form id="${f.id}"`, f.lesson] as const),
      ...scenarios.filter((s) => s.lesson).map((s) => [s.id, `<Chat id="${s.id}"`, s.lesson!] as const),
    ].filter(([, tag, code]) => !bodyOf(code).includes(tag));
    expect(misplaced.map(([id]) => id)).toEqual([]);
    const text = lessons.map((l) => l.body).join('\n');
    expect(callScripts.filter((s) => !text.includes(`<Voice id="${s.id}"`)).map((s) => s.id)).toEqual([]);
    for (const code of new Set(lessonQuizzes.map((q) => q.lesson))) {
      const declared = quizzesOfLesson(code).map((q) => q.id);
      expect(declared.toSorted((a, b) => bodyOf(code).indexOf(`"${a}"`) - bodyOf(code).indexOf(`"${b}"`))).toEqual(declared);
    }
  });

  it('places no exercise that src/data does not declare for that lesson', () => {
    const declared = new Set([
      ...lessonQuizzes.map((q) => `Quiz ${q.id} ${q.lesson}`),
      ...Object.values(forms).map((f) => `Form ${f.id} ${f.lesson}`),
      ...scenarios.map((s) => `Chat ${s.id} ${s.lesson}`),
    ]);
    const stray = lessons.flatMap((l) =>
      [...l.body.matchAll(/<(Quiz|Form|Chat) id="([^"]+)"/g)].map(([, tag, id]) => `${tag} ${id} ${String(l.data.code)}`).filter((key) => !declared.has(key)),
    );
    expect(stray).toEqual([]);
  });
});

describe.each(taskModules.map((m) => [m.number, m] as const))('模块 %i 的题库', (number) => {
  const questions = banks.find((b) => b.module === number)?.questions ?? [];

  it('至少有 25 道题，七种题型都用到', () => {
    expect(questions.length).toBeGreaterThanOrEqual(25);
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(questionTypes));
  });

  it('每道题都标注了本模块的要求编号，并有解析', () => {
    const own = ownIds(number);
    const wrong = questions.filter((q) => q.requirements.length === 0 || q.requirements.some((r) => !own.has(r)) || q.explanation.trim().length < 10);
    expect(wrong.map((q) => q.id)).toEqual([]);
  });

  it('单选题和多选题的每个错误选项都有反馈，不用“以上都对”', () => {
    const missing = questions.flatMap((q) => {
      if (q.type !== 'single' && q.type !== 'multiple') return [];
      const keys: string[] = q.type === 'single' ? [q.answer] : q.answer;
      return q.options.filter((o) => (!keys.includes(o.id) && !o.feedback) || /以上(都|全|均)/.test(o.text)).map((o) => `${q.id}:${o.id}`);
    });
    expect(missing).toEqual([]);
  });

  it('简答题有 3～5 条自查要点', () => {
    const shorts = questions.filter((q) => q.type === 'short');
    expect(shorts.filter((q) => q.checklist.length < 3 || q.checklist.length > 5).map((q) => q.id)).toEqual([]);
  });
});

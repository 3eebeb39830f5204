import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deckSchema, maxTeachingSlides, type Deck } from '../../../src/schemas/slides.ts';
import { lessonSections } from '../../../src/schemas/lesson.ts';
import { buildSlides, sectionJump, type HeadingInfo } from '../../../src/lib/classroom/slides.ts';
import { readLessonFiles } from '../helpers/lesson-files.ts';

// The headings of a lesson body as Astro reports them: depth and plain text (glossary terms as their word).
function headingsOf(body: string): (HeadingInfo & { line: number })[] {
  return body.split('\n').flatMap((line, i) => {
    const m = /^(#{2,6}) (.+)$/.exec(line);
    if (!m) return [];
    const text = m[2]!.replace(/<Term t="([^"]+)" \/>/g, '$1').replace(/\*\*/g, '').trim();
    return [{ depth: m[1]!.length, slug: `h${i}`, text, line: i }];
  });
}

/** The MDX lines under a heading, up to the next heading of its level or higher. */
function blockText(body: string, heading: HeadingInfo & { line: number }, all: readonly (HeadingInfo & { line: number })[]): string {
  const end = all.find((h) => h.line > heading.line && h.depth <= heading.depth)?.line;
  return body.split('\n').slice(heading.line, end).join('\n');
}

const lessons = readLessonFiles();
const slug = (file: string) => /([^/]+)\.mdx$/.exec(file)![1]!;

describe.each(lessons.map((l) => [slug(l.file), l] as const))('第 %s 课的幻灯片', (name, lesson) => {
  const file = `src/content/slides/${name}.yaml`;
  const parsed = deckSchema.safeParse(parse(readFileSync(file, 'utf8')));
  const headings = headingsOf(lesson.body);

  it('follows the slide schema: every section has slides, 新课讲授 at most 12, points short', () => {
    expect(parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? []).toEqual([]);
    expect(Object.keys(parsed.data!)).toEqual([...lessonSections]);
    expect(parsed.data!['新课讲授'].length).toBeLessThanOrEqual(maxTeachingSlides);
  });

  it('points only at headings of its own section, and shows only parts that hold an exercise', () => {
    const { slides, problems } = buildSlides(parsed.data!, headings, file);
    expect(problems.map((p) => p.message)).toEqual([]);
    const bare = slides
      .filter((s) => s.show)
      .filter((s) => !/<(Quiz|Form|Chat|Voice|Typing|Freight|Kpi)\b/.test(blockText(lesson.body, headings.find((h) => h.slug === s.show!.id)!, headings)))
      .map((s) => s.show!.text);
    expect(bare).toEqual([]);
  });

  it('shows the summary quiz live in 总结归纳 when the lesson has one', () => {
    const summary = blockText(lesson.body, headings.find((h) => h.depth === 2 && h.text === '总结归纳')!, headings);
    if (!summary.includes('<Quiz')) return;
    expect(parsed.data!['总结归纳'].some((s) => s.show === '课堂小测')).toBe(true);
  });
});

const deck = (over: Partial<Record<string, unknown>> = {}): Deck =>
  deckSchema.parse({
    ...Object.fromEntries(lessonSections.map((s) => [s, [{ title: `${s}一`, points: ['要点甲', '要点乙'] }]])),
    ...over,
  });
const headings: HeadingInfo[] = [
  ...lessonSections.map((text, i) => ({ depth: 2, slug: `s${i}`, text })),
  { depth: 3, slug: 'quiz', text: '课堂小测' },
];
// '课堂小测' sits after the last H2 here, i.e. under 作业布置; reorder so it belongs to 总结归纳.
headings.splice(5, 0, headings.pop()!);

describe('buildSlides', () => {
  it.each([
    ['a heading of the same section', { 总结归纳: [{ title: '小测', show: '课堂小测' }] }, []],
    ['a heading that is missing', { 新课讲授: [{ title: '概念', points: ['甲乙', '丙丁'], ref: '一、不存在' }] }, ['新课讲授 第 1 张的 ref：“一、不存在”不是“新课讲授”下的标题（现有：无）']],
    ['a heading of another section', { 学生实践: [{ title: '小测', show: '课堂小测' }] }, ['学生实践 第 1 张的 show：“课堂小测”不是“学生实践”下的标题（现有：无）']],
  ])('resolves %s', (_, over, expected) => {
    expect(buildSlides(deck(over), headings, 'x.yaml').problems.map((p) => p.message)).toEqual(expected);
  });

  it('names a section the lesson text lacks', () => {
    const { problems } = buildSlides(deck(), headings.filter((h) => h.text !== '素养园地'), 'x.yaml');
    expect(problems.map((p) => p.message)).toEqual(['课文中没有二级标题“素养园地”，该部分的幻灯片无处可放']);
  });
});

describe('the slide schema', () => {
  it.each([
    ['a 13th 新课讲授 slide', { 新课讲授: Array.from({ length: 13 }, (_, i) => ({ title: `第${i}张`, points: ['甲乙', '丙丁'] })) }],
    ['a bullet longer than 32 characters', { 情景导入: [{ title: '标题', points: ['一'.repeat(33), '乙丙'] }] }],
    ['a slide with one point and no exercise', { 情景导入: [{ title: '标题', points: ['只有一条'] }] }],
    ['a section without slides', { 作业布置: [] }],
  ])('refuses %s', (_, over) => {
    expect(() => deck(over)).toThrow();
  });
});

describe('sectionJump', () => {
  const slides = buildSlides(deck({ 新课讲授: [1, 2, 3].map((n) => ({ title: `概念${n}`, points: ['甲乙', '丙丁'] })) }), headings, 'x.yaml').slides;
  // Sections start at 0 (情景导入), 1 (素养园地), 2 (新课讲授: 2–4), 5, 6, 7.
  it.each([
    [0, 1, 1],
    [1, 1, 2],
    [3, 1, 5],
    [3, -1, 2],
    [2, -1, 1],
    [7, 1, 7],
    [0, -1, 0],
  ])('from slide %i by %i goes to %i', (from, step, to) => {
    expect(sectionJump(slides, from, step)).toBe(to);
  });
});

import { getEntry } from 'astro:content';
import { assertNoProblems } from '../lib/content-error.ts';
import { buildSlides, type HeadingInfo, type ProjectedSlide } from '../lib/classroom/slides.ts';

/**
 * The slides of a lesson for 投影模式: its deck in src/content/slides/<slug>.yaml, checked against the
 * headings of the lesson text. A lesson without a deck, or a slide pointing at a heading the lesson
 * does not have, stops the build.
 */
export async function getSlides(slug: string, headings: readonly HeadingInfo[]): Promise<ProjectedSlide[]> {
  const file = `src/content/slides/${slug}.yaml`;
  const deck = await getEntry('slides', slug);
  assertNoProblems('幻灯片缺失：', deck ? [] : [{ file, message: '每次课都要有一份幻灯片（投影模式用），请按 docs/slides.md 编写' }]);
  const { slides, problems } = buildSlides(deck!.data, headings, file);
  assertNoProblems('幻灯片与课文不一致：', problems);
  return slides;
}

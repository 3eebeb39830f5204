/**
 * The slides 投影模式 shows, built from a lesson's deck (src/schemas/slides.ts) and the headings of the
 * lesson's text. Pure: the lesson page passes the headings Astro found when rendering the MDX, so the
 * same check runs in the build and in unit tests.
 */

import type { Problem } from '../content-error.ts';
import type { Deck } from '../../schemas/slides.ts';

/** A heading of the lesson text, as Astro reports it (`render(entry).headings`). */
export interface HeadingInfo {
  depth: number;
  /** The heading's id in the page. */
  slug: string;
  text: string;
}

/** A heading a slide points at: its id in the page and its text. */
export interface HeadingRef {
  id: string;
  text: string;
}

/** One slide as the projector and the presenter view receive it. */
export interface ProjectedSlide {
  /** H2 section the slide belongs to. @example '新课讲授' */
  section: string;
  title: string;
  points: string[];
  /** Notes written for the teacher. */
  notes?: string;
  /** Heading whose text is the teacher's notes. */
  ref?: HeadingRef;
  /** Heading whose part of the page (with its widget) is shown live. */
  show?: HeadingRef;
}

/** The headings under one H2 section, with the section heading itself first. */
function sectionHeadings(headings: readonly HeadingInfo[], name: string): HeadingInfo[] | undefined {
  const start = headings.findIndex((h) => h.depth === 2 && h.text.trim() === name);
  if (start < 0) return undefined;
  const end = headings.findIndex((h, i) => i > start && h.depth <= 2);
  return headings.slice(start, end < 0 ? undefined : end);
}

/**
 * Flattens a deck into the slides shown, in section order, resolving every `ref` and `show` to a
 * heading under the slide's own H2 section. Returns the problems (a section the lesson lacks, a heading
 * that is not there) instead of throwing, so tests can check each rule.
 */
export function buildSlides(deck: Deck, headings: readonly HeadingInfo[], file: string): { slides: ProjectedSlide[]; problems: Problem[] } {
  const slides: ProjectedSlide[] = [];
  const problems: Problem[] = [];
  for (const [section, list] of Object.entries(deck)) {
    const under = sectionHeadings(headings, section);
    if (!under) {
      problems.push({ file, message: `课文中没有二级标题“${section}”，该部分的幻灯片无处可放` });
      continue;
    }
    const find = (text: string | undefined, field: string, n: number): HeadingRef | undefined => {
      if (text === undefined) return undefined;
      const hit = under.find((h) => h.depth >= 3 && h.text.trim() === text.trim());
      if (!hit) {
        const known = under.filter((h) => h.depth >= 3).map((h) => h.text);
        problems.push({ file, message: `${section} 第 ${n} 张的 ${field}：“${text}”不是“${section}”下的标题（现有：${known.join('、') || '无'}）` });
        return undefined;
      }
      return { id: hit.slug, text: hit.text };
    };
    list.forEach((slide, i) => {
      const ref = find(slide.ref, 'ref', i + 1);
      const show = find(slide.show, 'show', i + 1);
      slides.push({
        section,
        title: slide.title,
        points: slide.points,
        ...(slide.notes ? { notes: slide.notes } : {}),
        ...(ref ? { ref } : {}),
        ...(show ? { show } : {}),
      });
    });
  }
  return { slides, problems };
}

/** Index of the first slide of each section, in order. */
export function sectionStarts(slides: readonly ProjectedSlide[]): number[] {
  return slides.flatMap((s, i) => (i === 0 || slides[i - 1]!.section !== s.section ? [i] : []));
}

/** Index of the first slide of the section `step` sections away from slide `index` (clamped). */
export function sectionJump(slides: readonly ProjectedSlide[], index: number, step: number): number {
  const starts = sectionStarts(slides);
  let current = 0;
  starts.forEach((start, i) => {
    if (start <= index) current = i;
  });
  // Back from inside a section goes to its own first slide first, as a clicker user expects.
  if (step < 0 && starts[current]! < index) return starts[current]!;
  return starts[Math.min(Math.max(current + step, 0), starts.length - 1)] ?? 0;
}

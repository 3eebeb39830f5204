import { z } from './zod.ts';
import { lessonSections } from './lesson.ts';

/*
 * The classroom version of a lesson (docs/slides.md): key-point slides for 投影模式, one deck per lesson
 * in src/content/slides/<lesson slug>.yaml, grouped by the lesson's H2 sections. The full lesson text
 * stays the self-study version; a slide points at a heading of it for the teacher's notes (`ref`) or for
 * the live exercise the projector shows (`show`). src/lib/classroom/slides.ts checks those headings.
 */

/** Longest bullet, in characters: a line a room can read at a glance. */
export const maxPointChars = 32;
/** Most slides the 40-minute 新课讲授 may have. */
export const maxTeachingSlides = 12;

const heading = z.string().min(2, { error: '标题文字至少 2 个字' });

/** One key-point slide. */
export const slideSchema = z
  .object({
    /** Slide heading. @example '客户的四种类型' */
    title: z.string().min(2).max(24, { error: '幻灯片标题不超过 24 个字' }),
    /** 2–5 short points (a slide that shows an exercise may have 0–3). @example ['普通客户：偶尔购买'] */
    points: z
      .array(z.string().min(2).refine((p) => [...p].length <= maxPointChars, { error: `每条要点不超过 ${maxPointChars} 个字` }))
      .max(5, { error: '每张幻灯片最多 5 条要点' })
      .default([]),
    /** Text of a heading in the same section whose full text becomes the teacher's notes. @example '一、客户、服务与客户服务' */
    ref: heading.optional(),
    /** Notes for the teacher written for this slide (shown in the presenter view). */
    notes: z.string().min(4).optional(),
    /** Text of a heading in the same section whose part of the page (with its quiz or form) the projector shows live. @example '课堂小测' */
    show: heading.optional(),
  })
  .superRefine((slide, ctx) => {
    if (!slide.show && slide.points.length < 2) {
      ctx.addIssue({ code: 'custom', path: ['points'], message: '要点至少 2 条（展示练习的幻灯片 show 可以没有要点）' });
    }
    if (slide.show && slide.points.length > 3) {
      ctx.addIssue({ code: 'custom', path: ['points'], message: '展示练习的幻灯片最多 3 条要点，给练习留出位置' });
    }
  });

const sectionSlides = (name: string, max = 8) =>
  z
    .array(slideSchema)
    .min(1, { error: `“${name}”至少要有 1 张幻灯片` })
    .max(max, { error: `“${name}”最多 ${max} 张幻灯片` });

/** A lesson's deck: the slides of each H2 section, in the lesson's order. */
export const deckSchema = z.strictObject(
  Object.fromEntries(lessonSections.map((name) => [name, sectionSlides(name, name === '新课讲授' ? maxTeachingSlides : 8)])) as Record<
    (typeof lessonSections)[number],
    ReturnType<typeof sectionSlides>
  >,
);

export type Slide = z.output<typeof slideSchema>;
export type SlideInput = z.input<typeof slideSchema>;
export type Deck = z.output<typeof deckSchema>;
export type DeckInput = z.input<typeof deckSchema>;

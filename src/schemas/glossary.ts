import { z } from './zod.ts';

/** One glossary term (术语), defined in our own words and taught in one lesson. */
export const glossaryEntrySchema = z.object({
  /** The term as it appears in lessons. @example '询单转化率' */
  term: z.string().min(2).max(16),
  /** Other names a lesson may mark with `<Term t="…" />`. @example ['转化率'] */
  aliases: z.array(z.string().min(2).max(16)).default([]),
  /** Code of the lesson that teaches the term and marks its first use. @example '1.2' */
  lesson: z.string().regex(/^\d+\.\d+$/, { error: '课次编号应写成 “模块号.序号”，如 "1.2"' }),
  /** One or two sentences, 30–160 characters. */
  definition: z
    .string()
    .min(20, { error: '释义至少 20 个字，要能让学生看懂' })
    .max(160, { error: '释义不超过 160 个字；细节留给课文' }),
});

export type GlossaryInput = z.input<typeof glossaryEntrySchema>;
export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;

import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { makeLessonSchema } from './schemas/lesson.ts';
import { deckSchema } from './schemas/slides.ts';
import { assessmentModules, curriculum, requirementIds } from './data/index.ts';
import { formLessons } from './data/forms/index.ts';

const lessons = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/lessons' }),
  schema: makeLessonSchema({ requirementIds, formLessons, assessmentModules, minutesPerHour: curriculum.course.minutesPerHour }),
});

// One deck of key-point slides per lesson, named like the lesson file (docs/slides.md).
const slides = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/slides' }),
  schema: deckSchema,
});

export const collections = { lessons, slides };

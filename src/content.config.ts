import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { makeLessonSchema } from './schemas/lesson.ts';
import { assessmentModules, curriculum, requirementIds } from './data/index.ts';
import { formLessons } from './data/forms/index.ts';

const lessons = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/lessons' }),
  schema: makeLessonSchema({ requirementIds, formLessons, assessmentModules, minutesPerHour: curriculum.course.minutesPerHour }),
});

export const collections = { lessons };

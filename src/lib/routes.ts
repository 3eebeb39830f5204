import { withBase } from './base-path.ts';

/** URL slug of a lesson code. @example lessonSlug('1.2') === '1-2' */
export const lessonSlug = (code: string) => code.replace('.', '-');

/** Every internal URL of the site, under the given base path. */
export function makeRoutes(base: string) {
  return {
    home: withBase(base),
    standard: withBase(base, 'standard/'),
    coverage: withBase(base, 'coverage/'),
    tests: withBase(base, 'tests/'),
    practiceHub: withBase(base, 'practice/'),
    chatList: withBase(base, 'practice/chat/'),
    chat: (id: string) => withBase(base, `practice/chat/${id}/`),
    moduleTest: (number: number) => withBase(base, `tests/${number}/`),
    finalExam: withBase(base, 'tests/final/'),
    banks: withBase(base, 'teacher/banks/'),
    papers: withBase(base, 'teacher/papers/'),
    gift: (number: number) => withBase(base, `gift/m${number}.gift.txt`),
    moodle: (number: number) => withBase(base, `moodle/m${number}.xml`),
    moodleAll: withBase(base, 'moodle/all.xml'),
    search: withBase(base, 'search/'),
    glossary: withBase(base, 'glossary/'),
    voice: withBase(base, 'practice/voice/'),
    typing: withBase(base, 'practice/typing/'),
    grades: withBase(base, 'teacher/grades/'),
    picker: withBase(base, 'teacher/picker/'),
    classBook: withBase(base, 'teacher/class/'),
    /** The questions and forms the class page analyses and marks, loaded when the teacher opens them. */
    classAnalysis: withBase(base, 'teacher/class-analysis.json'),
    progress: withBase(base, 'progress/'),
    kpi: withBase(base, 'practice/kpi/'),
    freight: withBase(base, 'practice/freight/'),
    module: (number: number) => withBase(base, `modules/${number}/`),
    lesson: (code: string) => withBase(base, `lessons/${lessonSlug(code)}/`),
    plan: (code: string) => withBase(base, `plans/${lessonSlug(code)}/`),
    /** The printable 学案 (student guide) of a lesson. */
    guide: (code: string) => withBase(base, `plans/${lessonSlug(code)}/guide/`),
    asset: (path: string) => withBase(base, path),
  };
}

export type Routes = ReturnType<typeof makeRoutes>;

import { describe, expect, it } from 'vitest';
import { checkGlossary, glossary, termAnchor } from '../../src/data/glossary/index.ts';
import { outline } from '../../src/data/index.ts';
import { formatProblems } from '../../src/lib/content-error.ts';
import { lessonSlug } from '../../src/lib/routes.ts';
import { readLessonFiles } from './helpers/lesson-files.ts';

const lessons = readLessonFiles();
const marks = (body: string) => [...body.matchAll(/<Term\s+t="([^"]+)"\s*\/>/g)].map((m) => m[1]!);

describe('the glossary', () => {
  it('links every term to a written lesson that marks the term where it is taught', () => {
    const missing = glossary.flatMap((term) => {
      const lesson = lessons.find((l) => l.file.endsWith(`/${lessonSlug(term.lesson)}.mdx`));
      if (!lesson) return [`${term.term}: lesson ${term.lesson} is not written`];
      const names = [term.term, ...term.aliases];
      return marks(lesson.body).some((t) => names.includes(t)) ? [] : [`${term.term}: not marked with <Term> in ${lesson.file}`];
    });
    expect(missing).toEqual([]);
  });

  it('knows every term a lesson marks', () => {
    const known = new Set(glossary.flatMap((t) => [t.term, ...t.aliases]));
    const unknown = lessons.flatMap((l) => marks(l.body).filter((t) => !known.has(t)).map((t) => `${l.file}: ${t}`));
    expect(unknown).toEqual([]);
  });

  it('never marks a term inside a heading or a table, where a button does not belong', () => {
    const misplaced = lessons.flatMap((l) =>
      l.body.split('\n').filter((line) => /<Term\s/.test(line) && /^\s*(#|\|)/.test(line)).map((line) => `${l.file}: ${line.slice(0, 40)}`),
    );
    expect(misplaced).toEqual([]);
  });

  it('gives each term a distinct anchor on the glossary page', () => {
    expect(new Set(glossary.map((t) => termAnchor(t.term))).size).toBe(glossary.length);
  });

  it('names the file and the rule when an entry is wrong', () => {
    const { problems } = checkGlossary(
      {
        'src/data/glossary/m2.ts': [
          { term: '千牛工作台', lesson: '2.1', definition: '阿里巴巴为商家提供的一站式工作平台，集接待、订单、商品和数据于一体。' },
          { term: '千牛', aliases: ['千牛工作台'], lesson: '2.1', definition: '阿里巴巴为商家提供的一站式工作平台，集接待、订单、商品和数据于一体。' },
          { term: '快递', lesson: '6.1', definition: '把包裹从寄件人送到收件人手里的门到门运输服务，按重量和区域收费。' },
          { term: '木马', lesson: '2.9', definition: '太短' },
        ],
      },
      { outline },
    );
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "  - src/data/glossary/m2.ts: 术语名 “千牛工作台” 重复：已由 “千牛工作台” 使用
        - src/data/glossary/m2.ts: 术语 “快递” 的课次 6.1 属于第 6 模块，应写在 src/data/glossary/m6.ts
        - src/data/glossary/m2.ts: 木马 字段 definition：释义至少 20 个字，要能让学生看懂；实际为 "太短""
    `);
  });
});

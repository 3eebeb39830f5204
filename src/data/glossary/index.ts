import { glossaryEntrySchema, type GlossaryEntry, type GlossaryInput } from '../../schemas/glossary.ts';
import type { OutlineEntry } from '../../schemas/curriculum.ts';
import { assertNoProblems, parseEntry, type Problem } from '../../lib/content-error.ts';
import { outline } from '../index.ts';
import { m1Terms } from './m1.ts';
import { m2Terms } from './m2.ts';
import { m3Terms } from './m3.ts';
import { m4Terms } from './m4.ts';
import { m5Terms } from './m5.ts';
import { m6Terms } from './m6.ts';
import { m7Terms } from './m7.ts';
import { m8Terms } from './m8.ts';
import { m9Terms } from './m9.ts';

/** Glossary data files, by the repository path named in error messages. */
export const glossaryFiles: Record<string, GlossaryInput[]> = {
  'src/data/glossary/m1.ts': m1Terms,
  'src/data/glossary/m2.ts': m2Terms,
  'src/data/glossary/m3.ts': m3Terms,
  'src/data/glossary/m4.ts': m4Terms,
  'src/data/glossary/m5.ts': m5Terms,
  'src/data/glossary/m6.ts': m6Terms,
  'src/data/glossary/m7.ts': m7Terms,
  'src/data/glossary/m8.ts': m8Terms,
  'src/data/glossary/m9.ts': m9Terms,
};

/** A validated term with the module its lesson belongs to. */
export interface Term extends GlossaryEntry {
  module: number;
}

/**
 * Validates every term and checks it against the outline: the lesson exists and belongs to the
 * file's module, and no name (term or alias) is used twice. Returns problems instead of throwing.
 */
export function checkGlossary(files: Record<string, GlossaryInput[]>, context: { outline: readonly OutlineEntry[] }): { terms: Term[]; problems: Problem[] } {
  const terms: Term[] = [];
  const problems: Problem[] = [];
  const owner = new Map<string, string>();
  for (const [file, list] of Object.entries(files)) {
    const fileModule = Number(/m(\d+)\.ts$/.exec(file)?.[1]);
    for (const data of list) {
      const entry = parseEntry(glossaryEntrySchema, data, file, data.term ?? '（无术语名）', problems);
      if (!entry) continue;
      const lesson = context.outline.find((e) => e.code === entry.lesson);
      if (!lesson) problems.push({ file, message: `术语 “${entry.term}” 的课次 ${entry.lesson} 不在课程大纲中` });
      else if (Number.isFinite(fileModule) && lesson.module !== fileModule) {
        problems.push({ file, message: `术语 “${entry.term}” 的课次 ${entry.lesson} 属于第 ${lesson.module} 模块，应写在 src/data/glossary/m${lesson.module}.ts` });
      }
      for (const name of [entry.term, ...entry.aliases]) {
        const first = owner.get(name);
        if (first) problems.push({ file, message: `术语名 “${name}” 重复：已由 “${first}” 使用` });
        else owner.set(name, entry.term);
      }
      terms.push({ ...entry, module: lesson?.module ?? fileModule });
    }
  }
  return { terms, problems };
}

const checked = checkGlossary(glossaryFiles, { outline });
assertNoProblems('术语表的数据不符合要求：', checked.problems);

const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

/** Every term, in pinyin order. */
export const glossary: readonly Term[] = checked.terms.toSorted((a, b) => collator.compare(a.term, b.term));

const byName = new Map<string, Term>(glossary.flatMap((t) => [t.term, ...t.aliases].map((name) => [name, t] as const)));

/** Fragment ID of a term on the glossary page. @example termAnchor('询单转化率') === 'term-询单转化率' */
export const termAnchor = (term: string) => `term-${term}`;

/** Looks a term up by name or alias; an unknown name stops the build and names the page that asked. */
export function termByName(name: string, askedBy: string): Term {
  const found = byName.get(name);
  if (!found) assertNoProblems('课文标记了术语表中没有的术语：', [{ file: askedBy, message: `<Term t="${name}" />：术语表（src/data/glossary/）中没有 “${name}”，请先在对应模块的文件中添加，或改用已有的术语名或别名` }]);
  return found!;
}

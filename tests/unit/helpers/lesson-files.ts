import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** A lesson file read from disk, split into front matter and body. */
export interface LessonFile {
  file: string;
  data: Record<string, unknown>;
  body: string;
}

const dir = 'src/content/lessons';

/** Reads every lesson MDX file the way the content collection does. */
export function readLessonFiles(): LessonFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${dir}/${name}: no front matter`);
      return { file: `${dir}/${name}`, data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
    });
}

/** Counts Chinese characters (CJK unified ideographs), the unit the length rule uses. */
export const countHan = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).length;

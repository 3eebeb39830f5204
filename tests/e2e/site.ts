import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The sub-path the e2e server mounts dist/ under. */
export const base = '/kefu/';

/** URL of every built page (from dist/), e.g. '/kefu/lessons/1-1/'. */
export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name === 'index.html') {
        out.push(base + path.relative('dist', dir).split(path.sep).filter(Boolean).map((s) => `${s}/`).join(''));
      }
    }
  };
  walk('dist');
  return out.sort();
}

/** Lesson page URLs. */
export const lessonPages = () => builtPages().filter((p) => p.startsWith(`${base}lessons/`));

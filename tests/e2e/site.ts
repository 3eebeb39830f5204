import type { Page } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
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

/** Every built page with its HTML, read from dist/ (no browser). */
export const builtHtml = (): { url: string; html: string }[] =>
  builtPages().map((url) => ({ url, html: readFileSync(path.join('dist', url.slice(base.length), 'index.html'), 'utf8') }));

/** Lesson page URLs. */
export const lessonPages = () => builtPages().filter((p) => p.startsWith(`${base}lessons/`));

/** An axe run's violations as readable lines (rule, help, up to three elements); `[]` when clean. */
export const axeProblems = (results: { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }) =>
  results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);

/** Records the URL of every script the page requests from now on (a live list). */
export function scriptRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') urls.push(r.url());
  });
  return urls;
}

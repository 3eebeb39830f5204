import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { selfHydratingIslandsDone } from './islands.ts';

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

/** The 教案 page of every lesson, e.g. '/kefu/plans/1-1/'. */
export const planPages = () => lessonPages().map((url) => url.replace(`${base}lessons/`, `${base}plans/`));

/**
 * axe for a page (chain `.include(…)` to scope it; call `.analyze()`). Violations are reported in full;
 * passes and incomplete results keep one node each, because building a selector for every passing node
 * is a large part of an analysis and no test reads them.
 */
export const axe = (page: Page) => new AxeBuilder({ page }).options({ resultTypes: ['violations'] });

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

/**
 * Resolves once the page is ready to measure: fonts loaded and every island that hydrates by itself
 * hydrated (Astro drops an island's `ssr` attribute when it has). `client:interaction` islands wait
 * for first use and off-screen `client:visible` ones for a scroll, so those are not waited for.
 */
export async function islandsReady(page: Page): Promise<void> {
  await page.waitForFunction(selfHydratingIslandsDone);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Scrolls every `client:visible` island into view until all but the `client:interaction` ones have hydrated, then returns to the top. */
export async function hydrateAll(page: Page): Promise<void> {
  await islandsReady(page);
  await page.evaluate(async () => {
    for (const island of document.querySelectorAll('astro-island[client="visible"][ssr]')) {
      (island.firstElementChild ?? island).scrollIntoView();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
    }
  });
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]:not([client="interaction"])'));
  await page.evaluate(() => window.scrollTo(0, 0));
  await islandsReady(page);
}

/** Waits two frames, so a resize or a key press has been laid out. */
export const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

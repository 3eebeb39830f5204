import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRoutes, type Routes } from '../../src/lib/routes.ts';

// Every link the site builds must lead to a page: a renamed or moved page would otherwise 404 for
// every learner who clicks it. Pages are Astro's file routes under src/pages ([param] matches a segment).
const pages = new URL('../../src/pages/', import.meta.url).pathname;

/** Whether a page file in `dir` answers the path `segments`. */
function served(dir: string, segments: string[]): boolean {
  const entries = readdirSync(dir);
  const dynamic = (name: string) => /^\[[^\]]+\](\.astro|\.ts)?$/.test(name);
  if (segments.length === 0) return existsSync(join(dir, 'index.astro'));
  const [head, ...rest] = segments as [string, ...string[]];
  const dirs = entries.filter((e) => statSync(join(dir, e)).isDirectory() && (e === head || dynamic(e)));
  if (dirs.some((d) => served(join(dir, d), rest))) return true;
  if (rest.length > 0) return false;
  return entries.some((e) => !statSync(join(dir, e)).isDirectory() && (e === `${head}.astro` || e === `${head}.ts` || dynamic(e)));
}

const base = '/kefu/';
const routes = makeRoutes(base);
const links: [string, string][] = Object.entries(routes as Routes).flatMap(([name, route]): [string, string][] => {
  if (typeof route === 'string') return [[name, route]];
  const sample = { chat: 'presale-genuine', moduleTest: 3, gift: 3, moodle: 3, module: 6, lesson: '1.2', plan: '1.2', guide: '1.2', asset: '' }[name];
  if (sample === undefined) throw new Error(`routes-pages.test.ts: add a sample argument for “${name}”`);
  return name === 'asset' ? [] : [[name, (route as (arg: string | number) => string)(sample)]];
});

describe('every route leads to a page', () => {
  it('finds no page for a path the site does not have', () => {
    expect(served(pages, ['teacher', 'no-such-page'])).toBe(false);
    expect(served(pages, ['practice', 'chat', 'x', 'extra'])).toBe(false);
  });

  it.each(links)('%s → %s', (_, url) => {
    expect(url.startsWith(base)).toBe(true);
    const path = url.slice(base.length);
    // Pages end in a slash (trailingSlash: 'always'); files such as the GIFT exports do not.
    expect(path === '' || path.endsWith('/') || /\.[a-z]+$/.test(path)).toBe(true);
    expect(served(pages, path.split('/').filter(Boolean))).toBe(true);
  });

  it('puts assets under the base path', () => {
    expect(routes.asset('favicon.svg')).toBe('/kefu/favicon.svg');
  });
});

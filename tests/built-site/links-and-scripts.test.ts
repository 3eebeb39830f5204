import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { measureDist, opensWithoutIslands } from '../../scripts/bench/bytes.mjs';
import { base } from '../e2e/site.ts';
import { builtSite, cssUrls, pageParts, refProblem, type ScriptTag } from './built-site.ts';

/*
 * One pass over dist/ with no browser: every page's links and assets, the stylesheets' url()s and the
 * scripts a page ships. What only a running page can show (requests made at run time, links a script
 * writes) is checked in tests/e2e/every-page.spec.ts, on the same page load as axe and the layout probe.
 */
const site = builtSite();
const parts = new Map(site.map((page) => [page.url, pageParts(page.html)]));

test('the build has every page of the shell', () => {
  const urls = site.map((p) => p.url);
  for (const p of ['', 'standard/', 'coverage/', 'search/', 'modules/1/', 'modules/9/', 'lessons/1-1/', 'lessons/1-2/']) expect(urls).toContain(base + p);
});

test(`every link and asset of every page resolves under ${base} and none points to another host`, () => {
  const problems = site.flatMap(({ url }) => parts.get(url)!.refs.flatMap((ref) => refProblem(ref, url) ?? []).map((p) => `${url}: ${p}`));
  expect(site.length).toBeGreaterThan(30);
  expect(problems).toEqual([]);
});

test('the 404 page, served at any address, links only by absolute paths', () => {
  const relative = parts.get(`${base}404.html`)!.refs.filter((ref) => !/^(\/|#|[a-z]+:)/.test(ref));
  expect(relative).toEqual([]);
});

test('every url() in a stylesheet or a <style> resolves under the base path', () => {
  const problems: string[] = [];
  const sheets = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css'));
  expect(sheets.length).toBeGreaterThan(0);
  for (const file of sheets) {
    const from = base + file.split(path.sep).join('/');
    for (const ref of cssUrls(readFileSync(path.join('dist', file), 'utf8'))) {
      const problem = refProblem(ref, from);
      if (problem) problems.push(`${from}: ${problem}`);
    }
  }
  for (const { url, html } of site) {
    for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
      for (const ref of cssUrls(css!)) {
        const problem = refProblem(ref, url);
        if (problem) problems.push(`${url}: ${problem}`);
      }
    }
  }
  expect(problems).toEqual([]);
});

/** What an inline script is, by a line it must contain. */
const kind = (tag: ScriptTag) => {
  const s = tag.text;
  if (tag.attrs.src) return `file ${tag.attrs.src}`;
  return s.includes('kefu:v1:visits') ? 'visit recorder' : s.includes('data-projector-launch') ? 'projector launcher'
    : s.includes('"findLast"') ? 'ES polyfills' : s.includes('"no-popover"') ? 'glossary popover fallback'
    : s.includes('navigator.serviceWorker') ? 'service-worker registration'
    : s.includes('customElements.define("astro-island"') ? 'astro island loader' : s.includes('.interaction=') ? 'astro directive' : s.slice(0, 60);
};

test('a lesson whose widgets all wait for first use ships only the visit recorder, the projector launcher and its island loader, the offline registration and the fallbacks for older browsers', () => {
  const { pages } = measureDist(path.resolve('dist'), base);
  const deferred = pages.filter((p) => opensWithoutIslands(p) && p.type === '课次').map((p) => `${base}${p.path.replace(/index\.html$/, '')}`);
  // Lesson 9.1 (the final mock chat) is one.
  expect(deferred).toContain(`${base}lessons/9-1/`);
  for (const url of deferred) {
    const scripts = parts.get(url)!.scripts;
    // The glossary's popover fallback comes with a page's first term (src/components/glossary/Term.astro).
    const expected = ['ES polyfills', 'astro directive', 'astro island loader', 'projector launcher', 'service-worker registration', 'visit recorder'];
    expect(scripts.map(kind).filter((k) => k !== 'glossary popover fallback').sort(), url).toEqual(expected);
    for (const own of scripts.filter((s) => ['visit recorder', 'projector launcher', 'service-worker registration', 'ES polyfills', 'glossary popover fallback'].includes(kind(s)))) {
      expect(own.text.length, `${url}: ${kind(own)}`).toBeLessThan(1024);
    }
  }
});

test('every page allows its own inline scripts by hash and no other inline script', () => {
  const problems: string[] = [];
  let hashed = 0;
  for (const { url } of site) {
    const { scripts, csp } = parts.get(url)!;
    const scriptSrc = csp?.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === 'script-src');
    if (!scriptSrc) {
      problems.push(`${url}: no script-src in a CSP meta tag`);
      continue;
    }
    if (scriptSrc.includes("'unsafe-inline'")) problems.push(`${url}: script-src allows 'unsafe-inline'`);
    for (const { attrs, text } of scripts.filter((s) => s.attrs.src === undefined)) {
      const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
      if (scriptSrc.includes(hash)) hashed++;
      else problems.push(`${url}: the inline script ${JSON.stringify(kind({ attrs, text }))} is not in script-src`);
    }
  }
  expect(problems).toEqual([]);
  expect(hashed).toBeGreaterThan(site.length);
});

/** Pages only for teachers: the answer listing and the printable papers with their teacher copy. */
const teacherPages = [
  { url: `${base}teacher/banks/`, title: '题库与答案（教师用）' },
  { url: `${base}teacher/papers/`, title: '纸质试卷（教师用）' },
];

describe.each(teacherPages)('$url is teacher material', ({ url, title }) => {
  const linksTo = (from: string) => parts.get(from)!.refs.some((ref) => new URL(ref, `http://127.0.0.1${from}`).pathname === url);

  test('only teacher pages link to it, and the grade calculator does', () => {
    expect(site.filter((p) => linksTo(p.url) && !p.url.startsWith(`${base}teacher/`)).map((p) => p.url)).toEqual([]);
    expect(linksTo(`${base}teacher/grades/`)).toBe(true);
  });

  test('its title says 教师用, search engines are asked not to index it and Pagefind leaves it out', () => {
    const { html } = site.find((p) => p.url === url)!;
    expect(html).toMatch(new RegExp(`<title>${title}`));
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"');
    expect(html).not.toContain('data-pagefind-body');
  });
});

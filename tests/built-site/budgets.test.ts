import path from 'node:path';
import { expect, test } from 'vitest';
import { JS_BUDGET, LESSON_HTML_CSS_BUDGET, measureDist, opensWithoutIslands } from '../../scripts/bench/bytes.mjs';
import { base } from '../e2e/site.ts';

/*
 * The byte budgets of docs/budgets.md, read from the built site (sizes only, no timings; `npm run bench` prints
 * the same figures in its table). A page's JavaScript is what opening it loads: its islands and
 * scripts with their static imports; `client:interaction` islands (the mock chat, the typing trainer,
 * 投影模式) load on first use and are counted apart.
 */
const { pages, islands } = measureDist(path.resolve('dist'), base);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const lessons = pages.filter((p) => p.type === '课次');

test('the build has all 27 lessons to measure', () => {
  expect(lessons).toHaveLength(27);
});

test(`every lesson's HTML and CSS stays within ${kb(LESSON_HTML_CSS_BUDGET)} gzip`, () => {
  const over = lessons.filter((p) => p.htmlCssGzip > LESSON_HTML_CSS_BUDGET).map((p) => `${p.path}: ${kb(p.htmlCssGzip)}`);
  expect(over).toEqual([]);
});

test(`opening any page loads at most ${kb(JS_BUDGET)} gzip of JavaScript`, () => {
  const over = pages.filter((p) => p.jsGzip > JS_BUDGET).map((p) => `${p.path}: ${kb(p.jsGzip)} (${p.islands.join(', ')})`);
  expect(over).toEqual([]);
});

test('a page whose widgets all wait for first use (or that has none) loads no script file when opened', () => {
  const deferred = pages.filter((p) => opensWithoutIslands(p) && p.type !== '首页');
  // Lesson 9.1 (the final mock chat) is one; so are the standard, coverage, glossary and offline pages
  // (module pages load the 离线下载 control, src/components/site/offline/).
  expect(deferred.map((p) => p.path)).toEqual(expect.arrayContaining(['lessons/9-1/index.html', 'standard/index.html', 'glossary/index.html', 'offline/index.html']));
  expect(deferred.filter((p) => p.jsFiles.length > 0).map((p) => `${p.path}: ${p.jsFiles.join(', ')}`)).toEqual([]);
});

test(`the largest island with everything it imports stays within ${kb(JS_BUDGET)} gzip`, () => {
  expect(islands.length).toBeGreaterThan(5);
  const over = islands.filter((i) => i.closureGzip > JS_BUDGET).map((i) => `${i.name}: ${kb(i.closureGzip)}`);
  expect(over).toEqual([]);
});

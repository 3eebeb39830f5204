import { describe, expect, test } from 'vitest';
import { checkMarkup, checkScript, checkStyle, lacking, unlisted } from '../../../scripts/browser-support/check.ts';

// The support check on snippets: features the policy's oldest browsers lack are found by name, with the
// browsers that lack them, and ones without an allow-list entry make the check fail. The policy is the
// real one (package.json): Chrome 87, Safari 16.4, Firefox 115.

describe.each([
  ['Array.prototype.toReversed', 'export const f = (list) => list.toReversed();'],
  ['Array.prototype.toSorted', 'export const f = (list) => list.toSorted();'],
  ['Object.groupBy', 'export const f = (list) => Object.groupBy(list, (x) => x.kind);'],
  ['RegExp v flag', 'export const letters = /[\\p{L}--[a-z]]/v;'],
  ['RegExp v flag', 'export const letters = new RegExp("[\\\\p{L}--[a-z]]", "v");'],
  ['class static block', 'export class Store { static { this.ready = true; } }'],
  ['structuredClone', 'export const copy = (x) => structuredClone(x);'],
])('a script using %s', (feature, code) => {
  test('is reported with the browsers that lack it', async () => {
    const found = await checkScript(code, 'snippet.js');
    expect(found.map((f) => f.feature)).toContain(feature);
    expect(found.find((f) => f.feature === feature)!.message).toMatch(/chrome|safari|firefox/i);
  });
});

test('a script within the policy (ES2020, optional chaining, private fields) passes', async () => {
  const code = 'export class A { #n = 0; inc() { return ++this.#n; } }\nexport const f = (o) => (o?.a ?? [1, 2].includes(2)) && "a-b".replaceAll("-", "");';
  expect(await checkScript(code, 'snippet.js')).toEqual([]);
});

describe.each([
  ['css-container-queries-style', '@container style(--wide: 1) { .card { display: grid; } }'],
  ['css-has', '.card:has(img) { padding: 0; }'],
  ['css-nesting', '.card { & .title { font-weight: 700; } }'],
])('a stylesheet using %s', (feature, css) => {
  test('is reported', async () => {
    expect((await checkStyle(css, 'snippet.css')).map((f) => f.feature)).toContain(feature);
  });
});

test('a stylesheet within the policy (grid, gap, custom properties, aspect-ratio) passes', async () => {
  expect(await checkStyle(':root { --gap: 1rem; } .grid { display: grid; gap: var(--gap); aspect-ratio: 16 / 9; inset: 0; }', 'snippet.css')).toEqual([]);
});

test('markup with the popover attribute is reported; a plain details element is not', () => {
  expect(checkMarkup('<button popovertarget="p">词</button><div id="p" popover>释义</div>', 'page').map((f) => f.feature)).toEqual(['<button popovertarget>', 'popover attribute']);
  expect(checkMarkup('<details><summary>更多</summary><p>内容</p></details>', 'page')).toEqual([]);
});

test('a feature without an allow-list entry fails the check; a listed one does not', async () => {
  const found = [...(await checkScript('export const f = (list) => [list.toReversed(), list.toSorted()];', 'snippet.js')), ...(await checkStyle('@container style(--wide: 1) { .card { display: grid; } }', 'snippet.css'))];
  expect(unlisted(found).map((f) => f.feature).sort()).toEqual(['Array.prototype.toReversed', 'css-container-queries-style']);
});

test('support is read from MDN per browser version: Object.hasOwn arrived in Chrome 93 and Safari 15.4', () => {
  expect(lacking('javascript.builtins.Object.hasOwn', ['chrome 92', 'chrome 93', 'safari 15.2-15.3', 'safari 15.4'])).toEqual(['chrome 92', 'safari 15.2-15.3']);
});

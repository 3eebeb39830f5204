import { describe, expect, it } from 'vitest';
import { cacheName, entriesKey, fileUrl, isCacheable, isFrugal, isOutdatedCache, parseEntries, planInstall, precacheKey, type HeldFile } from '../../../src/lib/sw/precache.ts';

describe.each([
  ['/kefu/', 'index.html', '/kefu/'],
  ['/kefu/', 'lessons/1-1/index.html', '/kefu/lessons/1-1/'],
  ['/kefu/', '404.html', '/kefu/404.html'],
  ['/kefu/', '_astro/Quiz.AbC_12.js', '/kefu/_astro/Quiz.AbC_12.js'],
  ['/kefu/', 'pagefind/index/zh-cn_1eedd29.pf_index', '/kefu/pagefind/index/zh-cn_1eedd29.pf_index'],
  ['/', 'index.html', '/'],
  ['/', 'search/index.html', '/search/'],
  ['/', 'gift/m1.gift.txt', '/gift/m1.gift.txt'],
  ['/', '课程/index.html', '/%E8%AF%BE%E7%A8%8B/'],
])('fileUrl(%s, %s)', (base, rel, url) => {
  it(`is ${url}`, () => expect(fileUrl(base, rel)).toBe(url));
});

describe.each([
  ['index.html', true],
  ['lessons/1-1/index.html', true],
  ['_astro/docx.9BWPz_WM.js', true],
  ['manifest.webmanifest', true],
  ['icons/icon-192.png', true],
  ['pagefind/pagefind.js', true],
  ['pagefind/pagefind-worker.js', true],
  ['pagefind/pagefind-entry.json', true],
  ['pagefind/wasm.unknown.pagefind', true],
  ['pagefind/fragment/zh-cn_0a1b2c.pf_fragment', true],
  ['sw.js', false],
  ['.DS_Store', false],
  ['lessons/.hidden/index.html', false],
  ['pagefind/pagefind-ui.js', false],
  ['pagefind/pagefind-component-ui.css', false],
  ['pagefind/pagefind-modular-ui.js', false],
  ['pagefind/pagefind-highlight.js', false],
  ['moodle/all.xml', false],
  ['moodle/m1.xml', false],
  ['gift/m1.gift.txt', true],
])('isCacheable(%s)', (rel, expected) => {
  it(`is ${expected}`, () => expect(isCacheable(rel)).toBe(expected));
});

const urls = new Set(['/kefu/', '/kefu/lessons/1-1/', '/kefu/404.html', '/kefu/pagefind/pagefind-entry.json']);
describe.each([
  ['/kefu/lessons/1-1/', '/kefu/lessons/1-1/'],
  ['/kefu/lessons/1-1', '/kefu/lessons/1-1/'],
  ['/kefu/lessons/1-1/index.html', '/kefu/lessons/1-1/'],
  ['/kefu/', '/kefu/'],
  ['/kefu', '/kefu/'],
  ['/kefu/index.html', '/kefu/'],
  ['/kefu/404.html', '/kefu/404.html'],
  ['/kefu/pagefind/pagefind-entry.json', '/kefu/pagefind/pagefind-entry.json'],
  ['/kefu/lessons/9-9/', undefined],
  ['/kefu/lessons/9-9/index.html', undefined],
  ['/kefu/404.html/', undefined],
  ['/other/lessons/1-1/', undefined],
])('precacheKey(%s)', (pathname, key) => {
  it(`is ${key}`, () => expect(precacheKey(pathname, urls)).toBe(key));
});

describe('cache names', () => {
  it('keeps the base path in the name, so two courses on one host keep their own caches', () => {
    expect(cacheName('/kefu/', 'abc')).toBe('kefu-course:/kefu/:abc');
    expect(isOutdatedCache('kefu-course:/kefu/:old', '/kefu/', 'abc')).toBe(true);
    expect(isOutdatedCache('kefu-course:/kefu/:abc', '/kefu/', 'abc')).toBe(false);
    expect(isOutdatedCache('kefu-course:/other/:old', '/kefu/', 'abc')).toBe(false);
    expect(isOutdatedCache('some-other-app', '/kefu/', 'abc')).toBe(false);
    expect(entriesKey('/kefu/')).toBe('/kefu/__precache-entries.json');
  });
});

describe('planInstall', () => {
  const manifest = {
    entries: [
      { url: '/kefu/', hash: 'h-home-2', deps: [3] },
      { url: '/kefu/lessons/1-1/', hash: 'h-11', deps: [2] },
      { url: '/kefu/_astro/quiz.js', hash: 'h-q' },
      { url: '/kefu/_astro/map.js', hash: 'h-m' },
      { url: '/kefu/_astro/layout.css', hash: 'h-css' },
      { url: '/kefu/lessons/7-1/', hash: 'h-71' },
    ],
    shell: [4],
    packs: [{ id: 'm7', files: [5, 4] }],
  };
  const held = (entries: [string, string][], cache = 'v1') => new Map<string, HeldFile>(entries.map(([url, hash]) => [url, { hash, cache }]));

  it('on a first install downloads the shell and takes the open page with what it loads from the HTTP cache, nothing else', () => {
    expect(planInstall(manifest, new Map(), ['/kefu/lessons/1-1/'])).toEqual([{ url: '/kefu/lessons/1-1/', ifCached: true }, { url: '/kefu/_astro/quiz.js', ifCached: true }, { url: '/kefu/_astro/layout.css' }]);
  });
  it('copies what the learner held unchanged and downloads only what changed', () => {
    const before = held([['/kefu/', 'h-home-1'], ['/kefu/lessons/1-1/', 'h-11'], ['/kefu/_astro/layout.css', 'h-css']]);
    expect(planInstall(manifest, before)).toEqual([
      { url: '/kefu/' },
      { url: '/kefu/lessons/1-1/', from: 'v1' },
      { url: '/kefu/_astro/map.js' },
      { url: '/kefu/_astro/layout.css', from: 'v1' },
    ]);
  });
  it('completes a pack the learner downloaded before, even with files that are new in this build', () => {
    expect(planInstall(manifest, held([['/kefu/_astro/layout.css', 'h-css']]), [], ['m7'])).toEqual([{ url: '/kefu/_astro/layout.css', from: 'v1' }, { url: '/kefu/lessons/7-1/' }]);
  });
  it('forgets a file that is no longer part of the build', () => {
    expect(planInstall(manifest, held([['/kefu/_astro/old.js', 'h-old']]))).toEqual([{ url: '/kefu/_astro/layout.css' }]);
  });
});

describe.each([
  [undefined, false],
  [{}, false],
  [{ saveData: true }, true],
  [{ type: 'cellular' }, true],
  [{ type: 'wifi', effectiveType: '4g' }, false],
  [{ effectiveType: '2g' }, true],
  [{ effectiveType: 'slow-2g' }, true],
  [{ effectiveType: '3g' }, false],
])('isFrugal(%j)', (connection, expected) => {
  it(`is ${expected}`, () => expect(isFrugal(connection)).toBe(expected));
});

describe.each([
  [[{ url: '/a', hash: 'x' }], [{ url: '/a', hash: 'x' }]],
  [[{ url: '/a', hash: 'x', extra: 1 }], [{ url: '/a', hash: 'x' }]],
  [[], []],
  [[{ url: '/a' }], undefined],
  [[null], undefined],
  [{ url: '/a', hash: 'x' }, undefined],
  ['nonsense', undefined],
  [undefined, undefined],
])('parseEntries(%j)', (raw, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(parseEntries(raw)).toEqual(expected));
});

import { describe, expect, it } from 'vitest';
import { cacheName, entriesKey, fileUrl, isOutdatedCache, isPrecached, parseEntries, planInstall, precacheKey } from '../../../src/lib/sw/precache.ts';

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
])('isPrecached(%s)', (rel, expected) => {
  it(`is ${expected}`, () => expect(isPrecached(rel)).toBe(expected));
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
  const entries = [
    { url: '/kefu/', hash: 'h-home-2' },
    { url: '/kefu/lessons/1-1/', hash: 'h-11' },
    { url: '/kefu/_astro/a.js', hash: 'h-a' },
  ];
  it('downloads everything on a first install', () => {
    expect(planInstall(entries, new Map())).toEqual(entries.map((e) => ({ url: e.url })));
  });
  it('copies files whose content did not change and downloads the changed ones', () => {
    const older = new Map([
      ['v1', [{ url: '/kefu/', hash: 'h-home-1' }, { url: '/kefu/lessons/1-1/', hash: 'h-11' }]],
      ['v0', [{ url: '/kefu/_astro/a.js', hash: 'h-a' }, { url: '/kefu/lessons/1-1/', hash: 'h-11' }]],
    ]);
    expect(planInstall(entries, older)).toEqual([
      { url: '/kefu/' },
      { url: '/kefu/lessons/1-1/', from: 'v1' },
      { url: '/kefu/_astro/a.js', from: 'v0' },
    ]);
  });
  it('never copies a file from another URL with the same content', () => {
    const older = new Map([['v1', [{ url: '/kefu/b.js', hash: 'h-a' }]]]);
    expect(planInstall(entries, older).every((s) => s.from === undefined)).toBe(true);
  });
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

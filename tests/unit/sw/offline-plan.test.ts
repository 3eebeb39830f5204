import { describe, expect, it } from 'vitest';
import { mainLinks, pageReferences, planOffline, scriptReferences, type BuiltFile } from '../../../src/lib/sw/offline-plan.ts';

describe('references', () => {
  it('finds what a page loads, not the pages it links to', () => {
    const html = '<link rel="stylesheet" href="/kefu/_astro/a.css"><link rel="canonical" href="/kefu/x/"><script type="module" src="/kefu/_astro/b.js"></script><astro-island component-url="/kefu/_astro/Quiz.js" renderer-url="/kefu/_astro/client.js"></astro-island><a href="/kefu/lessons/1-2/">下一课</a><img src="/kefu/icons/x.png" alt="">';
    expect(pageReferences(html)).toEqual(['/kefu/_astro/a.css', '/kefu/_astro/b.js', '/kefu/_astro/Quiz.js', '/kefu/_astro/client.js', '/kefu/icons/x.png']);
  });
  it('tells static from dynamic imports in minified scripts', () => {
    const js = 'import{a as b}from"./chunk.js";import"./side.js";export{c}from"./re.js";const m=()=>import("./docx.js");const d=["_astro/pre.js"];';
    expect(scriptReferences(js)).toEqual({ static: ['./chunk.js', './side.js', './re.js'], dynamic: ['./docx.js', '_astro/pre.js'] });
  });
  it('reads links inside <main> only', () => {
    expect(mainLinks('<nav><a href="/kefu/search/">搜索</a></nav><main><a href="/kefu/lessons/1-1/">1.1</a></main><footer><a href="/kefu/">首页</a></footer>')).toEqual(['/kefu/lessons/1-1/']);
  });
});

const page = (rel: string, body: string, head = '<link rel="stylesheet" href="/kefu/_astro/layout.css">'): BuiltFile => ({
  rel,
  url: `/kefu/${rel.replace(/index\.html$/, '')}`,
  hash: rel,
  sent: 1000,
  text: `<html><head>${head}</head><body><nav><a href="/kefu/">首页</a></nav><main>${body}</main></body></html>`,
});
const asset = (rel: string, text?: string, sent = 100): BuiltFile => ({ rel, url: `/kefu/${rel}`, hash: rel, sent, text });

describe('planOffline', () => {
  const files = [
    page('index.html', '<h1>首页</h1>'),
    page('404.html', '<h1>找不到</h1>'),
    page('offline/index.html', '<h1>离线</h1>'),
    page('modules/1/index.html', '<h1>模块1 平台</h1><a href="/kefu/lessons/1-1/">1.1</a><a href="/kefu/plans/1-1/">教案</a><a href="/kefu/modules/2/">下一模块</a>'),
    page('lessons/1-1/index.html', '<h1>1.1</h1><astro-island component-url="/kefu/_astro/Quiz.js"></astro-island>'),
    page('plans/1-1/index.html', '<h1>教案</h1>'),
    asset('_astro/layout.css', 'body{}'),
    asset('_astro/Quiz.js', 'import"./shared.js";const x=()=>import("./docx.js");'),
    asset('_astro/shared.js', ''),
    asset('_astro/docx.js', '', 5000),
    asset('pagefind/pagefind.js', undefined, 40_000),
    asset('favicon.svg', '<svg/>'),
  ];
  const plan = planOffline('/kefu/', files);
  const urls = (idx: number[]) => idx.map((i) => files[i]!.url);

  it('puts what every page loads and the fallback pages in the shell', () => {
    expect(urls(plan.shell)).toEqual(['/kefu/404.html', '/kefu/offline/', '/kefu/_astro/layout.css', '/kefu/favicon.svg']);
  });
  it('lists what a page loads when opened, without the shell and the dynamic imports', () => {
    expect(urls(plan.entries[4]!.deps!)).toEqual(['/kefu/_astro/Quiz.js', '/kefu/_astro/shared.js']);
  });
  it('packs a module with the pages it lists (not the 教案, not other modules) and their dynamic imports', () => {
    const m1 = plan.packs.find((p) => p.id === 'm1')!;
    expect(m1.label).toBe('模块1 平台');
    expect(urls(m1.files)).toEqual(['/kefu/404.html', '/kefu/offline/', '/kefu/modules/1/', '/kefu/lessons/1-1/', '/kefu/_astro/layout.css', '/kefu/_astro/Quiz.js', '/kefu/_astro/shared.js', '/kefu/_astro/docx.js', '/kefu/favicon.svg']);
    expect(m1.sent).toBe(4 * 1000 + 100 * 3 + 5000 + 100);
  });
  it('packs the whole course without the teacher pages, and the search index apart', () => {
    const course = plan.packs.find((p) => p.id === 'course')!;
    expect(urls(course.files)).not.toContain('/kefu/plans/1-1/');
    expect(urls(course.files)).toContain('/kefu/lessons/1-1/');
    expect(urls(course.files)).not.toContain('/kefu/pagefind/pagefind.js');
    expect(urls(plan.packs.find((p) => p.id === 'search')!.files)).toContain('/kefu/pagefind/pagefind.js');
  });
});

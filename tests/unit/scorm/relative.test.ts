import { describe, expect, it } from 'vitest';
import { relativeHtml, relativeScript, rootPrefix } from '../../../src/lib/scorm/relative.ts';

describe('relative URLs in the packaged build', () => {
  it('finds the package root from a page', () => {
    expect(rootPrefix('index.html')).toBe('./');
    expect(rootPrefix('lessons/1-1/index.html')).toBe('../../');
    expect(rootPrefix('practice/chat/bad-review/index.html')).toBe('../../../');
  });

  it('makes page links relative and names the folder index page', () => {
    const html = [
      '<link rel="manifest" href="/__kefu_scorm__/manifest.webmanifest">',
      '<a href="/__kefu_scorm__/">首页</a>',
      '<a href="/__kefu_scorm__/lessons/1-2/">下一课</a>',
      '<a href="/__kefu_scorm__/glossary/#term-客户">客户</a>',
      '<astro-island component-url="/__kefu_scorm__/_astro/Quiz.js" props="{&quot;href&quot;:[0,&quot;/__kefu_scorm__/tests/1/&quot;]}">',
      '<a href="#main">跳到正文</a>',
    ].join('\n');
    expect(relativeHtml(html, 'lessons/1-1/index.html').split('\n')).toEqual([
      '',
      '<a href="../../index.html">首页</a>',
      '<a href="../../lessons/1-2/index.html">下一课</a>',
      '<a href="../../glossary/index.html#term-客户">客户</a>',
      '<astro-island component-url="../../_astro/Quiz.js" props="{&quot;href&quot;:[0,&quot;../../tests/1/index.html&quot;]}">',
      '<a href="#main">跳到正文</a>',
    ]);
  });

  it('points scripts at their own folder and the preload helper at the package root', () => {
    const code = 'const w=new Worker(new URL(`/__kefu_scorm__/_astro/a.worker.js`,``+import.meta.url));t=function(e){return`/__kefu_scorm__/`+e}';
    expect(relativeScript(code)).toBe('const w=new Worker(new URL(`./a.worker.js`,``+import.meta.url));t=function(e){return new URL(`../`+e,import.meta.url).href}');
    expect(() => relativeScript('fetch("/__kefu_scorm__/data.json")')).toThrow(/placeholder/);
  });
});

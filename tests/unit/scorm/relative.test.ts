import { describe, expect, it } from 'vitest';
import { packagedPagefind, relativeHtml, relativeScript, rootPrefix } from '../../../src/lib/scorm/relative.ts';

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
      '<astro-island props="{&quot;base&quot;:[0,&quot;/__kefu_scorm__/&quot;]}">',
    ].join('\n');
    expect(relativeHtml(html, 'lessons/1-1/index.html').split('\n')).toEqual([
      '',
      '<a href="../../index.html">首页</a>',
      '<a href="../../lessons/1-2/index.html">下一课</a>',
      '<a href="../../glossary/index.html#term-客户">客户</a>',
      '<astro-island component-url="../../_astro/Quiz.js" props="{&quot;href&quot;:[0,&quot;../../tests/1/index.html&quot;]}">',
      '<a href="#main">跳到正文</a>',
      '<astro-island props="{&quot;base&quot;:[0,&quot;../../&quot;]}">',
    ]);
  });

  it('points scripts at their own folder and the preload helper at the package root', () => {
    const code = 'const w=new Worker(new URL(`/__kefu_scorm__/_astro/a.worker.js`,``+import.meta.url));t=function(e){return`/__kefu_scorm__/`+e}';
    expect(relativeScript(code)).toBe('const w=new Worker(new URL(`./a.worker.js`,``+import.meta.url));t=function(e){return new URL(`../`+e,import.meta.url).href}');
    expect(relativeScript('fetch(`/__kefu_scorm__/${n}`,{cache:`no-store`})')).toBe('fetch(new URL(`../${n}`,import.meta.url).href,{cache:`no-store`})');
    expect(() => relativeScript('fetch("/__kefu_scorm__/data.json")')).toThrow(/placeholder/);
  });
});

describe('Pagefind in the package', () => {
  it('ignores a relative base and links results to their index.html (the e2e test searches in the package)', () => {
    const code = 'c(opts,basePath){this.baseUrl=opts.baseUrl||this.getDefaultBaseUrl(basePath);}o(k,v){if(k==="baseUrl"&&typeof v==="string")this.baseUrl=v;}fullUrl(raw){return`${this.baseUrl}/${raw}`}';
    const out = packagedPagefind(code);
    const init = new Function('opts', 'basePath', `${out.slice(out.indexOf('this.baseUrl='), out.indexOf('}o(k'))};return this.baseUrl`);
    const pagefind = { getDefaultBaseUrl: (p: string) => p.replace(/pagefind\/$/, '') };
    expect(init.call(pagefind, { baseUrl: '../' }, '/lms/pkg/pagefind/')).toBe('/lms/pkg/');
    expect(init.call(pagefind, { baseUrl: '/kefu/' }, '/lms/pkg/pagefind/')).toBe('/kefu/');
    const options = new Function('k', 'v', `${out.slice(out.indexOf('if('), out.indexOf('}fullUrl'))};return this.baseUrl`);
    expect(options.call({ baseUrl: '/lms/pkg/' }, 'baseUrl', '../')).toBe('/lms/pkg/');
    expect(options.call({ baseUrl: '/lms/pkg/' }, 'baseUrl', '/other/')).toBe('/other/');
    const fullUrl = new Function('raw', out.slice(out.indexOf('fullUrl(raw){') + 13, -1));
    expect(fullUrl.call({ baseUrl: '/lms/pkg' }, '/lessons/1-2/')).toBe('/lms/pkg//lessons/1-2/index.html');
    expect(fullUrl.call({ baseUrl: '/lms/pkg' }, '/glossary/#term-a')).toBe('/lms/pkg//glossary/index.html#term-a');
    expect(() => packagedPagefind('other code')).toThrow(/pagefind/);
  });
});

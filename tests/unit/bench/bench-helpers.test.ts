import { describe, expect, it } from 'vitest';
import { closure, pageRefs, pageType, staticImports } from '../../../scripts/bench/bytes.mjs';
import { displayWidth, formatTable, row } from '../../../scripts/bench/report.mjs';
import { copyCodes, extendOutline, rewriteLesson, scaleCurriculum } from '../../../scripts/bench/synthetic.mjs';

describe('staticImports', () => {
  it.each([
    ['import"./a.js";', ['./a.js']],
    ['import{a as b,$ as c}from"./chunk.X1.js";', ['./chunk.X1.js']],
    ['import * as ns from "./ns.js"', ['./ns.js']],
    ['export{x}from"./re.js";export*from"../up.js"', ['./re.js', '../up.js']],
    // Loaded on use, so not part of what the page loads up front.
    ['const m=import(`./docx.js`);import("./lazy.js")', []],
    ['x.import("./not.js");const s="import";', []],
  ])('%s', (source, expected) => {
    expect(staticImports(source)).toEqual(expected);
  });
});

describe('closure', () => {
  it('follows static imports once each and skips dynamic ones', () => {
    const files: Record<string, string> = {
      '/d/_astro/a.js': 'import"./b.js";import{x}from"./c.js";import("./lazy.js")',
      '/d/_astro/b.js': 'import{y}from"./c.js"',
      '/d/_astro/c.js': 'import"./b.js"',
    };
    expect(closure(['/d/_astro/a.js'], (f: string) => files[f]).sort()).toEqual(['/d/_astro/a.js', '/d/_astro/b.js', '/d/_astro/c.js']);
  });
});

describe('pageRefs', () => {
  const html = `<html><head><style>a{color:red}</style><link rel="stylesheet" href="/kefu/_astro/x.css"><link rel="modulepreload" href="/kefu/_astro/pre.js">
    <script type="module" src="/kefu/_astro/s.js"></script><script>inline()</script><script type="application/ld+json">{"a":1}</script></head>
    <body><astro-island uid="1" component-url="/kefu/_astro/index.AbCd1234.js" renderer-url="/kefu/_astro/client.js" opts="{&quot;name&quot;:&quot;GradeCalculator&quot;,&quot;value&quot;:true}"></astro-island></body></html>`;
  it('finds islands by their component name, scripts, preloads and styles', () => {
    const refs = pageRefs(html);
    expect(refs.entries.sort()).toEqual(['/kefu/_astro/client.js', '/kefu/_astro/index.AbCd1234.js', '/kefu/_astro/pre.js', '/kefu/_astro/s.js']);
    expect(refs.islands).toEqual([{ url: '/kefu/_astro/index.AbCd1234.js', name: 'GradeCalculator', onUse: false }]);
    expect(refs.onUse).toEqual([]);
    expect(refs.styles).toEqual(['/kefu/_astro/x.css']);
    expect(refs.inlineCss).toEqual(['a{color:red}']);
    expect(refs.inlineJs).toEqual(['inline()']);
  });
  it('counts a client:interaction island apart: it loads only when first used', () => {
    const page = `<astro-island component-url="/kefu/_astro/Quiz.i2oCQgAE.js" renderer-url="/kefu/_astro/client.js" client="visible"></astro-island>
      <astro-island component-url="/kefu/_astro/MockChat.xnOUvfDR.js" renderer-url="/kefu/_astro/client.js" client="interaction"></astro-island>`;
    const refs = pageRefs(page);
    expect(refs.entries.sort()).toEqual(['/kefu/_astro/Quiz.i2oCQgAE.js', '/kefu/_astro/client.js']);
    expect(refs.onUse.sort()).toEqual(['/kefu/_astro/MockChat.xnOUvfDR.js', '/kefu/_astro/client.js']);
    expect(refs.islands.map((i) => [i.name, i.onUse])).toEqual([['Quiz', false], ['MockChat', true]]);
  });
  it('sees no script in a page without any', () => {
    expect(pageRefs('<html><body><p>课程标准</p><script>try{}catch(x){}</script></body></html>').entries).toEqual([]);
  });
});

describe('pageType', () => {
  it.each([
    ['index.html', '首页'],
    ['lessons/1-1/index.html', '课次'],
    ['plans/1-1/index.html', '教案'],
    ['plans/1-1/guide/index.html', '学案'],
    ['practice/chat/index.html', '模拟实战列表'],
    ['practice/chat/presale-genuine/index.html', '模拟实战'],
    ['practice/kpi/index.html', '练习工具'],
    ['teacher/grades/index.html', '成绩计算器'],
    ['somewhere/new/index.html', 'somewhere/new/'],
  ])('%s → %s', (rel, type) => {
    expect(pageType(rel)).toBe(type);
  });
});

describe('synthetic course', () => {
  it('gives each copy new codes after the module’s last lesson', () => {
    expect(copyCodes(['1.1', '1.2'], 4).map((c) => c.to)).toEqual(['1.3', '1.4', '1.5', '1.6', '1.7', '1.8']);
    expect(copyCodes(['9.1'], 4).map((c) => `${c.from}→${c.to}#${c.copy}`)).toEqual(['9.1→9.2#1', '9.1→9.3#2', '9.1→9.4#3']);
  });
  it('rewrites the code and marks the title of a copied lesson, and refuses a lesson without the code', () => {
    const mdx = '---\ncode: "2.3"\ntitle: 交易平台后台\nmodule: 2\n---\n正文 code: "2.3"';
    expect(rewriteLesson(mdx, '2.3', '2.11', 2)).toBe('---\ncode: "2.11"\ntitle: 交易平台后台（扩展 2）\nmodule: 2\n---\n正文 code: "2.3"');
    expect(() => rewriteLesson(mdx, '2.4', '2.12', 2)).toThrow(/no code/);
  });
  it('appends outline entries and scales module and total hours', () => {
    const outline = "export const outlineData = [\n  { code: '1.1', module: 1, hours: 2, title: 'a' },\n];\n";
    expect(extendOutline(outline, [{ code: '1.2', module: 1, hours: 2, title: 'a（扩展 1）' }])).toContain(`{ code: '1.2', module: 1, hours: 2, title: "a（扩展 1）" },\n];`);
    const curriculum = 'course: {\n    totalHours: 54,\n  },\n  modules: [\n    {\n      number: 1,\n      hours: 4,\n    },\n    {\n      hours: 50,\n    },\n  ]';
    const scaled = scaleCurriculum(curriculum, 4);
    expect(scaled).toContain('totalHours: 216');
    expect(scaled.match(/ {6}hours: \d+/g)).toEqual(['      hours: 16', '      hours: 200']);
    expect(() => scaleCurriculum('nothing here', 4)).toThrow(/not found/);
  });
});

describe('report table', () => {
  it('counts Chinese characters as two columns so the columns line up', () => {
    expect(displayWidth('JS 60 KB')).toBe(8);
    expect(displayWidth('课次（测验）')).toBe(12);
    const lines = formatTable([row('体积', '课次', '85.3 KB', '≤ 60 KB', false), row('体积', 'home', '6.5 KB', '≤ 60 KB', true), row('搜索', '索引', '114 KB')]).split('\n');
    const bars = lines.map((l) => [...l].reduce((cols: number[], ch, i, all) => (ch === '│' ? [...cols, displayWidth(all.slice(0, i).join(''))] : cols), []));
    expect(new Set(bars.filter((b) => b.length).map((b) => b.join()))).toHaveProperty('size', 1);
    expect(lines.slice(2).map((l) => l.split('│').at(-1)?.trim())).toEqual(['FAIL', 'PASS', 'INFO']);
    // The section name is printed once per group.
    expect(lines[3].startsWith(' ')).toBe(true);
  });
});


import { describe, expect, it } from 'vitest';
import { containsPhrase, moduleFilter, parseExcerpt, rankByPhrase, searchStatus, sortModuleNames } from '../../src/lib/search.ts';
import { makeRoutes, lessonSlug } from '../../src/lib/routes.ts';
import { normaliseBase, withBase } from '../../src/lib/base-path.ts';

describe('parseExcerpt', () => {
  it.each([
    ['plain text', '客服的工作', [{ text: '客服的工作', match: false }]],
    ['one match', '提高<mark>询单转化率</mark>的方法', [
      { text: '提高', match: false }, { text: '询单转化率', match: true }, { text: '的方法', match: false },
    ]],
    ['escaped markup stays text', '&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>客单价</mark>', [
      { text: '<script>alert(1)</script> & ', match: false }, { text: '客单价', match: true },
    ]],
    ['stray tags are dropped', '<b>粗体</b>', [{ text: '粗体', match: false }]],
    ['adjacent marks as one term', '<mark>询</mark><mark>单</mark><mark>转化</mark><mark>率</mark>：', [
      { text: '询单转化率', match: true }, { text: '：', match: false },
    ]],
    ['a window cut mid-sentence loses its leading punctuation', '，寄回<mark>运费</mark>一般由买家承担。', [
      { text: '寄回', match: false }, { text: '运费', match: true }, { text: '一般由买家承担。', match: false },
    ]],
    ['leading punctuation alone is dropped', '、 <mark>运费险</mark>', [{ text: '运费险', match: true }]],
    ['empty', '', []],
  ])('handles %s', (_, input, expected) => {
    expect(parseExcerpt(input)).toEqual(expected);
  });
});

describe('phrase ranking', () => {
  const hit = (title: string, text: string) => ({ title, excerpt: [{ text, match: false }] });
  const hits = [hit('1.1 初识客户', '客户与单价'), hit('1.2 客服岗位', '客单价 = 销售额 ÷ 成交客户数'), hit('模块5', '提高客 单价')];

  it('finds the whole query, ignoring spaces and case', () => {
    expect(hits.map((h) => containsPhrase(h, '客单价'))).toEqual([false, true, true]);
    expect(containsPhrase(hit('KPI', 'DSR 评分'), 'dsr评分')).toBe(true);
  });

  it('puts exact matches first and keeps the rest in order', () => {
    expect(rankByPhrase(hits, '客单价').map((h) => h.title)).toEqual(['1.2 客服岗位', '模块5', '1.1 初识客户']);
  });

  it.each([
    [0, 0, '没有找到与“客单价”相关的内容，换个词试试，例如“客单价”或“首问负责制”。'],
    [3, 0, '没有找到完全包含“客单价”的内容，下面是 3 条部分匹配的结果。'],
    [3, 2, '找到 3 条结果'],
  ])('says what %i results with %i exact matches mean', (total, exact, text) => {
    expect(searchStatus('客单价', total, exact)).toBe(text);
  });
});

describe('search filters', () => {
  it('orders modules as the course does', () => {
    expect(sortModuleNames(['模块10 其他', '机动（考核）', '模块2 使用网络工具', '模块1 走近网络客服工作平台'])).toEqual([
      '模块1 走近网络客服工作平台', '模块2 使用网络工具', '模块10 其他', '机动（考核）',
    ]);
  });

  it('filters only when a module is chosen', () => {
    expect(moduleFilter('')).toBeUndefined();
    expect(moduleFilter('模块1 走近网络客服工作平台')).toEqual({ 模块: '模块1 走近网络客服工作平台' });
  });
});

describe('base path and routes', () => {
  it.each([
    [undefined, '/'], ['', '/'], ['/', '/'], ['kefu', '/kefu/'], ['/kefu', '/kefu/'], ['/kefu/', '/kefu/'], [' /a/b/ ', '/a/b/'],
  ])('normalises %j to %s', (raw, expected) => {
    expect(normaliseBase(raw)).toBe(expected);
  });

  it.each([
    ['/', { home: '/', lesson: '/lessons/1-2/', module: '/modules/6/', search: '/search/' }],
    ['/kefu/', { home: '/kefu/', lesson: '/kefu/lessons/1-2/', module: '/kefu/modules/6/', search: '/kefu/search/' }],
  ])('builds every link under %s', (base, expected) => {
    const routes = makeRoutes(base);
    expect({ home: routes.home, lesson: routes.lesson('1.2'), module: routes.module(6), search: routes.search }).toEqual(expected);
  });

  it('joins without doubling slashes', () => {
    expect(withBase('/kefu/', '/favicon.svg')).toBe('/kefu/favicon.svg');
    expect(lessonSlug('9.1')).toBe('9-1');
  });
});

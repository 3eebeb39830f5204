import type { Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { base, planPages } from '../e2e/site.ts';
import { served } from './built-site.ts';

/** Every row label a 教案 must have (the page opens on the 详案). */
const sections = ['课题名称', '所属模块', '授课班级', '授课教师', '授课学时', '授课时间', '授课地点', '授课形式', '教学内容', '教学目标', '知识目标', '能力目标', '素质目标', '教学重点', '教学难点', '教学策略', '教法', '学法', '思政元素', '教学环节', '时间', '教师活动', '学生活动', '设计意图', '作业', '教学反思'];

const hasClass = (el: Element, name: string) => (el.attribs.class ?? '').split(/\s+/).includes(name);
const all = (root: Element | Element[], match: (el: Element) => boolean) => DomUtils.findAll(match, Array.isArray(root) ? root : [root]);
const tag = (name: string) => (el: Element) => el.name === name;

test('every lesson has a plan page with all sections, and its segments add up to 90 minutes', () => {
  const urls = planPages();
  expect(urls).toHaveLength(27);
  for (const url of urls) {
    expect(served(url), url).toBe(true);
    const doc = parseDocument(readFileSync(path.join('dist', url.slice(base.length), 'index.html'), 'utf8'));
    const byId = (id: string) => DomUtils.findOne((el) => el.attribs.id === id, doc.children)!;

    const labels = all(all(doc.children as Element[], (el) => hasClass(el, 'sheet')), tag('th')).map((th) => DomUtils.textContent(th).trim());
    for (const section of sections) expect(labels, `${url} 缺少「${section}」`).toContain(section);

    const code = url.match(/plans\/(\d+)-(\d+)\//)!.slice(1).join('.');
    const firstRow = all(byId('plan-design'), tag('tr'))[0]!;
    expect(DomUtils.textContent(all(firstRow, tag('td'))[0]!), url).toMatch(new RegExp(`^${code.replace('.', '\\.')} \\S`));

    const rows = all(all(byId('plan-process'), tag('tbody')), tag('tr'));
    const minutes = rows.slice(0, -1).map((tr) => Number(DomUtils.textContent(all(tr, tag('td'))[0]!).replace(/\D/g, '')));
    expect(minutes, url).toHaveLength(5);
    expect(minutes.reduce((a, b) => a + b, 0), url).toBe(90);
    expect(DomUtils.textContent(rows.at(-1)!), url).toContain('90 分钟');
    expect(all(byId('plan-after'), (el) => hasClass(el, 'rule')).length, url).toBeGreaterThan(0);
    // Each segment row has its 教师活动, 学生活动 and 设计意图 filled in, and the 板书设计 has its points.
    for (const tr of rows.slice(0, -1)) expect(all(tr, tag('td')).map((td) => DomUtils.textContent(td).trim().length > 0), url).toEqual([true, true, true, true]);
    expect(all(byId('plan-board-title').parent as Element, tag('li')).length, url).toBeGreaterThanOrEqual(3);
  }
});

test('every lesson has a 学案 page with preview tasks, classroom tasks and homework', () => {
  for (const url of planPages().map((u) => `${u}guide/`)) {
    expect(served(url), url).toBe(true);
    const doc = parseDocument(readFileSync(path.join('dist', url.slice(base.length), 'index.html'), 'utf8'));
    const section = (id: string) => DomUtils.findOne((el) => el.attribs['aria-labelledby'] === id, doc.children)!;
    expect(all(section('guide-preview'), tag('li')).length, url).toBeGreaterThanOrEqual(2);
    expect(all(section('guide-tasks'), (el) => hasClass(el, 'task')).length, url).toBeGreaterThanOrEqual(1);
    expect(all(section('guide-homework'), tag('li')).length, url).toBeGreaterThanOrEqual(1);
  }
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { questionsByIds } from '../../src/data/questions/index.ts';
import { lessonQuiz } from '../../src/data/quizzes/index.ts';
import { scenarioById, scenarios } from '../../src/data/scenarios/index.ts';
import { isEndState, startSession, talkState, walk } from '../../src/lib/chat/index.ts';
import { engines, openTab } from './engines.ts';
import { islandsReady, named, pause, ready, savedData, textOf, waitFor } from './page.ts';
import type { Tab } from './tab.ts';

/** Firefox's console line for a request its service worker could not answer (seen for script chunks, the favicon, and once with no address at all). */
const firefoxServiceWorkerNoise = /^Failed to load ‘[^’]*’\. A ServiceWorker intercepted the request and encountered an unexpected error\.$/;

// The same learner flows in every engine (docs/engines.md). Each flow starts from its own page; the
// saved data the earlier flows leave behind is what the last one exports and imports.
describe.each(engines)('%s', (engine) => {
  let tab: Tab;
  let files: string;
  let launch: Error | undefined;
  beforeAll(async () => {
    files = mkdtempSync(path.join(tmpdir(), `kefu-${engine}-`));
    try {
      tab = await openTab(engine, inject('siteBase'), inject('display'));
      await tab.goto('');
      await tab.run(() => localStorage.clear());
    } catch (error) {
      launch = error as Error;
    }
  });
  // An engine that cannot start fails each of its flows, so the count shows it (a failed beforeAll would only skip them).
  beforeEach(() => {
    if (launch) throw launch;
  });
  // A script error a learner would not see may still break the next click: any fails the flow, except
  // one Firefox message that comes and goes with the service worker (docs/engines.md), which is printed.
  afterEach(async () => {
    const all = tab ? await tab.errors() : [];
    const known = all.filter((error) => engine === 'firefox' && firefoxServiceWorkerNoise.test(error));
    if (known.length) console.warn(`firefox, known service-worker message (docs/engines.md):\n${known.join('\n')}`);
    const errors = all.filter((error) => !known.includes(error));
    expect(errors, `errors in the page:\n${errors.join('\n')}`).toEqual([]);
  });
  afterAll(async () => {
    await tab?.close();
    rmSync(files, { recursive: true, force: true });
  });

  test('a lesson opens and its quiz marks a right answer, then scores the quiz', async () => {
    await tab.goto('lessons/1-1/');
    await textOf(tab, 'h1', '初识客户与电子商务客户服务');
    await ready(tab, 'section.quiz');
    const question = questionsByIds(['m1.q.customer-type'], 'test')[0]!;
    if (question.type !== 'single') throw new Error('lesson 1.1 question 1 is expected to be single choice');
    await tab.click(`input[name="${question.id}"][value="${question.answer}"]`);
    await tab.click(await named(tab, 'section.quiz article.question:first-of-type button', '检查答案'));
    await textOf(tab, 'section.quiz article.question .feedback', '回答正确');
    await tab.click(await named(tab, 'section.quiz button', '提交全部并计分'));
    // The 课堂小测 of lesson 1.1 (src/data/quizzes/lessons.ts): one of its questions answered.
    const total = questionsByIds(lessonQuiz('lesson-1-1')!.questions, 'test').reduce((sum, q) => sum + q.points, 0);
    expect(await textOf(tab, 'section.quiz .score', '已记录')).toMatch(new RegExp(`本次得分 1(\\.\\d)? / ${total} 分，已记录。`));
  });

  test('what a student types into a form survives a reload', async () => {
    const form = 'section.form-table[aria-labelledby="form-m1-form-haier-service-title"]';
    await tab.goto('lessons/1-1/');
    await ready(tab, form);
    await tab.type(await named(tab, `${form} input`, '姓名'), '林小悦');
    await tab.type(`${form} textarea[aria-label="海尔集团服务理念 - 查询结果"]`, '真诚到永远');
    await textOf(tab, form, '已填 1 / 5 格');
    // Saving waits for a pause in typing.
    await pause(700);
    await tab.reload();
    await ready(tab, form);
    const values = await tab.run((form: string) => [...document.querySelectorAll<HTMLInputElement>(`${form} input, ${form} textarea`)].map((el) => el.value).filter(Boolean), form);
    expect(values).toEqual(['林小悦', '真诚到永远']);
  });

  test('one turn of the mock chat: the reply is judged and the customer answers', async () => {
    const scenario = scenarioById('presale-genuine') ?? scenarios[0]!;
    const reply = talkState(scenario, startSession(scenario, 0))!.model;
    const next = scenario.states[walk(scenario, [reply]).state]!;
    if (isEndState(next)) throw new Error(`${scenario.id}: the model reply is expected to lead to another customer line`);
    await tab.goto(`practice/chat/${scenario.id}/`);
    await ready(tab, 'section.mock-chat');
    await tab.click(await named(tab, 'section.mock-chat button', '开始对话'));
    const box = await named(tab, 'section.mock-chat textarea', '回复顾客');
    await tab.type(box, reply);
    await tab.press('Enter');
    await textOf(tab, 'section.mock-chat [role="log"] .row[data-from="agent"] .verdict', '回复得当');
    // The customer "types" for a few real seconds before the next line shows.
    await waitFor(tab, 'the customer’s next line', (lines: string[]) => {
      const rows = [...document.querySelectorAll('section.mock-chat [role="log"] .row[data-from="customer"]')];
      return rows.some((row) => lines.some((line) => row.textContent!.includes(line)));
    }, next.customer);
  });

  test('投影模式 opens with P, shows the slides, moves on with →, and Esc gives the page back', async () => {
    const progress = '[data-testid="projector-progress"]';
    await tab.goto('lessons/1-1/');
    // The island hydrates on first use: the P key itself wakes it and is replayed.
    await named(tab, 'button.projector-open', '投影模式P');
    await tab.press('p');
    await textOf(tab, progress, '1 / ');
    await textOf(tab, progress, '情景导入');
    await textOf(tab, '[data-testid="slide"] .slide-section', '情景导入');
    // → jumps a whole section (docs/slides.md).
    await tab.press('ArrowRight');
    await textOf(tab, progress, '素养园地');
    await textOf(tab, '[data-testid="slide"] .slide-section', '素养园地');
    const pageHeading = (name: string) => tab.run((name: string) => [...document.querySelectorAll('article.lesson h2')].some((h) => h.textContent!.trim() === name && h.checkVisibility()), name);
    expect(await pageHeading('情景导入')).toBe(false);
    await tab.press('Escape');
    await waitFor(tab, '投影模式 to close', () => !document.querySelector('[data-testid="projector-progress"]') && document.querySelector('.site-header')!.checkVisibility());
    expect(await pageHeading('情景导入')).toBe(true);
  });

  test('searching 询单转化率 finds lesson 1.2 first and opens it', async () => {
    await tab.goto('search/');
    await waitFor(tab, 'the search box to be ready', () => document.querySelector('form.search')?.getAttribute('data-ready') === 'true');
    await tab.type('#q', '询单转化率');
    await textOf(tab, '.hits > li > a', '1.2 客服岗位、素养与金牌客服');
    await tab.click('.hits > li > a');
    await waitFor(tab, 'lesson 1.2 to open', () => location.pathname.endsWith('/lessons/1-2/'));
  });

  test('学习记录: export, clear, import gives back the same saved data', async () => {
    await tab.goto('lessons/1-2/');
    // Leaving while the lesson's scripts still load would cancel them, which Firefox reports as errors (docs/engines.md).
    await islandsReady(tab);
    const progressReady = () => waitFor(tab, 'the progress page to hydrate', () => Boolean(document.querySelector('.progress-page[data-ready]')));
    await tab.goto('progress/');
    await progressReady();
    const before = await savedData(tab);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['kefu:v1:visits']));
    // The page saves through a blob: link with a download name (src/components/exercises/shared/download.ts).
    // Engines differ in how a driver sees downloads, so the link's click is caught here and the blob read
    // in the page (Blob.text(): the page's Content-Security-Policy would refuse a fetch of the blob: URL).
    await tab.run(() => {
      const click = HTMLAnchorElement.prototype.click;
      const createObjectURL = URL.createObjectURL.bind(URL);
      const blobs = new Map<string, Blob>();
      const saved: { name: string; text: string }[] = [];
      Object.assign(window, { smokeDownloads: saved });
      URL.createObjectURL = (blob: Blob) => {
        const url = createObjectURL(blob);
        blobs.set(url, blob);
        return url;
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        const blob = blobs.get(this.href);
        if (!this.download || !blob) return click.call(this);
        const name = this.download;
        void blob.text().then((text) => saved.push({ name, text }));
      };
    });
    await tab.click(await named(tab, 'button', '导出全部学习记录'));
    const [file] = await waitFor(tab, 'the exported file', () => {
      const saved = (window as unknown as { smokeDownloads: { name: string; text: string }[] }).smokeDownloads;
      return saved.length > 0 && saved;
    });
    expect(file!.name).toMatch(/^客服课程学习记录-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(file!.text)).toMatchObject({ app: 'kefu-course', kind: 'progress', prefix: 'kefu:v1:' });
    expect(Object.keys(JSON.parse(file!.text).items).sort()).toEqual(Object.keys(before).sort());

    await tab.run(() => localStorage.clear());
    await tab.reload();
    // A file chosen before the island hydrates would go unheard.
    await progressReady();
    await textOf(tab, '[data-testid="overall"]', '0%');
    const saved = path.join(files, file!.name);
    writeFileSync(saved, file!.text);
    await tab.upload('.transfer input[type="file"]', saved);
    await textOf(tab, '.preview[role="region"]', `新增（本机还没有）：${Object.keys(before).length} 项`);
    await tab.click(await named(tab, '.preview button', '确认导入'));
    await textOf(tab, '.transfer [role="status"]', '导入完成');
    expect(await savedData(tab)).toEqual(before);
    // The page shows the imported records without a reload.
    await textOf(tab, 'li[data-lesson="1.2"]', '已读');
  });
});

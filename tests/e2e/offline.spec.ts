import { expect, test, type Browser, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { questionsByIds } from '../../src/data/questions/index.ts';
import { answerRight, hydrated, press, questionCard } from './quiz-helpers.ts';
import { freePort, serve } from '../../scripts/bench/site.mjs';
import { axe, axeProblems, base } from './site.ts';

/** Waits until the page's service worker has finished precaching and is active. */
const workerActive = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active!;
    if (worker.state !== 'activated') await new Promise((r) => worker.addEventListener('statechange', () => worker.state === 'activated' && r(null)));
    return registration.scope;
  });

const ourCaches = (page: Page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('kefu-course:')));

/**
 * A copy of the build on a server of its own, and a page in a context that lets the service worker
 * run: a test can stop the server (really offline), change the files and serve them again at the
 * same origin ("deploy").
 */
async function ownCopy(browser: Browser) {
  const dir = await mkdtemp(path.join(tmpdir(), 'kefu-offline-'));
  await cp('dist', dir, { recursive: true });
  const port = await freePort();
  let server = await serve(process.cwd(), dir, port);
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}`, serviceWorkers: 'allow' });
  return {
    dir,
    port,
    context,
    page: await context.newPage(),
    stop: () => server.close(),
    start: async () => {
      server = await serve(process.cwd(), dir, port);
    },
    dispose: async () => {
      await context.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Opens a lesson with no network: from the worker, either the lesson itself or the offline page. */
async function openOffline(page: Page, code: string, kept: boolean) {
  const response = await page.goto(`${base}lessons/${code.replace('.', '-')}/`);
  expect(response?.fromServiceWorker()).toBe(true);
  const heading = page.getByRole('heading', { level: 1 });
  if (kept) await expect(heading).toContainText(code);
  else await expect(heading).toHaveText('这个页面还没有下载到本机');
}

/** Presses 离线下载 for one pack of the control on the page and waits until it reports success. */
async function download(page: Page, label: string, id: string) {
  // The control loads when it scrolls into view (client:visible).
  await page.locator('section.offline').scrollIntoViewIfNeeded();
  const row = page.locator(`[data-offline-pack="${id}"]`);
  await expect(row).toContainText(/约 \d+(\.\d)? (KB|MB)/);
  await row.getByRole('button', { name: `离线下载${label}` }).click();
  await expect(row).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(row).toContainText('已可离线使用');
  await expect(page.getByRole('status').filter({ hasText: `${label}已下载完成` })).toBeVisible();
}

test('the first visit keeps only the shell and the page; 离线下载 makes the course and search work offline, and a new deploy asks before it reloads without losing answers', async ({ browser }) => {
  test.setTimeout(90_000);
  const site = await ownCopy(browser);
  const { dir, port, context, page } = site;
  try {
    await page.goto(`${base}lessons/1-1/`);
    expect(await workerActive(page)).toBe(`http://127.0.0.1:${port}${base}`);
    expect(await ourCaches(page)).toHaveLength(1);

    // Offline before any download: a lesson never opened says so instead of failing.
    await site.stop();
    await context.setOffline(true);
    await openOffline(page, '7.1', false);
    // The page being read was kept on the first visit.
    await openOffline(page, '1.1', true);

    // Online again: the progress page offers the course and the search index, with their sizes.
    await site.start();
    await context.setOffline(false);
    await page.goto(`${base}progress/`);
    await download(page, '整门课程', 'course');
    await download(page, '搜索索引', 'search');
    expect(axeProblems(await axe(page).include('section.offline').analyze())).toEqual([]);
    await site.stop();
    await context.setOffline(true);

    // A lesson never opened before.
    await openOffline(page, '7.1', true);

    // Search: the Pagefind index, its wasm and chunks come from the cache.
    await page.goto(`${base}search/?q=${encodeURIComponent('运费险')}`);
    await expect(page.locator('.hits > li > a').first()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '找到' })).toBeVisible();

    // An address outside the course still gets the Chinese 404 page.
    const missing = await page.goto(`${base}lessons/9-9/`);
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');

    // A quiz: its script chunks come from the cache; checking works and is saved.
    await page.goto(`${base}lessons/1-1/index.html`);
    const quiz = page.locator('section.quiz[aria-labelledby="quiz-lesson-1-1"]');
    await hydrated(quiz);
    const [question] = questionsByIds(['m1.q.customer-type'], 'test');
    const card = questionCard(quiz, 1);
    await answerRight(page, card, question!);
    await press(card, '检查答案');
    await expect(card.locator('.feedback')).toContainText('回答正确');

    // A new deploy: lesson 1.1 changed, so sw.js lists a new hash for it and a new version.
    const lessonFile = path.join(dir, 'lessons/1-1/index.html');
    const newLesson = (await readFile(lessonFile, 'utf8')).replace('</main>', '<p id="new-build">新版本的课文</p></main>');
    await writeFile(lessonFile, newLesson);
    const sw = await readFile(path.join(dir, 'sw.js'), 'utf8');
    // The worker checks every file it keeps against the build's hash, so the "build" lists the real one.
    const newHash = createHash('sha256').update(newLesson).digest('hex').slice(0, 16);
    const changed = sw
      .replace(/version:"[0-9a-f]+"/, 'version:"e2e0new0build"')
      .replace(/(url:"\/kefu\/lessons\/1-1\/",hash:")[0-9a-f]+/, `$1${newHash}`);
    expect(changed).not.toBe(sw);
    await writeFile(path.join(dir, 'sw.js'), changed);
    await site.start();
    await context.setOffline(false);

    // Opening a page checks sw.js; the new version installs in the background and the notice appears.
    await page.reload();
    await hydrated(quiz);
    const notice = page.getByRole('status').filter({ hasText: '课程已更新，刷新后使用新版本' });
    await expect(notice).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('#new-build'), 'the open page keeps its version until the learner chooses').toHaveCount(0);
    expect(axeProblems(await axe(page).include('#update-notice').analyze())).toEqual([]);
    // 稍后 hides it; the new version keeps waiting, so the next page asks again.
    await page.getByRole('button', { name: '稍后', exact: true }).click();
    await expect(notice).toBeHidden();
    await page.reload();
    await expect(notice).toBeVisible();
    await expect(page.locator('#new-build')).toHaveCount(0);
    // Keyboard only: the button takes focus and Enter applies the update.
    await page.getByRole('button', { name: '刷新', exact: true }).focus();
    await page.keyboard.press('Enter');

    await expect(page.locator('#new-build')).toBeVisible();
    await expect(notice).toBeHidden();
    await hydrated(quiz);
    await expect(questionCard(quiz, 1)).toHaveAttribute('data-state', 'correct');
    await expect(questionCard(quiz, 1).locator('.feedback')).toContainText('回答正确');
    await expect.poll(() => ourCaches(page), { message: 'the old version’s cache is deleted' }).toEqual([`kefu-course:${base}:e2e0new0build`]);

    // What the learner downloaded is still there after the update.
    await site.stop();
    await context.setOffline(true);
    await openOffline(page, '7.2', true);
  } finally {
    await site.dispose();
  }
});

test('a module page downloads that module for offline use, and the progress page shows which modules are available offline', async ({ browser }) => {
  test.setTimeout(60_000);
  const site = await ownCopy(browser);
  const { context, page } = site;
  try {
    await page.goto(`${base}modules/2/`);
    await workerActive(page);
    await download(page, '模块2 使用网络工具', 'm2');
    await page.goto(`${base}progress/`);
    await page.locator('section.offline').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-offline-pack="m2"]')).toContainText('已可离线使用');
    // Module 3 shares the scripts, not its pages: part of it is there, not all.
    await expect(page.locator('[data-offline-pack="m3"]')).toHaveAttribute('data-state', 'partial');
    await expect(page.locator('[data-offline-pack="m3"]')).toContainText('部分已下载');
    await expect(page.getByRole('button', { name: /^离线下载模块3/ })).toBeEnabled();

    await site.stop();
    await context.setOffline(true);
    await openOffline(page, '2.1', true);
    // Another module was not downloaded.
    await openOffline(page, '3.1', false);
  } finally {
    await site.dispose();
  }
});

test('a school that retires the course deploys retire/sw.js as sw.js: visitors lose the saved copy and see what the server now says', async ({ browser }) => {
  test.setTimeout(60_000);
  const site = await ownCopy(browser);
  const { dir, page } = site;
  try {
    await page.goto(base);
    await workerActive(page);
    expect(await ourCaches(page)).toHaveLength(1);

    // The course comes off the server; only the retirement worker (as sw.js) and a notice stay.
    const retire = await readFile(path.join(dir, 'retire/sw.js'));
    await site.stop();
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir);
    await writeFile(path.join(dir, 'sw.js'), retire);
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><html lang="zh-CN"><title>课程已停用</title><h1>本课程网站已停用</h1></html>');
    await site.start();

    // The learner opens the course again: the old worker still answers from its cache, the browser
    // finds the new sw.js, and the retirement worker clears up and reloads the page from the server.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('本课程网站已停用', { timeout: 20_000 });
    const lesson = await page.goto(`${base}lessons/1-1/`);
    expect(lesson?.status(), 'a lesson comes from the server now, not from the saved copy').toBe(404);
    expect(lesson?.fromServiceWorker()).toBe(false);
    await expect.poll(() => ourCaches(page), { message: 'the saved copy is deleted' }).toEqual([]);
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), { message: 'no worker is left' }).toBe(0);
  } finally {
    await site.dispose();
  }
});

test('the web app manifest starts at the base path and its icons load', async ({ page, request }) => {
  await page.goto(`${base}lessons/1-1/`);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe(`${base}manifest.webmanifest`);
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  const manifest = JSON.parse(await response.text());
  expect(manifest).toMatchObject({ name: '电子商务客户服务 · 互动课程', short_name: '客服课程', lang: 'zh-CN', start_url: base, scope: base, display: 'standalone', theme_color: '#0a5c7a' });
  expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe(manifest.theme_color);
  const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  const icons: { src: string; sizes: string; purpose: string }[] = manifest.icons;
  expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const src of [...icons.map((i) => i.src), apple!]) {
    const icon = await request.get(src);
    expect(icon.status(), src).toBe(200);
    expect(icon.headers()['content-type']).toBe('image/png');
    expect((await icon.body()).subarray(1, 4).toString()).toBe('PNG');
  }
  // Nothing to announce on a normal visit.
  await expect(page.getByRole('button', { name: '刷新', exact: true })).toBeHidden();
});

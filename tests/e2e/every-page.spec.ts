import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { JS_BUDGET } from '../../scripts/bench/bytes.mjs';
import { CLASSROOM_INFO_FILE } from '../../src/lib/classroom/lan.ts';
import { refProblem } from '../built-site/built-site.ts';
import { probe, type Findings } from './layout-probe.ts';
import { axe, axeProblems, base, builtPages, hydrateAll, islandsReady, lessonPages, settle } from './site.ts';

/*
 * Every built page, opened once: what only a running page shows. Links, assets and the scripts a
 * page ships are read from dist/ in Node (tests/built-site/links-and-scripts.test.ts); here the same
 * checks cover what happens at run time (requests, links a script writes, the JavaScript actually
 * loaded), then axe and the layout probe at every width, and 投影模式 on lessons.
 */

/** Records, from now on, requests that leave the host, failed responses and the gzip size of every script. */
function watchNetwork(page: Page) {
  const seen = { outside: [] as string[], failed: [] as string[], scriptGzip: [] as Promise<number>[] };
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(u.hostname) && u.protocol !== 'data:' && u.protocol !== 'blob:') seen.outside.push(r.url());
  });
  page.on('response', (r) => {
    // 投影模式 opened at 127.0.0.1 asks for the file only `npm run classroom` serves; every other host,
    // like this suite's server, answers 404 (src/lib/classroom/lan.ts).
    const classroomFile = r.status() === 404 && r.url().endsWith(`${base}${CLASSROOM_INFO_FILE}`);
    if (r.status() >= 400 && !classroomFile) seen.failed.push(`${r.status()} ${r.url()}`);
    if (r.request().resourceType() === 'script') seen.scriptGzip.push(r.body().then((b) => gzipSync(b).length));
  });
  return seen;
}

/**
 * Collects, from the page's first script on, every Content-Security-Policy violation (an inline script
 * whose hash the build left out of the page's CSP, eval, a blocked style or image …); read it with
 * `cspViolations(page)`.
 */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile || 'page'}:${e.lineNumber}) ${e.sample}`);
    });
  });
}

/** The CSP violations `watchCsp` has seen on the current page. */
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

/** The layout findings at each width (tap targets on the phone only); only widths with a problem are kept. */
async function probeWidths(page: Page): Promise<Record<string, Findings>> {
  const problems: Record<string, Findings> = {};
  for (const width of [360, 768, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await settle(page);
    const found = await page.evaluate(probe, width === 360);
    if (found.overflow > 0 || found.overlaps.length || found.targets.length || found.splits.length) problems[`${width} px`] = found;
  }
  return problems;
}

/** 投影模式 at 1024×768: every slide fits and no text overlaps; only slides with a problem are kept. */
async function probeProjector(page: Page): Promise<Record<string, Findings>> {
  await page.setViewportSize({ width: 1024, height: 768 });
  await settle(page);
  await expect(page.getByRole('button', { name: /投影模式/ })).toBeVisible();
  await page.keyboard.press('p');
  const progress = page.getByTestId('projector-progress');
  await expect(progress).toHaveText(/^1 \/ \d+/);
  const total = Number((await progress.textContent())!.match(/\/ (\d+)/)![1]);
  const problems: Record<string, Findings> = {};
  for (let n = 1; n <= total; n++) {
    if (n > 1) await page.getByRole('button', { name: '下一张' }).click();
    await expect(progress).toHaveText(new RegExp(`^${n} / ${total}`));
    await settle(page);
    const found = await page.evaluate(probe, false);
    if (found.overflow > 0 || found.overlaps.length || found.splits.length) problems[`投影模式 slide ${n}`] = found;
  }
  return problems;
}

const lessons = new Set(lessonPages());

for (const url of builtPages()) {
  const projected = lessons.has(url) ? ', nor in 投影模式 at 1024×768' : '';
  test(`${url}: nothing fails to load, leaves the host or breaks the CSP, axe is clean, no sideways scroll or overlapping text at 360/768/1280 px${projected}`, async ({ page }) => {
    const network = watchNetwork(page);
    await watchCsp(page);
    await test.step('open', async () => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await islandsReady(page);
    });

    // axe as a visitor first sees the page (1280×720, islands on screen hydrated).
    await test.step('axe', async () => {
      expect.soft(axeProblems(await axe(page).analyze()), 'axe').toEqual([]);
    });

    // Every island that hydrates without being touched, loaded: the page's JavaScript on open.
    await test.step('hydrate every island and weigh the JavaScript', async () => {
      await hydrateAll(page);
      const gzipBytes = (await Promise.all(network.scriptGzip)).reduce((a, b) => a + b, 0);
      expect.soft(gzipBytes, `JavaScript loaded on open: ${gzipBytes} bytes gzip`).toBeLessThanOrEqual(JS_BUDGET);
      // The home page has one small script of its own (继续学习 and the storage notice).
      const eager = await page.locator('astro-island:not([client="interaction"])').count();
      if (eager === 0 && url !== base) expect.soft(network.scriptGzip, 'a page without widgets loads no script file').toHaveLength(0);
    });

    // Links and assets in the live page, including those a script wrote.
    const refs = await page.$$eval('a[href], link[href], script[src], img[src], source[src]', (els) => els.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? ''));
    expect.soft(refs.flatMap((ref) => refProblem(ref, page.url()) ?? []), 'links in the live page').toEqual([]);

    const layout = await test.step('layout at 360, 768 and 1280 px', () => probeWidths(page));
    if (projected) Object.assign(layout, await test.step('投影模式', () => probeProjector(page)));
    expect.soft(layout, 'layout').toEqual({});
    expect.soft(await cspViolations(page), 'Content-Security-Policy violations').toEqual([]);

    expect(network.failed, 'failed requests').toEqual([]);
    expect(network.outside, 'requests to other hosts').toEqual([]);
  });
}

test('the probe itself catches planted overflow, overlapping text, a small tap target and a split number', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${lessonPages()[0]}`);
  expect(await page.evaluate(probe, true)).toEqual({ overflow: 0, overlaps: [], targets: [], splits: [] });
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('afterbegin', '<p id="planted-a">甲段文字</p><p id="planted-b" style="margin-top:-1.5em">乙段文字</p><button id="planted-tap" style="padding:0">点</button><div style="width:500px">宽</div><table style="width:60px"><tr><td>抛比</td><td>6000</td><td style="overflow-wrap:anywhere;width:1ch">12000</td></tr></table>');
  });
  const found = await page.evaluate(probe, true);
  expect(found.overflow).toBeGreaterThan(0);
  expect(found.overlaps).toContain('p「甲段文字」 × p「乙段文字」');
  expect(found.targets.some((t) => t.startsWith('button「点」'))).toBe(true);
  expect(found.splits).toEqual([expect.stringContaining('：12000')]);
});

test('keyboard users can skip to the content and see where focus is', async ({ page }) => {
  await page.goto(`${base}lessons/1-1/`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('an unknown address gets the Chinese 404 page', async ({ page }) => {
  const response = await page.goto(`${base}lessons/9-9/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  await page.getByRole('link', { name: '回到课程首页' }).click();
  await expect(page).toHaveURL(new RegExp(`${base}$`));
});

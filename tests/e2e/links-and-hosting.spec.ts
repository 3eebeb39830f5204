import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { JS_BUDGET } from '../../scripts/bench/bytes.mjs';
import { base, builtHtml, builtPages } from './site.ts';

const pages = builtPages();

test('the build has every page of the shell', () => {
  for (const p of ['', 'standard/', 'coverage/', 'search/', 'modules/1/', 'modules/9/', 'lessons/1-1/', 'lessons/1-2/']) {
    expect(pages).toContain(base + p);
  }
});

for (const url of pages) {
  test(`${url}: every link and asset resolves under ${base} and nothing leaves the host`, async ({ page, request }) => {
    const outside: string[] = [];
    const failed: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['127.0.0.1', 'localhost'].includes(u.hostname) && u.protocol !== 'data:' && u.protocol !== 'blob:') outside.push(r.url());
    });
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');

    const refs = await page.$$eval('a[href], link[href], script[src], img[src], source[src]', (els) =>
      els.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? ''),
    );
    const internal = [...new Set(refs.map((ref) => new URL(ref, page.url())).filter((u) => u.origin === new URL(page.url()).origin).map((u) => u.pathname))];
    for (const ref of refs.filter((r) => r.startsWith('http'))) expect.soft(ref, 'no absolute links to other hosts in the shell').toContain('127.0.0.1');
    for (const pathname of internal) {
      expect(pathname, `${pathname} must stay under the base path`).toMatch(new RegExp(`^${base}`));
      const res = await request.get(pathname);
      expect(res.status(), `${pathname} linked from ${url}`).toBe(200);
    }
    expect(failed).toEqual([]);
    expect(outside).toEqual([]);
  });
}

test('the answer listing is teacher material: only teacher pages link to it, search does not index it', () => {
  const answers = `${base}teacher/banks/`;
  const linking = builtHtml().filter(({ url, html }) => html.includes(`href="${answers}"`) && !url.startsWith(`${base}teacher/`));
  expect(linking.map((p) => p.url)).toEqual([]);
  const page = builtHtml().find((p) => p.url === answers)!;
  expect(page.html).toContain('教师用');
  expect(page.html).toContain('noindex');
  expect(page.html).not.toContain('data-pagefind-body');
});

test('an unknown address gets the Chinese 404 page', async ({ page }) => {
  const response = await page.goto(`${base}lessons/9-9/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  await page.getByRole('link', { name: '回到课程首页' }).click();
  await expect(page).toHaveURL(new RegExp(`${base}$`));
});

for (const url of builtPages()) {
  test(`${url}: loads JavaScript only for its widgets (none without, ≤ 60 KB gzip with)`, async ({ page }) => {
    const scripts: Promise<number>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.body().then((b) => gzipSync(b).length));
    });
    await page.goto(url);
    // Islands hydrate when visible: scroll through the page so every one of them loads.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 30));
      }
    });
    await page.waitForLoadState('networkidle');
    // Islands that load on first use (投影模式, an embedded chat or typing trainer) load nothing yet.
    const islands = await page.locator('astro-island:not([client="interaction"])').count();
    const gzipBytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
    // The home page has one small script of its own (继续学习 and the storage notice).
    if (islands === 0 && url !== base) {
      expect(scripts, 'a page without widgets loads no script file').toHaveLength(0);
      if (url.startsWith(`${base}lessons/`)) {
        const inline = await page.$$eval('script', (els) => els.map((e) => e.textContent ?? ''));
        const kind = (s: string) =>
          s.includes('kefu:v1:visits') ? 'visit recorder' : s.includes('data-projector-launch') ? 'projector launcher'
            : s.includes('navigator.serviceWorker') ? 'service-worker registration'
            : s.includes('customElements.define("astro-island"') ? 'astro island loader' : s.includes('.interaction=') ? 'astro directive' : s.slice(0, 60);
        expect(inline.map(kind).sort(), 'only the visit recorder, the projector launcher and its island loader, and the offline registration').toEqual(
          ['astro directive', 'astro island loader', 'projector launcher', 'service-worker registration', 'visit recorder'],
        );
        for (const own of inline.filter((s) => ['visit recorder', 'projector launcher', 'service-worker registration'].includes(kind(s)))) expect(own.length).toBeLessThan(1024);
      }
    } else {
      expect(gzipBytes, `JavaScript on ${url}: ${gzipBytes} bytes gzip`).toBeLessThanOrEqual(JS_BUDGET);
    }
  });
}

// Bytes on the wire for the three moments of docs/offline.md, measured in Chromium against the built
// site served by scripts/serve.mjs (gzip for text, ETag revalidation) through a counting TCP proxy, so
// every byte the server sends — to the page and to its service worker — is counted once, headers
// included. Both builds come from buildPair (one temporary copy of the project):
//   first visit   open lesson 1.1 in a fresh browser and wait until the worker is active and the
//                 network is quiet (what the worker fetches in the background is included);
//   course        then press 离线下载 for the whole course on the progress page and wait until it is done
//                 (and, reported apart, for the search index);
//   redeploy      then the server gets a build in which one lesson's text changed; the learner reloads
//                 and the new worker installs (what it fetches, sw.js included).
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BASE, build, freePort, serve } from './site.mjs';

/** Targets of docs/budgets.md, in bytes sent. */
export const OFFLINE_TARGETS = { firstVisit: 150 * 1024, course: 3 * 1024 * 1024, redeploy: 100 * 1024 };

/** The lesson the benchmark opens first, and the one whose text the simulated redeploy changes. */
export const FIRST_LESSON = 'lessons/1-1/';
export const EDITED_LESSON = 'src/content/lessons/3-2.mdx';

const skipped = new Set(['node_modules', 'dist', '.astro', 'reports', '.git', 'test-results', 'playwright-report']);

/**
 * Builds the site twice in one temporary copy of the project: as it is, then with one more sentence in
 * one lesson (the smallest real redeploy). Both builds run in the same folder because Astro's island
 * ids hash the component's source path: a build elsewhere would change every page with an island.
 * Returns the two builds; the caller removes `dir`.
 */
export async function buildPair(root) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kefu-bench-'));
  cpSync(root, dir, { recursive: true, filter: (src) => !skipped.has(path.basename(src)) || path.dirname(src) !== root });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  await build(dir);
  renameSync(path.join(dir, 'dist'), path.join(dir, 'dist-before'));
  const lesson = path.join(dir, EDITED_LESSON);
  writeFileSync(lesson, `${readFileSync(lesson, 'utf8').trimEnd()}\n\n课后请把今天的话术再读一遍，下次课抽查。\n`);
  await build(dir);
  return { dir, before: path.join(dir, 'dist-before'), after: path.join(dir, 'dist') };
}

/** A TCP proxy in front of `port` that counts the bytes the server sends. */
function countingProxy(port) {
  const counter = { sent: 0 };
  const server = net.createServer((client) => {
    const upstream = net.connect(port, '127.0.0.1');
    upstream.on('data', (chunk) => (counter.sent += chunk.length));
    client.pipe(upstream).pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ counter, port: server.address().port, close: () => new Promise((r) => server.close(() => r())) }));
  });
}

/** Resolves once the counter has not moved for `quietMs`. */
async function quiet(counter, quietMs = 2500) {
  let last = -1;
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    await new Promise((r) => setTimeout(r, 250));
    if (counter.sent !== last) {
      last = counter.sent;
      since = Date.now();
    }
  }
}

/**
 * Runs the three moments against `dist` (and `editedDist` for the redeploy) and returns bytes sent.
 * Two learners: one downloads the whole course, the other the course and the search index; the
 * redeploy is measured for each (Pagefind re-chunks its index when words change, so the second
 * learner's worker fetches much of the index again).
 * @param {import('playwright-core').Browser} browser
 * @returns {Promise<{ firstVisit: number, course: number, courseHow: string, search?: number, redeploy: number, redeploySearch?: number }>}
 */
export async function measureOffline(browser, root, dist, editedDist) {
  const served = mkdtempSync(path.join(tmpdir(), 'kefu-offline-'));
  cpSync(dist, served, { recursive: true });
  const port = await freePort();
  let server = await serve(root, served, port);
  const proxy = await countingProxy(port);
  const origin = `http://127.0.0.1:${proxy.port}`;
  const contexts = [];
  /** Opens lesson 1.1 in a fresh browser profile; resolves with its page and the bytes sent. */
  const visit = async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    contexts.push(context);
    const page = await context.newPage();
    await quiet(proxy.counter, 500);
    proxy.counter.sent = 0;
    await page.goto(`${origin}${BASE}${FIRST_LESSON}`);
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      const w = reg.active;
      if (w && w.state !== 'activated') await new Promise((r) => w.addEventListener('statechange', () => w.state === 'activated' && r(null)));
    });
    await quiet(proxy.counter);
    return { page, sent: proxy.counter.sent };
  };
  /** Presses 离线下载 for one pack on the progress page; resolves with the bytes sent, or undefined without the control. */
  const download = async (page, label, id) => {
    if (!page.url().endsWith('/progress/')) await page.goto(`${origin}${BASE}progress/`);
    // The control hydrates when it scrolls into view (client:visible); a build without it has no box.
    const box = page.locator('section.offline');
    if (!(await box.count())) return undefined;
    await box.scrollIntoViewIfNeeded();
    const button = page.getByRole('button', { name: new RegExp(`离线下载${label}`) });
    await button.waitFor({ timeout: 60_000 });
    await quiet(proxy.counter, 1000);
    proxy.counter.sent = 0;
    await button.click();
    await page.locator(`[data-offline-pack="${id}"][data-state="done"]`).waitFor({ timeout: 300_000 });
    await quiet(proxy.counter);
    return proxy.counter.sent;
  };
  /** After the redeploy: the learner opens lesson 1.1 again; resolves with what the new worker fetched. */
  const revisit = async (page) => {
    await quiet(proxy.counter, 500);
    proxy.counter.sent = 0;
    await page.goto(`${origin}${BASE}${FIRST_LESSON}`);
    const waiting = () => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
    for (const until = Date.now() + 300_000; !(await waiting()); ) {
      if (Date.now() > until) throw new Error('新版本的服务工作线程没有安装');
      await new Promise((r) => setTimeout(r, 250));
    }
    await quiet(proxy.counter);
    return proxy.counter.sent;
  };
  try {
    const first = await visit();
    const course = await download(first.page, '整门课程', 'course');
    let search;
    let second;
    if (course !== undefined) {
      second = await visit();
      await download(second.page, '整门课程', 'course');
      search = await download(second.page, '搜索索引', 'search');
    }

    await server.close();
    rmSync(served, { recursive: true, force: true });
    cpSync(editedDist, served, { recursive: true });
    server = await serve(root, served, port);
    const redeploy = await revisit(first.page);
    const redeploySearch = second ? await revisit(second.page) : undefined;
    return {
      firstVisit: first.sent,
      course: course ?? first.sent,
      courseHow: course === undefined ? '第一次访问时已全部下载' : '在“我的学习进度”页点击离线下载',
      search,
      redeploy,
      redeploySearch,
    };
  } finally {
    for (const context of contexts) await context.close();
    await proxy.close();
    await server.close();
    rmSync(served, { recursive: true, force: true });
  }
}

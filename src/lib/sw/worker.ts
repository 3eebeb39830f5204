/**
 * The course's service worker (bundled to dist/sw.js by src/integrations/service-worker.ts, which
 * replaces `__SW_MANIFEST__` with the list of files of this build).
 *
 * - install: fills a cache named after this build's version with every page, chunk, icon and the
 *   search index, copying unchanged files from the previous version's cache instead of downloading.
 * - activate: deletes this site's caches of other versions. It does not claim open pages, and it
 *   waits (no automatic skipWaiting): an open page switches version only when the learner clicks
 *   刷新 in the update notice, which posts SKIP_WAITING.
 * - fetch: same-origin GET requests for precached files are answered from the cache (the cache is
 *   the build the page came from, so offline and slow networks behave the same); the browser checks
 *   sw.js on every navigation, which is what brings a new deploy in the background.
 */
import { SKIP_WAITING, cacheName, entriesKey, isOutdatedCache, parseEntries, planInstall, precacheKey, type InstallStep, type PrecacheEntry, type PrecacheManifest } from './precache.ts';

// The few service-worker types used here; the project's TypeScript lib is the DOM one.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

declare const __SW_MANIFEST__: PrecacheManifest;
const scope = self as unknown as WorkerScope;
const { base, version, entries } = __SW_MANIFEST__;
const current = cacheName(base, version);
const urls = new Set(entries.map((e) => e.url));
/** Downloads at a time while installing: enough to be quick, few enough not to crowd the page. */
const PARALLEL = 4;

async function olderEntries(): Promise<Map<string, PrecacheEntry[]>> {
  const older = new Map<string, PrecacheEntry[]>();
  for (const name of await caches.keys()) {
    if (!isOutdatedCache(name, base, version)) continue;
    const stored = await (await caches.open(name)).match(entriesKey(base));
    const list = stored ? parseEntries(await stored.json().catch(() => undefined)) : undefined;
    if (list) older.set(name, list);
  }
  return older;
}

async function fill(cache: Cache, step: InstallStep): Promise<void> {
  if (step.from) {
    const copy = await (await caches.open(step.from)).match(step.url);
    if (copy) return cache.put(step.url, copy);
  }
  const response = await fetch(step.url, { cache: 'reload', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`precache ${step.url}: HTTP ${response.status}`);
  // A response that followed a redirect cannot answer a navigation; store the body without the flag.
  const clean = response.redirected ? new Response(await response.blob(), { headers: response.headers }) : response;
  await cache.put(step.url, clean);
}

async function install(): Promise<void> {
  const cache = await caches.open(current);
  const queue = planInstall(entries, await olderEntries());
  const lane = async () => {
    for (let step = queue.shift(); step; step = queue.shift()) await fill(cache, step);
  };
  // Any failure fails the install: the previous version stays in charge and the browser retries later.
  await Promise.all(Array.from({ length: PARALLEL }, lane));
  await cache.put(entriesKey(base), new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } }));
}

async function removeOutdated(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(names.filter((n) => isOutdatedCache(n, base, version)).map((n) => caches.delete(n)));
}

async function cached(key: string, request: Request): Promise<Response> {
  const hit = await (await caches.open(current)).match(key);
  return hit ?? fetch(request);
}

async function offlineNotFound(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const page = await (await caches.open(current)).match(`${base}404.html`);
    if (!page) throw error;
    return new Response(page.body, { status: 404, headers: page.headers });
  }
}

scope.addEventListener('install', (event) => event.waitUntil(install()));
scope.addEventListener('activate', (event) => event.waitUntil(removeOutdated()));
scope.addEventListener('message', (event) => {
  if (event.data === SKIP_WAITING) void scope.skipWaiting();
});
scope.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.location.origin || !url.pathname.startsWith(base)) return;
  const key = precacheKey(url.pathname, urls);
  if (key) event.respondWith(cached(key, request));
  // An address that is not part of the course: the server's answer, or the 404 page when offline.
  else if (request.mode === 'navigate') event.respondWith(offlineNotFound(request));
});

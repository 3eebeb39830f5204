/**
 * The course's service worker (bundled to dist/sw.js by src/integrations/service-worker.ts, which
 * replaces `__SW_MANIFEST__` with this build's files, shell and packs). docs/offline.md explains it.
 *
 * - install: fills a cache named after this build's version with the site shell, the open pages and
 *   what they loaded (from the browser's HTTP cache), the packs the learner downloaded (离线下载) and
 *   files they held whose contents changed; unchanged held files are copied from the previous cache.
 * - activate: deletes this site's caches of other versions. A first install takes control of the open
 *   page at once (there is no older version to keep); after that it waits (no automatic skipWaiting):
 *   an open page switches version only when the learner clicks 刷新 in the update notice.
 * - fetch: a file of this build is answered from the cache, or fetched and kept when its bytes match
 *   the build's hash (a mismatch means the server has a newer deploy: the answer is passed on, not
 *   kept, and an update check starts). A page opened online also gets what it loads later (islands
 *   below the fold) fetched in the background — unless the connection asks to save data.
 */
import { HASH_HEADER, PACK_DONE, SKIP_WAITING, cacheName, entriesKey, isFrugal, isOutdatedCache, packsKey, parseEntries, planInstall, precacheKey, type ConnectionInfo, type HeldFile, type InstallStep, type PrecacheManifest } from './precache.ts';

// The few service-worker types used here; the project's TypeScript lib is the DOM one.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface WorkerClients {
  matchAll(options: { includeUncontrolled: boolean; type: 'window' }): Promise<readonly { url: string }[]>;
  claim(): Promise<void>;
}
interface WorkerScope {
  readonly location: Location;
  readonly clients: WorkerClients;
  readonly registration: { update(): Promise<unknown> };
  readonly navigator: { connection?: ConnectionInfo };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

declare const __SW_MANIFEST__: PrecacheManifest;
const scope = self as unknown as WorkerScope;
const manifest = __SW_MANIFEST__;
const { base, version, entries } = manifest;
const current = cacheName(base, version);
const urls = new Set(entries.map((e) => e.url));
const byUrl = new Map(entries.map((e) => [e.url, e]));
/** Downloads at a time while installing: enough to be quick, few enough not to crowd the page. */
const PARALLEL = 4;
const json = (value: unknown) => new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json' } });

/** First 16 hex digits of the SHA-256 of the bytes: the build's hash (src/integrations/service-worker.ts). */
async function hashOf(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  return [...digest.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A cacheable copy of a response: the body, its type and the hash it was checked against. */
const keepable = (body: ArrayBuffer, type: string | null, hash: string) =>
  new Response(body, { headers: { 'Content-Type': type ?? 'application/octet-stream', [HASH_HEADER]: hash } });

/** What this site's other caches hold (url → hash, cache), and the packs their learner downloaded. */
async function heldFiles(): Promise<{ held: Map<string, HeldFile>; packs: string[] }> {
  const held = new Map<string, HeldFile>();
  const packs = new Set<string>();
  for (const name of await caches.keys()) {
    if (!isOutdatedCache(name, base, version)) continue;
    const cache = await caches.open(name);
    // A cache of the worker before packs existed lists its files instead of tagging them.
    const listed = await cache.match(entriesKey(base));
    const list = listed ? parseEntries(await listed.json().catch(() => undefined)) : undefined;
    for (const e of list ?? []) held.set(e.url, { hash: e.hash, cache: name });
    for (const request of await cache.keys()) {
      const hash = (await cache.match(request))?.headers.get(HASH_HEADER);
      if (hash) held.set(new URL(request.url).pathname, { hash, cache: name });
    }
    const done = await cache.match(packsKey(base));
    const ids: unknown = done ? await done.json().catch(() => []) : [];
    if (Array.isArray(ids)) ids.forEach((id) => typeof id === 'string' && packs.add(id));
  }
  return { held, packs: [...packs] };
}

async function fill(cache: Cache, step: InstallStep): Promise<void> {
  if (step.from) {
    const copy = await (await caches.open(step.from)).match(step.url);
    if (copy) return cache.put(step.url, keepable(await copy.arrayBuffer(), copy.headers.get('Content-Type'), byUrl.get(step.url)!.hash));
  }
  const hash = byUrl.get(step.url)!.hash;
  if (step.ifCached) {
    // What the open page already loaded: free from the HTTP cache, or left for the page to ask for.
    const response = await fetch(step.url, { cache: 'only-if-cached', mode: 'same-origin' }).catch(() => undefined);
    const body = response?.ok ? await response.arrayBuffer() : undefined;
    if (body && (await hashOf(body)) === hash) await cache.put(step.url, keepable(body, response!.headers.get('Content-Type'), hash));
    return;
  }
  // The browser's HTTP cache may answer (a 304 from the server costs a few bytes); the hash decides.
  const response = await fetch(step.url, { cache: 'no-cache', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`offline cache ${step.url}: HTTP ${response.status}`);
  const body = await response.arrayBuffer();
  if ((await hashOf(body)) !== hash) throw new Error(`offline cache ${step.url}: the server has another version`);
  await cache.put(step.url, keepable(body, response.headers.get('Content-Type'), hash));
}

async function install(): Promise<void> {
  const cache = await caches.open(current);
  const { held, packs } = await heldFiles();
  const open = (await scope.clients.matchAll({ includeUncontrolled: true, type: 'window' })).map((c) => precacheKey(new URL(c.url).pathname, urls)).filter((u): u is string => Boolean(u));
  const queue = planInstall(manifest, held, open, packs);
  const lane = async () => {
    for (let step = queue.shift(); step; step = queue.shift()) await fill(cache, step);
  };
  // Any failure fails the install: the previous version stays in charge and the browser retries later.
  await Promise.all(Array.from({ length: PARALLEL }, lane));
  await cache.put(packsKey(base), json(packs.filter((id) => manifest.packs.some((p) => p.id === id))));
}

async function activate(): Promise<void> {
  const names = await caches.keys();
  const older = names.filter((n) => isOutdatedCache(n, base, version));
  await Promise.all(older.map((n) => caches.delete(n)));
  if (older.length === 0) await scope.clients.claim();
}

async function recordPack(id: string): Promise<void> {
  const cache = await caches.open(current);
  const stored = await cache.match(packsKey(base));
  const ids: unknown = stored ? await stored.json().catch(() => []) : [];
  const list = Array.isArray(ids) ? ids.filter((x) => typeof x === 'string') : [];
  if (!list.includes(id) && manifest.packs.some((p) => p.id === id)) await cache.put(packsKey(base), json([...list, id]));
}

/**
 * Fetches a file of this build and keeps it when its bytes are this build's, before answering: once
 * the page has a file, it is saved (the 离线下载 control counts on that).
 */
async function fetchAndKeep(key: string, request: Request | string): Promise<Response> {
  const response = await fetch(request);
  if (!response.ok || response.type !== 'basic') return response;
  const body = await response.arrayBuffer();
  const hash = byUrl.get(key)!.hash;
  if ((await hashOf(body)) === hash) await (await caches.open(current)).put(key, keepable(body, response.headers.get('Content-Type'), hash));
  else void scope.registration.update().catch(() => undefined);
  return new Response(body, { status: response.status, headers: response.headers });
}

/** Fetches in the background what a page loads later, unless the connection asks to save data. */
async function warm(key: string): Promise<void> {
  if (isFrugal(scope.navigator.connection)) return;
  const cache = await caches.open(current);
  for (const i of byUrl.get(key)?.deps ?? []) {
    const url = entries[i]!.url;
    if (!(await cache.match(url))) await fetchAndKeep(url, url).catch(() => undefined);
  }
}

async function answer(key: string, request: Request): Promise<Response> {
  const hit = await (await caches.open(current)).match(key);
  const navigate = request.mode === 'navigate';
  if (hit) return hit;
  try {
    return await fetchAndKeep(key, request);
  } catch (error) {
    // Offline, and this page was never downloaded: say so, with the way to make it available.
    const page = navigate ? await (await caches.open(current)).match(`${base}offline/`) : undefined;
    if (!page) throw error;
    return new Response(page.body, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  }
}

async function offlineNotFound(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const page = await (await caches.open(current)).match(`${base}404.html`);
    if (!page) throw error;
    return new Response(page.body, { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  }
}

scope.addEventListener('install', (event) => event.waitUntil(install()));
scope.addEventListener('activate', (event) => event.waitUntil(activate()));
scope.addEventListener('message', (event) => {
  if (event.data === SKIP_WAITING) void scope.skipWaiting();
  else if (event.data?.type === PACK_DONE && typeof event.data.id === 'string') (event as unknown as ExtendableEvent).waitUntil(recordPack(event.data.id));
});
scope.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.location.origin || !url.pathname.startsWith(base)) return;
  const key = precacheKey(url.pathname, urls);
  if (key) {
    event.respondWith(answer(key, request));
    // Extended while the listener still runs, not after an await inside answer(): a late waitUntil is
    // allowed only while the event is still extended, which is easy to get wrong.
    if (request.mode === 'navigate' && request.headers.get('Save-Data') !== 'on') event.waitUntil(warm(key));
  }
  // An address that is not part of the course: the server's answer, or the 404 page when offline.
  else if (request.mode === 'navigate') event.respondWith(offlineNotFound(request));
});

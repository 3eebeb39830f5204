/**
 * Pure rules of the offline cache, shared by the build step that lists the files
 * (src/integrations/service-worker.ts) and the service worker that serves them (./worker.ts).
 * No DOM, no Cache API: everything comes in as parameters.
 */

/** One file the worker may cache: its URL under the base path and a short hash of its contents. */
export interface PrecacheEntry {
  /** Absolute path on the host, e.g. `/kefu/lessons/1-1/`. */
  url: string;
  /** Hex digest of the file's bytes (the build uses the first 16 characters of SHA-256). */
  hash: string;
  /** For a page: indexes (into the manifest's entries) of the files it loads when opened, shell excluded. */
  deps?: number[];
}

/** A set of files the learner can download for offline use (离线下载): one module, or the whole course. */
export interface PackRef {
  /** `course`, `search`, or `m<number>` for a module. */
  id: string;
  /** Indexes into the manifest's entries. */
  files: number[];
}

/** What the build injects into the worker. */
export interface PrecacheManifest {
  /** Site base path with both slashes, e.g. `/kefu/`. */
  base: string;
  /** Digest of every entry and of the worker code; names the cache. */
  version: string;
  /** Every file of the build the worker may cache. */
  entries: PrecacheEntry[];
  /** Indexes of the site shell, cached when the worker installs: what every page needs, and the offline page. */
  shell: number[];
  packs: PackRef[];
}

// Pagefind also writes ready-made search UIs; the course has its own search page and never loads them.
const unusedPagefind = /^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

// Moodle XML question banks (about 1 MB): teachers download them to import into an LMS, online; no
// student needs them offline.
const lmsDownloads = /^moodle\//;

/**
 * Whether a file of dist/ (path relative to dist/, with `/` separators) may be kept in the offline
 * cache: every page, stylesheet, script chunk, icon, download and the search index — but not the
 * worker itself, nor Pagefind's unused UI bundles, nor the Moodle XML banks.
 */
export function isCacheable(relPath: string): boolean {
  if (relPath === 'sw.js' || relPath.startsWith('.')) return false;
  if (relPath.split('/').some((part) => part.startsWith('.'))) return false;
  return !unusedPagefind.test(relPath) && !lmsDownloads.test(relPath);
}

/**
 * The URL a file of dist/ is requested at: pages by their directory (`trailingSlash: 'always'`).
 * @example fileUrl('/kefu/', 'lessons/1-1/index.html') === '/kefu/lessons/1-1/'
 */
export function fileUrl(base: string, relPath: string): string {
  const path = relPath === 'index.html' ? '' : relPath.endsWith('/index.html') ? relPath.slice(0, -'index.html'.length) : relPath;
  // Percent-encoded exactly as a browser writes the request's path, so the two compare equal.
  return new URL(base + path, 'http://host').pathname;
}

/** Prefix of every cache this site's worker owns; another course on the same host uses another base. */
export const cachePrefix = (base: string) => `kefu-course:${base}:`;

/** Name of the cache that holds one version of the site. */
export const cacheName = (base: string, version: string) => cachePrefix(base) + version;

/** Whether a cache belongs to this site's worker but to another version (deleted on activate). */
export const isOutdatedCache = (name: string, base: string, version: string) =>
  name.startsWith(cachePrefix(base)) && name !== cacheName(base, version);

/**
 * The precached URL a request path stands for, or undefined. The query string never matters on a
 * static site (`search/?q=…`, Pagefind's `pagefind-entry.json?ts=…`), so only the path is given;
 * `/kefu/lessons/1-1`, `/kefu/lessons/1-1/` and `/kefu/lessons/1-1/index.html` are the same page.
 */
export function precacheKey(pathname: string, urls: ReadonlySet<string>): string | undefined {
  if (urls.has(pathname)) return pathname;
  if (pathname.endsWith('/index.html')) {
    const dir = pathname.slice(0, -'index.html'.length);
    return urls.has(dir) ? dir : undefined;
  }
  if (!pathname.endsWith('/') && urls.has(`${pathname}/`)) return `${pathname}/`;
  return undefined;
}

/**
 * How the worker fills its new cache: copy an unchanged file from an older cache (`from`), take it
 * from the browser's HTTP cache only if it is there (`ifCached`: what the open page already loaded,
 * which costs no network), or download it.
 */
export type InstallStep = { url: string; from: string; ifCached?: undefined } | { url: string; from?: undefined; ifCached?: boolean };

/** A file this site's worker already holds in some cache: the hash it was stored with, and where. */
export interface HeldFile {
  hash: string;
  cache: string;
}

/**
 * Plans an install. Downloaded: the shell, every file of the packs the learner downloaded before
 * (`packs`), and a file the learner held whose contents changed (a held page that changed also gets
 * what it now loads). Copied from an older cache: every held file whose hash is unchanged, so a new
 * deploy that changed one lesson downloads about one lesson. The open pages (`pages`) and what they
 * load are taken from the browser's HTTP cache when they are there; the rest of such a page (an island
 * further down) is kept when the page asks for it, as the worker then controls the page.
 */
export function planInstall(manifest: Pick<PrecacheManifest, 'entries' | 'shell' | 'packs'>, held: ReadonlyMap<string, HeldFile>, pages: readonly string[] = [], packs: readonly string[] = []): InstallStep[] {
  const { entries } = manifest;
  const wanted = new Set(manifest.shell);
  const spare = new Set<number>();
  const withDeps = (i: number, into: Set<number>) => [i, ...(entries[i]!.deps ?? [])].forEach((j) => into.add(j));
  for (const p of manifest.packs) if (packs.includes(p.id)) p.files.forEach((i) => wanted.add(i));
  entries.forEach((e, i) => {
    if (pages.includes(e.url)) withDeps(i, spare);
    const h = held.get(e.url);
    if (h && h.hash !== e.hash) withDeps(i, wanted);
  });
  const steps: InstallStep[] = [];
  entries.forEach((e, i) => {
    const h = held.get(e.url);
    if (h && h.hash === e.hash) steps.push({ url: e.url, from: h.cache });
    else if (wanted.has(i)) steps.push({ url: e.url });
    else if (spare.has(i)) steps.push({ url: e.url, ifCached: true });
  });
  return steps;
}

/** Reads a stored entry list back; anything malformed counts as no list (the files are downloaded). */
export function parseEntries(raw: unknown): PrecacheEntry[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const ok = raw.every((e) => e && typeof e === 'object' && typeof e.url === 'string' && typeof e.hash === 'string');
  return ok ? raw.map((e) => ({ url: e.url, hash: e.hash })) : undefined;
}

/**
 * Key under which a cache of the previous worker (which downloaded every file) recorded its entry list;
 * read once, so that learners who had the whole course keep it across this change.
 */
export const entriesKey = (base: string) => `${base}__precache-entries.json`;

/** Key under which a cache records the packs (离线下载) the learner completed, as a JSON list of ids. */
export const packsKey = (base: string) => `${base}__offline-packs.json`;

/** Header under which the worker stores a cached file's hash, so a later version knows what it holds. */
export const HASH_HEADER = 'x-kefu-hash';

/** Message a page posts to the worker when it finished downloading a pack: `{ type, id }`. */
export const PACK_DONE = 'kefu:pack-done';

/** The parts of `navigator.connection` (Network Information API, not in every browser) that matter here. */
export interface ConnectionInfo {
  saveData?: boolean;
  type?: string;
  effectiveType?: string;
}

/**
 * Whether the learner's connection asks to save data: Save-Data is on, the network is cellular, or it
 * is slow (2G). Then nothing is fetched in the background, only what the learner asks for.
 */
export function isFrugal(connection: ConnectionInfo | undefined): boolean {
  if (!connection) return false;
  return connection.saveData === true || connection.type === 'cellular' || connection.effectiveType === 'slow-2g' || connection.effectiveType === '2g';
}

/** Message a page posts to the waiting worker when the learner chooses 刷新. */
export const SKIP_WAITING = 'kefu:skip-waiting';

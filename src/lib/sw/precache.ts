/**
 * Pure rules of the offline cache, shared by the build step that lists the files
 * (src/integrations/service-worker.ts) and the service worker that serves them (./worker.ts).
 * No DOM, no Cache API: everything comes in as parameters.
 */

/** One precached file: its URL under the base path and a short hash of its contents. */
export interface PrecacheEntry {
  /** Absolute path on the host, e.g. `/kefu/lessons/1-1/`. */
  url: string;
  /** Hex digest of the file's bytes (the build uses the first 16 characters of SHA-256). */
  hash: string;
}

/** What the build injects into the worker. */
export interface PrecacheManifest {
  /** Site base path with both slashes, e.g. `/kefu/`. */
  base: string;
  /** Digest of every entry and of the worker code; names the cache. */
  version: string;
  entries: PrecacheEntry[];
}

// Pagefind also writes ready-made search UIs; the course has its own search page and never loads them.
const unusedPagefind = /^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

// Moodle XML question banks (about 1 MB): teachers download them to import into an LMS, online; no
// student needs them offline.
const lmsDownloads = /^moodle\//;

/**
 * Whether a file of dist/ (path relative to dist/, with `/` separators) belongs in the offline cache:
 * every page, stylesheet, script chunk, icon, download and the search index — but not the worker
 * itself, nor Pagefind's unused UI bundles, nor the Moodle XML banks.
 */
export function isPrecached(relPath: string): boolean {
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

/** How the worker fills its new cache: copy an unchanged file from an older cache, or download it. */
export type InstallStep = { url: string; from: string } | { url: string; from?: undefined };

/**
 * Plans an install: a file whose hash matches an entry of an older, complete cache is copied from
 * there (a new deploy that changed one lesson downloads one lesson); everything else is downloaded.
 */
export function planInstall(entries: readonly PrecacheEntry[], older: ReadonlyMap<string, readonly PrecacheEntry[]>): InstallStep[] {
  const known = new Map<string, string>();
  for (const [name, list] of older) {
    for (const e of list) if (!known.has(`${e.url} ${e.hash}`)) known.set(`${e.url} ${e.hash}`, name);
  }
  return entries.map((e) => {
    const from = known.get(`${e.url} ${e.hash}`);
    return from ? { url: e.url, from } : { url: e.url };
  });
}

/** Reads a stored entry list back; anything malformed counts as no list (the files are downloaded). */
export function parseEntries(raw: unknown): PrecacheEntry[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const ok = raw.every((e) => e && typeof e === 'object' && typeof e.url === 'string' && typeof e.hash === 'string');
  return ok ? raw.map((e) => ({ url: e.url, hash: e.hash })) : undefined;
}

/** Key under which a complete cache records its entry list (written last, so it marks completion). */
export const entriesKey = (base: string) => `${base}__precache-entries.json`;

/** Message a page posts to the waiting worker when the learner chooses 刷新. */
export const SKIP_WAITING = 'kefu:skip-waiting';

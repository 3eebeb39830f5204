// Bytes each page of the built site sends: HTML, CSS (inline and files) and the JavaScript it loads —
// every island's component-url / renderer-url / before-hydration-url, every <script src> and
// modulepreload, closed over their static imports (dynamic import() is loaded on use, so not counted).
// Islands with `client:interaction` load only when the learner first touches them (the mock chat, the
// typing trainer, the projector button): they are counted apart, as the JavaScript of a page in full use.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Byte budgets (gzip; docs/budgets.md), shared by `npm run bench` and the suite's budget check (tests/built-site/budgets.test.ts). */
export const JS_BUDGET = 60 * 1024;
export const LESSON_HTML_CSS_BUDGET = 60 * 1024;

/** Gzip size in bytes (zlib's default level, as a web server compresses on the fly). */
const gzipSize = (text) => gzipSync(typeof text === 'string' ? Buffer.from(text) : text).length;

/** Page types, first match wins; `path` is relative to dist/ with '/' separators. */
const pageTypes = [
  [/^index\.html$/, '首页'],
  [/^lessons\/[^/]+\/index\.html$/, '课次'],
  [/^plans\/[^/]+\/index\.html$/, '教案'],
  [/^plans\/[^/]+\/guide\/index\.html$/, '学案'],
  [/^modules\/[^/]+\/index\.html$/, '模块'],
  [/^practice\/chat\/index\.html$/, '模拟实战列表'],
  [/^practice\/chat\/[^/]+\/index\.html$/, '模拟实战'],
  [/^practice\/voice\/index\.html$/, '语音话术列表'],
  [/^practice\/voice\/[^/]+\/index\.html$/, '语音话术'],
  [/^practice\/index\.html$/, '练习中心'],
  [/^practice\/([^/]+)\/index\.html$/, '练习工具'],
  [/^teacher\/grades\/index\.html$/, '成绩计算器'],
  [/^teacher\/picker\/index\.html$/, '随机点名'],
  [/^tests\/index\.html$/, '测验列表'],
  [/^tests\/[^/]+\/index\.html$/, '测验'],
  [/^search\/index\.html$/, '搜索'],
  [/^glossary\/index\.html$/, '术语表'],
  [/^progress\/index\.html$/, '学习进度'],
  [/^standard\/index\.html$/, '课程标准'],
  [/^coverage\/index\.html$/, '覆盖矩阵'],
  [/^banks\/index\.html$/, '题库'],
  [/^404\.html$/, '404'],
];

/** The page type of a dist-relative HTML path. */
export const pageType = (rel) => pageTypes.find(([re]) => re.test(rel))?.[1] ?? rel.replace(/\/?index\.html$/, '/');

/**
 * Script and style references in a page's HTML. `entries` load with the page (or as its islands scroll
 * into view); `onUse` only when the learner first interacts with a `client:interaction` island.
 * @returns {{ entries: string[], onUse: string[], styles: string[], inlineCss: string[], inlineJs: string[], islands: { url: string, name: string, onUse: boolean }[] }}
 */
export function pageRefs(html) {
  const entries = new Set();
  const onUse = new Set();
  const islands = new Map();
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    const deferred = /\bclient="interaction"/.test(m[0]);
    for (const a of m[0].matchAll(/\b(component|renderer|before-hydration)-url="([^"]+)"/g)) {
      (deferred ? onUse : entries).add(a[2]);
      if (a[1] !== 'component') continue;
      // Astro writes the component's own name into opts; the chunk may be named after an index.ts.
      const name = /\bopts="[^"]*?&quot;name&quot;:&quot;([^&]+)&quot;/.exec(m[0])?.[1] ?? path.basename(a[2]).replace(/\.[\w-]{8}\.js$/, '');
      islands.set(a[2], { name, onUse: deferred });
    }
  }
  const inlineJs = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1]);
    if (src) entries.add(src[1]);
    else if (!/type="(application\/(ld\+)?json|text\/template)"/.test(m[1]) && m[2].trim()) inlineJs.push(m[2]);
  }
  const styles = [];
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
    if (!href) continue;
    if (/\brel="?modulepreload"?/.test(m[0])) entries.add(href);
    if (/\brel="?stylesheet"?/.test(m[0])) styles.push(href);
  }
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  return { entries: [...entries], onUse: [...onUse], styles, inlineCss, inlineJs, islands: [...islands].map(([url, island]) => ({ url, ...island })) };
}

/**
 * Relative specifiers of a module's static imports and re-exports (`import … from`, `import "…"`,
 * `export … from`); dynamic `import()` is left out on purpose.
 */
export function staticImports(source) {
  const found = new Set();
  const re = /(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'`])(\.{0,2}\/[^"'`]+)\1/g;
  for (const m of source.matchAll(re)) found.add(m[2]);
  return [...found];
}

/** Maps a URL under `base` to a file under `dist`. */
const urlToFile = (dist, base, url) => path.join(dist, decodeURIComponent(url.split(/[?#]/)[0]).replace(base, ''));

/** The JS files (absolute paths) a set of entry files loads through static imports, entries included. */
export function closure(entryFiles, read = (f) => readFileSync(f, 'utf8')) {
  const seen = new Set();
  const stack = [...entryFiles];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of staticImports(read(file))) stack.push(path.join(path.dirname(file), spec));
  }
  return [...seen];
}

function htmlFiles(dir, rel = '') {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((d) => {
    const r = rel ? `${rel}/${d.name}` : d.name;
    if (d.isDirectory()) return d.name === '_astro' || d.name === 'pagefind' ? [] : htmlFiles(dir, r);
    return d.name.endsWith('.html') ? [r] : [];
  });
}

/**
 * @typedef {object} PageBytes One built page; sizes in bytes, gzip per file.
 * @property {string} path relative to dist/, e.g. `lessons/1-1/index.html`
 * @property {string} type page type (see `pageTypes`)
 * @property {string[]} islands every island's component name
 * @property {string[]} onUseIslands the `client:interaction` ones, loaded on first use
 * @property {number} htmlRaw
 * @property {number} htmlGzip
 * @property {number} inlineCssRaw
 * @property {number} cssFilesRaw
 * @property {number} cssFilesGzip
 * @property {number} htmlCssGzip
 * @property {string[]} jsFiles what opening the page loads, relative to dist/
 * @property {number} jsRaw
 * @property {number} jsGzip
 * @property {number} jsInUseFiles file count once every island has been used
 * @property {number} jsInUseGzip
 * @property {number} inlineJsRaw
 * @property {number} inlineJsGzip
 */
/**
 * @typedef {object} IslandBytes One island component, by the size of it with its static imports.
 * @property {string} name
 * @property {string} file relative to dist/
 * @property {number} ownRaw
 * @property {number} ownGzip
 * @property {number} closureGzip
 * @property {number} pages how many pages use it
 */
/**
 * Measures every HTML page of `dist` (built under `base`).
 * @param {string} dist
 * @param {string} base
 * @returns {{ pages: PageBytes[], islands: IslandBytes[] }} pages with byte figures; islands by closure size
 */
export function measureDist(dist, base) {
  const cache = new Map();
  const read = (f) => {
    if (!cache.has(f)) {
      if (!existsSync(f)) throw new Error(`${path.relative(dist, f)} 被引用但不存在`);
      const text = readFileSync(f, 'utf8');
      cache.set(f, { text, raw: Buffer.byteLength(text), gzip: gzipSize(text) });
    }
    return cache.get(f);
  };
  const sum = (files, key) => files.reduce((n, f) => n + read(f)[key], 0);
  const islandFiles = new Map();
  const pages = htmlFiles(dist).map((rel) => {
    const html = readFileSync(path.join(dist, rel), 'utf8');
    const refs = pageRefs(html);
    const toFiles = (urls) => urls.map((u) => urlToFile(dist, base, u));
    const js = closure(toFiles(refs.entries), (f) => read(f).text);
    const jsInUse = closure(toFiles([...refs.entries, ...refs.onUse]), (f) => read(f).text);
    const css = refs.styles.map((u) => urlToFile(dist, base, u));
    for (const { url, name } of refs.islands) {
      const file = urlToFile(dist, base, url);
      const known = islandFiles.get(file) ?? { name, pages: [] };
      known.pages.push(rel);
      islandFiles.set(file, known);
    }
    const inlineJs = refs.inlineJs.join('\n');
    const htmlGzip = gzipSize(html);
    return {
      path: rel,
      type: pageType(rel),
      islands: refs.islands.map((i) => i.name),
      htmlRaw: Buffer.byteLength(html),
      htmlGzip,
      inlineCssRaw: Buffer.byteLength(refs.inlineCss.join('')),
      cssFilesRaw: sum(css, 'raw'),
      cssFilesGzip: sum(css, 'gzip'),
      htmlCssGzip: htmlGzip + sum(css, 'gzip'),
      jsFiles: js.map((f) => path.relative(dist, f)),
      jsRaw: sum(js, 'raw'),
      jsGzip: sum(js, 'gzip'),
      onUseIslands: refs.islands.filter((i) => i.onUse).map((i) => i.name),
      jsInUseFiles: jsInUse.length,
      jsInUseGzip: sum(jsInUse, 'gzip'),
      inlineJsRaw: Buffer.byteLength(inlineJs),
      inlineJsGzip: inlineJs ? gzipSize(inlineJs) : 0,
    };
  });
  const islands = [...islandFiles].map(([file, { name, pages: usedOn }]) => {
    const files = closure([file], (f) => read(f).text);
    return { name, file: path.relative(dist, file), ownRaw: read(file).raw, ownGzip: read(file).gzip, closureGzip: sum(files, 'gzip'), pages: usedOn.length };
  });
  islands.sort((a, b) => b.closureGzip - a.closureGzip || b.ownGzip - a.ownGzip);
  return { pages, islands };
}

/**
 * Whether opening a page loads none of its islands: it has none, or all wait for first use.
 * @param {PageBytes} page
 */
export const opensWithoutIslands = (page) => page.islands.length === page.onUseIslands.length;

/** Per page type, the page with the most JavaScript (then the heaviest HTML+CSS), and the type's page count. */
export function heaviestByType(pages) {
  const byType = Map.groupBy(pages, (p) => p.type);
  return [...byType.values()].map((list) => {
    const top = [...list].sort((a, b) => b.jsGzip - a.jsGzip || b.htmlCssGzip - a.htmlCssGzip)[0];
    return { ...top, count: list.length, maxHtmlCssGzip: Math.max(...list.map((p) => p.htmlCssGzip)) };
  });
}

// Servers compress these on the fly; everything else (Pagefind's index chunks, PNG icons) is already compressed.
const textFile = /\.(html|js|mjs|css|json|svg|webmanifest|txt|gift|xml)$/;

/**
 * Every file the service worker may cache (the worker's own rule), raw and as sent by a server that
 * gzips text. Nothing downloads all of them: see scripts/bench/offline.mjs for what is really sent.
 * @param isCacheable the worker's file rule (src/lib/sw/precache.ts), passed in to keep this module plain JS
 */
export function measurePrecache(dist, isCacheable) {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dist, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .filter(isCacheable);
  let raw = 0;
  let sent = 0;
  for (const rel of files) {
    const bytes = readFileSync(path.join(dist, rel));
    raw += bytes.length;
    sent += textFile.test(rel) ? gzipSize(bytes) : bytes.length;
  }
  return { files: files.length, raw, sent };
}

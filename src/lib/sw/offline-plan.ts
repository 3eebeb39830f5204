/**
 * What the offline cache holds and in which groups, decided once at build time from the built files
 * (src/integrations/service-worker.ts passes them in; no file system here). See docs/offline.md.
 *
 * - shell: the files every page loads (the layout's stylesheet and scripts), the favicon, the manifest,
 *   the 404 page and the offline page — cached when the worker installs;
 * - deps: per page, the files opening it loads (stylesheets, scripts with their static imports,
 *   islands, images), shell excluded — cached with the page;
 * - packs: per module, its overview page and the pages it lists (lessons, chats, voice practice, the
 *   module test; not the teacher's 教案) with everything they load, dynamic imports included; the
 *   whole course: every page but the teacher's; and the search index (Pagefind's files), a pack of
 *   its own because it is as large as all the pages together.
 */
import type { PackRef, PrecacheEntry } from './precache.ts';

/** One cacheable file of dist/. */
export interface BuiltFile {
  /** Path relative to dist/ with `/` separators. */
  rel: string;
  /** URL it is requested at (see fileUrl in ./precache.ts). */
  url: string;
  hash: string;
  /** Bytes a server sends for it: gzip size for text, file size otherwise. */
  sent: number;
  /** Contents, for HTML, CSS and JavaScript (whose references are followed). */
  text?: string;
}

/** A pack as the 离线下载 control shows it. */
export interface PackInfo extends PackRef {
  /** 整门课程, or the module's heading. */
  label: string;
  /** Bytes a download of every file sends. */
  sent: number;
}

/** The result of planOffline. */
export interface OfflinePlan {
  entries: PrecacheEntry[];
  shell: number[];
  packs: PackInfo[];
}

const attrRef = /<(?:link|script|img|source|astro-island)\b[^>]*>/gi;
const refAttr = /\b(?:href|src|component-url|renderer-url|before-hydration-url)="([^"]+)"/g;

/** URLs a page loads: stylesheets, scripts, images and its islands' scripts (not the pages it links to). */
export function pageReferences(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(attrRef)) {
    // Of the links, only what the page loads to render: the icons and the manifest are the browser's.
    if (/^<link\b/i.test(tag) && !/\brel="?(stylesheet|modulepreload|preload)\b/i.test(tag)) continue;
    for (const m of tag.matchAll(refAttr)) found.push(m[1]!.replace(/&amp;/g, '&'));
  }
  return found;
}

/**
 * Module specifiers of a script: `static` are `import … from`, `import "…"` and `export … from`;
 * `dynamic` are `import("…")` and the file lists bundlers keep for preloading (`"_astro/x.js"`).
 */
export function scriptReferences(js: string): { static: string[]; dynamic: string[] } {
  const stat = [...js.matchAll(/(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'`])(\.{0,2}\/[^"'`]+)\1/g)].map((m) => m[2]!);
  const dyn = [...js.matchAll(/(["'`])((?:\.{1,2}\/|_astro\/)[\w./@~-]+\.(?:js|css|wasm))\1/g)].map((m) => m[2]!);
  return { static: stat, dynamic: dyn.filter((d) => !stat.includes(d)) };
}

/** `url(…)` references of a stylesheet (images, fonts). */
export const cssReferences = (css: string) => [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!).filter((u) => !u.startsWith('data:'));

/** Targets of the links inside a page's `<main>` (site header, breadcrumb and footer excluded). */
export function mainLinks(html: string): string[] {
  const main = /<main\b[\s\S]*?<\/main>/i.exec(html)?.[0] ?? '';
  return [...main.matchAll(/<a\b[^>]*\bhref="([^"#]+)/gi)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** Text of a page's first `<h1>`, tags removed. */
export const headingOf = (html: string) => /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1]?.replace(/<[^>]+>/g, '').trim() ?? '';

// The PNG icons are left out: the browser fetches them itself when the course is added to the home screen.
const shellNames = /^(404\.html|offline\/index\.html|manifest\.webmanifest|favicon\.svg)$/;
/** Pages for the teacher: left out of the whole-course download (still cached when opened). */
const teacherOnly = /^(plans|teacher)\//;

/** Plans the offline cache of a build under `base` (see the module comment). */
export function planOffline(base: string, files: readonly BuiltFile[]): OfflinePlan {
  const index = new Map(files.map((f, i) => [f.url, i]));
  const resolve = (ref: string, from: string): number | undefined => {
    if (/^[a-z]+:/i.test(ref) || ref.startsWith('//')) return undefined;
    const abs = ref.startsWith('_astro/') ? base + ref : ref;
    const { pathname } = new URL(abs, `http://host${from}`);
    return index.get(pathname) ?? index.get(`${pathname}/`) ?? (pathname.endsWith('/index.html') ? index.get(pathname.slice(0, -10)) : undefined);
  };
  const refsOf = (f: BuiltFile, dynamic: boolean): string[] => {
    if (f.text === undefined) return [];
    if (f.rel.endsWith('.html')) return pageReferences(f.text);
    if (f.rel.endsWith('.css')) return cssReferences(f.text);
    if (/\.m?js$/.test(f.rel)) {
      const r = scriptReferences(f.text);
      return dynamic ? [...r.static, ...r.dynamic] : r.static;
    }
    return [];
  };
  const closure = (start: Iterable<number>, dynamic: boolean): Set<number> => {
    const seen = new Set<number>();
    const stack = [...start];
    while (stack.length) {
      const i = stack.pop()!;
      if (seen.has(i)) continue;
      seen.add(i);
      for (const ref of refsOf(files[i]!, dynamic)) {
        const j = resolve(ref, files[i]!.url);
        if (j !== undefined) stack.push(j);
      }
    }
    return seen;
  };

  const pages = files.flatMap((f, i) => (f.rel.endsWith('.html') ? [i] : []));
  const deps = new Map(pages.map((p) => [p, closure([p], false)]));
  const common = pages.length ? [...deps.get(pages[0]!)!].filter((i) => i !== pages[0] && pages.every((p) => deps.get(p)!.has(i))) : [];
  const shell = new Set([...common, ...files.flatMap((f, i) => (shellNames.test(f.rel) ? [i] : []))]);
  for (const i of [...shell]) for (const j of closure([i], false)) shell.add(j);

  const entries: PrecacheEntry[] = files.map((f, i) => {
    const own = deps.get(i);
    const list = own ? [...own].filter((j) => j !== i && !shell.has(j)).sort((a, b) => a - b) : [];
    return list.length ? { url: f.url, hash: f.hash, deps: list } : { url: f.url, hash: f.hash };
  });

  const pack = (id: string, label: string, members: Iterable<number>): PackInfo => {
    const all = closure([...members, ...shell], true);
    const sorted = [...all].sort((a, b) => a - b);
    return { id, label, files: sorted, sent: sorted.reduce((n, i) => n + files[i]!.sent, 0) };
  };
  const modules = files
    .map((f, i) => ({ f, i, n: /^modules\/(\d+)\/index\.html$/.exec(f.rel)?.[1] }))
    .filter((m) => m.n !== undefined)
    .sort((a, b) => Number(a.n) - Number(b.n))
    .map(({ f, i, n }) => {
      const listed = mainLinks(f.text ?? '')
        .map((href) => resolve(href, f.url))
        .filter((j): j is number => j !== undefined && files[j]!.rel.endsWith('.html') && !teacherOnly.test(files[j]!.rel) && !files[j]!.rel.startsWith('modules/') && files[j]!.rel !== 'index.html');
      return pack(`m${n}`, headingOf(f.text ?? '') || `模块 ${n}`, [i, ...listed]);
    });
  const course = pack('course', '整门课程', files.flatMap((f, i) => (f.rel.endsWith('.html') && !teacherOnly.test(f.rel) ? [i] : [])));
  const search = pack('search', '搜索索引', files.flatMap((f, i) => (f.rel.startsWith('pagefind/') ? [i] : [])));
  return { entries, shell: [...shell].sort((a, b) => a - b), packs: [course, search, ...modules] };
}

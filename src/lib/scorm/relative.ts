/**
 * The packaged build is made under a placeholder base (`/__kefu_scorm__/`) and then rewritten to
 * relative URLs, because an LMS serves a package from a path nobody knows in advance
 * (scripts/package-scorm.ts, docs/lms.md).
 */
export const placeholderBase = '/__kefu_scorm__/';

/** From a page (path relative to the package root) back to the root. @example rootPrefix('lessons/1-1/index.html') === '../../' */
export const rootPrefix = (page: string): string => '../'.repeat(page.split('/').length - 1) || './';

const inHtml = new RegExp(`${placeholderBase.replace(/[/_]/g, '\\$&')}([^"'&#?\\s<>)]*)`, 'g');

/**
 * A built page with every placeholder URL made relative to the page. Folder URLs get their
 * `index.html` (but the bare base given to an island as a property stays the root folder), since an LMS's file server need not serve a folder's index; the web manifest link
 * goes (the packaged build writes none).
 */
export function relativeHtml(html: string, page: string): string {
  const prefix = rootPrefix(page);
  return html
    .replace(/<link rel="manifest"[^>]*>/g, '')
    .replace(inHtml, (_: string, path: string, at: number, text: string) => {
      // The bare base handed to an island (search's `base`) stays a folder; a link to it names the page.
      const link = path !== '' || text.slice(Math.max(0, at - 6), at) === 'href="';
      return prefix + (link && (path === '' || path.endsWith('/')) ? `${path}index.html` : path);
    });
}

/**
 * A built script with its placeholder URLs made relative to itself: scripts live in `_astro/`, and
 * load workers and chunks relative to `import.meta.url`. Vite's preload helper builds URLs from the
 * base; it is pointed at the package root found from the script's own URL.
 */
export function relativeScript(code: string): string {
  const out = code
    .replace(/`\/__kefu_scorm__\/`\+(\w+)/g, " new URL(`../`+$1,import.meta.url).href")
    // A file under the base named by a variable (the projector's `${BASE_URL}${CLASSROOM_INFO_FILE}`).
    .replace(/`\/__kefu_scorm__\/\$\{(\w+)\}`/g, "new URL(`../${$1}`,import.meta.url).href")
    .replaceAll(`${placeholderBase}_astro/`, './');
  if (out.includes(placeholderBase)) throw new Error('SCORM package: a script still names the placeholder base; extend relativeScript (src/lib/scorm/relative.ts).');
  return out;
}

/**
 * Pagefind (the search index: pagefind/pagefind.js and the same code in pagefind-worker.js) in the package: the search page hands it a
 * relative base, which Pagefind would make absolute from the host's root; it is ignored, so results
 * resolve from where pagefind.js itself was loaded (the package root). Result URLs name their page's
 * `index.html`, like the pages' own links.
 */
export function packagedPagefind(code: string): string {
  const base = 'if(k==="baseUrl"&&typeof v==="string")this.baseUrl=v;';
  const init = 'this.baseUrl=opts.baseUrl||this.getDefaultBaseUrl(basePath);';
  const full = 'fullUrl(raw){';
  if (!code.includes(base) || !code.includes(init) || !code.includes(full)) throw new Error('SCORM package: pagefind.js changed; update packagedPagefind (src/lib/scorm/relative.ts).');
  return code
    .replace(init, 'this.baseUrl=(/^(\\/|https?:)/.test(opts.baseUrl||"")?opts.baseUrl:"")||this.getDefaultBaseUrl(basePath);')
    .replace(base, 'if(k==="baseUrl"&&typeof v==="string"&&/^(\\/|https?:)/.test(v))this.baseUrl=v;')
    .replace(full, `${full}raw=raw.replace(/\\/(?=$|[?#])/,"/index.html");`);
}

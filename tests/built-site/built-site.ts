import { Parser } from 'htmlparser2';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { resolveServed } from '../../scripts/serve-path.mjs';
import { base, builtPages } from '../e2e/site.ts';

/** One built HTML page: its URL under the base and its text. */
export interface BuiltPage {
  url: string;
  html: string;
}

/** Every page a visitor can open (every `index.html`), plus the 404 page, read once. */
export const builtSite = (): BuiltPage[] => [
  ...builtPages().map((url) => ({ url, html: readFileSync(path.join('dist', url.slice(base.length), 'index.html'), 'utf8') })),
  { url: `${base}404.html`, html: readFileSync('dist/404.html', 'utf8') },
];

/** One `<script>` element: its attributes and inline text. */
export interface ScriptTag {
  attrs: Record<string, string>;
  text: string;
}

/** What a page refers to: every a[href], link[href], script[src], img/source src and srcset, iframe src. */
export interface PageParts {
  refs: string[];
  scripts: ScriptTag[];
  /** The Content-Security-Policy of the page's meta tag, if it has one. */
  csp?: string;
}

const refAttrs: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
};

/** Parses a page (entities decoded) into the URLs it refers to and its scripts. */
export function pageParts(html: string): PageParts {
  const refs: string[] = [];
  const scripts: ScriptTag[] = [];
  let script: ScriptTag | undefined;
  let csp: string | undefined;
  const parser = new Parser({
    onopentag(name, attrs) {
      for (const attr of refAttrs[name] ?? []) {
        const value = attrs[attr];
        if (value === undefined) continue;
        if (attr === 'srcset') refs.push(...value.split(',').map((c) => c.trim().split(/\s+/)[0]!).filter(Boolean));
        else refs.push(value);
      }
      if (name === 'script') script = { attrs, text: '' };
      if (name === 'meta' && attrs['http-equiv']?.toLowerCase() === 'content-security-policy') csp = attrs.content;
    },
    ontext(text) {
      if (script) script.text += text;
    },
    onclosetag(name) {
      if (name === 'script' && script) {
        scripts.push(script);
        script = undefined;
      }
    },
  });
  parser.end(html);
  return { refs, scripts, csp };
}

/** `url(…)` references in a stylesheet (quotes stripped). */
export const cssUrls = (css: string): string[] => [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!.trim());

/**
 * Whether scripts/serve.mjs answers a pathname with 200: a file under dist/, or a folder with an
 * index.html, below the base path (anything else gets the 404 page).
 */
export function served(pathname: string): boolean {
  const file = resolveServed(path.resolve('dist'), base, pathname);
  if (!file || !existsSync(file)) return false;
  return statSync(file).isDirectory() ? existsSync(path.join(file, 'index.html')) : true;
}

/**
 * What is wrong with one reference from the page at `from` (a path under the base, or the browser's full
 * URL): it leaves the host, leaves the base path, or names nothing the server has. `undefined` when it
 * is fine (or not a web address: mailto:, data: …).
 */
export function refProblem(ref: string, from: string): string | undefined {
  const page = new URL(from, 'http://127.0.0.1');
  const url = new URL(ref, page);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.origin !== page.origin) return `${ref}: leaves the host`;
  if (!url.pathname.startsWith(base)) return `${ref}: outside ${base}`;
  if (!served(url.pathname)) return `${ref}: not found`;
  return undefined;
}

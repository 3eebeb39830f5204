import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const metaPattern = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/i;
const scriptPattern = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

const decodeAttr = (s: string) =>
  s.replace(/&#39;|&#x27;/gi, "'").replace(/&quot;|&#34;|&#x22;/gi, '"').replace(/&amp;|&#38;|&#x26;/gi, '&');
const encodeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The CSP source (`'sha256-…'`) that allows an inline script with exactly this text. */
export const scriptHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The distinct hash sources of a page's inline scripts (`<script>` without `src`), in page order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attrs, text] of html.matchAll(scriptPattern)) if (!/\bsrc\s*=/i.test(attrs!)) hashes.add(scriptHash(text!));
  return [...hashes];
}

/**
 * Rewrites a built page's CSP meta tag so that script-src allows exactly the page's inline scripts by
 * their hashes, in place of 'unsafe-inline' (which src/layouts/BaseLayout.astro keeps for the dev
 * server, where Astro writes other inline scripts). Returns the page unchanged when it has no CSP
 * meta tag and no inline script; throws when it has inline scripts but no CSP to put them in.
 */
export function hashInlineScripts(html: string): string {
  const hashes = inlineScriptHashes(html);
  const meta = metaPattern.exec(html);
  if (!meta) {
    if (hashes.length) throw new Error('CSP hashes: a page has inline scripts but no Content-Security-Policy meta tag.');
    return html;
  }
  const directives = decodeAttr(meta[2]!).split(';').map((d) => d.trim()).filter(Boolean);
  const at = directives.findIndex((d) => d.split(/\s+/)[0] === 'script-src');
  if (at < 0) throw new Error('CSP hashes: the Content-Security-Policy has no script-src directive.');
  const sources = directives[at]!.split(/\s+/).slice(1).filter((s) => s !== "'unsafe-inline'" && !s.startsWith("'sha256-"));
  directives[at] = ['script-src', ...sources, ...hashes].join(' ');
  const csp = encodeAttr(directives.join('; '));
  return html.slice(0, meta.index) + meta[1] + csp + meta[3] + html.slice(meta.index + meta[0].length);
}

/**
 * After `astro build`, puts the sha256 hash of every inline script of each page into that page's CSP
 * (see hashInlineScripts). It must stay before serviceWorker() in `integrations`, which digests the
 * final HTML for its precache.
 */
export function cspHashes(): AstroIntegration {
  return {
    name: 'kefu-csp-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        const distinct = new Set<string>();
        for (const page of pages) {
          const file = path.join(root, page);
          const html = await readFile(file, 'utf8');
          for (const h of inlineScriptHashes(html)) distinct.add(h);
          const rewritten = hashInlineScripts(html);
          if (rewritten !== html) await writeFile(file, rewritten);
        }
        logger.info(`CSP: ${distinct.size} distinct inline scripts hashed across ${pages.length} pages`);
      },
    },
  };
}

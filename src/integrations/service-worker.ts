import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseBase } from '../lib/base-path.ts';
import { fileUrl, isPrecached, type PrecacheEntry, type PrecacheManifest } from '../lib/sw/precache.ts';
import { webManifest } from '../lib/sw/web-manifest.ts';

const digest = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

async function listFiles(root: string): Promise<string[]> {
  const found = await readdir(root, { recursive: true, withFileTypes: true });
  return found
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Writes the web app manifest and the service worker (dist/manifest.webmanifest, dist/sw.js) after
 * `astro build`. It must come after the Pagefind integration in `integrations`, because it precaches
 * the search index Pagefind writes in the same hook (Astro runs the hooks in order, one at a time).
 * The cache version is a digest of every precached file and of the worker code, so any change to the
 * site gives a new sw.js and the update notice, and an unchanged rebuild gives none.
 */
export function serviceWorker(): AstroIntegration {
  let base = '/';
  let entry = '';
  return {
    name: 'kefu-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
        entry = fileURLToPath(new URL('src/lib/sw/worker.ts', config.root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        await writeFile(path.join(root, 'manifest.webmanifest'), `${JSON.stringify(webManifest(base), null, 2)}\n`);

        const files = (await listFiles(root)).filter(isPrecached);
        if (!files.some((f) => f.startsWith('pagefind/'))) throw new Error('Service worker: dist/pagefind is missing; list the Pagefind integration before this one.');
        let bytes = 0;
        const entries: PrecacheEntry[] = [];
        for (const file of files) {
          const body = await readFile(path.join(root, file));
          bytes += body.length;
          entries.push({ url: fileUrl(base, file), hash: digest(body).slice(0, 16) });
        }

        const { build } = await import('esbuild');
        const bundle = (manifest: PrecacheManifest) =>
          build({
            entryPoints: [entry],
            bundle: true,
            minify: true,
            format: 'iife',
            target: 'es2022',
            write: false,
            define: { __SW_MANIFEST__: JSON.stringify(manifest) },
          }).then((out) => out.outputFiles[0]!.text);
        // The worker's own code takes part in the version, so a fix to the worker also reaches learners.
        const code = await bundle({ base, version: '', entries: [] });
        const version = digest(`${digest(code)}\n${entries.map((e) => `${e.url} ${e.hash}`).join('\n')}`).slice(0, 12);
        await writeFile(path.join(root, 'sw.js'), await bundle({ base, version, entries }));
        logger.info(`service worker ${version} precaches ${entries.length} files (${(bytes / 1024 / 1024).toFixed(1)} MB) under ${base}`);
      },
    },
  };
}

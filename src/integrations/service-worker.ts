import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { normaliseBase } from '../lib/base-path.ts';
import { planOffline, type BuiltFile } from '../lib/sw/offline-plan.ts';
import { fileUrl, isCacheable, type PrecacheManifest } from '../lib/sw/precache.ts';
import { webManifest } from '../lib/sw/web-manifest.ts';

const digest = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

// What a server compresses on the fly (the same list as scripts/serve.mjs); Pagefind's files and PNGs are compressed already.
const textFile = /\.(html|js|mjs|css|json|svg|webmanifest|txt|xml)$/;
const scanned = /\.(html|m?js|css)$/;

/** Where the 离线下载 control (src/components/site/offline/) reads the packs: their labels, sizes and files. */
export const PACKS_FILE = 'offline-packs.json';

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

        const rels = (await listFiles(root)).filter((f) => isCacheable(f) && f !== PACKS_FILE);
        if (!rels.some((f) => f.startsWith('pagefind/'))) throw new Error('Service worker: dist/pagefind is missing; list the Pagefind integration before this one.');
        const files: BuiltFile[] = [];
        for (const rel of rels) {
          const body = await readFile(path.join(root, rel));
          const sent = textFile.test(rel) ? gzipSync(body).length : body.length;
          files.push({ rel, url: fileUrl(base, rel), hash: digest(body).slice(0, 16), sent, text: scanned.test(rel) ? body.toString('utf8') : undefined });
        }
        const plan = planOffline(base, files);
        // The packs file belongs to every pack, so the control still works offline after a download.
        const packsJson = JSON.stringify({ urls: files.map((f) => f.url), packs: plan.packs.map((p) => ({ id: p.id, label: p.label, sent: p.sent, files: p.files })) });
        await writeFile(path.join(root, PACKS_FILE), packsJson);
        const entries = [...plan.entries, { url: fileUrl(base, PACKS_FILE), hash: digest(packsJson).slice(0, 16) }];
        const shell = plan.shell;
        const packs = plan.packs.map((p) => ({ id: p.id, files: [...p.files, entries.length - 1] }));
        const shellSent = plan.shell.reduce((n, i) => n + files[i]!.sent, 0);

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
        const code = await bundle({ base, version: '', entries: [], shell: [], packs: [] });
        const version = digest(`${digest(code)}\n${entries.map((e) => `${e.url} ${e.hash}`).join('\n')}`).slice(0, 12);
        await writeFile(path.join(root, 'sw.js'), await bundle({ base, version, entries, shell, packs }));
        const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
        logger.info(`service worker ${version} under ${base}: ${entries.length} cacheable files, shell ${shell.length} (${mb(shellSent)} sent), whole course ${mb(plan.packs[0]!.sent)} sent`);
      },
    },
  };
}

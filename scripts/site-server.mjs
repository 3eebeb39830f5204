// The static file server behind `npm run serve` (scripts/serve.mjs) and `npm run classroom`
// (scripts/classroom.mjs): dist/ mounted under the base path, as a school's nginx or IIS would serve it.
// Like nginx with `gzip on`, it compresses text when the browser accepts gzip, and like every common
// server it sends an ETag and answers a matching If-None-Match with 304, so a browser revalidates a
// file it already has without downloading it again (the offline benchmark counts these bytes:
// scripts/bench/offline.mjs).
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { resolveServed } from './serve-path.mjs';

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.xml': 'application/xml',
};

// Pagefind's index files and the PNG icons are compressed already.
const compressible = /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg)/;

/** A base path in the form the server compares against: leading and trailing slash. */
export const normaliseServedBase = (raw) => `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

async function file(p) {
  try {
    const s = await stat(p);
    if (s.isDirectory()) return file(path.join(p, 'index.html'));
    return { body: await readFile(p), type: types[path.extname(p)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}

/**
 * An HTTP server for the folder `root` under `base`. `extra` maps a path below the base (such as
 * `__classroom.json`) to a JSON value that only this server answers with; everything else comes from
 * the folder, and anything missing gets the site's 404 page.
 * @param {{ root: string, base: string, extra?: Record<string, unknown> }} options
 */
export function createSiteServer({ root, base, extra = {} }) {
  return createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (base !== '/' && (pathname === '/' || pathname === base.slice(0, -1))) {
      res.writeHead(302, { Location: base }).end();
      return;
    }
    const own = pathname.startsWith(base) ? extra[pathname.slice(base.length)] : undefined;
    const found = own !== undefined ? { body: JSON.stringify(own), type: types['.json'] } : await served(pathname);
    if (found) {
      const etag = `"${createHash('sha1').update(found.body).digest('base64url').slice(0, 20)}"`;
      const headers = { 'Content-Type': found.type, 'Cache-Control': 'no-cache', ETag: etag, Vary: 'Accept-Encoding' };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers).end();
        return;
      }
      const gzip = compressible.test(found.type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const body = gzip ? gzipSync(found.body) : Buffer.from(found.body);
      res.writeHead(200, { ...headers, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}), 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    const notFound = await file(path.join(root, '404.html'));
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(notFound?.body ?? 'Not found');
  });

  async function served(pathname) {
    const target = resolveServed(root, base, pathname);
    return target ? file(target) : undefined;
  }
}

// The static file server behind `npm run serve` (scripts/serve.mjs) and `npm run classroom`
// (scripts/classroom.mjs): dist/ mounted under the base path, as a school's nginx or IIS would serve it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { resolveServed } from './serve-path.mjs';

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.xml': 'application/xml',
};

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
      res.writeHead(200, { 'Content-Type': found.type, 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : found.body);
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

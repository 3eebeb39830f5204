// A plain static file server for dist/ (what any school's nginx or IIS does), mounted under BASE_PATH.
// Like nginx with `gzip on`, it compresses text when the browser accepts gzip, and like every common
// server it sends an ETag and answers a matching If-None-Match with 304, so a browser revalidates a
// file it already has without downloading it again (the offline benchmark counts these bytes:
// scripts/bench/offline.mjs).
// Usage: node scripts/serve.mjs [--port 4321] [--base /kefu/] [--dir dist]
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { resolveServed } from './serve-path.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    dir: { type: 'string', default: 'dist' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const root = path.resolve(values.dir);
const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.xml': 'application/xml',
};

// Pagefind's index files and the PNG icons are compressed already.
const compressible = /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg)/;

async function file(p) {
  try {
    const s = await stat(p);
    if (s.isDirectory()) return file(path.join(p, 'index.html'));
    return { body: await readFile(p), type: types[path.extname(p)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}

const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (base !== '/' && (pathname === '/' || pathname === base.slice(0, -1))) {
    res.writeHead(302, { Location: base }).end();
    return;
  }
  const target = resolveServed(root, base, pathname);
  const found = target ? await file(target) : undefined;
  if (found) {
    const etag = `"${createHash('sha1').update(found.body).digest('base64url').slice(0, 20)}"`;
    const headers = { 'Content-Type': found.type, 'Cache-Control': 'no-cache', ETag: etag, Vary: 'Accept-Encoding' };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    const gzip = compressible.test(found.type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = gzip ? gzipSync(found.body) : found.body;
    res.writeHead(200, { ...headers, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}), 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  const notFound = await file(path.join(root, '404.html'));
  res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(notFound?.body ?? 'Not found');
});

server.listen(Number(values.port), values.host, () => {
  console.log(`课程网站已启动：http://localhost:${values.port}${base}  （按 Ctrl + C 停止）`);
});

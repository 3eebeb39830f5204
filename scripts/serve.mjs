// A plain static file server for dist/ (what any school's nginx or IIS does), mounted under BASE_PATH.
// Usage: node scripts/serve.mjs [--port 4321] [--base /kefu/] [--dir dist]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
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
    res.writeHead(200, { 'Content-Type': found.type, 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : found.body);
    return;
  }
  const notFound = await file(path.join(root, '404.html'));
  res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(notFound?.body ?? 'Not found');
});

server.listen(Number(values.port), values.host, () => {
  console.log(`课程网站已启动：http://localhost:${values.port}${base}  （按 Ctrl + C 停止）`);
});

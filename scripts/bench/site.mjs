// Building the site under /kefu/ and serving dist/ with scripts/serve.mjs, as a school's web server would.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/** The base path the benchmark builds and serves under (the one the e2e tests use). */
export const BASE = '/kefu/';

/** Newest modification time (ms) of any file under the given paths, node_modules and dot-folders skipped. */
function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules' && !name.startsWith('.')) visit(path.join(p, name));
    } else newest = Math.max(newest, s.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

/**
 * Why dist/ cannot be served as it is, or undefined when it is a current build under `base`
 * (the benchmark's and `npm run classroom`'s test before they build).
 * @param {string} root project folder
 * @param {string} base the base path, with leading and trailing slash
 */
export function staleReason(root, base = BASE) {
  const index = path.join(root, 'dist/index.html');
  if (!existsSync(index)) return 'dist/ 不存在';
  if (!readFileSync(index, 'utf8').includes(`href="${base}manifest.webmanifest"`)) return `dist/ 不是以 BASE_PATH=${base} 构建的`;
  if (!existsSync(path.join(root, 'dist/pagefind/pagefind.js'))) return 'dist/ 缺少搜索索引';
  const sources = ['src', 'public', 'astro.config.mjs', 'package.json'].map((p) => path.join(root, p));
  if (newestMtime(sources) > statSync(index).mtimeMs) return '源文件比 dist/ 新';
  return undefined;
}

/**
 * Runs `astro build` with BASE_PATH=`base` (default /kefu/) in `cwd` and returns its wall time in ms.
 * Throws with the tail of the build's output when it fails.
 */
export function build(cwd, base = BASE) {
  return new Promise((resolve, reject) => {
    const astro = path.join(cwd, 'node_modules/astro/bin/astro.mjs');
    const t0 = performance.now();
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd,
      env: { ...process.env, BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    const keep = (chunk) => {
      log = (log + chunk).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(performance.now() - t0);
      else reject(new Error(`astro build 失败（退出码 ${code}）：${log.trim().split('\n').slice(-6).join(' | ')}`));
    });
  });
}

/** A free TCP port on 127.0.0.1 (or BENCH_PORT when set). */
export async function freePort() {
  if (process.env.BENCH_PORT) return Number(process.env.BENCH_PORT);
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Serves `dir` under BASE with scripts/serve.mjs; resolves once it answers. `close()` stops it and
 * resolves when the server has exited, so the same `port` can serve again (the offline e2e test).
 */
export async function serve(root, dir = 'dist', port) {
  port ??= await freePort();
  const child = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), '--dir', dir, '--base', BASE, '--port', String(port)], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const origin = `http://127.0.0.1:${port}`;
  // A busy 2-core machine (the whole unit suite running beside it) can take seconds to start Node,
  // so wait up to 30 s, but stop at once if the server exits.
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline && child.exitCode === null && child.signalCode === null) {
    try {
      const res = await fetch(`${origin}${BASE}`);
      if (res.ok) return { url: `${origin}${BASE}`, origin, close: () => stop(child) };
      throw new Error(`HTTP ${res.status}`);
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill();
  throw new Error(`静态服务器没有在端口 ${port} 上启动${stderr ? `：${stderr.trim()}` : ''}`);
}

/** Stops a child process; resolves once it has exited. */
const stop = (child) =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill();
  });

/** Median of numbers (the lower middle for an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];

/**
 * Starts `npm run classroom` (scripts/classroom.mjs) on the built `dist/` under BASE without building,
 * listening on `host`; `lanHosts` replaces the addresses it would read from the network interfaces.
 * Resolves with what it printed once it listens; `close()` stops it.
 * @param {string} root project folder
 * @param {{ host: string, port: number, lanHosts?: string[] }} options
 */
export async function startClassroom(root, { host, port, lanHosts = [] }) {
  const args = ['--no-build', '--dir', 'dist', '--base', BASE, '--host', host, '--port', String(port), ...lanHosts.flatMap((h) => ['--lan-host', h])];
  const child = spawn(process.execPath, [path.join(root, 'scripts/classroom.mjs'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const deadline = performance.now() + 30_000;
  while (!output.includes('Ctrl + C') && performance.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 100));
  if (!output.includes('Ctrl + C')) {
    child.kill();
    throw new Error(`npm run classroom 没有启动：${output.trim()}`);
  }
  return { output, origin: `http://${host}:${port}`, close: () => stop(child) };
}

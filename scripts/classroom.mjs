// `npm run classroom`: serves the built site to the classroom network, so students' phones can open the
// page the projector shows. Builds dist/ first when it is missing or older than the sources, listens
// on every interface, prints the phone addresses with a QR code (scripts/classroom-banner.mjs) and
// answers `<base>__classroom.json` with them for 投影模式's QR code (src/lib/classroom/lan.ts).
//
// Usage: node scripts/classroom.mjs [--host 0.0.0.0] [--port 4321] [--base /] [--dir dist] [--no-build]
//        [--lan-host ADDRESS …]  (replaces the addresses read from the network interfaces; tests use it)
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CLASSROOM_INFO_FILE, isWildcardHost, phoneHosts, siteUrl } from '../src/lib/classroom/lan.ts';
import { build, staleReason } from './bench/site.mjs';
import { classroomBanner } from './classroom-banner.mjs';
import { createSiteServer, normaliseServedBase } from './site-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  allowNegative: true,
  options: {
    host: { type: 'string', default: '0.0.0.0' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    dir: { type: 'string', default: 'dist' },
    build: { type: 'boolean', default: true },
    'lan-host': { type: 'string', multiple: true },
  },
});
const base = normaliseServedBase(values.base);
const port = Number(values.port);
const dir = path.resolve(values.dir);

if (values.build && dir === path.join(root, 'dist')) {
  const reason = staleReason(root, base);
  if (reason) {
    console.log(`${reason}，先构建网站（BASE_PATH=${base}，约需 1～2 分钟）…`);
    try {
      await build(root, base);
    } catch (error) {
      console.error(`构建失败，网站没有启动：${error.message}`);
      process.exit(1);
    }
  }
}

const hosts = values['lan-host'] ?? phoneHosts(values.host, os.networkInterfaces());
const lanUrls = hosts.map((host) => siteUrl(host, port, base));
const server = createSiteServer({ root: dir, base, extra: { [CLASSROOM_INFO_FILE]: { lanUrls } } });

server.on('error', (error) => {
  const reasons = {
    EADDRINUSE: `端口 ${port} 已被占用（可能已经在另一个窗口启动过）。请关闭那个窗口，或用 npm run classroom -- --port ${port + 1} 换一个端口。`,
    EADDRNOTAVAIL: `这台电脑没有地址 ${values.host}，请检查 --host。`,
    EACCES: `没有权限使用端口 ${port}，请换一个 1024 以上的端口（--port）。`,
  };
  console.error(reasons[error.code] ?? `网站没有启动：${error.message}`);
  process.exit(1);
});
server.listen(port, values.host, () => {
  const localHost = isWildcardHost(values.host) ? 'localhost' : values.host;
  console.log(classroomBanner({ lanUrls, localUrl: siteUrl(localHost, port, base), host: values.host, port }));
});

// A plain static file server for dist/ (what any school's nginx or IIS does), mounted under BASE_PATH.
// Usage: node scripts/serve.mjs [--port 4321] [--base /kefu/] [--dir dist] [--host 127.0.0.1]
// For a classroom whose students open the site on their phones, see scripts/classroom.mjs.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createSiteServer, normaliseServedBase } from './site-server.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    dir: { type: 'string', default: 'dist' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const base = normaliseServedBase(values.base);
const server = createSiteServer({ root: path.resolve(values.dir), base });

server.listen(Number(values.port), values.host, () => {
  console.log(`课程网站已启动：http://localhost:${values.port}${base}  （按 Ctrl + C 停止）`);
  console.log('这个地址只能在本机打开；要让学生用手机扫码打开，请改用 npm run classroom。');
});

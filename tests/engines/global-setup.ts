import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { freePort, recentOutput, start, stop, waitForHttp } from './processes.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site's URL, ending in '/kefu/'. */
    siteBase: string;
    /** The X display (Xvfb) WebKit's MiniBrowser opens its window on, e.g. ':99'. */
    display: string;
  }
}

/** Starts the static server on dist/ and a virtual X display, on free ports and a free display number. */
export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ 中没有构建结果：先运行 BASE_PATH=/kefu/ npx astro build');
  const port = await freePort();
  const server = start(process.execPath, ['scripts/serve.mjs', '--dir', 'dist', '--base', '/kefu/', '--port', String(port)]);
  // Xvfb picks a free display itself and writes its number to the given file descriptor (1: its stdout).
  const xvfb = start('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
  const display = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start:\n${recentOutput(xvfb)}`)), 10_000);
    xvfb.once('error', (error) => reject(new Error(`没有找到 Xvfb（apt-get install xvfb）：${error.message}`)));
    xvfb.stdout!.on('data', () => {
      const number = /^(\d+)\s/.exec(recentOutput(xvfb))?.[1];
      if (number) {
        clearTimeout(timer);
        resolve(`:${number}`);
      }
    });
  });
  const siteBase = `http://127.0.0.1:${port}/kefu/`;
  await waitForHttp(siteBase, server);
  project.provide('siteBase', siteBase);
  project.provide('display', display);
  return async () => {
    await stop(server);
    await stop(xvfb);
  };
}

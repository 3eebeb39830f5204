import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serve } from '../../../scripts/bench/site.mjs';
import { resolveServed } from '../../../scripts/serve-path.mjs';

const root = path.resolve('/srv/site');

describe.each([
  ['/kefu/', path.join(root)],
  ['/kefu/lessons/1-1/', path.join(root, 'lessons/1-1')],
  ['/kefu/a%20b.txt', path.join(root, 'a b.txt')],
  ['/kefu/lessons/../search/', path.join(root, 'search')],
  ['/kefu/..%2Fsite.bak/secret', undefined],
  ['/kefu/..%2fsite.bak', undefined],
  ['/kefu/%2e%2e/%2e%2e/etc/passwd', undefined],
  ['/kefu/..%5Csite.bak', undefined],
  ['/kefu/a%5Cb', undefined],
  ['/kefu/index.html%00.txt', undefined],
  ['/kefu/%E0%A4%A', undefined],
  ['/other/index.html', undefined],
  ['/kefu', undefined],
])('resolveServed(%s)', (pathname, expected) => {
  test(expected ? 'is served from inside the folder' : 'is refused', () => {
    expect(resolveServed(root, '/kefu/', pathname)).toBe(expected);
  });
});

describe('scripts/serve.mjs', () => {
  let server: { origin: string; close: () => Promise<void> };
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'serve-'));
    mkdirSync(path.join(dir, 'dist'));
    mkdirSync(path.join(dir, 'dist.bak'));
    writeFileSync(path.join(dir, 'dist', 'index.html'), 'home');
    writeFileSync(path.join(dir, 'dist.bak', 'index.html'), 'old copy');
    server = await serve(process.cwd(), path.join(dir, 'dist'));
  });
  afterAll(() => server.close());

  test('serves the folder and nothing beside it, however the path is written', async () => {
    const get = async (p: string) => {
      const res = await fetch(server.origin + p);
      return `${res.status} ${await res.text()}`;
    };
    expect(await get('/kefu/')).toBe('200 home');
    for (const p of ['/kefu/..%2Fdist.bak/', '/kefu/..%2fdist.bak/index.html', '/kefu/..%5Cdist.bak/index.html', '/kefu/index.html%00']) {
      expect(await get(p), p).toMatch(/^404 /);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { freePort, serve, startClassroom } from '../../scripts/bench/site.mjs';
import { CLASSROOM_INFO_FILE, phonePageUrl } from '../../src/lib/classroom/lan.ts';
import { base } from '../e2e/site.ts';

/** A GET from another device: here another loopback address (Linux routes all of 127.0.0.0/8 to lo). */
function getFrom(localAddress: string, url: string): Promise<{ status: number; body: string; from: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { localAddress }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, from: req.socket?.localAddress ?? '' }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('npm run classroom', () => {
  // The "classroom PC" listens on 127.0.0.2 and reports that address as its network address; the
  // "phone" is 127.0.0.3.
  let classroom: Awaited<ReturnType<typeof startClassroom>>;
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    classroom = await startClassroom(process.cwd(), { host: '127.0.0.2', port, lanHosts: ['127.0.0.2'] });
  });
  afterAll(() => classroom?.close());

  it('prints the address phones should open', () => {
    expect(classroom.output).toContain(`  http://127.0.0.2:${port}${base}\n`);
  });

  it('a phone on another address opens the lesson at the address the server reports', async () => {
    const info = await getFrom('127.0.0.3', `http://127.0.0.2:${port}${base}${CLASSROOM_INFO_FILE}`);
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body)).toEqual({ lanUrls: [`http://127.0.0.2:${port}${base}`] });

    const lesson = phonePageUrl({ pathname: `${base}lessons/1-1/` }, JSON.parse(info.body));
    expect(lesson).toBe(`http://127.0.0.2:${port}${base}lessons/1-1/`);
    const page = await getFrom('127.0.0.3', lesson!);
    expect(page.from).toBe('127.0.0.3');
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<h1[^>]*>[^<]*初识客户与电子商务客户服务/);
  });
});

it('a plain static server (npm run serve) has no classroom file, as no other host has', async () => {
  const server = await serve(process.cwd());
  try {
    const res = await fetch(`${server.url}${CLASSROOM_INFO_FILE}`);
    expect(res.status).toBe(404);
  } finally {
    await server.close();
  }
});

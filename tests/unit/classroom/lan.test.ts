import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { isLoopbackHost, phoneHosts, phonePageUrl, qrTarget, readClassroomInfo, shareUrl, siteUrl, type InterfaceAddress } from '../../../src/lib/classroom/lan.ts';
import { classroomBanner } from '../../../scripts/classroom-banner.mjs';

describe.each([
  ['localhost', true],
  ['LOCALHOST', true],
  ['kefu.localhost', true],
  ['127.0.0.1', true],
  ['127.3.2.1', true],
  ['[::1]', true],
  ['::1', true],
  ['192.168.1.20', false],
  ['10.0.0.5', false],
  ['127.example.cn', false],
  ['school.example.edu.cn', false],
])('isLoopbackHost(%s)', (host, expected) => {
  it(`is ${expected}`, () => expect(isLoopbackHost(host)).toBe(expected));
});

const v4 = (address: string, internal = false): InterfaceAddress => ({ address, family: 'IPv4', internal });
const v6 = (address: string, internal = false): InterfaceAddress => ({ address, family: 'IPv6', internal });
const classroomPc = {
  lo: [v4('127.0.0.1', true), v6('::1', true)],
  'Wi-Fi': [v6('fe80::1c2d:3e4f'), v4('192.168.1.20')],
  vEthernet: [v4('169.254.10.7')],
  eth1: [{ address: '10.0.0.5', family: 4, internal: false }],
};

describe.each([
  ['0.0.0.0', classroomPc, ['192.168.1.20', '10.0.0.5', '169.254.10.7'], 'every network IPv4 address, link-local last'],
  ['::', classroomPc, ['192.168.1.20', '10.0.0.5', '169.254.10.7'], 'the same for the IPv6 wildcard'],
  ['0.0.0.0', { lo: [v4('127.0.0.1', true)] }, [], 'none on a machine with no network'],
  ['0.0.0.0', { a: [v4('192.168.1.20')], b: [v4('192.168.1.20')], c: undefined }, ['192.168.1.20'], 'an address once'],
  ['127.0.0.1', classroomPc, [], 'none when the server listens on this machine only'],
  ['localhost', classroomPc, [], 'none for localhost'],
  ['192.168.1.20', classroomPc, ['192.168.1.20'], 'the one address the server listens on'],
] as const)('phoneHosts(%s, …)', (bind, interfaces, expected, why) => {
  it(`gives ${why}`, () => expect(phoneHosts(bind, interfaces)).toEqual(expected));
});

describe.each([
  ['192.168.1.20', 4321, '/kefu/', 'http://192.168.1.20:4321/kefu/'],
  ['10.0.0.5', 80, '/', 'http://10.0.0.5/'],
  ['fd00::5', 4321, '/', 'http://[fd00::5]:4321/'],
])('siteUrl(%s, %i, %s)', (host, port, base, expected) => {
  it(`is ${expected}`, () => expect(siteUrl(host, port, base)).toBe(expected));
});

describe.each([
  [{ origin: 'http://127.0.0.1:4431', pathname: '/kefu/lessons/1-1/' }, 'http://127.0.0.1:4431/kefu/lessons/1-1/'],
  [{ origin: 'http://10.0.0.5', pathname: '/lessons/2-1/', search: '?a=1' }, 'http://10.0.0.5/lessons/2-1/?a=1'],
])('shareUrl(%o)', (location, url) => {
  it(`is ${url} (no projector fragment)`, () => expect(shareUrl(location)).toBe(url));
});

const lesson = { hostname: '127.0.0.1', origin: 'http://127.0.0.1:4321', pathname: '/kefu/lessons/1-1/', search: '' };
describe.each([
  [{ lanUrls: ['http://192.168.1.20:4321/kefu/', 'http://10.0.0.5:4321/kefu/'] }, 'http://192.168.1.20:4321/kefu/lessons/1-1/'],
  [{ lanUrls: [] }, undefined],
  [{ lanUrls: ['javascript:alert(1)', 'http://192.168.1.20:4321/kefu/'] }, 'http://192.168.1.20:4321/kefu/lessons/1-1/'],
  [{ lanUrls: 'http://192.168.1.20/' }, undefined],
  ['<!doctype html><title>404</title>', undefined],
  [null, undefined],
])('phonePageUrl(lesson 1.1, %o)', (info, expected) => {
  it(`is ${expected}`, () => expect(phonePageUrl(lesson, info)).toBe(expected));
});

describe('readClassroomInfo', () => {
  it('keeps only http addresses', () => {
    expect(readClassroomInfo({ lanUrls: ['http://192.168.1.20:4321/', 'https://x.cn/', 'file:///etc/', 7] })).toEqual({ lanUrls: ['http://192.168.1.20:4321/'] });
  });
});

describe('qrTarget', () => {
  const reported = async () => ({ lanUrls: ['http://192.168.1.20:4321/kefu/'] });
  it('keeps the page address on a real host and asks the server nothing', async () => {
    let asked = false;
    const at = { hostname: 'school.example.edu.cn', origin: 'https://school.example.edu.cn', pathname: '/kefu/lessons/1-1/' };
    const target = await qrTarget(at, async () => ((asked = true), reported()));
    expect(target).toEqual({ url: 'https://school.example.edu.cn/kefu/lessons/1-1/', local: false, lan: false });
    expect(asked).toBe(false);
  });
  it('swaps a local address for the network address the server reported, keeping the lesson path', async () => {
    expect(await qrTarget({ ...lesson, search: '?from=qr' }, reported)).toEqual({ url: 'http://192.168.1.20:4321/kefu/lessons/1-1/?from=qr', local: true, lan: true });
  });
  it.each([
    ['a static host (404 page)', async () => '<!doctype html>'],
    ['a failed request', async () => Promise.reject(new TypeError('Failed to fetch'))],
    ['a server without a network', async () => ({ lanUrls: [] })],
  ])('says the address is local when it gets %s', async (_, load) => {
    expect(await qrTarget(lesson, load)).toEqual({ url: 'http://127.0.0.1:4321/kefu/lessons/1-1/', local: true, lan: false });
  });
});

/** Reads the half-block QR code of the terminal text back into pixels and decodes it. */
function decodeTerminalQr(text: string): string | undefined {
  const rows = text.split('\n').filter((l) => /^[█▀▄ ]{20,}$/.test(l));
  if (rows.length === 0) return undefined;
  const width = Math.max(...rows.map((r) => [...r].length));
  const scale = 4;
  const pixels = new Uint8ClampedArray(width * scale * rows.length * 2 * scale * 4).fill(255);
  rows.forEach((row, y) => {
    [...row.padEnd(width, ' ')].forEach((ch, x) => {
      // A full block, or the filled half, is the terminal's light foreground: a light module.
      const dark = [ch === ' ' || ch === '▄', ch === ' ' || ch === '▀'];
      dark.forEach((isDark, half) => {
        if (!isDark) return;
        for (let py = 0; py < scale; py++) {
          for (let px = 0; px < scale; px++) {
            const i = (((y * 2 + half) * scale + py) * width * scale + x * scale + px) * 4;
            pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
          }
        }
      });
    });
  });
  return jsQR(pixels, width * scale, rows.length * 2 * scale)?.data;
}

describe('classroomBanner', () => {
  it('lists the phone addresses and prints a QR code of the first that a phone can read', () => {
    const text = classroomBanner({ lanUrls: ['http://192.168.1.20:4321/kefu/', 'http://10.0.0.5:4321/kefu/'], localUrl: 'http://localhost:4321/kefu/', host: '0.0.0.0', port: 4321 });
    expect(text).toContain('  http://192.168.1.20:4321/kefu/\n');
    expect(text).toContain('http://10.0.0.5:4321/kefu/（另一个网络接口');
    expect(decodeTerminalQr(text)).toBe('http://192.168.1.20:4321/kefu/');
    expect(text).toContain('同一个网络');
    expect(text).toContain('防火墙');
    expect(text).toContain('按 Ctrl + C 停止');
  });
  it('says so when the machine has no network address', () => {
    const text = classroomBanner({ lanUrls: [], localUrl: 'http://localhost:4321/', host: '0.0.0.0', port: 4321 });
    expect(text).toContain('没有找到局域网地址');
    expect(decodeTerminalQr(text)).toBeUndefined();
  });
  it('says so when the server listens on this machine only', () => {
    const text = classroomBanner({ lanUrls: [], localUrl: 'http://127.0.0.1:4321/', host: '127.0.0.1', port: 4321 });
    expect(text).toContain('只在本机地址 127.0.0.1 上提供');
  });
});

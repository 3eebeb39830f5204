import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brandColors, iconFiles, webManifest } from '../../../src/lib/sw/web-manifest.ts';

describe.each(['/', '/kefu/'])('webManifest(%s)', (base) => {
  const m = webManifest(base);
  it('starts and stays inside the base path', () => {
    expect(m.start_url).toBe(base);
    expect(m.scope).toBe(base);
    expect(m.id).toBe(base);
    for (const icon of m.icons) expect(icon.src.startsWith(`${base}icons/`)).toBe(true);
  });
  it('names the course in Chinese and opens as an app', () => {
    expect(m).toMatchObject({ name: '电子商务客户服务 · 互动课程', short_name: '客服课程', lang: 'zh-CN', display: 'standalone' });
  });
  it('has 192 and 512 icons and a maskable one', () => {
    expect(m.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  });
});

describe('brand colours', () => {
  it('match --brand and --bg of the site stylesheet', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    expect(css).toContain(`--brand: ${brandColors.theme};`);
    expect(css).toContain(`--bg: ${brandColors.background};`);
  });
});

// PNG header: 8-byte signature, then the IHDR chunk with width and height as big-endian integers.
const pngSize = (file: string) => {
  const b = readFileSync(`public/${file}`);
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
};

describe.each([
  [iconFiles.any192, 192],
  [iconFiles.any512, 512],
  [iconFiles.maskable512, 512],
  [iconFiles.apple, 180],
])('%s', (file, size) => {
  it(`is a ${size} × ${size} PNG`, () => expect(pngSize(file)).toEqual([size, size]));
});

import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { qrPath } from '../../../src/lib/classroom/qr.ts';

/** Paints the path's unit squares into RGBA pixels (scale px per module) so a real decoder can read them. */
function paint({ size, d }: { size: number; d: string }, scale = 4) {
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
      for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px++) {
        const i = (py * width + px) * 4;
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
      }
    }
  }
  return { pixels, width };
}

describe.each([
  'http://127.0.0.1:4321/kefu/lessons/1-1/',
  'https://school.example.edu.cn/courses/kefu/lessons/8-2/',
  'http://192.168.1.20/lessons/9-1/?from=qr',
])('qrPath(%s)', (url) => {
  it('decodes back to the same address', () => {
    const qr = qrPath(url);
    const { pixels, width } = paint(qr);
    expect(jsQR(pixels, width, width)?.data).toBe(url);
  });
  it('keeps a quiet zone of 4 modules', () => {
    const qr = qrPath(url);
    const xs = [...qr.d.matchAll(/M(\d+) (\d+)/g)].flatMap((m) => [Number(m[1]), Number(m[2])]);
    expect(Math.min(...xs)).toBe(4);
  });
});

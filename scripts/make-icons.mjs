// Draws the course's PNG icons (web app manifest, apple-touch-icon) from the brand mark in
// src/components/site/SiteHeader.astro, with the Chromium the tests use. Run after changing the mark:
//   node scripts/make-icons.mjs        (writes public/icons/*.png; commit them)
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { chromiumPath } from './browser.mjs';

const brand = '#0a5c7a';
// The chat bubble of the header's mark, on a 32 × 32 grid. Its farthest point is 10 units from the
// centre (31 % of the side), inside the 40 % safe circle a maskable icon must respect.
const bubble = '<path d="M8 11h16v9H15l-5 4v-4H8z" fill="#fff"/>';
const mark = (rounded) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="${rounded ? 8 : 0}" fill="${brand}"/>${bubble}</svg>`;

const icons = [
  // "any" icons keep the mark's rounded corners (transparent outside).
  { file: 'icon-192.png', size: 192, rounded: true },
  { file: 'icon-512.png', size: 512, rounded: true },
  // Maskable and Apple icons are full-bleed squares: the platform cuts its own shape.
  { file: 'icon-maskable-512.png', size: 512, rounded: false },
  { file: 'apple-touch-icon.png', size: 180, rounded: false },
];

const outDir = new URL('../public/icons/', import.meta.url);
await mkdir(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const { file, size, rounded } of icons) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${mark(rounded)}`);
    await page.screenshot({ path: new URL(file, outDir).pathname, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`public/icons/${file} (${size} × ${size})`);
  }
} finally {
  await browser.close();
}

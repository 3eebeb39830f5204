import { expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { copiedSentences, fixture, seedDir, seedTextFromSources } from '../../scripts/seed-copy.mjs';
import { curriculumData } from '../../src/data/curriculum.ts';
import { gradingSchemesData } from '../../src/data/grading.ts';
import { builtPages, base } from '../e2e/site.ts';

// The source documents (`seedDir` in scripts/seed-copy.mjs, folded to Simplified in tests/fixtures/seeds) are reference
// material: no sentence of 20 or more characters of the built site may be copied from them. The
// curriculum standard's own wording (objectives, requirements, grading formula) is the exception:
// the site encodes the standard, so that text is allowed verbatim, and the 课程标准 page, which
// reproduces the standard itself (seed 002), is not checked.

/** Every string inside a data structure. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

/** The text a reader sees in a built page: tags, scripts and styles removed, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '\n')
    .replace(/<(br|\/p|\/li|\/h\d|\/td|\/th|\/dt|\/dd|\/div|\/tr)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(lt|gt|amp|quot|#39|nbsp);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", nbsp: ' ' })[e]!);
}

const seedText = readFileSync(fixture, 'utf8');
const allowed = [...strings(curriculumData), ...strings(gradingSchemesData)];

test('no sentence of the built site is copied from the source documents', () => {
  const pages = builtPages().filter((page) => page !== `${base}standard/`);
  expect(pages.length).toBeGreaterThan(30);
  const copied = pages.flatMap((page) => {
    const file = path.join('dist', page.slice(base.length), 'index.html');
    return copiedSentences(visibleText(readFileSync(file, 'utf8')), seedText, allowed).map((s) => `${page}: ${s}`);
  });
  expect(copied).toEqual([]);
});

test('the check catches a sentence copied from a seed, even re-spaced and in Traditional characters', () => {
  // Seed 001 is in Traditional characters (一個合格的網絡客服，應要有良好的素質…); copied in Simplified:
  const simplified = '一个合格的网络客服，应要有良好的素质，如心理素质、品格素质、技能素质。';
  expect(copiedSentences(simplified, seedText)).toHaveLength(1);
  expect(copiedSentences('一 个 合 格 的 网 络 客 服 , 应 要 有 良 好 的 素 质 , 如 心 理 素 质', seedText)).toHaveLength(1);
  expect(copiedSentences('合格的网络客服要有过硬的心理、品格和技能素质，这是促成订单的基础。', seedText)).toEqual([]);
});

// Skipped (and listed as skipped) when the source documents are not beside this checkout.
test.skipIf(!existsSync(seedDir))('the vendored seed text matches the source documents when their folder is present', async () => {
  expect((await seedTextFromSources()) + '\n').toBe(seedText);
});

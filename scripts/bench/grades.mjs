// The grade calculator with a 5,000-student class: the pure library's computation in Node, and the
// built page reading and showing the pasted class in Chromium.
import { performance } from 'node:perf_hooks';
import { gradeBandsData, gradingSchemesData } from '../../src/data/grading.ts';
import { evaluateRoster, readRoster } from '../../src/lib/grade/roster.ts';
import { autoMapColumns } from '../../src/lib/grade/columns.ts';
import { classStats } from '../../src/lib/grade/stats.ts';
import { flattenItems } from '../../src/lib/grade/scheme.ts';
import { median } from './site.mjs';

export const STUDENTS = 5000;
/** docs/budgets.md: grade calculation for 5,000 students < 200 ms. */
export const COMPUTE_TARGET_MS = 200;

const scheme = { ...gradingSchemesData[0], flags: gradingSchemesData[0].flags ?? [] };
const items = flattenItems(scheme);

/** A deterministic pseudo-random class (same numbers every run), a few blanks and bad cells included. */
function makeClass(students = STUDENTS) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const header = ['学号', '姓名', ...items.map((i) => `${i.componentName}-${i.name}`)];
  const rows = Array.from({ length: students }, (_, k) => [
    String(20240000 + k),
    `学生${k + 1}`,
    ...items.map(() => (random() < 0.01 ? '' : random() < 0.005 ? '缺考' : (50 + random() * 50).toFixed(1))),
  ]);
  return { header, rows };
}

/** Reads, computes and summarises the class with the library; median of 5 runs after a warm-up. */
export function computeWithLibrary() {
  const { header, rows } = makeClass();
  const run = () => {
    const t0 = performance.now();
    const mapping = autoMapColumns(header, scheme);
    const roster = readRoster(rows, mapping, scheme);
    const t1 = performance.now();
    const outcomes = evaluateRoster(roster, scheme, { blank: 'exclude', bands: gradeBandsData });
    const stats = classStats(outcomes, gradeBandsData);
    const t2 = performance.now();
    return { readMs: t1 - t0, computeMs: t2 - t1, totalMs: t2 - t0, stats };
  };
  run(); // warm-up, so the JIT does not count
  const runs = Array.from({ length: 5 }, run);
  const pick = (key) => +median(runs.map((r) => r[key])).toFixed(2);
  return {
    students: STUDENTS,
    readMs: pick('readMs'),
    computeMs: pick('computeMs'),
    totalMs: pick('totalMs'),
    mean: +runs[0].stats.mean.toFixed(1),
    counted: runs[0].stats.count,
  };
}

/**
 * Pastes the class into the built grade calculator (one input event, as a paste makes) and times the
 * click on 读取粘贴的成绩 until “共 5000 行” shows.
 * @param {import('playwright-core').Browser} browser
 * @param {string} siteUrl the site's root URL, ending in the base path
 */
export async function renderInBrowser(browser, siteUrl) {
  const { header, rows } = makeClass();
  const page = await browser.newPage();
  try {
    await page.goto(`${siteUrl}teacher/grades/`);
    await page.waitForSelector('.grade-calculator[data-ready]');
    const box = page.getByLabel(/粘贴到这里/);
    await box.evaluate((el, text) => {
      el.value = text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, [header, ...rows].map((r) => r.join('\t')).join('\n'));
    const t0 = Date.now();
    await page.getByRole('button', { name: '读取粘贴的成绩' }).click();
    await page.getByText(`共 ${STUDENTS} 行`).waitFor({ timeout: 60_000 });
    const renderMs = Date.now() - t0;
    const rowsInDom = await page.locator('table.roster tbody tr').count();
    return { renderMs, rowsInDom };
  } finally {
    await page.close();
  }
}

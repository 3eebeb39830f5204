// Adds up the JSON reports of Vitest (unit tests, built-site checks) and Playwright into one plain
// line: "N passed, N failed".
// Exits non-zero when a report is missing or any test failed, so a run that ran no test is visible.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const vitest = read('reports/vitest.json');
const builtSite = read('reports/built-site.json');
const playwright = read('reports/playwright.json');
let passed = 0;
let failed = 0;
for (const report of [vitest, builtSite]) {
  if (!report) continue;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
}
// A stage that failed without a failing test (type check, build, a runner that could not start)
// counts as one failure, so the last line never reads "0 failed" for a broken run.
const stages = (process.env.FAILED_STAGES ?? '').split(',').filter(Boolean);
for (const stage of stages) {
  if (stage === 'unit tests' && vitest?.numFailedTests > 0) continue;
  if (stage === 'built-site checks' && builtSite?.numFailedTests > 0) continue;
  if (stage === 'end-to-end tests' && playwright?.stats.unexpected > 0) continue;
  failed += 1;
}
const missing = [!vitest && 'vitest', !builtSite && 'built-site checks', !playwright && 'playwright'].filter(Boolean);
if (missing.length) console.log(`Missing test reports: ${missing.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && missing.length === 0 && passed > 0 ? 0 : 1);

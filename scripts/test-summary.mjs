// Adds up the JSON reports of Vitest (unit tests, built-site checks, engine smoke tests) and Playwright
// into one plain line: "N passed, N failed".
// Exits non-zero when a report is missing or any test failed, so a run that ran no test is visible.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const vitest = read('reports/vitest.json');
const builtSite = read('reports/built-site.json');
const engines = read('reports/engines.json');
const playwright = read('reports/playwright.json');
// Each Vitest report by the name of the scripts/test.sh stage that writes it.
const vitestStages = [['unit tests', vitest], ['built-site checks', builtSite], ['engine smoke tests', engines]];
let passed = 0;
let failed = 0;
for (const [, report] of vitestStages) {
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
  if (vitestStages.some(([name, report]) => stage === name && report?.numFailedTests > 0)) continue;
  if (stage === 'end-to-end tests' && playwright?.stats.unexpected > 0) continue;
  failed += 1;
}
// What went wrong, repeated here because a CI log may show only its last lines.
const why = [];
const plain = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');
const logLines = (file, pattern) => (existsSync(file) ? plain(readFileSync(file, 'utf8')).split('\n').filter((line) => pattern.test(line)) : []);
if (stages.includes('type check')) why.push(...logLines('reports/astro-check.log', / - error /).slice(0, 8), ...logLines('reports/svelte-check.log', /^(Error|.*:\d+:\d+$)/).slice(0, 8));
for (const [name, report] of vitestStages) {
  if (!stages.includes(name) || !report) continue;
  for (const file of report.testResults.filter((r) => r.status !== 'passed')) why.push(`${name}: ${file.name} ${file.status}: ${String(file.message ?? '').split('\n')[0]}`);
  for (const test of report.testResults.flatMap((r) => r.assertionResults).filter((a) => a.status === 'failed')) why.push(`${name}: ${test.fullName}`);
}
if (stages.includes('unit tests')) why.push(...logLines('reports/vitest.log', /unhandled|error|threshold/i).slice(0, 8));
if (why.length) console.log(['Why:', ...why.map((line) => `  ${plain(line).slice(0, 300)}`)].join('\n'));
const missing = [!vitest && 'vitest', !builtSite && 'built-site checks', !playwright && 'playwright', !engines && 'engine smoke tests'].filter(Boolean);
if (missing.length) console.log(`Missing test reports: ${missing.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && missing.length === 0 && passed > 0 ? 0 : 1);

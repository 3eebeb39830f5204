// Lighthouse 13 through its Node API: mobile form factor, simulated slow 4G (Lighthouse's defaults,
// set explicitly), Debian Chromium launched headless by chrome-launcher.

/**
 * The pages audited. Every lesson has exercises; 9.1 comes closest to a text-only lesson: its only
 * widgets (the final mock chat and 投影模式) load on first use, so opening it loads no script file.
 */
const lighthousePages = [
  { key: 'home', name: '首页', path: '' },
  { key: 'text', name: '课次 9.1（正文；练习第一次操作才加载）', path: 'lessons/9-1/' },
  { key: 'lesson', name: '课次 1.1（测验 + 表格）', path: 'lessons/1-1/' },
  { key: 'chat', name: '模拟实战', path: 'practice/chat/presale-genuine/' },
  { key: 'grades', name: '成绩计算器', path: 'teacher/grades/' },
  { key: 'search', name: '搜索（运费险）', path: `search/?q=${encodeURIComponent('运费险')}` },
];

/**
 * One page per page type for the low-end-phone row (step `tbt`): total blocking time on Lighthouse's
 * mobile preset, whose simulated CPU is 4× slower than the machine's.
 */
export const tbtPages = [
  { key: 'home', name: '首页', path: '' },
  { key: 'lesson', name: '课次 1.1（测验 + 表格）', path: 'lessons/1-1/' },
  { key: 'quiz', name: '单元测验（模块一）', path: 'tests/1/' },
  { key: 'chat', name: '模拟实战', path: 'practice/chat/presale-genuine/' },
  { key: 'search', name: '搜索（运费险）', path: `search/?q=${encodeURIComponent('运费险')}` },
];

/** Total blocking time allowed per page on the mobile preset (docs/budgets.md). */
export const TBT_TARGET_MS = 600;

/** Lighthouse targets of docs/budgets.md, as scores 0–100. */
export const lighthouseTargets = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

/**
 * Audits each page `runs` times and keeps the median run by `rankBy` — by default the performance
 * score (Lighthouse's own advice: a single run varies with the machine's load). Returns scores (0–100),
 * key metrics, the throttling used and the audits that cost points.
 * @param {string} siteUrl the site's root URL, ending in the base path
 * @param {string} chromePath
 * @param {number} runs
 * @param {{ pages?: { key: string, name: string, path: string }[], categories?: string[], rankBy?: (run: any) => number }} [options]
 */
export async function runLighthouse(siteUrl, chromePath, runs = 1, { pages = lighthousePages, categories = Object.keys(lighthouseTargets), rankBy = (run) => run.scores.performance ?? 0 } = {}) {
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  const results = [];
  try {
    for (const page of pages) {
      const url = `${siteUrl}${page.path}`;
      try {
        const all = [];
        for (let i = 0; i < runs; i += 1) all.push(await audit(url));
        all.sort((a, b) => rankBy(a) - rankBy(b));
        const mid = all[(all.length - 1) >> 1];
        results.push({ ...page, url, ...mid, performanceRuns: all.map((r) => r.scores.performance), rankedRuns: all.map(rankBy) });
      } catch (error) {
        results.push({ ...page, url, error: error.message });
      }
    }
  } finally {
    chrome.kill();
  }
  return results;

  async function audit(url) {
    const runner = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      formFactor: 'mobile',
      throttlingMethod: 'simulate',
      onlyCategories: categories,
    });
    const lhr = runner.lhr;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, c.score === null ? null : Math.round(c.score * 100)]));
    const losses = Object.entries(lhr.categories).flatMap(([id, c]) =>
      c.auditRefs
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
        .map((ref) => `${id}/${ref.id} ${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score}`),
    );
    const metric = (id) => lhr.audits[id]?.numericValue;
    return {
      scores,
      metrics: { fcpMs: metric('first-contentful-paint'), lcpMs: metric('largest-contentful-paint'), tbtMs: metric('total-blocking-time'), cls: metric('cumulative-layout-shift'), speedIndexMs: metric('speed-index') },
      losses,
      // What "mobile" meant in this run, and how fast Lighthouse found the machine (its CPU benchmark).
      cpuSlowdown: lhr.configSettings.throttling?.cpuSlowdownMultiplier,
      throttlingMethod: lhr.configSettings.throttlingMethod,
      benchmarkIndex: lhr.environment?.benchmarkIndex,
      warnings: lhr.runWarnings,
      lighthouseVersion: lhr.lighthouseVersion,
      userAgent: lhr.environment?.hostUserAgent,
    };
  }
}

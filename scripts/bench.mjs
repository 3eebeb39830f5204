// `npm run bench`: measures the budgets of docs/budgets.md and prints one table — each figure
// beside its target, PASS / FAIL — and the machine it ran on; writes reports/bench.json.
//
// Steps (each one's failure is reported as FAIL and the others still run):
//   build       `astro build` of the full site under BASE_PATH=/kefu/, median of 3 runs (leaves dist/)
//   bytes       HTML, CSS and JS (raw and gzip) per page type from dist/, the largest island
//   search      median latency of 50 Chinese queries with the page's Pagefind in Chromium, index bytes
//   grades      5,000 students computed by the library (Node) and rendered by the built page (Chromium)
//   lighthouse  Lighthouse 13, mobile, simulated slow 4G, on six pages
//   tbt         low-end phones: total blocking time on Lighthouse's mobile preset (CPU 4× slower), one
//               page per page type, with the machine's load average
//   growth      the course and a synthetic one 4× larger, each in a temporary copy: build time and
//               search-index size
//   judge       the mock-chat judge: agreement with the labelled corpus (tuning and held-out parts) and
//               the time to judge one reply of 1k / 10k / 100k characters
//   hostile     the worst input per surface: typed or pasted text (a 32 KB chat reply, 40,000 names,
//               GIFT floods, a 2,000-row paste, a KPI log) and files (5 MB, 100,000-deep, random bytes)
//   similarity  similar work on the class page: 200 students × one form, every pair compared
//   classbook   the class page: 50 students × 27 lessons of hand-in files read into the class book and
//               shown as the class matrix (and 200 students), and a zip of the 1,350 files unzipped
//   offline     bytes on the wire (scripts/serve.mjs through a counting proxy, Chromium): a first visit
//               to lesson 1.1 with what its service worker fetches, 离线下载 of the whole course, and a
//               redeploy that changed one lesson's text (two builds in a temporary copy)
//
// Options: --quick (skip the timed builds and the 4× course; builds once only when dist/ is missing
// or stale; one Lighthouse run per page), --only=<step,…>, --skip=<step,…>, --lighthouse-runs=<n>
// (default 3, median kept), --browser (kept from the first version: the grade calculator only, in Node
// and in Chromium). BENCH_PORT picks the local port; CHROME_PATH the browser.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromiumPath } from './browser.mjs';
import { heaviestByType, JS_BUDGET, LESSON_HTML_CSS_BUDGET, measureDist, measurePrecache, opensWithoutIslands } from './bench/bytes.mjs';
import { describeMachine } from './bench/machine.mjs';
import { failed, formatTable, kb, duration, row } from './bench/report.mjs';
import { BASE, build, median, serve, staleReason } from './bench/site.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const allSteps = ['build', 'bytes', 'search', 'grades', 'lighthouse', 'tbt', 'growth', 'judge', 'hostile', 'similarity', 'classbook', 'offline'];
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    browser: { type: 'boolean', default: false },
    only: { type: 'string' },
    'lighthouse-runs': { type: 'string' },
    skip: { type: 'string' },
  },
});
const list = (s) => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean);
let steps = args.browser ? ['grades'] : args.only ? list(args.only) : allSteps;
steps = steps.filter((s) => !list(args.skip).includes(s) && !(args.quick && (s === 'build' || s === 'growth')));
const unknown = steps.filter((s) => !allSteps.includes(s));
if (unknown.length) {
  console.error(`未知的步骤：${unknown.join('、')}；可选：${allSteps.join('、')}`);
  process.exit(2);
}
const wants = (s) => steps.includes(s);

const BUILD_RUNS = 3;
const BUILD_TARGET_MS = 60_000;
const GROWTH_FACTOR = 4;
const LIGHTHOUSE_RUNS = Number(args['lighthouse-runs'] ?? (args.quick ? 1 : 3));

const started = Date.now();
const chromePath = chromiumPath();
const machine = describeMachine(chromePath);
const rows = [];
const report = { at: new Date().toISOString(), machine, base: BASE, steps, results: {} };
const log = (text) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}`);

/** Runs one step; an exception becomes a FAIL row instead of stopping the benchmark. */
async function step(name, section, fn) {
  if (!wants(name)) return;
  log(`${section}…`);
  try {
    await fn();
  } catch (error) {
    report.results[name] = { error: error.message };
    rows.push(failed(section, '整个步骤', error));
  }
}

console.log(`机器：${machine.cpu}，${machine.cores} 核，内存 ${machine.ramGiB} GiB；Node ${machine.node}；${machine.chromium}`);
console.log(`步骤：${steps.join('、')}\n`);

// 0. The mock-chat judge (no build needed).
const JUDGE_10K_TARGET_MS = 20;
await step('judge', '模拟实战评判', async () => {
  const { judgeAgreement, judgeSpeed, JUDGE_TARGETS } = await import('./bench/judge.mjs');
  const agreement = await judgeAgreement();
  const speed = judgeSpeed();
  report.results.judge = { agreement, speed };
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  for (const [part, name] of [['tuning', '调试集'], ['held-out', '留出集']]) {
    const a = agreement[part];
    rows.push(row('模拟实战评判', `与教师标注完全一致：${name}（${a.cases} 条）`, `${pct(a.agreement)}；好回复得 0 分 ${a.goodZero}，堆砌得满分 ${a.saladTop}，陷阱得分 ${a.trapPoints}`, `≥ ${pct(JUDGE_TARGETS.agreement)}，其余为 0`, a.meetsTargets));
  }
  const at = (n) => speed.find((s) => s.length === n).ms;
  for (const s of speed) {
    rows.push(row('模拟实战评判', `评判一条 ${s.length.toLocaleString('en')} 字的回复（每个状态，5 次中位数）`, `${s.ms.toFixed(2)} ms`, s.length === 10_000 ? `< ${JUDGE_10K_TARGET_MS} ms` : s.length === 100_000 ? '≤ 1 万字的 15 倍（线性）' : undefined, s.length === 10_000 ? s.ms < JUDGE_10K_TARGET_MS : s.length === 100_000 ? s.ms <= 15 * at(10_000) : undefined));
  }
});

// 0b. Hostile and huge input: the worst input per surface (no build needed).
await step('hostile', '超大输入', async () => {
  const { hostileSpeed } = await import('./bench/hostile.mjs');
  const speed = hostileSpeed();
  report.results.hostile = speed;
  for (const s of speed) rows.push(row('超大输入', `${s.label}（3 次中位数）`, `${s.ms.toFixed(1)} ms`, `< ${s.target} ms`, s.ms < s.target));
});

// 0c. Similar work on the class page: every pair of 200 students' forms (no build needed).
await step('similarity', '相似答案', async () => {
  const { similaritySpeed } = await import('./bench/similarity.mjs');
  const speed = similaritySpeed();
  report.results.similarity = speed;
  for (const s of speed) rows.push(row('相似答案', `${s.label}（每人约 ${s.chars.toLocaleString('en')} 字，3 次中位数）`, `${s.ms.toFixed(0)} ms，超过阈值 ${s.pairs.toLocaleString('en')} 对`, `< ${s.target} ms`, s.ms < s.target));
});

// 0d. The class page on a whole class (no build needed).
await step('classbook', '班级成绩册', async () => {
  const { classbookSpeed, CLASSBOOK_TARGET_MS } = await import('./bench/classbook.mjs');
  const speed = classbookSpeed();
  report.results.classbook = speed;
  for (const s of speed) {
    if (s.zip) rows.push(row('班级成绩册', `解压 ${s.files.toLocaleString('en')} 份作业的压缩包（${kb(s.zipBytes)}）`, `${s.ms.toFixed(0)} ms`));
    else rows.push(row('班级成绩册', `${s.students} 名学生 × 27 课 = ${s.files.toLocaleString('en')} 份作业读入并生成总览（读入 ${s.readMs.toFixed(0)} ms，总览 ${s.matrixMs.toFixed(0)} ms）`, `${s.ms.toFixed(0)} ms`, s.students === 50 ? `< ${CLASSBOOK_TARGET_MS} ms` : undefined, s.students === 50 ? s.ms < CLASSBOOK_TARGET_MS : undefined));
  }
});

// 1. Build time (and a current dist/ for everything after it).
let baseBuildMs;
await step('build', '构建', async () => {
  const times = [];
  for (let i = 0; i < BUILD_RUNS; i += 1) {
    times.push(await build(root));
    log(`  第 ${i + 1} 次构建 ${duration(times.at(-1))}`);
  }
  baseBuildMs = median(times);
  report.results.build = { runsMs: times.map(Math.round), medianMs: Math.round(baseBuildMs), pages: countHtml('dist'), pagefindBytes: dirBytes('dist/pagefind') };
  rows.push(row('构建', `完整构建（${BUILD_RUNS} 次中位数，${report.results.build.pages} 页）`, duration(baseBuildMs), `≤ ${duration(BUILD_TARGET_MS)}`, baseBuildMs <= BUILD_TARGET_MS));
});

// Everything below reads dist/: build it once when it is missing or stale (the timed builds made it current).
const needsDist = ['bytes', 'search', 'lighthouse', 'tbt', 'grades'].some(wants);
let distError;
if (needsDist && !wants('build')) {
  const reason = staleReason(root);
  if (reason) {
    log(`${reason}，先构建一次（BASE_PATH=${BASE}）…`);
    try {
      await build(root);
    } catch (error) {
      distError = error;
    }
  }
} else if (needsDist && report.results.build?.error) distError = new Error('构建失败，没有可测量的 dist/');

// 2. Bytes per page type.
await step('bytes', '体积', async () => {
  if (distError) throw distError;
  const { pages, islands } = measureDist(path.join(root, 'dist'), BASE);
  const types = heaviestByType(pages);
  const n = (bytes) => (bytes / 1024).toFixed(1);
  report.results.bytes = { unit: 'bytes; gzip = zlib default level per file', types, islands, pages };
  for (const t of types) {
    const widgets = t.islands.length > 0 || t.jsFiles.length > 0;
    const value = `HTML ${n(t.htmlRaw)}/${n(t.htmlGzip)} · CSS ${n(t.inlineCssRaw)}+${n(t.cssFilesRaw)} · JS ${n(t.jsRaw)}/${n(t.jsGzip)}（${t.jsFiles.length} 个文件）· 内联 JS ${n(t.inlineJsRaw)}`;
    const item = `${t.type} ×${t.count}（${t.path.replace(/index\.html$/, '') || '/'}）`;
    rows.push(widgets ? row('体积', item, value, `JS ≤ ${kb(JS_BUDGET)} gzip`, t.jsGzip <= JS_BUDGET) : row('体积', item, value, '不加载脚本文件', t.jsFiles.length === 0));
  }
  // client:interaction islands (the chat, the typing trainer, 投影模式) load on first use, not with the page.
  const inUse = pages.toSorted((a, b) => b.jsInUseGzip - a.jsInUseGzip)[0];
  if (inUse && inUse.jsInUseGzip > inUse.jsGzip) {
    rows.push(row('体积', `全部练习都用过之后（最重：${inUse.path.replace(/index\.html$/, '')}）`, `JS ${kb(inUse.jsInUseGzip)} gzip，其中 ${inUse.onUseIslands.join('、')} 在第一次操作时才加载`));
  }
  const lessons = pages.filter((p) => p.type === '课次');
  const worstLesson = lessons.toSorted((a, b) => b.htmlCssGzip - a.htmlCssGzip)[0];
  if (worstLesson) rows.push(row('体积', `课次 HTML+CSS（最重：${worstLesson.path.replace(/index\.html$/, '')}）`, `${kb(worstLesson.htmlCssGzip)} gzip`, `≤ ${kb(LESSON_HTML_CSS_BUDGET)} gzip`, worstLesson.htmlCssGzip <= LESSON_HTML_CSS_BUDGET));
  // Every lesson has exercises; those whose exercises all load on first use stand in for text-only lessons.
  const textLessons = lessons.filter(opensWithoutIslands);
  const code = (p) => p.path.replace(/^lessons\/|\/index\.html$/g, '').replace('-', '.');
  rows.push(
    textLessons.length
      ? row('体积', `打开时无需脚本的课次（${textLessons.map(code).join('、')}）`, `${Math.max(...textLessons.map((p) => p.jsFiles.length))} 个脚本文件（内联 JS ${kb(Math.max(...textLessons.map((p) => p.inlineJsGzip)))} gzip）`, '0 个脚本文件', textLessons.every((p) => p.jsFiles.length === 0))
      : row('体积', '打开时无需脚本的课次', '没有（每次课都有打开即加载的练习）；见课程标准等无脚本页面', '0 个脚本文件'),
  );
  const { isCacheable } = await import('../src/lib/sw/precache.ts');
  const precache = measurePrecache(path.join(root, 'dist'), isCacheable);
  report.results.bytes.precache = precache;
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  rows.push(row('体积', '可离线缓存的全部文件（含教师页面与搜索索引；按需下载，见“离线”）', `${precache.files} 个文件，原始 ${mb(precache.raw)}，传输约 ${mb(precache.sent)}（文本按 gzip 计）`));
  const top = islands[0];
  if (top) rows.push(row('体积', `最大的岛（${top.pages} 页使用）`, `${top.name}：本身 ${kb(top.ownGzip)}，连同静态依赖 ${kb(top.closureGzip)} gzip`, `≤ ${kb(JS_BUDGET)} gzip`, top.closureGzip <= JS_BUDGET));
});

// 3–5. Browser steps against the served build.
let server;
if (!distError && ['search', 'grades', 'lighthouse', 'tbt'].some(wants)) {
  try {
    server = await serve(root);
  } catch (error) {
    distError = error;
  }
}

if (wants('search') || wants('grades')) {
  let browser;
  const launch = async () => {
    if (distError) throw distError;
    if (!chromePath) throw new Error('没有找到 Chromium（设置 CHROME_PATH，或运行 bash scripts/ensure-browser.sh）');
    if (!browser) {
      const { chromium } = await import('playwright-core');
      browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    }
    return browser;
  };

  await step('search', '搜索', async () => {
    const { measureSearch, LATENCY_TARGET_MS, queries } = await import('./bench/search.mjs');
    const result = await measureSearch(await launch(), server.url);
    const times = result.runs.map((r) => r.ms);
    const med = median(times);
    const p95 = [...times].sort((a, b) => a - b)[Math.ceil(times.length * 0.95) - 1];
    const empty = result.runs.filter((r) => r.results === 0).map((r) => r.q);
    report.results.search = { queries: queries.length, medianMs: +med.toFixed(1), p95Ms: +p95.toFixed(1), maxMs: +Math.max(...times).toFixed(1), ...result };
    const searchOnly = median(result.runs.map((r) => r.searchMs));
    const warm = median(result.repeat.map((r) => r.ms));
    report.results.search.searchOnlyMedianMs = +searchOnly.toFixed(1);
    report.results.search.repeatMedianMs = +warm.toFixed(1);
    rows.push(row('搜索', `中位延迟：${queries.length} 个中文查询，search() + 前 10 条 data()`, `${med.toFixed(1)} ms（p95 ${p95.toFixed(1)} ms）`, `< ${LATENCY_TARGET_MS} ms`, med < LATENCY_TARGET_MS));
    rows.push(row('搜索', '其中 search() 本身；同一组查询再查一遍', `${searchOnly.toFixed(1)} ms；${warm.toFixed(1)} ms`));
    rows.push(row('搜索', '首次查询下载的索引（分块与片段）', `${kb(result.firstQueryBytes)}；此前加载搜索下载 ${kb(result.loadBytes)}，50 个查询共 ${kb(result.queriesBytes)}`));
    rows.push(row('搜索', '有结果的查询', `${queries.length - empty.length} / ${queries.length}${empty.length ? `（无结果：${empty.join('、')}）` : ''}`, `${queries.length} / ${queries.length}`, empty.length === 0));
  });

  await step('grades', '成绩计算器', async () => {
    const { computeWithLibrary, renderInBrowser, COMPUTE_TARGET_MS, STUDENTS } = await import('./bench/grades.mjs');
    const lib = computeWithLibrary();
    report.results.grades = { library: lib };
    rows.push(row('成绩计算器', `${STUDENTS} 名学生：读取、计算总评与统计（库，5 次中位数）`, `${lib.totalMs.toFixed(1)} ms（读取 ${lib.readMs.toFixed(1)} + 计算 ${lib.computeMs.toFixed(1)}）`, `< ${COMPUTE_TARGET_MS} ms`, lib.totalMs < COMPUTE_TARGET_MS));
    try {
      const shown = await renderInBrowser(await launch(), server?.url);
      report.results.grades.browser = shown;
      rows.push(row('成绩计算器', `${STUDENTS} 名学生：在页面中粘贴、读取并显示`, `${duration(shown.renderMs)}（表格分页，每页 ${shown.rowsInDom} 行）`));
    } catch (error) {
      report.results.grades.browser = { error: error.message };
      rows.push(failed('成绩计算器', `${STUDENTS} 名学生：在页面中显示`, error));
    }
  });
  await browser?.close();
}

await step('lighthouse', 'Lighthouse', async () => {
  if (distError) throw distError;
  if (!chromePath) throw new Error('没有找到 Chromium（设置 CHROME_PATH）');
  const { runLighthouse, lighthouseTargets } = await import('./bench/lighthouse.mjs');
  const results = await runLighthouse(server.url, chromePath, LIGHTHOUSE_RUNS);
  report.results.lighthouse = { targets: lighthouseTargets, settings: 'mobile, simulated slow 4G (throttlingMethod: simulate)', runsPerPage: LIGHTHOUSE_RUNS, pages: results };
  const labels = { performance: '性能', accessibility: '无障碍', 'best-practices': '最佳实践', seo: 'SEO' };
  const target = Object.entries(lighthouseTargets).map(([id, t]) => `${labels[id]} ${t === 100 ? '100' : `≥ ${t}`}`).join(' · ');
  for (const r of results) {
    if (r.error) {
      rows.push(failed('Lighthouse', r.name, r.error, target));
      continue;
    }
    const value = Object.keys(lighthouseTargets).map((id) => `${labels[id]} ${r.scores[id] ?? '—'}`).join(' · ');
    const spread = r.performanceRuns.length > 1 ? `（性能 ${r.performanceRuns.length} 次：${r.performanceRuns.join('/')}，取中位）` : '';
    rows.push(row('Lighthouse', r.name, value + spread, target, Object.entries(lighthouseTargets).every(([id, t]) => (r.scores[id] ?? 0) >= t)));
  }
});

// 5b. Low-end phones: how long the main thread blocks input on a CPU 4× slower than this machine.
await step('tbt', '低端手机', async () => {
  if (distError) throw distError;
  if (!chromePath) throw new Error('没有找到 Chromium（设置 CHROME_PATH）');
  const { runLighthouse, tbtPages, TBT_TARGET_MS } = await import('./bench/lighthouse.mjs');
  const loadBefore = os.loadavg().map((x) => +x.toFixed(2));
  const results = await runLighthouse(server.url, chromePath, LIGHTHOUSE_RUNS, { pages: tbtPages, categories: ['performance'], rankBy: (run) => run.metrics.tbtMs });
  const loadAfter = os.loadavg().map((x) => +x.toFixed(2));
  report.results.tbt = { targetMs: TBT_TARGET_MS, runsPerPage: LIGHTHOUSE_RUNS, loadAverage: { before: loadBefore, after: loadAfter }, pages: results };
  const target = `≤ ${TBT_TARGET_MS} ms`;
  for (const r of results) {
    if (r.error) {
      rows.push(failed('低端手机', `${r.name}：总阻塞时间`, r.error, target));
      continue;
    }
    const runs = r.rankedRuns.length > 1 ? `（${r.rankedRuns.length} 次：${r.rankedRuns.map(Math.round).join('/')}，取中位）` : '';
    rows.push(row('低端手机', `${r.name}：总阻塞时间`, `${Math.round(r.metrics.tbtMs)} ms${runs}；LCP ${duration(r.metrics.lcpMs)}`, target, r.metrics.tbtMs <= TBT_TARGET_MS));
  }
  const ok = results.find((r) => !r.error);
  const la = (xs) => xs.join(' / ');
  if (ok) rows.push(row('低端手机', 'Lighthouse 移动预设与机器负载', `CPU 减速 ${ok.cpuSlowdown}×（${ok.throttlingMethod}），CPU 基准 ${Math.round(ok.benchmarkIndex)}；1 / 5 / 15 分钟平均负载：开始 ${la(loadBefore)}，结束 ${la(loadAfter)}（${machine.cores} 核）`));
});
server?.close();

// 6. Growth: the course as it is and 4× larger, each in a fresh temporary copy, built back to back so
// both builds start cold and meet the same machine load.
await step('growth', '增长', async () => {
  const { makeSyntheticCopy, removeSyntheticCopy } = await import('./bench/synthetic.mjs');
  const measure = async (factor) => {
    const copy = makeSyntheticCopy(root, factor);
    try {
      log(`  ${copy.lessons} 课次的临时副本：${copy.dir}`);
      const ms = await build(copy.dir);
      const dist = path.join(copy.dir, 'dist');
      return { factor, lessons: copy.lessons, buildMs: Math.round(ms), pages: countHtml(dist), pagefindBytes: dirBytes(path.join(dist, 'pagefind')), pagefindFiles: readdirSync(path.join(dist, 'pagefind'), { recursive: true }).length };
    } finally {
      removeSyntheticCopy(copy.dir);
    }
  };
  const one = await measure(1);
  const big = await measure(GROWTH_FACTOR);
  report.results.growth = { base: one, grown: big, buildRatio: +(big.buildMs / one.buildMs).toFixed(2), pagefindRatio: +(big.pagefindBytes / one.pagefindBytes).toFixed(2) };
  rows.push(row('增长', `构建用时：原课程 → ${GROWTH_FACTOR} 倍（${one.lessons} → ${big.lessons} 课次，${one.pages} → ${big.pages} 页，临时副本各 1 次）`, `${duration(one.buildMs)} → ${duration(big.buildMs)}，${report.results.growth.buildRatio} 倍`));
  rows.push(row('增长', `搜索索引：原课程 → ${GROWTH_FACTOR} 倍`, `${kb(one.pagefindBytes)} → ${kb(big.pagefindBytes)}，${report.results.growth.pagefindRatio} 倍（${one.pagefindFiles} → ${big.pagefindFiles} 个文件）`));
});

// 7. Bytes on the wire for offline use: first visit, 离线下载 of the whole course, a one-lesson redeploy.
await step('offline', '离线', async () => {
  if (!chromePath) throw new Error('没有找到 Chromium（设置 CHROME_PATH）');
  const { buildPair, measureOffline, OFFLINE_TARGETS, FIRST_LESSON, EDITED_LESSON } = await import('./bench/offline.mjs');
  const { chromium } = await import('playwright-core');
  log('  在临时副本中构建两次（原样；改动一课的文字）…');
  const pair = await buildPair(root);
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const r = await measureOffline(browser, root, pair.before, pair.after);
    report.results.offline = { unit: 'bytes sent by the server (headers included), gzip for text, ETag revalidation', ...r };
    const t = OFFLINE_TARGETS;
    rows.push(row('离线', `第一次访问课次（${FIRST_LESSON}），含服务工作线程随后在后台下载的内容`, kb(r.firstVisit), `≤ ${kb(t.firstVisit)}`, r.firstVisit <= t.firstVisit));
    rows.push(row('离线', `离线下载整门课程（${r.courseHow}）`, kb(r.course), `≤ ${kb(t.course)}`, r.course <= t.course));
    if (r.search !== undefined) rows.push(row('离线', '另外离线下载搜索索引', kb(r.search)));
    rows.push(row('离线', `重新部署（${EDITED_LESSON} 加一句话）后，已离线下载整门课程的回访者的服务工作线程下载`, kb(r.redeploy), `≤ ${kb(t.redeploy)}`, r.redeploy <= t.redeploy));
    if (r.redeploySearch !== undefined) rows.push(row('离线', '同上，回访者另外下载过搜索索引（Pagefind 改词后重新分块，大部分索引块换了文件名）', kb(r.redeploySearch)));
  } finally {
    await browser.close();
    rmSync(pair.dir, { recursive: true, force: true });
  }
});

const totalMs = Date.now() - started;
report.totalMs = totalMs;
const loadAverageEnd = +os.loadavg()[0].toFixed(2);
report.machine = { ...machine, loadAverageEnd };
report.rows = rows;
report.pass = rows.every((r) => r.status !== 'FAIL');
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);

console.log(`\n${formatTable(rows)}\n`);
if (wants('bytes')) console.log('体积：原始/gzip，单位 KB（1 KB = 1,024 字节），gzip 按文件分别压缩；CSS = 内联 + 文件；JS = 打开页面（滚动到底）时加载的岛与脚本的静态导入闭包，不含按需加载的 import() 和第一次操作才加载的岛（client:interaction）。');
console.log(`机器：${machine.cpu}，${machine.cores} 核，内存 ${machine.ramGiB} GiB，${machine.os}；Node ${machine.node}；${machine.chromium}；1 分钟平均负载：开始时 ${machine.loadAverage}，结束时 ${loadAverageEnd}（${machine.cores} 核；负载远高于核数时计时偏慢）`);
const fails = rows.filter((r) => r.status === 'FAIL').length;
console.log(`${rows.length - fails} 项达标或仅供参考，${fails} 项未达标；用时 ${duration(totalMs)}；详细数据见 reports/bench.json`);
if (!report.pass) process.exitCode = 1;

function countHtml(dir) {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html') && !String(f).startsWith('pagefind')).length;
}

function dirBytes(dir) {
  return readdirSync(dir, { recursive: true }).reduce((n, f) => {
    const s = statSync(path.join(dir, String(f)));
    return n + (s.isFile() ? s.size : 0);
  }, 0);
}

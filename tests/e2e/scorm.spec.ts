import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type BrowserContext, type FrameLocator, type Page } from '@playwright/test';
import { validateXML } from 'xmllint-wasm';
import { bankOf, questionsByIds } from '../../src/data/questions/index.ts';
import { lessonQuiz } from '../../src/data/quizzes/index.ts';
import { answerRight, hydrated, questionCard } from './quiz-helpers.ts';

// The unzipped SCORM package (npm run package:scorm -- --no-zip; scripts/test.sh makes it before the
// end-to-end tests) is served from a path the package cannot know, beside a page that plays the LMS
// with scorm-again's SCORM 1.2 runtime. Nothing is served from anywhere else.
const packageDir = path.resolve('dist-scorm/package');
const origin = 'http://lms.test';
const content = `${origin}/pluginfile/5521/mod_scorm/content/3/`;
const player = `${origin}/lms/player.html`;
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml', '.txt': 'text/plain', '.wasm': 'application/wasm' };

const lmsPage = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>LMS</title>
<script src="scorm12.js"></script>
<script>
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
  window.launch = (saved) => {
    if (saved) window.API.loadFromJSON(saved);
    document.getElementById('sco').src = '${content}scorm/m1.html';
  };
  window.cmi = () => JSON.parse(JSON.stringify(window.API.cmi));
</script></head>
<body><iframe id="sco" title="课程" style="width:1200px;height:900px"></iframe></body></html>`;

/** Serves the LMS page, scorm-again and the package; records any other request and refuses it. */
async function lms(context: BrowserContext) {
  const strays: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === player) return route.fulfill({ contentType: 'text/html', body: lmsPage });
    if (url === `${origin}/lms/scorm12.js`) return route.fulfill({ contentType: 'text/javascript', path: 'node_modules/scorm-again/dist/scorm12.min.js' });
    if (url.startsWith(content)) {
      const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(content).pathname.length));
      const file = path.join(packageDir, rel);
      // Like many LMS file servers, no index page for a folder: every link must name its file.
      if (file.startsWith(packageDir + path.sep) && existsSync(file) && statSync(file).isFile()) {
        return route.fulfill({ path: file, contentType: types[path.extname(file)] ?? 'application/octet-stream' });
      }
      strays.push(`missing: ${rel}`);
      return route.fulfill({ status: 404, body: '' });
    }
    strays.push(url);
    return route.abort();
  });
  return strays;
}

const course = (page: Page): FrameLocator => page.frameLocator('#sco').frameLocator('#kefu-page');
/** The LMS's record, read from scorm-again. */
const cmi = (page: Page) => page.evaluate(() => (window as unknown as { cmi(): Cmi }).cmi());
interface Cmi {
  suspend_data: string;
  core: { lesson_location: string; lesson_status: string; session_time: string; exit: string; score: { raw: string; min: string; max: string } };
  interactions: Record<string, { id: string; type: string; student_response: string; result: string; weighting: string; latency: string }>;
}

test('a module in an LMS reports status, score, answers and where to resume, and a new session on another computer restores the answers', async ({ browser }) => {
  test.setTimeout(180_000);
  expect(existsSync(path.join(packageDir, 'imsmanifest.xml')), 'needs the unzipped package: npm run package:scorm -- --no-zip').toBe(true);
  const quiz = lessonQuiz('lesson-1-1')!;
  const questions = questionsByIds(quiz.questions, 'tests/e2e/scorm.spec.ts');

  // First computer.
  const first = await browser.newContext();
  const strays = await lms(first);
  const page = await first.newPage();
  // Errors of the course's pages in the frames too: a broken script or a CSP violation shows here.
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(player);
  await page.evaluate(() => (window as unknown as { launch(): void }).launch());
  const frame = course(page);
  await expect(frame.locator('h1')).toContainText('走近网络客服工作平台');
  expect((await cmi(page)).core.lesson_status).toBe('incomplete');

  // Lesson 1.1 by the module page's own link; its quiz, all right.
  await frame.locator('main a[href$="lessons/1-1/index.html"]').first().click();
  const lessonQuizBox = frame.locator('section.quiz[aria-labelledby="quiz-lesson-1-1"]');
  await hydrated(lessonQuizBox);
  for (const [i, q] of questions.entries()) await answerRight(page, questionCard(lessonQuizBox, i + 1), q);
  await lessonQuizBox.getByRole('button', { name: '提交全部并计分' }).click();
  await expect(lessonQuizBox.locator('.history')).toContainText('已提交 1 次');
  await expect.poll(async () => Object.keys((await cmi(page)).interactions).length).toBe(questions.length);

  // Lesson 1.2 by its 下一课 link, then the module test by the site's links.
  await frame.locator('a[rel="next"]').first().click();
  await expect(frame.locator('h1')).toContainText('1.2');
  await frame.locator('header a[href$="tests/index.html"]').first().click();
  await frame.locator('main a[href$="tests/1/index.html"]').first().click();
  const exam = frame.locator('section.exam');
  await expect(exam).toHaveAttribute('data-ready', 'true');
  await frame.getByLabel('学号').fill('2023-0101');
  await frame.getByLabel('试卷编号（可选）').fill('K7M2QX');
  await frame.getByLabel('题量').selectOption('5');
  await frame.getByRole('button', { name: '开始答题' }).click();
  const labels = await frame.locator('article.question').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-labelledby')));
  const bank = new Map(bankOf(1)!.questions.map((q) => [`q-${q.id.replaceAll('.', '-')}-h`, q]));
  const paper = labels.map((label) => bank.get(label!)!);
  expect(paper).toHaveLength(5);
  for (const [i, q] of paper.entries()) await answerRight(page, frame.locator('article.question').nth(i), q);
  await frame.getByRole('button', { name: '交卷' }).click();
  await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: '确定交卷' }).click()]);

  // What the LMS holds.
  await expect.poll(async () => (await cmi(page)).core.lesson_status).toBe('passed');
  const record = await cmi(page);
  expect(record.core.score).toEqual({ raw: '100', min: '0', max: '100' });
  expect(record.core.lesson_location).toBe('tests/1/index.html');
  expect(record.core.exit).toBe('suspend');
  expect(record.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  expect(record.core.session_time).not.toMatch(/^0+:00:00/);
  expect(record.suspend_data).toMatch(/^K1[A-Za-z0-9+/=]+$/);
  expect(record.suspend_data.length).toBeLessThanOrEqual(4096);
  const interactions = Object.values(record.interactions);
  expect(interactions.map((i) => i.id)).toEqual([...questions, ...paper].map((q) => q.id));
  const byType = { single: 'choice', multiple: 'choice', truefalse: 'true-false', blank: 'fill-in', ordering: 'sequencing', matching: 'matching', short: 'performance' } as const;
  for (const [i, q] of [...questions, ...paper].entries()) {
    expect(interactions[i]).toMatchObject({ type: byType[q.type], result: q.type === 'short' ? 'neutral' : 'correct', weighting: String(q.points) });
    expect(interactions[i]!.student_response, `${q.id}: ${JSON.stringify(interactions[i])}`).not.toBe('');
  }
  await page.close();
  await first.close();
  expect(strays).toEqual([]);
  expect(errors).toEqual([]);

  // Another computer: nothing saved in the browser, the LMS hands back suspend_data and the location.
  const second = await browser.newContext();
  const strays2 = await lms(second);
  const again = await second.newPage();
  await again.goto(player);
  await again.evaluate((saved) => (window as unknown as { launch(s: unknown): void }).launch(saved), {
    suspend_data: record.suspend_data,
    core: { entry: 'resume', lesson_location: record.core.lesson_location, lesson_status: record.core.lesson_status },
  });
  const resumed = course(again);
  // It resumes at the module test, handed in, with its score.
  await expect(resumed.locator('h1')).toContainText('单元测验');
  await expect(resumed.getByRole('status').filter({ hasText: '已判分部分' })).toBeVisible();
  // The lesson quiz shows the answers given on the first computer.
  await again.frameLocator('#sco').locator('#kefu-page').evaluate((f: HTMLIFrameElement, url) => f.contentWindow!.location.assign(url), `${content}lessons/1-1/index.html`);
  const restored = resumed.locator('section.quiz[aria-labelledby="quiz-lesson-1-1"]');
  await hydrated(restored);
  await expect(restored.locator('.history')).toContainText('已提交 1 次');
  const short = questions.find((q) => q.type === 'short');
  if (short?.type === 'short') await expect(questionCard(restored, questions.indexOf(short) + 1).getByLabel('你的回答')).toHaveValue(short.reference);
  await second.close();
  expect(strays2).toEqual([]);
});

test('the package manifest is valid SCORM 1.2 and lists every file of the package', async () => {
  const xml = readFileSync(path.join(packageDir, 'imsmanifest.xml'), 'utf8');
  const xsds = readdirSync(packageDir).filter((f) => f.endsWith('.xsd')).map((fileName) => ({ fileName, contents: readFileSync(path.join(packageDir, fileName), 'utf8') }));
  const main = xsds.find((x) => x.fileName === 'adlcp_rootv1p2.xsd')!;
  const result = await validateXML({ xml: [{ fileName: 'imsmanifest.xml', contents: xml }], schema: [main], preload: xsds.filter((x) => x !== main) });
  expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
  const listed = new Set([...xml.matchAll(/<file href="([^"]+)"/g)].map((m) => decodeURI(m[1]!)));
  const files = (readdirSync(packageDir, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')).filter((f) => statSync(path.join(packageDir, f)).isFile() && f !== 'imsmanifest.xml' && !f.endsWith('.xsd'));
  expect(files.filter((f) => !listed.has(f))).toEqual([]);
  expect([...xml.matchAll(/adlcp:scormtype="sco" href="([^"]+)"/g)].map((m) => m[1])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((n) => `scorm/m${n}.html`));
});

test('without an LMS the launch page just shows the module, and the course works inside it', async ({ browser }) => {
  const context = await browser.newContext();
  const strays = await lms(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${content}scorm/m2.html`);
  const frame = page.frameLocator('#kefu-page');
  await expect(frame.locator('h1')).toContainText('使用网络工具');
  await expect(page).toHaveTitle(/使用网络工具/);
  await frame.locator('main a[href$="lessons/2-1/index.html"]').first().click();
  await hydrated(frame.locator('section.quiz').first());
  // Search loads its index from the package too; a result links to its page, by file.
  await frame.locator('header a[href$="search/index.html"]').first().click();
  await expect(frame.locator('form.search')).toHaveAttribute('data-ready', 'true');
  await frame.getByLabel('搜索关键词').fill('询单转化率');
  await expect(frame.getByRole('status')).toContainText('找到');
  const hit = frame.locator('.hits a').first();
  const title = (await hit.textContent())!.trim();
  await hit.click();
  await expect(frame.locator('h1')).toContainText(title.split(' ')[0]!);
  await context.close();
  expect(strays).toEqual([]);
  expect(errors).toEqual([]);
});

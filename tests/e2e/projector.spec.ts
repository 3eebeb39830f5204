import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { freePort, startClassroom } from '../../scripts/bench/site.mjs';
import { hydrated } from './quiz-helpers.ts';
import { axe, axeProblems, base, islandsReady, scriptRequests, settle } from './site.ts';

const lesson = `${base}lessons/1-1/`;
const progress = (page: Page) => page.getByTestId('projector-progress');
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });

/** Opens lesson 1.1 (at `origin`, default the suite's server) and enters 投影模式 with the P key. */
async function project(page: Page, origin = '') {
  await page.goto(origin + lesson);
  await expect(page.getByRole('button', { name: /投影模式/ })).toBeVisible();
  await page.keyboard.press('p');
  await expect(progress(page)).toHaveText('1 / 6 情景导入');
}

/** Presses a key until the progress indicator reads `text` (a long section pages down first). */
async function pressUntil(page: Page, key: string, text: string) {
  for (let i = 0; i < 30 && (await progress(page).textContent()) !== text; i++) await page.keyboard.press(key);
  await expect(progress(page)).toHaveText(text);
}

test.describe('at 1024×768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('a teacher drives 投影模式 with the keyboard: P, PageDown, PageUp, space, B and Esc', async ({ page }) => {
    const scripts = scriptRequests(page);
    await page.goto(lesson);
    const open = page.getByRole('button', { name: /投影模式/ });
    await expect(open).toBeVisible();
    expect(scripts.filter((u) => u.includes('Projector')), 'no projector code before it is opened').toEqual([]);

    await page.keyboard.press('p');
    await expect(progress(page)).toHaveText('1 / 6 情景导入');
    expect(scripts.some((u) => u.includes('Projector'))).toBe(true);
    // One section per screen: the site chrome, the other sections and the lesson plan are gone.
    await expect(heading(page, '情景导入')).toBeVisible();
    await expect(heading(page, '素养园地')).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('heading', { name: '教学设计（教师用）' })).toBeHidden();
    // Large type for the room.
    const size = await page.locator('article.lesson > .body > p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(22);

    await pressUntil(page, 'PageDown', '2 / 6 素养园地');
    await expect(heading(page, '情景导入')).toBeHidden();
    await page.keyboard.press('ArrowRight');
    await expect(progress(page)).toHaveText('3 / 6 新课讲授');
    expect(page.url()).toMatch(/#projector-3$/);
    // A long section scrolls a screen before moving on.
    await page.keyboard.press('PageDown');
    await expect(progress(page)).toHaveText('3 / 6 新课讲授');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await pressUntil(page, 'PageUp', '2 / 6 素养园地');
    await pressUntil(page, ' ', '3 / 6 新课讲授');
    await page.keyboard.press('End');
    await expect(progress(page)).toHaveText('6 / 6 作业布置');
    await page.keyboard.press('Home');
    await expect(progress(page)).toHaveText('1 / 6 情景导入');

    // B blanks the screen; nothing moves behind it; B brings the same section back.
    await page.keyboard.press('b');
    const blank = page.locator('.projector-blank');
    await expect(blank).toBeVisible();
    expect(await blank.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('b');
    await expect(blank).toBeHidden();
    await expect(progress(page)).toHaveText('1 / 6 情景导入');

    await page.keyboard.press('Escape');
    await expect(progress(page)).toBeHidden();
    await expect(page.locator('.site-header')).toBeVisible();
    await expect(heading(page, '素养园地')).toBeVisible();
    expect(new URL(page.url()).hash).toBe('');
    await expect(open).toBeFocused();
  });

  test('keys typed into a form field stay in the field', async ({ page }) => {
    await project(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(progress(page)).toHaveText('4 / 6 学生实践');
    const name = page.locator('.form-table[data-ready="true"]').first().getByLabel('姓名');
    await name.click();
    await page.keyboard.type('pb 小悦');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Escape');
    await expect(name).toHaveValue('pb 小悦');
    await expect(page.locator('.projector-blank')).toHaveCount(0);
    await expect(progress(page)).toHaveText('4 / 6 学生实践');
  });

  test('a reload comes back to the same section in 投影模式', async ({ page }) => {
    await project(page);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await expect(progress(page)).toHaveText('5 / 6 总结归纳');
    await page.reload();
    await expect(progress(page)).toHaveText('5 / 6 总结归纳');
    await expect(heading(page, '总结归纳')).toBeVisible();
    await expect(heading(page, '情景导入')).toBeHidden();
  });

  test('the segment timer starts, pauses, moves on and shows when a segment runs over', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-24T08:00:00+08:00') });
    await project(page);
    // From here on time moves only when the test says so.
    await page.clock.pauseAt(new Date('2026-11-24T08:05:00+08:00'));
    const timer = page.getByRole('group', { name: '环节计时' });
    const clock = page.getByTestId('timer-clock');
    const live = timer.locator('[aria-live]');
    await expect(timer).toContainText('导入');
    await expect(clock).toHaveText('05:00');
    await expect(timer).toContainText('未开始');

    await timer.getByRole('button', { name: '开始计时' }).click();
    await page.clock.runFor(60_000);
    await expect(clock).toHaveText('04:00');
    await timer.getByRole('button', { name: '暂停计时' }).click();
    await page.clock.runFor(120_000);
    await expect(clock).toHaveText('04:00');
    await expect(timer).toContainText('已暂停');
    await expect(live).toHaveText('');

    await timer.getByRole('button', { name: '继续计时' }).click();
    await page.clock.runFor(5 * 60_000);
    await expect(clock).toHaveText('+01:00');
    await expect(timer).toContainText('已超时');
    await expect(timer).toHaveAttribute('data-state', 'over');
    const background = await timer.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    // The live region stays silent while the clock runs.
    await expect(live).toHaveText('');

    await timer.getByRole('button', { name: '下一环节' }).click();
    await expect(live).toHaveText('第 2 个环节（共 5 个）：新课讲授，计划 40 分钟。');
    await expect(clock).toHaveText('40:00');
    await expect(timer).toHaveAttribute('data-state', 'running');
    await page.clock.runFor(30_000);
    await expect(clock).toHaveText('39:30');
    // A reload during class keeps the segment and the running clock, including the time it took.
    await page.reload();
    // Reopening needs animation frames, which a paused fake clock holds back: let time run, then stop it.
    await page.clock.resume();
    await expect(progress(page)).toHaveText('1 / 6 情景导入');
    await page.clock.pauseAt(new Date('2026-11-24T08:14:00+08:00'));
    await expect(timer).toContainText('新课讲授');
    await expect(clock).toHaveText('39:00');
    await expect(timer).toHaveAttribute('data-state', 'running');
    for (let i = 0; i < 3; i++) await timer.getByRole('button', { name: '下一环节' }).click();
    await expect(timer).toContainText('作业布置');
    await expect(timer.getByRole('button', { name: '下一环节' })).toBeDisabled();
  });

  test('the teacher reveals the reference answers of a form and a quiz only in 投影模式', async ({ page }) => {
    await page.goto(lesson);
    const quiz = page.locator('.quiz');
    await hydrated(quiz);
    await expect(quiz.getByText('（正确答案）')).toHaveCount(0);
    await expect(quiz.getByRole('button', { name: '查看答案' }).first()).toBeDisabled();
    await page.evaluate(() => window.scrollTo(0, 0));

    await page.keyboard.press('p');
    await expect(progress(page)).toHaveText('1 / 6 情景导入');
    const reveal = page.getByRole('button', { name: '显示参考答案' });
    await expect(reveal, 'nothing to reveal in the story').toBeDisabled();

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(progress(page)).toHaveText('4 / 6 学生实践');
    const form = page.locator('.form-table').first();
    await expect(form).toHaveAttribute('data-ready', 'true');
    await expect(form.locator('.reference')).toHaveCount(0);
    await reveal.click();
    await expect(form.locator('.reference').first()).toContainText('真诚到永远');
    await expect(page.getByRole('button', { name: '隐藏参考答案' })).toHaveAttribute('aria-pressed', 'true');

    // Moving on hides them again; the quiz's answers show only when asked for.
    await page.keyboard.press('ArrowRight');
    await expect(progress(page)).toHaveText('5 / 6 总结归纳');
    await expect(quiz.getByText('（正确答案）')).toHaveCount(0);
    await page.getByRole('button', { name: '显示参考答案' }).click();
    await expect(quiz.getByText('（正确答案）').first()).toBeVisible();
    await expect(quiz.getByText('解析：').first()).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(quiz.getByText('（正确答案）')).toHaveCount(0);
    await expect(form.locator('.reference')).toHaveCount(0);
    // The learner's own saved answers were not marked as solved.
    const saved = await page.evaluate(() => localStorage.getItem('kefu:v1:quiz:lesson-1-1'));
    expect(saved ?? '').not.toContain('"solved":{"');
  });

  test('printing in 投影模式 prints the whole lesson without the projector controls', async ({ page }) => {
    await project(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('region', { name: '投影模式控制' })).toBeHidden();
    await expect(heading(page, '素养园地')).toBeVisible();
    await expect(page.getByRole('button', { name: /投影模式/ })).toBeHidden();
  });
});

/** The address the enlarged QR code of 投影模式 holds, read from its pixels. */
async function qrAddress(page: Page) {
  const code = page.getByRole('dialog', { name: '扫码在手机上打开本页' }).getByRole('img', { name: /本页地址的二维码/ });
  const png = PNG.sync.read(await code.screenshot());
  return { code, data: jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data };
}

test('the QR code opens the page itself and can fill the screen; at 127.0.0.1 it warns that phones cannot open it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await project(page);
  const open = page.getByRole('button', { name: '放大二维码' });
  // The suite's plain static server reports no network address, like every other host.
  await expect(open).toHaveAccessibleDescription('学生手机打不开本机地址');
  await open.click();
  const dialog = page.getByRole('dialog', { name: '扫码在手机上打开本页' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleDescription(/学生手机无法打开本机地址.*请在这台电脑上用 npm run classroom 启动课程网站/);
  const { code, data } = await qrAddress(page);
  const box = (await code.boundingBox())!;
  expect(box.height).toBeGreaterThan(400);
  expect(data).toBe(new URL(lesson, page.url()).href);

  // Esc closes the enlarged code and stays in 投影模式.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(progress(page)).toHaveText('1 / 6 情景导入');
});

test('投影模式 at 1024×768, then resized to 1920×1080, passes axe and never scrolls sideways', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await project(page);
  for (const [width, height] of [[1024, 768], [1920, 1080]] as const) {
    await page.setViewportSize({ width, height });
    // The story, and the practice section with its five forms (the widest content).
    for (const n of [1, 4]) {
      await page.keyboard.press('Home');
      for (let i = 1; i < n; i++) await page.keyboard.press('ArrowRight');
      await expect(progress(page)).toContainText(`${n} / 6`);
      await islandsReady(page);
      await settle(page);
      const at = `${width}×${height}, section ${n}`;
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect.soft(overflow, `${at} scrolls sideways`).toBeLessThanOrEqual(0);
      expect.soft(axeProblems(await axe(page).analyze()), at).toEqual([]);
    }
  }
});

test.describe('served by npm run classroom', () => {
  // The classroom server listens on 127.0.0.1 here and reports 127.0.0.2 as its network address, the
  // way it reports the Wi-Fi address in a classroom (tests/built-site/classroom.test.ts opens that
  // address from a third address).
  let classroom: Awaited<ReturnType<typeof startClassroom>>;
  test.beforeAll(async () => {
    classroom = await startClassroom(process.cwd(), { host: '127.0.0.1', port: await freePort(), lanHosts: ['127.0.0.2'] });
  });
  test.afterAll(() => classroom?.close());

  test('at 127.0.0.1 the QR code holds the network address of the same lesson, and says why', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await project(page, classroom.origin);
    const lan = `${classroom.origin.replace('127.0.0.1', '127.0.0.2')}${lesson}`;
    const note = page.locator('.projector-bar .qr-note');
    await expect(note).toContainText(`二维码为局域网地址 ${new URL(lan).host}`);
    await expect(page.getByRole('button', { name: '放大二维码' })).toHaveAccessibleDescription(`二维码为局域网地址 ${new URL(lan).host}`);
    await page.getByRole('button', { name: '放大二维码' }).click();
    const dialog = page.getByRole('dialog', { name: '扫码在手机上打开本页' });
    await expect(dialog).toHaveAccessibleDescription(/学生手机无法打开本机地址；二维码已换成同一页的局域网地址/);
    await expect(dialog.locator('.qr-url')).toHaveText(lan);
    expect((await qrAddress(page)).data).toBe(lan);
    expect(axeProblems(await axe(page).analyze())).toEqual([]);
  });
});

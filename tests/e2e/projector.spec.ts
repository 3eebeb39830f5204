import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { freePort, startClassroom } from '../../scripts/bench/site.mjs';
import { hydrated } from './quiz-helpers.ts';
import { axe, axeProblems, base, islandsReady, scriptRequests, settle } from './site.ts';

// Lesson 1.1 has 24 slides (src/content/slides/1-1.yaml): 情景导入 1–2, 素养园地 3–4, 新课讲授 5–16,
// 学生实践 17–21 (18–21 show the page's forms), 总结归纳 22–23 (22 shows the quiz), 作业布置 24.
const lesson = `${base}lessons/1-1/`;
const progress = (page: Page) => page.getByTestId('projector-progress');
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });
const first = '1 / 24 情景导入 · 小悦的第一天';

/** Opens lesson 1.1 (at `origin`, default the suite's server) and enters 投影模式 with the P key. */
async function project(page: Page, origin = '') {
  await page.goto(origin + lesson);
  await expect(page.getByRole('button', { name: /投影模式/ })).toBeVisible();
  await page.keyboard.press('p');
  await expect(progress(page)).toHaveText(first);
}

/** Clicks 下一张 until the slide counter reads `n / 24`. */
async function goTo(page: Page, n: number) {
  const next = page.getByRole('region', { name: '投影模式控制' }).getByRole('button', { name: '下一张' });
  await page.keyboard.press('Home');
  for (let i = 1; i < n; i++) await next.click();
  await expect(progress(page)).toContainText(`${n} / 24`);
}

/** Presses a key until the progress indicator reads `text` (a long exercise pages down first). */
async function pressUntil(page: Page, key: string, text: string) {
  for (let i = 0; i < 30 && (await progress(page).textContent()) !== text; i++) await page.keyboard.press(key);
  await expect(progress(page)).toHaveText(text);
}

test.describe('at 1024×768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('a teacher drives 投影模式 with the keyboard: P, PageDown, PageUp, arrows, space, B and Esc', async ({ page }) => {
    const scripts = scriptRequests(page);
    await page.goto(lesson);
    const open = page.getByRole('button', { name: /投影模式/ });
    await expect(open).toBeVisible();
    expect(scripts.filter((u) => u.includes('Projector')), 'no projector code before it is opened').toEqual([]);

    await page.keyboard.press('p');
    await expect(progress(page)).toHaveText(first);
    expect(scripts.some((u) => u.includes('Projector'))).toBe(true);
    // A slide, not the lesson text: its title and a few points; the story, the site chrome and the plan are gone.
    const slide = page.getByTestId('slide');
    await expect(slide.getByRole('heading', { level: 2, name: '小悦的第一天' })).toBeVisible();
    await expect(slide.getByRole('listitem')).toHaveCount(3);
    await expect(page.getByText('九月的第一个星期一')).toBeHidden();
    await expect(heading(page, '情景导入')).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('heading', { name: '教学设计（教师用）' })).toBeHidden();
    // Large type for the room.
    const size = await slide.getByRole('listitem').first().evaluate((li) => parseFloat(getComputedStyle(li).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);

    await page.keyboard.press('PageDown');
    await expect(progress(page)).toHaveText('2 / 24 情景导入 · 周姐的三个问题');
    // → and ← jump a whole section.
    await page.keyboard.press('ArrowRight');
    await expect(progress(page)).toHaveText('3 / 24 素养园地 · 一把大锤砸出来的民族品牌');
    await page.keyboard.press('ArrowRight');
    await expect(progress(page)).toHaveText('5 / 24 新课讲授 · 客户：广义与狭义');
    expect(page.url()).toMatch(/#projector-5$/);
    await page.keyboard.press('PageUp');
    await expect(progress(page)).toHaveText('4 / 24 素养园地 · 评析：质量是根，服务是魂');
    await page.keyboard.press(' ');
    await expect(progress(page)).toHaveText('5 / 24 新课讲授 · 客户：广义与狭义');
    await page.keyboard.press('ArrowLeft');
    await expect(progress(page)).toHaveText('3 / 24 素养园地 · 一把大锤砸出来的民族品牌');
    await page.keyboard.press('End');
    await expect(progress(page)).toHaveText('24 / 24 作业布置 · 课后作业');
    // A slide that shows the quiz shows the page's own widget, and a long one scrolls a screen before moving on.
    await page.keyboard.press('ArrowLeft');
    await expect(progress(page)).toHaveText('22 / 24 总结归纳 · 课堂小测');
    await expect(page.locator('#quiz-lesson-1-1')).toBeVisible();
    await page.keyboard.press('PageDown');
    await expect(progress(page)).toHaveText('22 / 24 总结归纳 · 课堂小测');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await page.keyboard.press('Home');
    await expect(progress(page)).toHaveText(first);
    await expect(page.locator('#quiz-lesson-1-1')).toBeHidden();

    // B blanks the screen; nothing moves behind it; B brings the same slide back.
    await page.keyboard.press('b');
    const blank = page.locator('.projector-blank');
    await expect(blank).toBeVisible();
    expect(await blank.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('b');
    await expect(blank).toBeHidden();
    await expect(progress(page)).toHaveText(first);

    await page.keyboard.press('Escape');
    await expect(progress(page)).toBeHidden();
    await expect(page.locator('.site-header')).toBeVisible();
    await expect(heading(page, '素养园地')).toBeVisible();
    expect(new URL(page.url()).hash).toBe('');
    await expect(open).toBeFocused();
  });

  test('keys typed into a form field stay in the field', async ({ page }) => {
    await project(page);
    await goTo(page, 18);
    const name = page.locator('.form-table[data-ready="true"]').first().getByLabel('姓名');
    await name.click();
    await page.keyboard.type('pb 小悦');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Escape');
    await expect(name).toHaveValue('pb 小悦');
    await expect(page.locator('.projector-blank')).toHaveCount(0);
    await expect(progress(page)).toHaveText('18 / 24 学生实践 · STEP 1 海尔的售后服务');
  });

  test('a chat played in 投影模式 keeps its focused reply box above the bar', async ({ page }) => {
    // Lesson 4.1's STEP 3 slide (13 of 17) shows the lesson's mock chat below the slide's text.
    await page.goto(`${base}lessons/4-1/`);
    await expect(page.getByRole('button', { name: /投影模式/ })).toBeVisible();
    await page.keyboard.press('p');
    await pressUntil(page, 'PageDown', '13 / 17 学生实践 · STEP 3 模拟实战');
    const chat = page.locator('section.mock-chat');
    await chat.getByRole('button', { name: '开始对话' }).click();
    await expect(chat).toHaveAttribute('data-ready', 'true');
    // Scrolled so the box starts just above the bar, then reached with Tab from 快捷短语 above it.
    const box = chat.getByRole('textbox', { name: '回复顾客' });
    await box.evaluate((field) => {
      const bar = document.querySelector('.projector-bar')!.getBoundingClientRect();
      window.scrollBy(0, field.getBoundingClientRect().top - bar.top + 20);
      document.querySelector<HTMLElement>('section.mock-chat .composer button')!.focus({ preventScroll: true });
    });
    await page.keyboard.press('Tab');
    await expect(box).toBeFocused();
    const bar = await page.locator('.projector-bar').boundingBox();
    const field = await box.boundingBox();
    expect(field!.y + field!.height).toBeLessThanOrEqual(bar!.y);
  });

  test('a reload comes back to the same slide in 投影模式', async ({ page }) => {
    await project(page);
    await page.keyboard.press('End');
    await page.keyboard.press('PageUp');
    await expect(progress(page)).toHaveText('23 / 24 总结归纳 · 本课回顾');
    await page.reload();
    await expect(progress(page)).toHaveText('23 / 24 总结归纳 · 本课回顾');
    await expect(page.getByTestId('slide').getByRole('heading', { name: '本课回顾' })).toBeVisible();
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
    await expect(progress(page)).toHaveText(first);
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
    const quiz = page.locator('section.quiz[aria-labelledby="quiz-lesson-1-1"]');
    await hydrated(quiz);
    await expect(quiz.getByText('（正确答案）')).toHaveCount(0);
    await expect(quiz.getByRole('button', { name: '查看答案' }).first()).toBeDisabled();
    await page.evaluate(() => window.scrollTo(0, 0));

    await page.keyboard.press('p');
    await expect(progress(page)).toHaveText(first);
    const reveal = page.getByRole('button', { name: '显示参考答案' });
    await expect(reveal, 'nothing to reveal in the story').toBeDisabled();

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(progress(page)).toHaveText('17 / 24 学生实践 · 任务布置');
    await expect(reveal, 'the task slide shows no exercise').toBeDisabled();
    await page.keyboard.press('PageDown');
    await expect(progress(page)).toHaveText('18 / 24 学生实践 · STEP 1 海尔的售后服务');
    const form = page.locator('.form-table').first();
    await expect(form).toBeVisible();
    await expect(form).toHaveAttribute('data-ready', 'true');
    await expect(form.locator('.reference')).toHaveCount(0);
    await reveal.click();
    await expect(form.locator('.reference').first()).toContainText('真诚到永远');
    await expect(page.getByRole('button', { name: '隐藏参考答案' })).toHaveAttribute('aria-pressed', 'true');

    // Moving on hides them again; the quiz's answers show only when asked for.
    await page.keyboard.press('ArrowRight');
    await expect(progress(page)).toHaveText('22 / 24 总结归纳 · 课堂小测');
    await expect(quiz).toBeVisible();
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
  await expect(progress(page)).toHaveText(first);
});

test('投影模式 at 1024×768, then resized to 1920×1080, passes axe and never scrolls sideways', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await project(page);
  for (const [width, height] of [[1024, 768], [1920, 1080]] as const) {
    await page.setViewportSize({ width, height });
    // A plain slide, and the slide that shows the two widest forms (STEP 4).
    for (const n of [1, 21]) {
      await goTo(page, n);
      await islandsReady(page);
      await settle(page);
      const at = `${width}×${height}, slide ${n}`;
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

test.describe('the presenter view', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('follows the projector window and leads it, both ways, with notes, the next slide and a blank switch', async ({ context }) => {
    const projector = await context.newPage();
    await project(projector);
    // Opened from the projector bar: a new window on the same lesson, at the same slide.
    const [presenter] = await Promise.all([context.waitForEvent('page'), projector.getByRole('button', { name: '演讲者视图' }).click()]);
    await presenter.waitForLoadState();
    expect(new URL(presenter.url()).search).toBe('?presenter');
    const where = presenter.getByTestId('presenter-progress');
    const view = presenter.getByRole('region', { name: '演讲者视图' });
    await expect(where).toHaveText('1 / 24 情景导入');
    await expect(view.getByTestId('presenter-notes')).toContainText('读完故事后请学生先说说');
    await expect(view.getByTestId('next-slide')).toContainText('周姐的三个问题');

    // The teacher pages on the projector: the presenter view follows.
    await projector.keyboard.press('ArrowRight');
    await expect(progress(projector)).toContainText('3 / 24');
    await expect(where).toHaveText('3 / 24 素养园地');
    // Notes from the lesson text the slide points at: the case, without its heading or widgets.
    await expect(view.getByTestId('presenter-notes')).toContainText('1984年底，青岛电冰箱总厂');

    // The teacher pages in the presenter view: the projector follows.
    await view.getByRole('button', { name: '下一张' }).click();
    await expect(where).toHaveText('4 / 24 素养园地');
    // The teacher's button keeps the focus; a screen reader hears which slide is up.
    await expect(view.getByRole('button', { name: '下一张' })).toBeFocused();
    await expect(view.locator('[aria-live]').last()).toHaveText('第 4 张（共 24 张）：素养园地，评析：质量是根，服务是魂');
    await expect(progress(projector)).toHaveText('4 / 24 素养园地 · 评析：质量是根，服务是魂');
    await presenter.keyboard.press('PageDown');
    await expect(progress(projector)).toContainText('5 / 24 新课讲授');
    await presenter.keyboard.press('PageUp');
    await expect(progress(projector)).toContainText('4 / 24');

    // Blanking the projector from the teacher's screen, and back.
    await view.getByRole('button', { name: '投影黑屏' }).click();
    await expect(projector.locator('.projector-blank')).toBeVisible();
    await expect(view.getByText('投影已黑屏')).toBeVisible();
    await view.getByRole('button', { name: '投影黑屏' }).click();
    await expect(projector.locator('.projector-blank')).toBeHidden();

    // One segment timer for both windows: started on the teacher's screen, it runs on the projector too.
    const timer = view.getByRole('group', { name: '环节计时' });
    const projected = projector.getByRole('group', { name: '环节计时' });
    await expect(timer).toContainText('导入');
    await timer.getByRole('button', { name: '开始计时' }).click();
    await expect(projected).toContainText('计时中');
    await projected.getByRole('button', { name: '下一环节' }).click();
    await expect(timer).toContainText('新课讲授');
    await expect(timer).toContainText('计时中');
    expect(axeProblems(await axe(presenter).analyze())).toEqual([]);
  });

  test('opened by address, it comes up at the slide the projector shows', async ({ context }) => {
    const projector = await context.newPage();
    await project(projector);
    await projector.keyboard.press('End');
    const presenter = await context.newPage();
    await presenter.goto(`${lesson}?presenter`);
    await expect(presenter.getByTestId('presenter-progress')).toHaveText('24 / 24 作业布置');
    await expect(presenter.getByRole('region', { name: '演讲者视图' }).getByTestId('next-slide')).toHaveCount(0);
    await expect(presenter.getByText('已是最后一张。')).toBeVisible();
  });

  test('says in Chinese when this browser cannot keep the two windows in step', async ({ page }) => {
    await page.addInitScript(() => Reflect.deleteProperty(window, 'BroadcastChannel'));
    await page.goto(`${lesson}?presenter`);
    await expect(page.getByRole('region', { name: '演讲者视图' }).getByRole('alert')).toContainText('这个浏览器不支持窗口之间的同步');
    // Still usable on its own.
    await page.getByRole('region', { name: '演讲者视图' }).getByRole('button', { name: '下一张' }).click();
    await expect(page.getByTestId('presenter-progress')).toHaveText('2 / 24 情景导入');
  });
});

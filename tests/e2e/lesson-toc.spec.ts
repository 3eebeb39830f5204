import { expect, test } from '@playwright/test';
import { axe, axeProblems, base } from './site.ts';

// The self-study version of a long lesson on a phone: 本课目录 (src/components/lesson/LessonToc.astro).
test.use({ viewport: { width: 360, height: 740 } });

test('on a phone, 本课目录 opens by keyboard, jumps to a part, stays in reach while scrolling and is left off paper', async ({ page }) => {
  await page.goto(`${base}lessons/8-1/`);
  const toc = page.locator('details.lesson-toc');
  const summary = toc.locator('summary');
  const nav = page.getByRole('navigation', { name: '本课目录' });
  await expect(summary).toHaveText('本课目录（6 部分）');
  await expect(nav).toBeHidden();

  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(nav).toBeVisible();
  // The six sections and the parts of 新课讲授.
  await expect(nav.getByRole('link', { name: '作业布置' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '二、二八原则与老顾客的价值' })).toBeVisible();
  expect(axeProblems(await axe(page).analyze())).toEqual([]);

  await nav.getByRole('link', { name: '四、客户档案' }).click();
  const heading = page.getByRole('heading', { level: 3, name: '四、客户档案' });
  await expect(heading).toBeInViewport();
  await summary.click();
  await expect(nav).toBeHidden();
  // Far down the page the closed bar is still at the top of the screen, and the heading is below it.
  const bar = (await summary.boundingBox())!;
  expect(bar.y).toBeLessThanOrEqual(1);
  expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);

  await page.emulateMedia({ media: 'print' });
  await expect(toc).toBeHidden();
});

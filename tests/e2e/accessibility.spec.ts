import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { axeProblems, builtPages } from './site.ts';

for (const url of builtPages()) {
  test(`${url} has no axe violations`, async ({ page }) => {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).analyze();
    expect(axeProblems(results)).toEqual([]);
  });
}

// Sideways scroll (360, 768, 1280 px and 投影模式), overlapping text and tap-target sizes are
// measured in layout-quality.spec.ts, one page load per URL.

test('keyboard users can skip to the content and see where focus is', async ({ page }) => {
  await page.goto('/kefu/lessons/1-1/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

import { expect, test, type Page } from '@playwright/test';
import { chromiumPath } from '../../scripts/browser.mjs';
import { axe, axeProblems, base } from './site.ts';

const scriptPage = `${base}practice/voice/rice-cooker-timer/`;
/** Spoken characters of the agent's lines in that script (checked by the unit tests). */
const scriptCharacters = 370;

// A fake microphone (a beep) and auto-accepted permission; the refusal tests replace getUserMedia.
test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--autoplay-policy=no-user-gesture-required',
    ],
  },
});

async function open(page: Page, url = scriptPage) {
  await page.goto(url);
  const widget = page.locator('.voice-practice');
  await expect(widget).toHaveAttribute('data-ready', 'true');
  return widget;
}

test.describe('with a (fake) microphone', () => {
  test('records, plays the recording back and computes a speaking rate', async ({ page }) => {
    const widget = await open(page);
    await widget.getByLabel('朗读范围').selectOption({ label: '开场（58 字）' });
    await widget.getByRole('button', { name: '开始录音' }).click();
    const stop = widget.getByRole('button', { name: '停止录音' });
    await expect(stop).toBeEnabled();
    await expect(widget.getByText('● 录音中')).toBeVisible();
    await expect(widget.getByRole('button', { name: '开始计时' })).toBeDisabled();
    await page.waitForTimeout(3500);
    await stop.click();

    await expect(widget.getByRole('status').filter({ hasText: '语速' })).toContainText(/语速 \d+ 字\/分：(偏慢|适中|偏快)/);
    const audio = widget.getByRole('group', { name: '朗读与计时' }).locator('audio');
    await expect(audio).toHaveAttribute('src', /^blob:/);
    const played = await audio.evaluate(async (element: HTMLAudioElement) => {
      await element.play();
      await new Promise((resolve) => setTimeout(resolve, 600));
      return { time: element.currentTime, error: element.error?.code ?? null };
    });
    expect(played.error).toBeNull();
    expect(played.time).toBeGreaterThan(0);
    await expect(widget.getByRole('table')).toContainText('录音');
    await expect(widget.getByRole('button', { name: '开始录音' })).toBeFocused();
  });
});

test.describe('without a microphone', () => {
  test('a refused microphone is explained in Chinese and the stopwatch still gives an exact rate', async ({ page }) => {
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    });
    await page.clock.install();
    const widget = await open(page);
    await widget.getByRole('button', { name: '开始录音' }).click();
    await expect(widget.getByRole('alert')).toContainText('无法使用麦克风：浏览器没有获得麦克风权限。');
    await expect(widget.getByRole('button', { name: '开始录音' })).toHaveCount(0);

    // Keyboard only: focus the stopwatch, start it, read for 3 min 5 s, stop it.
    const start = widget.getByRole('button', { name: '开始计时' });
    await start.focus();
    await page.keyboard.press('Enter');
    await expect(widget.getByRole('button', { name: '停止计时' })).toBeFocused();
    await page.clock.runFor(185_000);
    await expect(widget.getByText('03:05')).toBeVisible();
    await page.keyboard.press('Enter');
    // 370 characters in 185 s = 120 字/分.
    await expect(widget.getByRole('status').filter({ hasText: '语速' })).toContainText(`语速 120 字/分：适中（用时 3 分 5 秒，客服台词 ${scriptCharacters} 字）`);
    await expect(widget.getByRole('table')).toContainText('秒表');

    const pace = widget.getByRole('checkbox', { name: /语速/ });
    await pace.focus();
    await page.keyboard.press('Space');
    await expect(pace).toBeChecked();
    await expect(widget.getByText('已做到 1 / 5 项')).toBeVisible();

    expect(axeProblems(await axe(page).include('.voice-practice').analyze())).toEqual([]);

    await page.reload();
    const again = await open(page);
    await expect(again.getByRole('checkbox', { name: /语速/ })).toBeChecked();
    await expect(again.getByRole('table')).toContainText('120 字/分（适中）');
  });

  test('a too-short reading gives no rate and says why', async ({ page }) => {
    await page.clock.install();
    const widget = await open(page);
    await widget.getByRole('button', { name: '开始计时' }).click();
    await page.clock.runFor(2000);
    await widget.getByRole('button', { name: '停止计时' }).click();
    await expect(widget.getByRole('status').filter({ hasText: '3 秒' })).toContainText('朗读时间不到 3 秒，无法计算语速');
    await expect(widget.getByText('还没有练习记录')).toBeVisible();
  });

  test('a browser without MediaRecorder says so and keeps the script, stopwatch and self-check', async ({ page }) => {
    await page.addInitScript(() => {
      // @ts-expect-error: simulating an old browser
      delete window.MediaRecorder;
    });
    const widget = await open(page);
    await expect(widget.getByRole('alert')).toContainText('无法使用麦克风：当前浏览器不支持网页录音');
    await expect(widget.getByRole('button', { name: '开始计时' })).toBeEnabled();
    await expect(widget.getByRole('heading', { name: /核实身份/ })).toBeVisible();
    await expect(widget.getByRole('checkbox')).toHaveCount(5);
  });
});

test.describe('reading the customer lines aloud', () => {
  test('with no Chinese voice the button is hidden and the page says why', async ({ page }) => {
    await page.addInitScript(() => {
      speechSynthesis.getVoices = () => [];
    });
    const widget = await open(page);
    await expect(widget.getByText('没有安装中文语音')).toBeVisible();
    await expect(widget.getByRole('button', { name: /朗读顾客台词/ })).toHaveCount(0);
  });

  test('with a Chinese voice each customer line can be spoken', async ({ page }) => {
    await page.addInitScript(() => {
      const spoken: string[] = [];
      Object.assign(window, { spoken });
      const voice = { lang: 'zh-CN', name: '测试语音', localService: true, default: true, voiceURI: 'test' };
      speechSynthesis.getVoices = () => [voice as SpeechSynthesisVoice];
      speechSynthesis.speak = (utterance) => void spoken.push(utterance.text);
      // A plain object cannot be set as a real utterance's voice, so the utterance is stubbed too.
      (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
        voice: unknown;
        lang = '';
        onend: unknown;
        onerror: unknown;
        constructor(readonly text: string) {}
      };
    });
    const widget = await open(page);
    const say = widget.getByRole('button', { name: '朗读顾客台词：我姓王。' });
    await say.click();
    expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual(['我姓王。']);
    await expect(widget.getByRole('button', { name: '停止朗读：我姓王。' })).toBeVisible();
  });
});

test('the list links every script; each page names its direction', async ({ page }) => {
  await page.goto(`${base}practice/voice/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('语音客服朗读练习');
  await expect(page.getByRole('heading', { name: '呼入电话' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '呼出电话' })).toBeVisible();
  await page.getByRole('link', { name: '发货前确认收货地址' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('发货前确认收货地址');
  await expect(page.getByText('呼出电话', { exact: true })).toBeVisible();
  await expect(page.locator('.voice-practice')).toHaveAttribute('data-ready', 'true');
});

import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import WebDriver from 'webdriver';
import { chromiumPath } from '../../scripts/browser.mjs';
import { freePort, recentOutput, start, stop, waitForHttp } from './processes.ts';
import { puppeteerTab, webdriverTab, type Tab } from './tab.ts';

/** The engines the smoke suite runs in, in the order it runs them. */
export const engines = ['chromium', 'webkit', 'firefox'] as const;
/** One of `engines`. */
export type Engine = (typeof engines)[number];

/** Debian's programs each engine needs (docs/engines.md; scripts/ensure-browser.sh installs them). */
export const programs = {
  firefox: '/usr/bin/firefox-esr',
  webKitDriver: '/usr/bin/WebKitWebDriver',
  miniBrowser: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
};

const viewport = { width: 1280, height: 900 };

/** Opens one tab of `engine` on the site at `base` (a full URL ending in '/'); `display` is the X display WebKit needs. */
export async function openTab(engine: Engine, base: string, display: string): Promise<Tab> {
  switch (engine) {
    case 'chromium': {
      const executablePath = chromiumPath();
      if (!executablePath) throw new Error('没有找到 Chromium（apt-get install chromium）');
      const browser = await puppeteer.launch({
        executablePath,
        headless: true,
        defaultViewport: viewport,
        args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
      return puppeteerTab((await browser.pages())[0] ?? (await browser.newPage()), base, () => browser.close());
    }
    case 'firefox': {
      if (!existsSync(programs.firefox)) throw new Error(`没有找到 ${programs.firefox}（apt-get install firefox-esr）`);
      // puppeteer-core speaks WebDriver BiDi to Firefox's own remote agent: no geckodriver.
      const browser = await puppeteer.launch({ browser: 'firefox', executablePath: programs.firefox, headless: true, defaultViewport: viewport });
      return puppeteerTab((await browser.pages())[0] ?? (await browser.newPage()), base, () => browser.close());
    }
    case 'webkit': {
      for (const program of [programs.webKitDriver, programs.miniBrowser]) {
        if (!existsSync(program)) throw new Error(`没有找到 ${program}（apt-get install webkit2gtk-driver）`);
      }
      const port = await freePort();
      const driver = start(programs.webKitDriver, [`--port=${port}`], { DISPLAY: display });
      await waitForHttp(`http://127.0.0.1:${port}/status`, driver);
      const client = await WebDriver.newSession({
        hostname: '127.0.0.1',
        port,
        logLevel: 'warn',
        connectionRetryCount: 0,
        // Fails a stuck session request well inside the suite's 60 s hook timeout.
        connectionRetryTimeout: 45_000,
        capabilities: {
          // WebKitWebDriver has no BiDi endpoint, so WebdriverIO must not ask for one.
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: programs.miniBrowser, args: ['--automation'] },
        } as WebdriverIO.Capabilities,
      }).catch((error: Error) => {
        throw new Error(`${error.message}\n${recentOutput(driver)}`);
      });
      await client.setWindowRect(0, 0, viewport.width, viewport.height);
      return webdriverTab(client, base, async () => {
        await client.deleteSession().catch(() => undefined);
        await stop(driver);
      });
    }
  }
}

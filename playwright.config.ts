import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/browser.mjs';

/** The e2e suite runs against the built site served by a plain static server under a sub-path. */
export const e2eBase = '/kefu/';
const port = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous limits: on a busy 2-core machine a page with a large island or a search over every
  // lesson can take several seconds; a real failure still fails, only later.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    // The offline spec opts in to the service worker; elsewhere every fresh context stays independent of
    // its cache (docs/offline.md), so a test sees exactly what the server sends.
    serviceWorkers: 'block',
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --dir dist --base ${e2eBase} --port ${port}`,
    url: `http://127.0.0.1:${port}${e2eBase}`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});

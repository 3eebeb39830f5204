import { defineConfig } from 'vitest/config';

/** Checks over the built site (dist/), in Node: run after `astro build`, before the browser tests. */
export default defineConfig({
  test: {
    include: ['tests/built-site/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/built-site.json' },
  },
});

import { defineConfig } from 'vitest/config';

/**
 * The engine smoke suite (docs/engines.md): a few learner flows against the built site (dist/) in
 * Chromium, WebKit and Firefox, one engine after another. Run after `astro build`.
 */
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/engines/global-setup.ts'],
    // One browser at a time: the machine has two cores, and each engine is a heavy program.
    fileParallelism: false,
    // A flow waits for what the page does, up to 20 s a step (tests/engines/flows.ts); a slow engine on a busy machine still passes.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/engines.json' },
  },
});

import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

// A run of chosen files or of one project sees only part of src/lib and would fail the threshold, so
// it measures nothing; any other partial run can add --coverage.enabled=false.
const partial = process.argv.slice(2).some((arg) => arg.startsWith('--project') || /^tests\/|\.test\./.test(arg));

export default defineConfig({
  test: {
    // Property tests run hundreds of cases; on a busy 2-core machine one can take well over the 5 s default.
    testTimeout: 30_000,
    // The same for hooks: tests/unit/serve starts a static server in beforeAll.
    hookTimeout: 40_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    // The whole run measures src/lib, the pure grading and computing code, and fails below 90 % of lines.
    coverage: {
      enabled: !partial,
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      // Only code that cannot run outside its host belongs here, each with its reason.
      exclude: [
        // The service worker itself: runs only as a worker (self, caches, fetch events, a manifest the build
        // injects); its decisions live in src/lib/sw/precache.ts, which is unit-tested, and offline.spec.ts covers it.
        'src/lib/sw/worker.ts',
      ],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'reports/coverage',
      thresholds: { 'src/lib/**': { lines: 90 } },
    },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        // Widgets in a simulated DOM (happy-dom): far lighter than a browser on a 2-core machine, and
        // enough for roles, labels, live regions, focus and keyboard. svelteTesting() resolves Svelte's
        // browser build and unmounts after each test.
        plugins: [svelte(), svelteTesting()],
        test: { name: 'component', include: ['tests/component/**/*.test.ts'], environment: 'happy-dom', setupFiles: ['tests/component/setup.ts'] },
      },
    ],
  },
});

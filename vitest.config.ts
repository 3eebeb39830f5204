import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Property tests run hundreds of cases; on a busy 2-core machine one can take well over the 5 s default.
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        // Widgets in a simulated DOM (happy-dom): far lighter than a browser on a 2-core machine, and
        // enough for roles, labels, live regions, focus and keyboard. svelteTesting() resolves Svelte's
        // browser build and unmounts after each test.
        plugins: [svelte(), svelteTesting()],
        test: { name: 'component', include: ['tests/component/**/*.test.ts'], environment: 'happy-dom' },
      },
    ],
  },
});

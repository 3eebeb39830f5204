// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { pagefind } from './src/integrations/pagefind.ts';
import { cspHashes } from './src/integrations/csp-hashes.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { interactionDirective } from './src/integrations/interaction-directive.ts';
import { normaliseBase } from './src/lib/base-path.ts';
import { scriptTargets, styleTargets } from './src/integrations/browser-targets.ts';

// BASE_PATH lets a school host the course under a sub-path, e.g. BASE_PATH=/kefu/.
const base = normaliseBase(process.env.BASE_PATH);
// SCORM=1 builds the copy that scripts/package-scorm.ts turns into LMS packages (docs/lms.md): its own
// folder, and no service worker (an LMS frame is not an installable site, and the worker's scope would
// be the LMS's file server).
const scorm = process.env.SCORM === '1';

export default defineConfig({
  base,
  // Keep the content store beside the project, not in node_modules: copies of the project that share
  // one node_modules (helpers, CI caches) must not read each other's lessons.
  cacheDir: './.astro/cache',
  outDir: scorm ? './dist-scorm/site' : './dist',
  trailingSlash: 'always',
  // Stylesheets are files, not inlined: the browser and the offline cache keep each one once for every
  // page, instead of each page carrying its own copy (docs/offline.md). The CSP allows style-src 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // serviceWorker() precaches what pagefind() and cspHashes() write, so it must stay after them.
  integrations: [mdx(), svelte(), interactionDirective(), cspHashes(), pagefind(), ...(scorm ? [] : [serviceWorker()])],
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Lower JavaScript syntax and CSS (nesting, colour functions, prefixes) for the oldest browsers of
      // the support policy, the browserslist field of package.json (docs/browser-support.md).
      target: scriptTargets(),
      cssTarget: styleTargets(),
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // The saved-data layer every island uses (src/stores/area.ts and what it reads) stays one
              // chunk: left to automatic splitting, the class and grade pages' use of two of its small
              // modules split it into four files, and each file's overhead counts against every
              // lesson's JavaScript budget (docs/budgets.md). The class-mode flag (stores/classroom.ts) and the
              // student-number format (lib/student-no.ts) join it for the same reason: each was a file of
              // under 100 bytes that every lesson loaded (80 bytes less per lesson, 5 more on pages without them).
              { name: 'saved-data', test: /[\\/]src[\\/](stores[\\/](area|classroom)|lib[\\/](storage-codec|fnv1a|student-no|quiz[\\/]response-schema))\.ts$/ },
            ],
          },
        },
        // Astro 7 MDX emits a harmless directive warning per lesson (withastro/astro#18087); keep
        // every other warning visible.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});

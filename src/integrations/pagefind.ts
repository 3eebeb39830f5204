import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * Indexes the built site with Pagefind (extended build, with Chinese segmentation) after `astro build`.
 * Pagefind's Node API returns errors instead of throwing, so each step is checked: a broken index
 * must fail the build, not ship silently.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'kefu-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const site = fileURLToPath(dir);
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
        };
        const { index, errors } = await createIndex({ forceLanguage: 'zh-cn' });
        if (!index || errors.length) fail('createIndex', errors);
        const added = await index!.addDirectory({ path: site });
        if (added.errors.length) fail('addDirectory', added.errors);
        if (added.page_count === 0) fail('addDirectory', ['no page was indexed']);
        const written = await index!.writeFiles({ outputPath: path.join(site, 'pagefind') });
        if (written.errors.length) fail('writeFiles', written.errors);
        await close();
        logger.info(`indexed ${added.page_count} pages for search`);
      },
    },
  };
}

import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Adds `client:interaction` (src/lib/client-interaction.ts): hydrate an island on first use. */
export function interactionDirective(): AstroIntegration {
  return {
    name: 'kefu-interaction-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'interaction', entrypoint: fileURLToPath(new URL('../lib/client-interaction.ts', import.meta.url)) });
      },
    },
  };
}

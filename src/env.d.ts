/// <reference types="astro/client" />

// svelte-check type-checks .ts files too but does not understand .astro imports (astro check does);
// this lets it see the Astro components that .ts modules import (e.g. src/components/lesson/diagram/index.ts).
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}


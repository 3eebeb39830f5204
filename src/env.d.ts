/// <reference types="astro/client" />

// svelte-check type-checks .ts files too but does not understand .astro imports (astro check does);
// this lets it see src/components/exercises/index.ts, which re-exports Astro components for MDX.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}


// `client:interaction` (src/integrations/interaction-directive.ts): hydrate an island on first use.
// A module file, so this augments Astro's types instead of replacing them.
export {};

declare module 'astro' {
  interface AstroClientDirectives {
    'client:interaction'?: boolean;
  }
}

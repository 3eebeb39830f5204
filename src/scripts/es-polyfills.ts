/**
 * Adds the few newer ECMAScript methods the site's code uses to browsers of the support policy that lack
 * them (docs/browser-support.md: Array and String `at`, Array `findLast` and `toSorted`, `Object.hasOwn`),
 * each only where it is missing. Pages run it inline before any island (src/layouts/BaseLayout.astro
 * inlines this function's source, so it must stay self-contained; the support check lints the inline
 * copy like any script); workers import this module.
 */
export function installEsPolyfills(): void {
  function add(target: object, name: string, value: unknown) {
    if (!(name in target)) Object.defineProperty(target, name, { value: value, writable: true, configurable: true });
  }
  function at(this: ArrayLike<unknown>, index: number) {
    var i = Math.trunc(index) || 0;
    return this[i < 0 ? i + this.length : i];
  }
  add(Array.prototype, 'at', at);
  add(String.prototype, 'at', at);
  add(Array.prototype, 'findLast', function findLast(this: unknown[], test: (v: unknown, i: number, a: unknown[]) => unknown, self?: unknown) {
    for (var i = this.length - 1; i >= 0; i--) if (test.call(self, this[i], i, this)) return this[i];
    return undefined;
  });
  add(Array.prototype, 'toSorted', function toSorted(this: unknown[], compare?: (a: unknown, b: unknown) => number) {
    return Array.prototype.slice.call(this).sort(compare);
  });
  add(Object, 'hasOwn', function hasOwn(object: object, key: PropertyKey) {
    return Object.prototype.hasOwnProperty.call(object, key);
  });
}

installEsPolyfills();

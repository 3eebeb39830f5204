import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { installEsPolyfills } from '../../../src/scripts/es-polyfills.ts';

// The polyfills as a page runs them (BaseLayout.astro inlines the function's source), in a fresh realm
// whose built-ins lack the methods, as Chrome 87 does. Each case is evaluated in that realm.
const oldRealm = (code: string): unknown =>
  runInNewContext(`
    delete Array.prototype.at; delete String.prototype.at; delete Array.prototype.findLast;
    delete Array.prototype.toSorted; delete Object.hasOwn;
    (${installEsPolyfills})();
    JSON.stringify(${code});`);

describe.each([
  ['[1, 2, 3].at(-1)', 3],
  ['[1, 2, 3].at(0)', 1],
  ['[1, 2, 3].at(1.7)', 2],
  ['[1, 2, 3].at(3) === undefined && [].at(-1) === undefined', true],
  ["'客服'.at(-1)", '服'],
  ['[1, 2, 3, 4].findLast((x) => x % 2 === 1)', 3],
  ['[1, 2].findLast((x) => x > 5) === undefined', true],
  ['(() => { const a = [3, 1, 2]; const b = a.toSorted(); return [a, b]; })()', [[3, 1, 2], [1, 2, 3]]],
  ['[10, 9, 1].toSorted((x, y) => x - y)', [1, 9, 10]],
  ["[Object.hasOwn({ a: 1 }, 'a'), Object.hasOwn({}, 'toString'), Object.hasOwn(Object.create(null), 'a')]", [true, false, false]],
  ["Object.keys(Array.prototype).includes('at')", false],
])('%s', (code, expected) => {
  test('gives what the native method gives', () => {
    expect(JSON.parse(oldRealm(code) as string)).toEqual(expected);
    // The native method, for comparison, where Node has it.
    expect(JSON.parse(JSON.stringify(runInNewContext(code)))).toEqual(expected);
  });
});

test('a browser that has the methods keeps its own', () => {
  const native = [].at;
  installEsPolyfills();
  expect([].at).toBe(native);
});

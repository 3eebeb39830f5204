import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { hashInlineScripts, inlineScriptHashes } from '../../../src/integrations/csp-hashes.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (csp: string, body: string) => `<head><meta http-equiv="Content-Security-Policy" content="${csp}"></head><body>${body}</body>`;
const scriptSrc = (html: string) => /script-src ([^;"]*)/.exec(html)![1];

describe.each([
  ['plain quotes', "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'"],
  ['quotes written as entities', 'default-src &#39;self&#39;; script-src &#39;self&#39; &#39;unsafe-inline&#39;; style-src &#39;self&#39; &#39;unsafe-inline&#39;'],
])('hashInlineScripts with %s', (_, csp) => {
  const body = '<script>a()</script><script type="module" src="/x.js"></script><script>\nb("<")\n</script><script>a()</script>';
  const out = hashInlineScripts(page(csp, body));

  test("allows each distinct inline script by its hash instead of 'unsafe-inline'", () => {
    expect(scriptSrc(out)).toMatch(/^'self' /);
    expect(scriptSrc(out).split(' ').filter((s) => s.startsWith("'sha256-"))).toEqual([sha('a()'), sha('\nb("<")\n')]);
    expect(scriptSrc(out)).not.toContain('unsafe-inline');
  });

  test('leaves the other directives and the page alone', () => {
    expect(out).toContain("style-src 'self' 'unsafe-inline'");
    expect(out).toContain(body);
  });

  test('gives the same page when run again', () => {
    expect(hashInlineScripts(out)).toBe(out);
  });
});

test('a page with inline scripts and no CSP stops the build; one with neither is left as it is', () => {
  expect(() => hashInlineScripts('<script>a()</script>')).toThrow(/no Content-Security-Policy/);
  expect(hashInlineScripts('<p>text</p>')).toBe('<p>text</p>');
  expect(inlineScriptHashes('<script src="/a.js"></script>')).toEqual([]);
});

import { expect, it } from 'vitest';
import { projectorLauncherScript } from '../../../src/lib/classroom/launcher.ts';

it('the inline projector launcher is valid JavaScript under 1 KB', () => {
  const source = projectorLauncherScript();
  expect(() => new Function(source)).not.toThrow();
  expect(new TextEncoder().encode(source).length).toBeLessThan(1024);
  // It must not load anything by itself: no import, no fetch, no script element.
  expect(source).not.toMatch(/import\(|fetch\(|createElement/);
});

import type { Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import { diagrams } from '../../src/data/diagrams/index.ts';
import { builtSite } from './built-site.ts';

/*
 * What a student sees of every diagram on the built lesson pages (docs/diagrams.md): each one drawn
 * from its data, with a title and a text equivalent, and no script of its own.
 */
const figures = builtSite()
  .filter((p) => p.url.includes('/lessons/'))
  .flatMap((page) => {
    const doc = parseDocument(page.html);
    return DomUtils.findAll((e) => e.name === 'figure' && 'data-diagram' in e.attribs, doc.children).map((figure) => ({ page: page.url, figure }));
  });
const text = (e: Element) => DomUtils.textContent(e).replace(/\s+/g, '');
const find = (root: Element, test: (e: Element) => boolean) => DomUtils.findAll(test, root.children);

test('every diagram of src/data/diagrams/ is shown in some lesson', () => {
  expect(diagrams.map((d) => d.id).filter((id) => !figures.some((f) => f.figure.attribs['data-diagram'] === id))).toEqual([]);
});

describe.each(figures.map((f) => [`${f.page} ${f.figure.attribs['data-diagram']}`, f] as const))('%s', (_, { figure }) => {
  const diagram = diagrams.find((d) => d.id === figure.attribs['data-diagram'])!;

  test('is labelled by its title and captioned, and carries no script', () => {
    const title = find(figure, (e) => e.attribs.id === figure.attribs['aria-labelledby'])[0]!;
    expect(text(title)).toBe(diagram.title.replace(/\s+/g, ''));
    expect(find(figure, (e) => e.name === 'figcaption')).toHaveLength(1);
    expect(find(figure, (e) => e.name === 'script')).toEqual([]);
  });

  test('shows every step, post, region or segment of its data as text', () => {
    const all = text(figure);
    const words =
      diagram.kind === 'process'
        ? diagram.steps.flatMap((s) => [s.name, s.detail])
        : diagram.kind === 'structure'
          ? [...JSON.stringify(diagram.root).matchAll(/"name":"([^"]+)"/g)].map((m) => m[1]!).concat(diagram.partners.map((p) => p.name))
          : diagram.kind === 'workbench'
            ? diagram.regions.flatMap((r) => [r.name, r.use])
            : diagram.segments.flatMap((s) => [s.name, s.action]);
    expect(words.filter((w) => !all.includes(w.replace(/\s+/g, '')))).toEqual([]);
    if (diagram.kind === 'process') {
      const items = find(figure, (e) => e.name === 'li' && 'data-step' in e.attribs);
      expect(items.map((li) => li.attribs['data-step'])).toEqual(diagram.steps.map((s) => s.id));
      expect(items.every((li) => li.parent && (li.parent as Element).name === 'ol')).toBe(true);
    }
  });
});

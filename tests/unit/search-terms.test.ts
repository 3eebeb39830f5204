import { describe, expect, it } from 'vitest';
import { matchTerm, promote } from '../../src/lib/search.ts';

const terms = [
  { term: '偏远地区', names: ['偏远地区'] },
  { term: '体积重量', names: ['体积重量', '体积重'] },
  { term: '客单价', names: ['客单价'] },
  { term: '客户', names: ['客户'] },
];

describe('glossary-aware search', () => {
  it.each([
    ['体积重', '体积重量'],
    [' 客单价 ', '客单价'],
    ['偏远地区运费', '偏远地区'],
    ['客户档案', '客户'],
    ['运费', undefined],
    ['客', undefined],
  ])('“%s” asks about %s', (query, expected) => {
    expect(matchTerm(query, terms)?.term).toBe(expected);
  });

  it('prefers the longest term a query contains', () => {
    expect(matchTerm('客单价怎么算', [...terms, { term: '单价', names: ['单价'] }])?.term).toBe('客单价');
  });

  it('puts the teaching lesson first and keeps the rest in order', () => {
    const hits = [{ url: '/a/' }, { url: '/b/' }, { url: '/c/' }];
    expect(promote(hits, '/c/').map((h) => h.url)).toEqual(['/c/', '/a/', '/b/']);
    expect(promote(hits, '/x/')).toEqual(hits);
    expect(promote(hits, undefined)).toEqual(hits);
  });
});

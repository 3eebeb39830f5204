import { describe, expect, it } from 'vitest';
import { tocEntries, type TocHeading } from '../../../src/lib/lesson/toc.ts';

const h = (depth: number, text: string): TocHeading => ({ depth, slug: `s-${text}`, text });

describe('tocEntries', () => {
  it.each([
    ['no headings', [], []],
    ['H2 sections with their H3 parts', [h(2, '情景导入'), h(2, '新课讲授'), h(3, '一、客户'), h(3, '二、分类')], [
      { slug: 's-情景导入', text: '情景导入', parts: [] },
      { slug: 's-新课讲授', text: '新课讲授', parts: [{ slug: 's-一、客户', text: '一、客户' }, { slug: 's-二、分类', text: '二、分类' }] },
    ]],
    ['H4 and deeper left out', [h(2, '新课讲授'), h(3, '一、客户'), h(4, '1. 客户'), h(5, '细节')], [
      { slug: 's-新课讲授', text: '新课讲授', parts: [{ slug: 's-一、客户', text: '一、客户' }] },
    ]],
    ['an H3 before any H2 left out', [h(3, '引子'), h(2, '作业布置')], [{ slug: 's-作业布置', text: '作业布置', parts: [] }]],
  ])('%s', (_, headings, expected) => {
    expect(tocEntries(headings)).toEqual(expected);
  });
});

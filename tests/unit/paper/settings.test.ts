import { describe, expect, it } from 'vitest';
import { allQuestions, banks } from '../../../src/data/questions/index.ts';
import { cleanStudentNo, countChoices, defaultCount, defaultLimit, paperFileName, parseScope, readSettings, scopePool, scopeTitle, settingsQuery, type PaperBank } from '../../../src/lib/paper/settings.ts';

const paperBanks: PaperBank[] = banks.map((b) => ({ module: b.module, label: `模块${b.module} ${b.title}`, questions: b.questions }));
const modules = paperBanks.map((b) => b.module);

describe.each([
  ['2023-0415', '2023-0415'],
  [' ａｂ１２ ', 'AB12'],
  ['', ''],
  ['   ', ''],
  ['2023 0415', undefined],
  ['学号', undefined],
  ['1'.repeat(33), undefined],
])('cleanStudentNo(%j)', (raw, clean) => it(`gives ${JSON.stringify(clean)}`, () => expect(cleanStudentNo(raw)).toBe(clean)));

describe.each([
  ['final', 'final'],
  ['m3', 3],
  ['m99', undefined],
  ['3', undefined],
  [null, undefined],
])('parseScope(%j)', (value, scope) => it(`gives ${JSON.stringify(scope)}`, () => expect(parseScope(value, modules)).toBe(scope)));

describe.each([
  [33, [5, 10, 15, 20, 25, 30, 33]],
  [12, [5, 10, 12]],
  [291, [5, 10, 15, 20, 25, 30, 40, 50]],
])('countChoices(%i)', (size, choices) => it(`offers ${choices.join(', ')}`, () => expect(countChoices(size)).toEqual(choices)));

describe('scopes', () => {
  it('the 期末考试 draws from every bank in the order the online 期末模拟考试 does', () => {
    expect(scopePool(paperBanks, 'final').map((q) => q.id)).toEqual(allQuestions.map((q) => q.id));
    expect(scopePool(paperBanks, 3)).toBe(paperBanks[2]!.questions);
  });

  it.each([
    ['final', '期末考试'],
    [3, '模块3 提供语音客户服务 单元测验'],
  ] as const)('scopeTitle(%j)', (scope, title) => expect(scopeTitle(scope, paperBanks)).toBe(title));

  it('defaults to the online tests’ 题量 and a fitting 限时', () => {
    expect([defaultCount('final'), defaultLimit('final'), defaultCount(1), defaultLimit(1)]).toEqual([30, 45, 10, 20]);
  });
});

describe('settings in the address', () => {
  const settings = { scope: 3, count: 15, code: 'K7M2QX', studentNo: '2023-0415', limit: 30 } as const;

  it('reads back what it writes', () => {
    expect(settingsQuery(settings)).toBe('?scope=m3&count=15&paper=K7M2QX&limit=30&student=2023-0415');
    expect(readSettings(new URLSearchParams(settingsQuery(settings)), paperBanks, 'final')).toEqual(settings);
  });

  it('falls back to the scope’s defaults for what is missing or wrong, and leaves the code blank to be offered', () => {
    expect(readSettings(new URLSearchParams(''), paperBanks, 'final')).toEqual({ scope: 'final', count: 30, code: '', studentNo: '', limit: 45 });
    expect(readSettings(new URLSearchParams('scope=m99&count=7&paper=试卷&limit=1000&student=a b'), paperBanks, 2)).toEqual({ scope: 2, count: 10, code: '', studentNo: '', limit: 20 });
    expect(readSettings(new URLSearchParams('scope=final&paper=k7m2qx'), paperBanks, 2).code).toBe('K7M2QX');
  });
});

describe.each([
  [{ scope: 'final', code: 'K7M2QX', studentNo: '' }, 'student', '试卷-期末-K7M2QX.docx'],
  [{ scope: 'final', code: 'K7M2QX', studentNo: '' }, 'teacher', '试卷-期末-K7M2QX-教师用.docx'],
  [{ scope: 3, code: 'AB12', studentNo: '2023-0415' }, 'student', '试卷-模块3-AB12-2023-0415.docx'],
] as const)('paperFileName(%j, %s)', (settings, part, name) => it(`is ${name}`, () => expect(paperFileName(settings, part)).toBe(name)));

import { describe, expect, it } from 'vitest';
import { gradingSchemes } from '../../../src/data/index.ts';
import { findHeaderRow, headerSearchRows, targetOptions } from '../../../src/lib/grade/columns.ts';

// The choices a teacher gets beside each pasted column when the headers are not recognised.
const [standard, processFinal] = gradingSchemes as [typeof gradingSchemes[0], typeof gradingSchemes[0]];

describe('column choices', () => {
  it('offers 不导入, 学号, 姓名, then every item as 部分-项目, then the flags', () => {
    const labels = targetOptions(standard).map((o) => o.label);
    expect(labels.slice(0, 3)).toEqual(['（不导入）', '学号', '姓名']);
    // The two 课堂纪律 items stay apart by their part.
    expect(labels).toEqual(expect.arrayContaining(['学习态度-课堂纪律', '学习过程-课堂纪律', '标记：免考', '标记：优秀（技能大赛）']));
    expect(new Set(targetOptions(standard).map((o) => o.value)).size).toBe(labels.length);
  });

  it('offers the bonus only where the scheme has one', () => {
    expect(targetOptions(processFinal).map((o) => o.label)).toContain('加分');
    expect(targetOptions(standard).map((o) => o.value)).not.toContain('bonus');
  });
});

describe('finding the header row (表头在第 N 行)', () => {
  const scheme = gradingSchemes[0]!;
  const header = ['学号', '姓名', '出勤', '期中考试', '期末考试'];
  const student = ['0012', '林小悦', '95', '88', '90'];

  it.each([
    ['a table that starts with its header', [header, student], 0],
    ['a school 成绩登记表 with a title, a class line and a blank row', [['2025 级电商 1 班《电子商务客户服务》成绩登记表'], ['班级：电商 1 班', '', '任课教师：王老师'], ['', '', ''], header, student], 3],
    ['a header without 学号 or 姓名 that maps two items', [['期末成绩汇总'], ['序号', '出勤', '期末考试'], ['1', '90', '80']], 1],
    ['a header that names only 姓名', [['成绩表'], ['姓名', '备注'], ['林小悦', '']], 1],
    ['a table with no header at all (read from its first row, as before)', [['0012', '林小悦', '95'], ['0013', '王芳', '88']], 0],
    ['a table with no header below a blank row (its first row that is not blank)', [['', ''], ['0012', '林小悦'], ['0013', '王芳']], 1],
    ['an empty table', [], 0],
  ])('%s → row %i', (_what, table, row) => {
    expect(findHeaderRow(table, scheme)).toBe(row);
  });

  it('does not take a title that merely mentions 成绩 and one item', () => {
    expect(findHeaderRow([['期末考试成绩登记表'], header, student], scheme)).toBe(1);
  });

  it(`looks no further than the first ${headerSearchRows} rows`, () => {
    const titles = Array.from({ length: headerSearchRows }, (_, k) => [`第 ${k + 1} 行说明`]);
    expect(findHeaderRow([...titles, header, student], scheme)).toBe(0);
    expect(findHeaderRow([...titles.slice(1), header, student], scheme)).toBe(headerSearchRows - 1);
  });
});

import { describe, expect, it } from 'vitest';
import { gradingSchemes } from '../../../src/data/index.ts';
import { targetOptions } from '../../../src/lib/grade/columns.ts';

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

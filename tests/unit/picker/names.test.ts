import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNames, pick, randomBelow, remainingOf } from '../../../src/lib/picker/names.ts';

describe('parseNames', () => {
  it.each([
    ['one per line', '张三\n李四\r\n王五', ['张三', '李四', '王五'], []],
    ['commas, 顿号 and spaces', '张三,李四，王五、赵六 钱七\u3000孙八;周九；吴十\t郑十一', ['张三', '李四', '王五', '赵六', '钱七', '孙八', '周九', '吴十', '郑十一'], []],
    ['blanks and padding', '\n\n  张三  \n\n,,、李四\n', ['张三', '李四'], []],
    ['duplicates keep the first', '张三\n李四\n张三\n张三\n李四', ['张三', '李四'], ['张三', '李四']],
    ['nothing', '  \n ', [], []],
  ])('%s', (_, text, names, duplicates) => expect(parseNames(text)).toEqual({ names, duplicates }));
});

describe('pick', () => {
  const counter = () => { let i = 0; return () => (i++ * 2654435761) >>> 0; };

  it('never repeats within a round and ends after everyone', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 30 }), fc.array(fc.nat()), (names, seeds) => {
      let i = 0;
      const uint32 = () => (seeds.length ? seeds[i++ % seeds.length]! : i++) >>> 0;
      let drawn: string[] = [];
      for (let n = 0; n < names.length; n++) {
        const result = pick(names, drawn, true, uint32)!;
        expect(drawn).not.toContain(result.name);
        drawn = result.drawn;
      }
      expect(drawn.toSorted()).toEqual(names.toSorted());
      expect(remainingOf(names, drawn)).toEqual([]);
      expect(pick(names, drawn, true, uint32)).toBeUndefined();
    }));
  });

  it('may repeat when 不重复点名 is off, and keeps the round as it was', () => {
    expect(pick(['张三'], ['张三'], false, counter())).toEqual({ name: '张三', drawn: ['张三'] });
  });

  it('gives nothing for an empty list', () => expect(pick([], [], true, counter())).toBeUndefined());

  it('forgets drawn names that are no longer on the list', () => {
    expect(pick(['李四'], ['张三'], true, () => 0)).toEqual({ name: '李四', drawn: ['李四'] });
  });
});

describe('randomBelow', () => {
  it('rejects the biased top of the range', () => {
    const values = [0xffffffff, 7];
    expect(randomBelow(3, () => values.shift()!)).toBe(1);
  });
  it('stays in range', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1000 }), fc.nat({ max: 0xffffffff }), (n, x) => {
      const limit = Math.floor(0x1_0000_0000 / n) * n;
      const r = randomBelow(n, () => x % limit);
      expect(r).toBeGreaterThanOrEqual(0);
      expect(r).toBeLessThan(n);
    }));
  });
  it.each([0, -1, 1.5])('refuses n = %d', (n) => expect(() => randomBelow(n, () => 0)).toThrow(RangeError));
});

describe('a whole school pasted at once', () => {
  // 100,000 names: a scan of the kept names per name (quadratic) takes tens of seconds here, one pass
  // takes well under one; the test's default timeout separates the two.
  const many = Array.from({ length: 100_000 }, (_, i) => `学生${i}`);

  it('reads every name and every duplicate in one pass', () => {
    const { names, duplicates } = parseNames([...many, '学生7', '学生99999'].join('\n'));
    expect(names).toHaveLength(100_000);
    expect(duplicates).toEqual(['学生7', '学生99999']);
  });

  it('draws the last name of a round without rescanning the round per name', () => {
    const drawn = many.slice(1);
    expect(remainingOf(many, drawn)).toEqual(['学生0']);
    expect(pick(many, drawn, true, () => 0)?.drawn).toHaveLength(100_000);
  });
});

import { describe, expect, it } from 'vitest';
import { countSpoken } from '../../../src/lib/voice/characters.ts';

describe('countSpoken: what a speaking rate counts', () => {
  it.each([
    ['Han characters count one each', '您好', 2],
    ['Chinese punctuation is not spoken', '您好，请问有什么可以帮您？', 11],
    ['quotes, dashes, ellipses and brackets are not spoken', '“精煮饭”——（稍等）……', 5],
    ['ASCII punctuation and spaces are not counted', 'OK, 好的!  ', 4],
    ['each digit counts one', '尾号6208', 6],
    ['full-width digits count like ASCII ones', '尾号６２０８', 6],
    ['each Latin letter counts one', '3L电饭煲', 5],
    ['〇 is a Chinese character', '五〇一', 3],
    ['emoji are not counted', '谢谢😊👍', 2],
    ['an empty line counts nothing', '', 0],
    ['only punctuation counts nothing', '，。！？', 0],
  ])('%s: “%s” → %i', (_, text, expected) => {
    expect(countSpoken(text)).toBe(expected);
  });
});

import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { maxCourseFileBytes } from '../../../src/lib/course-file.ts';
import { maxIntakeFiles, readChosenFiles, readIntoBook } from '../../../src/lib/classbook/read-files.ts';
import { emptyClassBook } from '../../../src/lib/classbook/types.ts';
import { catalog, handIn, handInText } from '../helpers/class-files.ts';

const json = (i: number) => handInText(handIn(`S${i}`));

describe('readChosenFiles', () => {
  it('reads .json files and the .json entries of a zip, listing the rest as skipped', () => {
    const zip = zipSync({ 'class/a.json': strToU8(`\uFEFF${json(1)}`), 'class/notes.txt': strToU8('hi'), '__MACOSX/class/._a.json': strToU8('x'), 'class/b.json': strToU8(json(2)) });
    const read = readChosenFiles([{ name: 'one.json', bytes: strToU8(json(0)) }, { name: '作业.zip', bytes: zip }, { name: 'photo.png', bytes: new Uint8Array(3) }]);
    expect(read.refused).toBeUndefined();
    expect(read.files.map((f) => f.name)).toEqual(['one.json', '作业.zip/class/a.json', '作业.zip/class/b.json']);
    expect(read.files[1]!.text).toBe(json(1));
    expect(read.skipped.map((s) => s.name)).toEqual(['作业.zip/class/notes.txt', 'photo.png']);
  });

  it('lists a truncated or corrupt zip as not read, with a Chinese reason', () => {
    const zip = zipSync({ 'a.json': strToU8(json(1)), 'b.json': strToU8(json(2)) });
    const cut = readChosenFiles([{ name: 'cut.zip', bytes: zip.subarray(0, zip.length - 40) }]);
    expect(cut.files).toEqual([]);
    expect(cut.skipped[0]).toEqual({ name: 'cut.zip', reason: expect.stringContaining('压缩包不完整或已损坏') });
    const garbled = zip.slice();
    garbled.fill(7, 40, 200);
    expect(readChosenFiles([{ name: 'bad.zip', bytes: garbled }]).skipped[0]!.reason).toContain('已损坏');
  });

  it('refuses more than 2,000 files, chosen or zipped, naming the limit', () => {
    const many = Array.from({ length: maxIntakeFiles + 1 }, (_, i) => ({ name: `${i}.json`, bytes: strToU8('{}') }));
    expect(readChosenFiles(many)).toEqual({ files: [], skipped: [], refused: expect.stringContaining('一次最多读取 2,000 个文件，这次有 2,001 个') });
    const zip = zipSync(Object.fromEntries(many.map((f) => [f.name, f.bytes])));
    expect(readChosenFiles([{ name: 'many.zip', bytes: zip }]).refused).toContain('一次最多读取 2,000 个文件');
    expect(readChosenFiles(many.slice(1)).files).toHaveLength(maxIntakeFiles);
  });

  it('skips a zipped file over its limit and refuses zips that unzip past theirs, counting real bytes', () => {
    // The limits are 5 MB and 100 MB (docs/class-loop.md); smaller ones here keep the test fast.
    const limits = { fileBytes: 1024 * 1024, unzippedBytes: 4 * 1024 * 1024 };
    const big = new Uint8Array(1024 * 1024 + 1).fill(32);
    const read = readChosenFiles([{ name: 'big.zip', bytes: zipSync({ 'big.json': big, 'a.json': strToU8(json(1)) }) }], limits);
    expect(read.files.map((f) => f.name)).toEqual(['big.zip/a.json']);
    expect(read.skipped[0]).toEqual({ name: 'big.zip/big.json', reason: expect.stringContaining('超过 1 MB') });
    const part = new Uint8Array(900 * 1024).fill(32);
    const bomb = zipSync(Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`${i}.json`, part])));
    expect(readChosenFiles([{ name: 'bomb.zip', bytes: bomb }], limits)).toEqual({ files: [], skipped: [], refused: expect.stringContaining('超过 4 MB') });
    expect(readChosenFiles([{ name: 'big.json', bytes: big }], limits).skipped[0]!.reason).toContain('超过 1 MB');
    expect(readChosenFiles([{ name: 'ok.json', bytes: new Uint8Array(maxCourseFileBytes + 1).fill(32) }]).skipped[0]!.reason).toContain('超过 5 MB');
  });
});

describe('readIntoBook: the whole import, as the class page runs it in a worker', () => {
  it('adds what was read to the book, with an outcome per file and the skipped ones apart', () => {
    const zip = zipSync({ 'a.json': strToU8(json(1)), 'b.txt': strToU8('hi') });
    const run = readIntoBook([{ name: 'x.json', bytes: strToU8(json(0)) }, { name: 'z.zip', bytes: zip }], emptyClassBook(), catalog, 0);
    if ('refused' in run) throw new Error(run.refused);
    expect(run.outcomes.map((o) => o.status)).toEqual(['新增', '新增']);
    expect(Object.keys(run.book.students).sort()).toEqual(['S0', 'S1']);
    expect(run.skipped.map((s) => s.name)).toEqual(['z.zip/b.txt']);
  });

  it('refuses too many files whole, leaving the book as it was', () => {
    const many = Array.from({ length: maxIntakeFiles + 1 }, (_, i) => ({ name: `${i}.json`, bytes: new Uint8Array(0) }));
    expect(readIntoBook(many, emptyClassBook(), catalog, 0)).toEqual({ refused: expect.stringContaining('一次最多读取 2,000 个文件') });
  });
});

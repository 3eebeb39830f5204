import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCourseFile } from '../../../src/lib/course-file.ts';
import { readFormImport } from '../../../src/lib/form/exchange.ts';
import { fromGift } from '../../../src/lib/gift/import.ts';
import { decodeCsvBytes } from '../../../src/lib/grade/decode.ts';
import { parseTable } from '../../../src/lib/grade/table.ts';
import { analyseLog, parseChatExport } from '../../../src/lib/kpi/log.ts';
import { parseNames } from '../../../src/lib/picker/names.ts';
import { readAnswerFile } from '../../../src/lib/quiz/answer-file.ts';
import { forms } from '../../../src/data/forms/index.ts';
import { freshPage, memoryStorage } from '../helpers/browser-storage.ts';

/**
 * Every surface that reads what a person hands the site (files, pasted text) is fed random, huge, deeply
 * nested and hostile input. Each must answer (a result or a Chinese refusal) without throwing, and reading
 * must never change what is saved. How long the worst input takes is a bench row (scripts/bench.mjs), not here.
 */

const hostileKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'kefu:v1:visits', 'kefu:v1:constructor', 'kefu:v1:quiz:__proto__'];
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
/** Text a careless or hostile user might hand over: random, JSON of any shape, hostile keys, huge or deep. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.jsonValue({ maxDepth: 6 }).map((value) => JSON.stringify(value)),
  fc.dictionary(fc.constantFrom(...hostileKeys), fc.jsonValue({ maxDepth: 3 })).map((value) => JSON.stringify(value)),
  fc.record({ app: fc.constantFrom('kefu-course', 'x'), kind: fc.constantFrom('progress', 'form', 'answers', 'chat-report', '__proto__'), version: fc.oneof(fc.integer(), fc.constant(1e300), fc.string()), created: fc.string(), items: fc.dictionary(fc.constantFrom(...hostileKeys), fc.jsonValue({ maxDepth: 3 })) }).map((value) => JSON.stringify(value)),
  fc.constantFrom(nested(5_000), `[${'['.repeat(5_000)}${']'.repeat(5_000)}]`, 'x'.repeat(200_000), '\u0000'.repeat(10_000), '\ufeff\ufffe\uffff', '{"format":"kefu-answers","version":1}'),
);

const answers = (run: (text: string) => unknown) =>
  fc.assert(
    fc.property(hostileText, (text) => {
      expect(() => run(text)).not.toThrow();
    }),
    { numRuns: 150 },
  );

describe('file readers answer every input without throwing', () => {
  const form = Object.values(forms)[0]!;
  it('the course-file reader', () => answers((text) => readCourseFile(text, text.length, 'progress', 2, '请重试。')));
  it('the form import', () => answers((text) => readFormImport(form, text)));
  it('the answer-file reader', () => answers((text) => readAnswerFile(text)));
  it('the GIFT import', () => answers((text) => fromGift(text, { module: 1 })));
  it('the picker list', () => answers((text) => parseNames(text)));
  it('the grade table (pasted text)', () => answers((text) => parseTable(text)));
  it('the KPI chat log (text and JSON)', () =>
    answers((text) => {
      analyseLog(text);
      try {
        parseChatExport(JSON.parse(text));
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
      }
    }));
  it('the grade file decoder (random bytes)', () =>
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), (bytes) => {
        expect(() => decodeCsvBytes(bytes)).not.toThrow();
      }),
      { numRuns: 150 },
    ));
});

describe('reading an import file never changes what is saved', () => {
  it('progress import: parse and plan leave storage exactly as it was, whatever the file', async () => {
    const saved = {
      'kefu:v1:visits': JSON.stringify({ v: 1, data: { '1.1': { first: 1, last: 2, count: 1 } } }),
      'kefu:write-times': JSON.stringify({ 'kefu:v1:visits': 5 }),
    };
    const storage = memoryStorage(saved);
    await freshPage(storage);
    const { parseImport, planFor } = await import('../../../src/stores/transfer.ts');
    const progressFile = fc.record({
      app: fc.constant('kefu-course'),
      kind: fc.constant('progress'),
      version: fc.constantFrom(1, 2),
      created: fc.constant('2026-12-01T08:00:00.000Z'),
      prefix: fc.constant('kefu:v1:'),
      items: fc.dictionary(
        fc.oneof(fc.constantFrom(...hostileKeys), fc.string().map((s) => `kefu:v1:${s}`)),
        fc.record({ value: fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.record({ v: fc.integer(), data: fc.jsonValue({ maxDepth: 4 }) })), updatedAt: fc.option(fc.oneof(fc.integer(), fc.double()), { nil: undefined }) }),
      ),
    });
    fc.assert(
      fc.property(fc.oneof(hostileText, progressFile.map((f) => JSON.stringify(f))), (text) => {
        const parsed = parseImport(text, text.length);
        if (parsed.ok) planFor(parsed.snapshot, parsed.skipped);
        else expect(parsed.message).toMatch(/^未导入任何内容：/);
        expect(Object.fromEntries(storage.data)).toEqual(saved);
      }),
      { numRuns: 200 },
    );
  });
});

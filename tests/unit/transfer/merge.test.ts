import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fileWins, merge, planImport, type Snapshot } from '../../../src/lib/transfer/index.ts';

const key = fc.constantFrom('kefu:v1:visits', 'kefu:v1:typing', 'kefu:v1:quiz:a', 'kefu:v1:quiz:b', 'kefu:v1:form:x', 'kefu:v1:kpi');
const item = fc.record({ text: fc.constantFrom('{"v":1,"data":1}', '{"v":1,"data":2}', '{"v":1,"data":3}'), updatedAt: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }) }, { requiredKeys: ['text'] });
const snapshot = fc.dictionary(key, item) as fc.Arbitrary<Snapshot>;

describe('merge', () => {
  it('never loses a key of either side', () => {
    fc.assert(fc.property(snapshot, snapshot, (local, incoming) => {
      const merged = merge(local, incoming);
      expect(Object.keys(merged).sort()).toEqual([...new Set([...Object.keys(local), ...Object.keys(incoming)])].sort());
    }));
  });

  it('changes nothing when a file is merged into the state it was made from', () => {
    fc.assert(fc.property(snapshot, (state) => {
      const plan = planImport(state, state);
      expect(plan.added).toEqual([]);
      expect(plan.updated).toEqual([]);
      expect(plan.writes).toEqual({});
      expect(merge(state, state)).toEqual(state);
    }));
  });

  it('takes the newer copy of every key, and keeps the local one when the age cannot be told (equal content is left alone)', () => {
    fc.assert(fc.property(snapshot, snapshot, (local, incoming) => {
      const merged = merge(local, incoming);
      for (const [k, mine] of Object.entries(local)) {
        const theirs = incoming[k];
        const newer = theirs && theirs.text !== mine.text && theirs.updatedAt !== undefined && (mine.updatedAt === undefined || theirs.updatedAt > mine.updatedAt);
        expect(merged[k]).toEqual(newer ? theirs : mine);
      }
    }));
  });

  it('is idempotent: importing the same file twice is the same as once', () => {
    fc.assert(fc.property(snapshot, snapshot, (local, incoming) => {
      const once = merge(local, incoming);
      expect(merge(once, incoming)).toEqual(once);
    }));
  });

  describe.each([
    { local: { text: 'a', updatedAt: 1 }, incoming: { text: 'b', updatedAt: 2 }, wins: true },
    { local: { text: 'a', updatedAt: 2 }, incoming: { text: 'b', updatedAt: 1 }, wins: false },
    { local: { text: 'a', updatedAt: 2 }, incoming: { text: 'b', updatedAt: 2 }, wins: false },
    { local: { text: 'a' }, incoming: { text: 'b', updatedAt: 1 }, wins: true },
    { local: { text: 'a', updatedAt: 1 }, incoming: { text: 'b' }, wins: false },
    { local: { text: 'a' }, incoming: { text: 'b' }, wins: false },
  ])('fileWins($local, $incoming)', ({ local, incoming, wins }) => {
    it(`is ${wins}`, () => expect(fileWins(local, incoming)).toBe(wins));
  });

  it('sorts a file into added, updated, kept and same', () => {
    const local: Snapshot = { 'k:same': { text: 's', updatedAt: 1 }, 'k:old': { text: 'o', updatedAt: 1 }, 'k:new': { text: 'n', updatedAt: 9 }, 'k:only-local': { text: 'l' } };
    const incoming: Snapshot = { 'k:same': { text: 's', updatedAt: 5 }, 'k:old': { text: 'O', updatedAt: 2 }, 'k:new': { text: 'N', updatedAt: 3 }, 'k:added': { text: 'a' } };
    expect(planImport(local, incoming)).toMatchObject({ added: ['k:added'], updated: ['k:old'], kept: ['k:new'], same: ['k:same'] });
    expect(merge(local, incoming)).toEqual({ ...local, 'k:old': { text: 'O', updatedAt: 2 }, 'k:added': { text: 'a' } });
  });
});

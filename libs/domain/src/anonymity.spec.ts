import {
  DEFAULT_COMMENT_K,
  DEFAULT_K,
  MIN_K,
  PartitionCell,
  resolveCommentK,
  resolveK,
  WithheldReason,
  withholdPartition,
} from './anonymity';
import { DomainError } from './domain-error';

describe('resolveK', () => {
  it('has the documented defaults', () => {
    expect([DEFAULT_K, MIN_K, DEFAULT_COMMENT_K]).toEqual([5, 3, 10]);
  });

  it.each([
    [undefined, 5],
    [3, 3],
    [5, 5],
    [12, 12],
  ])('%p → %d', (k, expected) => {
    expect(resolveK(k)).toBe(expected);
  });

  it.each([
    [2, 'can never be below 3'],
    [0, 'can never be below 3'],
    [-5, 'can never be below 3'],
    [4.5, 'must be a whole number, got 4.5'],
    [NaN, 'must be a whole number, got NaN'],
  ])('%p throws a DomainError', (k, message) => {
    expect(() => resolveK(k)).toThrow(DomainError);
    expect(() => resolveK(k)).toThrow(message);
  });
});

describe('resolveCommentK', () => {
  it.each<[number | undefined, number, number]>([
    [undefined, 5, 10],
    [undefined, 3, 10],
    [undefined, 12, 12], // default, raised to k
    [7, 5, 7],
    [3, 5, 5], // never below k
    [20, 5, 20],
  ])('commentK %p, k %d → %d', (commentK, k, expected) => {
    expect(resolveCommentK(commentK, k)).toBe(expected);
  });

  it('throws a DomainError on a fractional comment threshold or an invalid k', () => {
    expect(() => resolveCommentK(7.5, 5)).toThrow(DomainError);
    expect(() => resolveCommentK(10, 2)).toThrow(DomainError);
  });
});

type Expected = Record<string, WithheldReason | null>;

describe('withholdPartition', () => {
  it.each<[string, number, PartitionCell[], number, Expected]>([
    ['a parent of k+2 with a child of k+1: the child would reveal 1 by subtraction',
      7, [{ key: 'child', n: 6 }], 5, { child: 'subtraction' }],
    ['a parent of k+2 split k+1 and 1',
      7, [{ key: 'big', n: 6 }, { key: 'small', n: 1 }], 5, { big: 'subtraction', small: 'too_few' }],
    ['one small phase among big ones forces a second withholding (the next smallest)',
      40, [{ key: 'onboarding', n: 3 }, { key: 'initial_development', n: 12 }, { key: 'ongoing_development', n: 20 }, { key: 'separation', n: 5 }], 5,
      { onboarding: 'too_few', initial_development: null, ongoing_development: null, separation: 'subtraction' }],
    ['the remainder (direct members not in any sub-department) is protected; ties go to the first key',
      30, [{ key: 'B', n: 14 }, { key: 'A', n: 14 }], 5, { A: 'subtraction', B: null }],
    ['a remainder of k or more needs nothing withheld',
      33, [{ key: 'B', n: 14 }, { key: 'A', n: 14 }], 5, { A: null, B: null }],
    ['the smallest visible cell is withheld, not the first',
      50, [{ key: 'a', n: 20 }, { key: 'b', n: 9 }, { key: 'c', n: 19 }], 5, { a: null, b: 'subtraction', c: null }],
    ['a parent below k withholds every cell, even one equal to the parent',
      4, [{ key: 'x', n: 4 }, { key: 'y', n: 0 }], 5, { x: 'too_few', y: 'too_few' }],
    ['a parent below k with a large k',
      9, [{ key: 'x', n: 9 }], 10, { x: 'too_few' }],
    ['exactly k in a cell that is the whole parent is shown',
      5, [{ key: 'only', n: 5 }], 5, { only: null }],
    ['exactly k twice, covering the parent, is shown',
      10, [{ key: 'a', n: 5 }, { key: 'b', n: 5 }], 5, { a: null, b: null }],
    ['exactly k shown, exactly k remaining: nothing withheld',
      10, [{ key: 'a', n: 5 }], 5, { a: null }],
    ['k − 1 is withheld',
      10, [{ key: 'a', n: 4 }, { key: 'b', n: 6 }], 5, { a: 'too_few', b: 'subtraction' }],
    ['an empty cell is withheld as too few, and hides nothing',
      12, [{ key: 'empty', n: 0 }, { key: 'full', n: 12 }], 5, { empty: 'too_few', full: null }],
    ['with k = 3',
      8, [{ key: 'a', n: 3 }, { key: 'b', n: 3 }, { key: 'c', n: 2 }], 3, { a: 'subtraction', b: null, c: 'too_few' }],
    ['no cells',
      20, [], 5, {}],
  ])('%s', (_name, parentN, cells, k, expected) => {
    const result = withholdPartition({ parentN, cells, k });
    expect(Object.fromEntries(result)).toEqual(expected);
    expect([...result.keys()].sort()).toEqual(cells.map((c) => c.key).sort());
  });

  it.each<[string, number, PartitionCell[], number, string]>([
    ['cells above the parent', 10, [{ key: 'a', n: 6 }, { key: 'b', n: 5 }], 5, 'The groups hold 11 responses, more than the 10 of their parent group.'],
    ['a negative cell', 10, [{ key: 'a', n: -1 }], 5, 'The count of group "a" must be a whole number of at least 0, got -1.'],
    ['a fractional cell', 10, [{ key: 'a', n: 2.5 }], 5, 'The count of group "a" must be a whole number of at least 0, got 2.5.'],
    ['a negative parent', -1, [], 5, "The parent group's count must be a whole number of at least 0, got -1."],
    ['a repeated key', 20, [{ key: 'a', n: 6 }, { key: 'a', n: 6 }], 5, 'Group "a" appears twice'],
    ['k below the minimum', 20, [{ key: 'a', n: 6 }], 2, 'can never be below 3'],
  ])('throws a DomainError on %s', (_name, parentN, cells, k, message) => {
    expect(() => withholdPartition({ parentN, cells, k })).toThrow(DomainError);
    expect(() => withholdPartition({ parentN, cells, k })).toThrow(message);
  });
});

describe('withholdPartition with cells already withheld by another rule', () => {
  it('keeps their reason and counts them as unshown for the subtraction rule', () => {
    const decided = withholdPartition({
      parentN: 30,
      cells: [{ key: 'a', n: 12 }, { key: 'b', n: 15 }, { key: 'c', n: 3, withheld: 'subtraction' }],
      k: 5,
    });
    // c (3) is hidden already; 3 < 5 would be derivable as 30 − 12 − 15, so the smaller shown cell goes too.
    expect(Object.fromEntries(decided)).toEqual({ a: 'subtraction', b: null, c: 'subtraction' });
  });
});

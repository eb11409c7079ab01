import { DomainError } from './domain-error';

/*
 * The promise to employees (PRODUCT.md, "Anonymity"): nobody's answer can be seen or derived.
 * Any figure over fewer than k responses is withheld, and so is any figure that would let a
 * smaller group be worked out by subtraction from figures that are shown.
 */

/** Same strings as WithheldReason in @ex-pulse/contracts. */
export type WithheldReason = 'too_few' | 'subtraction';

/** Default minimum group size for any aggregate. */
export const DEFAULT_K = 5;
/** k may never be set lower than this. */
export const MIN_K = 3;
/** Default minimum group size for showing comments with their segment. */
export const DEFAULT_COMMENT_K = 10;

/** The k to use: DEFAULT_K when not set; throws DomainError unless a whole number ≥ MIN_K. */
export function resolveK(k?: number): number {
  if (k === undefined || k === null) return DEFAULT_K;
  if (typeof k !== 'number' || !Number.isInteger(k)) {
    throw new DomainError(`The anonymity threshold k must be a whole number, got ${String(k)}.`);
  }
  if (k < MIN_K) {
    throw new DomainError(`The anonymity threshold k is ${k}; it can never be below ${MIN_K}.`);
  }
  return k;
}

/**
 * The threshold for comments: DEFAULT_COMMENT_K when not set, and never below k
 * (a lower setting is raised to k: text identifies more than a number).
 * Throws DomainError when commentK is not a whole number or k is invalid.
 */
export function resolveCommentK(commentK: number | undefined, k: number): number {
  const kk = resolveK(k);
  if (commentK === undefined || commentK === null) return Math.max(DEFAULT_COMMENT_K, kk);
  if (typeof commentK !== 'number' || !Number.isInteger(commentK)) {
    throw new DomainError(`The comment threshold must be a whole number, got ${String(commentK)}.`);
  }
  return Math.max(commentK, kk);
}

export interface PartitionCell {
  key: string;
  n: number;
  /** Already withheld by another rule (e.g. its own period or filters): kept, and counted as unshown. */
  withheld?: WithheldReason | null;
}

export interface WithholdPartitionInput {
  /** Responses in the parent group (e.g. the organisation, the window, the department). */
  parentN: number;
  /** Sub-groups of the parent; they need not cover it (parentN − Σn is an unshown remainder). */
  cells: readonly PartitionCell[];
  k: number;
}

/**
 * Decides which sub-groups of one parent to withhold, and why (null: shown).
 *
 * Why: the parent's figure is shown, so a hidden group must never be derivable as the
 * difference between the parent and the shown groups. Everything not shown (the withheld
 * cells plus the remainder the cells do not cover) is one derivable group, and it must be
 * empty or hold at least k responses.
 *
 * Rules, in order:
 *  (a) parentN < k: every cell is withheld 'too_few';
 *  (b) a cell with n < k (n = 0 included: nothing to show) is withheld 'too_few';
 *  (c) a shown cell with 0 < parentN − n < k is withheld 'subtraction';
 *  (d) complementary suppression: with U = parentN − Σ(n of shown cells), while 0 < U < k
 *      withhold the shown cell with the smallest n (ties: the smallest key) as 'subtraction'.
 *
 * This protects one partition of one parent. Cross-tabulations of different dimensions
 * (e.g. department × phase) need each of their partitions checked as well.
 * Throws DomainError when k < MIN_K, a count is negative or fractional, keys repeat, or
 * the cells add up to more than the parent.
 */
export function withholdPartition(input: WithholdPartitionInput): Map<string, WithheldReason | null> {
  const { parentN, cells } = input;
  const k = resolveK(input.k);
  if (typeof parentN !== 'number' || !Number.isInteger(parentN) || parentN < 0) {
    throw new DomainError(`The parent group's count must be a whole number of at least 0, got ${String(parentN)}.`);
  }
  let sum = 0;
  const seen = new Set<string>();
  for (const cell of cells) {
    if (typeof cell.n !== 'number' || !Number.isInteger(cell.n) || cell.n < 0) {
      throw new DomainError(`The count of group "${cell.key}" must be a whole number of at least 0, got ${String(cell.n)}.`);
    }
    if (seen.has(cell.key)) throw new DomainError(`Group "${cell.key}" appears twice; each group must appear once.`);
    seen.add(cell.key);
    sum += cell.n;
  }
  if (sum > parentN) {
    throw new DomainError(`The groups hold ${sum} responses, more than the ${parentN} of their parent group.`);
  }

  const result = new Map<string, WithheldReason | null>();
  // (a)
  if (parentN < k) {
    for (const cell of cells) result.set(cell.key, cell.withheld ?? 'too_few');
    return result;
  }
  // (b), (c)
  for (const cell of cells) {
    if (cell.withheld) result.set(cell.key, cell.withheld);
    else if (cell.n < k) result.set(cell.key, 'too_few');
    else if (parentN - cell.n > 0 && parentN - cell.n < k) result.set(cell.key, 'subtraction');
    else result.set(cell.key, null);
  }
  // (d)
  let unshown = parentN;
  for (const cell of cells) if (result.get(cell.key) === null) unshown -= cell.n;
  if (unshown > 0 && unshown < k) {
    const visible = cells
      .filter((cell) => result.get(cell.key) === null)
      .sort((a, b) => a.n - b.n || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    // Terminates: with no shown cell left, unshown = parentN ≥ k.
    while (unshown > 0 && unshown < k) {
      const smallest = visible.shift();
      if (!smallest) break;
      result.set(smallest.key, 'subtraction');
      unshown += smallest.n;
    }
  }
  return result;
}

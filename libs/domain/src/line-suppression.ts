import type { WithheldReason } from './anonymity';

/*
 * Withholding over many partitions at once (the anonymity guard's core).
 *
 * Figures are cells; a line is one partition of a cell (its parent) into other cells (its
 * children), e.g. a department's month into its sub-departments' months, a quarter into its
 * months, or a group into the values of a filter. Whatever of a line is not shown (its withheld
 * children with answers, and its remainder: answers of the parent in no child) can be worked out
 * as one group by subtraction whenever the parent is shown. The rules, applied to every line until
 * none changes anything:
 *  - a cell with 1..k−1 answers is withheld (too few); an empty cell is withheld too, but hides
 *    nothing (the attacker is assumed to know where nobody answered);
 *  - a withheld parent withholds all its children (for the same reason);
 *  - under a shown parent, what is hidden is either nothing, or at least two groups (so no one
 *    withheld cell follows from its line alone) holding k or more answers together; otherwise the
 *    shown child with the fewest answers (first in line order on ties) is withheld too.
 * Rules only ever withhold children, so decisions flow from parents down: lines are given in
 * stages, each run to its fixed point before the next (the caller puts a level's lines after
 * those of the level above), which makes every verdict independent of how many other cells a
 * request happens to decide.
 */

export const SHOWN = 0;
export const TOO_FEW = 1;
export const SUBTRACTION = 2;
export type VerdictCode = typeof SHOWN | typeof TOO_FEW | typeof SUBTRACTION;

export const REASONS: readonly (WithheldReason | null)[] = [null, 'too_few', 'subtraction'];

/** Lines as flat arrays: line i has parent parents[i] and children childCells[starts[i] .. starts[i + 1]). */
export class Lines {
  readonly parents: number[] = [];
  readonly starts: number[] = [0];
  readonly childCells: number[] = [];

  add(parent: number, children: readonly number[]): void {
    this.parents.push(parent);
    for (const c of children) this.childCells.push(c);
    this.starts.push(this.childCells.length);
  }

  get length(): number {
    return this.parents.length;
  }
}

/** Initial verdicts: every cell under k (empty ones included) too few, the others shown. */
export function initialVerdicts(n: Int32Array, k: number): Uint8Array {
  const verdict = new Uint8Array(n.length);
  for (let i = 0; i < n.length; i++) if (n[i] < k) verdict[i] = TOO_FEW;
  return verdict;
}

/** Applies the rules to one stage of lines until none changes; `verdict` is updated in place. */
export function suppressLines(n: Int32Array, verdict: Uint8Array, lines: Lines, k: number): void {
  const { parents, starts, childCells } = lines;
  for (let changed = true; changed; ) {
    changed = false;
    for (let l = 0; l < parents.length; l++) {
      const parent = parents[l];
      const from = starts[l];
      const to = starts[l + 1];
      if (verdict[parent] !== SHOWN) {
        for (let i = from; i < to; i++) {
          const c = childCells[i];
          if (verdict[c] === SHOWN) {
            verdict[c] = verdict[parent];
            changed = true;
          }
        }
        continue;
      }
      let hiddenN = n[parent];
      for (let i = from; i < to; i++) hiddenN -= verdict[childCells[i]] === SHOWN ? n[childCells[i]] : 0;
      let groups = 0;
      let childrenN = 0;
      for (let i = from; i < to; i++) {
        const c = childCells[i];
        childrenN += n[c];
        if (verdict[c] !== SHOWN && n[c] > 0) groups++;
      }
      if (n[parent] > childrenN) groups++; // the remainder
      while (groups > 0 && (groups < 2 || hiddenN < k)) {
        let smallest = -1;
        for (let i = from; i < to; i++) {
          const c = childCells[i];
          if (verdict[c] === SHOWN && (smallest < 0 || n[c] < n[smallest])) smallest = c;
        }
        if (smallest < 0) break; // everything hidden: the one hidden group is the parent itself
        verdict[smallest] = SUBTRACTION;
        hiddenN += n[smallest];
        groups++;
        changed = true;
      }
    }
  }
}

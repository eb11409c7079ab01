import type { DepartmentTree } from '../filter/department-tree';

/** The departments whose children a request decides; null: all of them. The top level is always decided. */
export type Reach = ReadonlySet<string> | null;

/**
 * How a request with a reach counts departments: each department's answers count with its deepest
 * ancestor-or-self that is decided (the top level, and the children of each department in reach).
 * A decided department that is not expanded then holds its whole subtree in one group, which is
 * all its own verdict and figure need; the rows to read shrink from every department to those decided.
 */
export interface CountedAs {
  /** Every department of the tree ... */
  departments: string[];
  /** ... and the decided department it counts with (same order). */
  units: string[];
  decided: ReadonlySet<string>;
  reach: ReadonlySet<string>;
}

export function countedAs(tree: DepartmentTree, reach: ReadonlySet<string>): CountedAs {
  const decided = new Set(tree.children(null).map((d) => d.id));
  for (const id of reach) for (const child of tree.children(id)) decided.add(child.id);
  const departments = tree.walk(tree.children(null)).map((w) => w.node.id);
  const units = departments.map((id) => {
    let at = id;
    while (!decided.has(at)) at = tree.get(at)!.parentId!;
    return at;
  });
  return { departments, units, decided, reach };
}

import { withholdPartition, WithheldReason } from '@ex-pulse/domain';
import type { DepartmentEnpsRow } from '@ex-pulse/contracts';
import { enpsCell, Tally } from './enps-cell';
import type { DepartmentNode } from './enps-report.queries';

/**
 * Department rows in tree order, each counting its whole subtree. Each node's children are a
 * partition of it (its own direct members being the unshown remainder), so the anonymity rules
 * apply node by node; a withheld node withholds its subtree, since a fully shown subtree would
 * give the withheld node back as a sum.
 */
export function departmentRows(
  departments: DepartmentNode[],
  direct: Map<string, Tally>,
  parentN: number,
  k: number,
): DepartmentEnpsRow[] {
  const ids = new Set(departments.map((d) => d.id));
  const children = new Map<string | null, DepartmentNode[]>();
  for (const d of departments) {
    const parent = d.parentId && ids.has(d.parentId) ? d.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), d]);
  }
  const subtree = new Map<string, Tally>();
  const total = (d: DepartmentNode): Tally => {
    const tally = new Tally().add(direct.get(d.id) ?? new Tally());
    for (const child of children.get(d.id) ?? []) tally.add(total(child));
    subtree.set(d.id, tally);
    return tally;
  };
  const roots = children.get(null) ?? [];
  roots.forEach(total);

  const rows: DepartmentEnpsRow[] = [];
  const visit = (nodes: DepartmentNode[], n: number, inherited: WithheldReason | null, depth: number) => {
    const decided = withholdPartition({ parentN: n, cells: nodes.map((d) => ({ key: d.id, n: subtree.get(d.id)!.n })), k });
    for (const d of nodes) {
      const withheld = inherited ?? decided.get(d.id) ?? null;
      const tally = subtree.get(d.id)!;
      rows.push({ ...enpsCell(d.id, d.name, tally, withheld), parentKey: d.parentId && ids.has(d.parentId) ? d.parentId : null, depth });
      visit(children.get(d.id) ?? [], tally.n, withheld, depth + 1);
    }
  };
  visit(roots, parentN, null, 0);
  return rows;
}

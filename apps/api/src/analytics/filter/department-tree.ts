import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';

export interface DepartmentNode {
  id: string;
  name: string;
  parentId: string | null;
}

/** The departments as a tree, sorted by name at each level. */
export class DepartmentTree {
  private readonly byId: Map<string, DepartmentNode>;
  private readonly childrenOf = new Map<string | null, DepartmentNode[]>();

  constructor(nodes: DepartmentNode[]) {
    this.byId = new Map(nodes.map((n) => [n.id, n]));
    for (const n of [...nodes].sort((a, b) => a.name.localeCompare(b.name))) {
      const parent = n.parentId && this.byId.has(n.parentId) ? n.parentId : null;
      this.childrenOf.set(parent, [...(this.childrenOf.get(parent) ?? []), n]);
    }
  }

  static async load(db: DataSource): Promise<DepartmentTree> {
    return new DepartmentTree(await db.query(`SELECT id, name, parent_id AS "parentId" FROM department`));
  }

  /**
   * A digest of the tree's shape and names (names decide the order of siblings): equal digests,
   * equal trees. For keeping figures decided over one tree.
   */
  get fingerprint(): string {
    this.digest ??= createHash('sha256')
      .update(JSON.stringify([...this.byId.values()].map((n) => [n.id, n.parentId, n.name]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1))))
      .digest('base64url');
    return this.digest;
  }
  private digest?: string;

  /** How many departments there are. */
  get size(): number {
    return this.byId.size;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): DepartmentNode | undefined {
    return this.byId.get(id);
  }

  children(id: string | null): DepartmentNode[] {
    return this.childrenOf.get(id) ?? [];
  }

  /** The department and everything under it. */
  subtree(id: string): string[] {
    const ids = [id];
    for (let i = 0; i < ids.length; i++) ids.push(...this.children(ids[i]).map((c) => c.id));
    return ids;
  }

  /** The departments on the way to these from the top: every ancestor of each (a decider's reach). */
  pathsTo(ids: Iterable<string | null>): Set<string> {
    const out = new Set<string>();
    for (const id of ids) {
      for (let parent = id === null ? null : this.byId.get(id)?.parentId; parent && this.byId.has(parent) && !out.has(parent); parent = this.byId.get(parent)!.parentId) {
        out.add(parent);
      }
    }
    return out;
  }

  /**
   * The roots a user starts from: the top level for the whole organisation, else the scope's
   * departments whose parent is outside the scope.
   */
  roots(scope: string[] | null): DepartmentNode[] {
    if (scope === null) return this.children(null);
    const inScope = new Set(scope);
    return [...inScope]
      .map((id) => this.byId.get(id)!)
      .filter((n) => n && !(n.parentId && inScope.has(n.parentId)))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Every department in tree order (parents before children), from the given roots. */
  walk(roots: DepartmentNode[]): { node: DepartmentNode; depth: number }[] {
    const out: { node: DepartmentNode; depth: number }[] = [];
    const visit = (n: DepartmentNode, depth: number) => {
      out.push({ node: n, depth });
      for (const c of this.children(n.id)) visit(c, depth + 1);
    };
    roots.forEach((r) => visit(r, 0));
    return out;
  }
}

import { DataSource } from 'typeorm';
import { newDepartment } from './factories';

export type AnalyticsTree = Record<'org' | 'sales' | 'north' | 'support' | 'ops' | 'tiny', string>;

/** The department tree the goal and priority tests share: Org → Sales (→ Sales North), Support, Ops and Tiny. */
export async function newAnalyticsTree(db: DataSource): Promise<AnalyticsTree> {
  const org = await newDepartment(db, { name: 'Org' });
  const sales = await newDepartment(db, { name: 'Sales', parentId: org.id });
  const north = await newDepartment(db, { name: 'Sales North', parentId: sales.id });
  const support = await newDepartment(db, { name: 'Support', parentId: org.id });
  const ops = await newDepartment(db, { name: 'Ops', parentId: org.id });
  const tiny = await newDepartment(db, { name: 'Tiny', parentId: org.id });
  return { org: org.id, sales: sales.id, north: north.id, support: support.id, ops: ops.id, tiny: tiny.id };
}

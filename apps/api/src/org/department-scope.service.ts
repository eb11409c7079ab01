import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The department tree as seen from one node: used to scope managers to their part of it. */
@Injectable()
export class DepartmentScopeService {
  constructor(private readonly db: DataSource) {}

  /** The department and every department below it. */
  async subtreeIds(rootId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `WITH RECURSIVE sub AS (
         SELECT id FROM department WHERE id = $1
         UNION ALL
         SELECT d.id FROM department d JOIN sub ON d.parent_id = sub.id
       ) SELECT id FROM sub`,
      [rootId],
    );
    return rows.map((r) => r.id);
  }
}

/** True when a user limited to `visible` (null: everything) may see the department. */
export function canSeeDepartment(visible: string[] | null, departmentId: string): boolean {
  return visible === null || visible.includes(departmentId);
}

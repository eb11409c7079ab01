import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FollowUpUser } from '@ex-pulse/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { DepartmentTree } from '../analytics/filter/department-tree';

export const LEADERS_READ =
  'Leaders see the follow-up queue and the action plans; HR and the managers of a unit change them.';

/**
 * Who may see and who may change a unit's follow-up work, enforced here for every endpoint: HR
 * (admin) everything; leaders see everything and change nothing; managers see and change their own
 * part of the organisation only (403 outside it). Owners of items and actions are users who may
 * change the unit: HR, and managers whose part holds it.
 */
@Injectable()
export class UnitAccess {
  constructor(private readonly db: DataSource) {}

  tree(): Promise<DepartmentTree> {
    return DepartmentTree.load(this.db);
  }

  sees(user: AuthenticatedUser, unitId: string): boolean {
    return user.visibleDepartmentIds === null || user.visibleDepartmentIds.includes(unitId);
  }

  acts(user: AuthenticatedUser, unitId: string): boolean {
    return user.role !== 'leader' && this.sees(user, unitId);
  }

  /** 404 for a unit that does not exist, 403 for one outside the user's part. */
  assertSees(user: AuthenticatedUser, tree: DepartmentTree, unitId: string): void {
    if (!tree.has(unitId)) throw new NotFoundException(`There is no unit ${unitId}.`);
    if (!this.sees(user, unitId)) throw new ForbiddenException(`${tree.get(unitId)!.name} is outside your part of the organisation.`);
  }

  /** As assertSees, and 403 for a leader. */
  assertActs(user: AuthenticatedUser, tree: DepartmentTree, unitId: string): void {
    this.assertSees(user, tree, unitId);
    if (user.role === 'leader') throw new ForbiddenException(LEADERS_READ);
  }

  /** HR, and the managers whose part of the organisation holds the unit; by name. */
  async owners(tree: DepartmentTree, unitId: string): Promise<FollowUpUser[]> {
    const above = [unitId, ...tree.pathsTo([unitId])];
    return this.db.query(
      `SELECT id, name FROM app_user
        WHERE role = 'admin' OR (role = 'manager' AND scope_department_id = ANY($1::uuid[]))
        ORDER BY name, id`,
      [above],
    );
  }

  /** 400 unless the user may own work of the unit (null: no owner, always fine). */
  async assertOwner(tree: DepartmentTree, unitId: string, ownerId: string | null | undefined): Promise<void> {
    if (!ownerId) return;
    if (!(await this.owners(tree, unitId)).some((o) => o.id === ownerId)) {
      throw new BadRequestException(
        `User ${ownerId} cannot own work of ${tree.get(unitId)?.name ?? 'this unit'}: choose HR or a manager of the unit.`,
      );
    }
  }

  /** The names of these users (owners, authors), by id. */
  async users(ids: Iterable<string | null>): Promise<Map<string, FollowUpUser>> {
    const wanted = [...new Set([...ids].filter((id): id is string => id !== null))];
    if (!wanted.length) return new Map();
    const rows: FollowUpUser[] = await this.db.query(`SELECT id, name FROM app_user WHERE id = ANY($1::uuid[])`, [wanted]);
    return new Map(rows.map((r) => [r.id, r]));
  }
}

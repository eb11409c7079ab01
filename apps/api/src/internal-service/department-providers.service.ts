import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DepartmentProviders, InternalProvidersOverview } from '@ex-pulse/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { canSeeDepartment } from '../org/department-scope.service';

interface DepartmentRow {
  id: string;
  name: string;
  internalProvider: boolean;
  providerIds: string[];
}

const DEPARTMENTS = `
  SELECT d.id, d.name, d.internal_provider AS "internalProvider",
         coalesce(array_agg(dp.provider_department_id ORDER BY dp.provider_department_id)
                  FILTER (WHERE dp.provider_department_id IS NOT NULL), '{}') AS "providerIds"
    FROM department d LEFT JOIN department_provider dp ON dp.consumer_department_id = d.id`;

/** Which internal providers each department uses (the internal service pulse asks about them). */
@Injectable()
export class DepartmentProvidersService {
  constructor(private readonly db: DataSource) {}

  async overview(user: AuthenticatedUser): Promise<InternalProvidersOverview> {
    const rows: DepartmentRow[] = await this.db.query(`${DEPARTMENTS} GROUP BY d.id ORDER BY lower(d.name)`);
    return {
      providers: rows.filter((r) => r.internalProvider).map((r) => ({ id: r.id, name: r.name })),
      departments: rows.filter((r) => canSeeDepartment(user.visibleDepartmentIds, r.id)).map(toDepartmentProviders),
    };
  }

  /**
   * Replaces the department's providers in one transaction. Each must exist, be flagged as an
   * internal provider, and not be the department itself; otherwise 400 and nothing changes.
   */
  async replace(departmentId: string, providerIds: string[]): Promise<DepartmentProviders> {
    return this.db.transaction(async (tx) => {
      // Locks the consumer, so two concurrent replacements apply one after the other.
      const [consumer] = await tx.query(`SELECT id FROM department WHERE id = $1 FOR UPDATE`, [departmentId]);
      if (!consumer) throw new NotFoundException(`There is no department ${departmentId}.`);
      const found: { id: string; name: string; internal_provider: boolean }[] = await tx.query(
        `SELECT id, name, internal_provider FROM department WHERE id = ANY($1::uuid[]) FOR SHARE`,
        [providerIds],
      );
      const problems: string[] = [];
      if (providerIds.includes(departmentId)) problems.push('A department cannot be its own internal provider.');
      const missing = providerIds.filter((id) => !found.some((f) => f.id === id));
      if (missing.length) problems.push(`No department has the id ${missing.join(', ')}.`);
      const notProviders = found.filter((f) => !f.internal_provider && f.id !== departmentId).map((f) => f.name);
      if (notProviders.length) {
        problems.push(
          `${notProviders.join(', ')} ${notProviders.length === 1 ? 'is' : 'are'} not marked as an internal provider; ` +
            'mark the department as an internal provider first.',
        );
      }
      if (problems.length) throw new BadRequestException(problems);
      await tx.query(`DELETE FROM department_provider WHERE consumer_department_id = $1`, [departmentId]);
      await tx.query(
        `INSERT INTO department_provider (consumer_department_id, provider_department_id) SELECT $1, unnest($2::uuid[])`,
        [departmentId, providerIds],
      );
      const [row]: DepartmentRow[] = await tx.query(`${DEPARTMENTS} WHERE d.id = $1 GROUP BY d.id`, [departmentId]);
      return toDepartmentProviders(row);
    });
  }
}

function toDepartmentProviders(r: DepartmentRow): DepartmentProviders {
  return { id: r.id, name: r.name, internalProvider: r.internalProvider, providerIds: r.providerIds };
}

import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { DepartmentDto } from '@ex-pulse/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CreateDepartmentDto, UpdateDepartmentDto } from './department.dto';
import { isUniqueViolation, isForeignKeyViolation, isRestrictViolation } from '../database/pg-errors';
import { AuditActor, AuditLog } from '../audit/audit-log.service';

const COLUMNS = `id, name, parent_id AS "parentId", customer_facing AS "customerFacing", internal_provider AS "internalProvider"`;

@Injectable()
export class DepartmentsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** The departments the user may see, parents before children, siblings by name. */
  async list(user: AuthenticatedUser): Promise<DepartmentDto[]> {
    const rows: (DepartmentDto & { path: string })[] = await this.db.query(
      `WITH RECURSIVE tree AS (
         SELECT d.*, lower(d.name) AS path FROM department d WHERE parent_id IS NULL
         UNION ALL
         SELECT d.*, tree.path || ' / ' || lower(d.name) FROM department d JOIN tree ON d.parent_id = tree.id
       ) SELECT ${COLUMNS}, path FROM tree
         WHERE $1::uuid[] IS NULL OR id = ANY($1) ORDER BY path`,
      [user.visibleDepartmentIds],
    );
    return rows.map(({ path: _path, ...dto }) => dto);
  }

  async create(actor: AuditActor, dto: CreateDepartmentDto): Promise<DepartmentDto> {
    return this.db.transaction(async (tx) => {
      if (dto.parentId) await this.requireExists(tx, dto.parentId, 'Parent department');
      try {
        const [row] = await tx.query(
          `INSERT INTO department (name, parent_id, customer_facing, internal_provider)
           VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
          [dto.name.trim(), dto.parentId ?? null, dto.customerFacing ?? false, dto.internalProvider ?? false],
        );
        await this.audit.record(actor, 'department.created', target(row), { parentId: row.parentId, customerFacing: row.customerFacing, internalProvider: row.internalProvider }, tx);
        return row;
      } catch (error) {
        if (isUniqueViolation(error)) throw new ConflictException(`A department named "${dto.name.trim()}" exists already.`);
        throw error;
      }
    });
  }

  async update(actor: AuditActor, id: string, dto: UpdateDepartmentDto): Promise<DepartmentDto> {
    return this.db.transaction(async (tx) => {
      const current = await this.requireExists(tx, id, 'Department');
      if (dto.parentId) {
        await this.requireExists(tx, dto.parentId, 'Parent department');
        const [cycle] = await tx.query(
          `WITH RECURSIVE sub AS (SELECT id FROM department WHERE id = $1
             UNION ALL SELECT d.id FROM department d JOIN sub ON d.parent_id = sub.id)
           SELECT 1 FROM sub WHERE id = $2`,
          [id, dto.parentId],
        );
        if (cycle) throw new BadRequestException('A department cannot be moved under itself or one of its sub-departments.');
      }
      try {
        const [[row]] = await tx.query(
          `UPDATE department SET name = $2, parent_id = $3, customer_facing = $4, internal_provider = $5
           WHERE id = $1 RETURNING ${COLUMNS}`,
          [
            id,
            dto.name?.trim() ?? current.name,
            dto.parentId === undefined ? current.parentId : dto.parentId,
            dto.customerFacing ?? current.customerFacing,
            dto.internalProvider ?? current.internalProvider,
          ],
        );
        const changes = changed(current, row);
        if (Object.keys(changes).length) await this.audit.record(actor, 'department.updated', target(row), changes, tx);
        return row;
      } catch (error) {
        if (isUniqueViolation(error)) throw new ConflictException(`A department named "${dto.name?.trim()}" exists already.`);
        throw error;
      }
    });
  }

  async remove(actor: AuditActor, id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const current = await this.requireExists(tx, id, 'Department');
      await this.refuseNonEmpty(tx, current);
      try {
        await tx.query(`DELETE FROM department WHERE id = $1`, [id]);
        await this.audit.record(actor, 'department.deleted', target(current), { parentId: current.parentId }, tx);
      } catch (error) {
        // ON DELETE RESTRICT (sub-departments, a manager's scope) raises 23001, NO ACTION 23503.
        if (isForeignKeyViolation(error) || isRestrictViolation(error)) {
          throw new ConflictException(
            'This department still has sub-departments, employees, managers scoped to it or survey history. Move them first; history is kept for reports.',
          );
        }
        throw error;
      }
    });
  }

  /** Names what is still in the department, so HR knows what to move before deleting it. */
  private async refuseNonEmpty(tx: EntityManager, department: DepartmentDto): Promise<void> {
    const [{ children, employees }] = await tx.query(
      `SELECT (SELECT count(*)::int FROM department WHERE parent_id = $1) AS children,
              (SELECT count(*)::int FROM employee WHERE department_id = $1) AS employees`,
      [department.id],
    );
    if (children === 0 && employees === 0) return;
    const parts = [
      children ? `${children} sub-department${children === 1 ? '' : 's'}` : null,
      employees ? `${employees} employee${employees === 1 ? '' : 's'}` : null,
    ].filter(Boolean);
    throw new ConflictException(
      `${department.name} still has ${parts.join(' and ')}. Move ${children + employees === 1 ? 'it' : 'them'} to another department first.`,
    );
  }

  private async requireExists(tx: EntityManager, id: string, what: string): Promise<DepartmentDto> {
    const [row] = await tx.query(`SELECT ${COLUMNS} FROM department WHERE id = $1`, [id]);
    if (!row) throw new NotFoundException(`${what} ${id} does not exist.`);
    return row;
  }
}

function target(d: DepartmentDto) {
  return { type: 'department' as const, id: d.id, label: d.name };
}

/** The fields that changed, from and to: a rename, a move (parentId), the flags. */
function changed(before: DepartmentDto, after: DepartmentDto): Record<string, { from: unknown; to: unknown }> {
  const keys = ['name', 'parentId', 'customerFacing', 'internalProvider'] as const;
  return Object.fromEntries(keys.filter((k) => before[k] !== after[k]).map((k) => [k, { from: before[k], to: after[k] }]));
}

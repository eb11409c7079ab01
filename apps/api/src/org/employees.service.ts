import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { employmentDateProblems, phaseOn, tenureBandOn } from '@ex-pulse/domain';
import type { EmployeeDto, EmployeePage } from '@ex-pulse/contracts';
import { AuditLog } from '../audit/audit-log.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { OrganisationService } from '../common/organisation.service';
import { isUniqueViolation, isForeignKeyViolation } from '../database/pg-errors';
import { eraseEmployee } from '../privacy/personal-data-removal';
import { canSeeDepartment } from './department-scope.service';
import { EmployeeInputDto, EmployeeQueryDto } from './employee.dto';

type EmployeeRow = Omit<EmployeeDto, 'phase' | 'tenureBand'>;

/** The columns an edit writes, compared before and after for the audit log. */
const EDITABLE = `external_id, name, work_email, personal_email, department_id, manager_id, location, language,
  start_date::text, notice_date::text, end_date::text`;

const SELECT = `
  SELECT e.id, e.external_id AS "externalId", e.name, e.work_email AS "workEmail",
         e.personal_email AS "personalEmail", e.department_id AS "departmentId", d.name AS "departmentName",
         e.manager_id AS "managerId", m.name AS "managerName", e.location, e.language,
         to_char(e.start_date, 'YYYY-MM-DD') AS "startDate", to_char(e.notice_date, 'YYYY-MM-DD') AS "noticeDate",
         to_char(e.end_date, 'YYYY-MM-DD') AS "endDate"
    FROM employee e JOIN department d ON d.id = e.department_id LEFT JOIN employee m ON m.id = e.manager_id`;

@Injectable()
export class EmployeesService {
  constructor(
    private readonly db: DataSource,
    private readonly organisation: OrganisationService,
    private readonly audit: AuditLog,
  ) {}

  async list(user: AuthenticatedUser, query: EmployeeQueryDto): Promise<EmployeePage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const search = query.search?.trim() ? `%${query.search.trim().replace(/[\\%_]/g, '\\$&')}%` : null;
    const where = `WHERE ($1::uuid[] IS NULL OR e.department_id = ANY($1))
        AND ($2::uuid IS NULL OR e.department_id = $2)
        AND ($3::text IS NULL OR e.name ILIKE $3 OR e.external_id ILIKE $3 OR e.work_email ILIKE $3)`;
    const params = [user.visibleDepartmentIds, query.departmentId ?? null, search];
    const [rows, [{ total }]] = await Promise.all([
      this.db.query(`${SELECT} ${where} ORDER BY e.name, e.external_id LIMIT $4 OFFSET $5`, [
        ...params, pageSize, (page - 1) * pageSize,
      ]) as Promise<EmployeeRow[]>,
      this.db.query(`SELECT count(*)::int AS total FROM employee e ${where}`, params) as Promise<{ total: number }[]>,
    ]);
    const withPhase = await this.withPhase();
    return { items: rows.map(withPhase), total, page, pageSize };
  }

  async get(user: AuthenticatedUser, id: string): Promise<EmployeeDto> {
    const [row] = await this.db.query(`${SELECT} WHERE e.id = $1`, [id]);
    if (!row || !canSeeDepartment(user.visibleDepartmentIds, row.departmentId)) {
      throw new NotFoundException(`Employee ${id} does not exist.`);
    }
    return (await this.withPhase())(row);
  }

  async create(user: AuthenticatedUser, dto: EmployeeInputDto): Promise<EmployeeDto> {
    const id = await this.write(dto, async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO employee (external_id, name, work_email, personal_email, department_id, manager_id,
           location, language, start_date, notice_date, end_date)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        values(dto),
      );
      await this.audit.record(user, 'employee.created', { type: 'employee', id: row.id, label: dto.externalId.trim() }, {}, tx);
      return row.id as string;
    });
    return this.get(user, id);
  }

  async update(user: AuthenticatedUser, id: string, dto: EmployeeInputDto): Promise<EmployeeDto> {
    if (dto.managerId === id) throw new BadRequestException('An employee cannot be their own manager.');
    await this.write(dto, async (tx) => {
      const [before] = await tx.query(`SELECT ${EDITABLE} FROM employee WHERE id = $1 FOR UPDATE`, [id]);
      const [, count] = await tx.query(
        `UPDATE employee SET external_id = $1, name = $2, work_email = $3, personal_email = $4, department_id = $5,
           manager_id = $6, location = $7, language = $8, start_date = $9, notice_date = $10, end_date = $11,
           updated_at = now()
         WHERE id = $12`,
        [...values(dto), id],
      );
      if (count === 0) throw new NotFoundException(`Employee ${id} does not exist.`);
      const [after] = await tx.query(`SELECT ${EDITABLE} FROM employee WHERE id = $1`, [id]);
      // The names of the fields that changed, not their values: the log keeps no copy of personal data.
      const fields = Object.keys(after).filter((k) => String(after[k]) !== String(before[k]));
      if (fields.length) await this.audit.record(user, 'employee.updated', { type: 'employee', id, label: dto.externalId.trim() }, { fields }, tx);
    });
    return this.get(user, id);
  }

  /** Erases the employee's personal data; their anonymous answers stay in the figures (eraseEmployee). */
  remove(user: AuthenticatedUser, id: string): Promise<void> {
    return eraseEmployee(this.db, id, async (tx) => {
      // Erasure leaves nothing that names the person, not even their id: their entries keep what was done, not to whom.
      await tx.query(`UPDATE audit_log SET target_id = NULL, target_label = NULL WHERE target_type = 'employee' AND target_id = $1`, [id]);
      await this.audit.record(user, 'employee.deleted', { type: 'employee' }, {}, tx);
    });
  }

  /** Checks the dates, runs the write in a transaction, and turns constraint errors into 4xx. */
  private async write<T>(dto: EmployeeInputDto, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    const problems = employmentDateProblems(dto);
    if (problems.length) throw new BadRequestException(problems);
    try {
      return await this.db.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException(`External id ${dto.externalId} is taken by another employee.`);
      if (isForeignKeyViolation(error)) throw new BadRequestException('The department or manager does not exist.');
      throw error;
    }
  }

  private async withPhase(): Promise<(row: EmployeeRow) => EmployeeDto> {
    const settings = await this.organisation.settings();
    const today = await this.organisation.today(settings);
    return (row) => ({ ...row, phase: phaseOn(row, today, settings.bands), tenureBand: tenureBandOn(row.startDate, today) });
  }
}

function values(dto: EmployeeInputDto): unknown[] {
  return [
    dto.externalId.trim(), dto.name.trim(), dto.workEmail.trim(), dto.personalEmail ?? null, dto.departmentId,
    dto.managerId ?? null, dto.location.trim(), dto.language, dto.startDate, dto.noticeDate ?? null, dto.endDate ?? null,
  ];
}

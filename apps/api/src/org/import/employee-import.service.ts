import { BadRequestException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ImportReport, ImportRowError } from '@ex-pulse/contracts';
import { AuditActor, AuditLog } from '../../audit/audit-log.service';
import { parseEmployeeCsv } from './employee-csv';
import { CheckedEmployeeRow, KnownDepartment, checkReferences } from './employee-import-references';
import { EmployeeToWrite, writeEmployees } from './employee-import.sql';
import type { ParsedEmployeeRow } from './employee-row-rules';

/** 'all': nothing changes when any row has a problem. 'valid-only': the valid rows are written. */
export type ImportMode = 'all' | 'valid-only';

/**
 * Imports employees from CSV: upsert by external id, in one transaction, everything or nothing.
 * File problems answer 400; in mode 'all' row problems answer 422 with the report.
 */
@Injectable()
export class EmployeeImportService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async import(file: Buffer, mode: ImportMode, actor: AuditActor | null = null): Promise<ImportReport> {
    if (mode !== 'all' && mode !== 'valid-only') {
      throw badRequest('mode must be "all" (nothing changes if a row is bad) or "valid-only".');
    }
    const { rows, fileProblems } = parseEmployeeCsv(file);
    if (fileProblems.length > 0) throw badRequest(fileProblems.join(' '));

    return this.db.transaction(async (tx) => {
      // Blocks other writers of employee, and a second import, until this one commits.
      await tx.query('LOCK TABLE employee IN SHARE ROW EXCLUSIVE MODE');
      const checked = checkReferences(rows, {
        departments: await tx.query<KnownDepartment[]>('SELECT id, name FROM department ORDER BY name'),
        existingEmployeeIds: await existingManagers(tx, rows),
      });
      const valid = checked.filter((c): c is CheckedEmployeeRow & EmployeeToWrite => c.reasons.length === 0);
      const report = {
        totalRows: rows.length,
        validRows: valid.length,
        errors: checked.filter((c) => c.reasons.length > 0).map(toRowError),
      };
      if (mode === 'all' && report.errors.length > 0) {
        throw new UnprocessableEntityException({
          statusCode: 422,
          error: 'Unprocessable Entity',
          message: `${report.errors.length} of ${rows.length} rows have problems; nothing was imported. Fix them, or import the valid rows only.`,
          report: { applied: false, created: 0, updated: 0, ...report } satisfies ImportReport,
        });
      }
      if (valid.length === 0) return { applied: false, created: 0, updated: 0, ...report };
      const { created, updated } = await writeEmployees(tx, valid);
      await this.audit.record(actor, 'employee_import.applied', { type: 'employee_import' }, { mode, rows: rows.length, created, updated, skipped: report.errors.length }, tx);
      return { applied: true, created, updated, ...report };
    });
  }
}

function badRequest(message: string): BadRequestException {
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message });
}

async function existingManagers(tx: EntityManager, rows: ParsedEmployeeRow[]): Promise<Set<string>> {
  const wanted = [...new Set(rows.map((r) => r.managerExternalId).filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Set();
  const found: { external_id: string }[] = await tx.query(
    'SELECT external_id FROM employee WHERE external_id = ANY($1::text[])',
    [wanted],
  );
  return new Set(found.map((r) => r.external_id));
}

function toRowError(c: CheckedEmployeeRow): ImportRowError {
  return { line: c.row.line, externalId: c.row.externalId || null, reasons: c.reasons };
}

import { BadRequestException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ImportReport, ImportRowError } from '@ex-pulse/contracts';
import { AuditActor, AuditLog } from '../../audit/audit-log.service';
import { ParsedEmployeeCsv, parseEmployeeCsv } from './employee-csv';
import type { CheckedEmployeeRow } from './employee-import-references';
import { EmployeeToWrite, writeEmployees } from './employee-import.sql';
import { checkRowsAgainstDatabase } from './employee-row-check';

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
    return this.importParsed(parseEmployeeCsv(file), mode, actor);
  }

  /**
   * Imports rows read already (from the plain CSV or through a column mapping): the same checks,
   * the same transaction.
   */
  async importParsed({ rows, fileProblems }: ParsedEmployeeCsv, mode: ImportMode, actor: AuditActor | null = null): Promise<ImportReport> {
    if (mode !== 'all' && mode !== 'valid-only') {
      throw badRequest('mode must be "all" (nothing changes if a row is bad) or "valid-only".');
    }
    if (fileProblems.length > 0) throw badRequest(fileProblems.join(' '));

    return this.db.transaction(async (tx) => {
      // Blocks other writers of employee, and a second import, until this one commits.
      await tx.query('LOCK TABLE employee IN SHARE ROW EXCLUSIVE MODE');
      const checked = await checkRowsAgainstDatabase(tx, rows);
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

export function badRequest(message: string): BadRequestException {
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message });
}

export function toRowError(c: CheckedEmployeeRow): ImportRowError {
  return { line: c.row.line, externalId: c.row.externalId || null, reasons: c.reasons };
}

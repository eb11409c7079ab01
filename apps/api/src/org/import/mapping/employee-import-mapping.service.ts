import type { AuditActor } from '../../../audit/audit-log.service';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  EmployeeField, EmployeeImportMapping, EmployeeImportMappingState, ImportFileColumns, ImportPreview, ImportReport,
  PreviewRow, SavedEmployeeImportMapping,
} from '@ex-pulse/contracts';
import type { AuthenticatedUser } from '../../../auth/authenticated-user';
import { detectDelimiter, readCsvTable } from '../csv-records';
import { ParsedEmployeeCsv } from '../employee-csv';
import { EmployeeImportService, ImportMode, badRequest, toRowError } from '../employee-import.service';
import { checkRowsAgainstDatabase } from '../employee-row-check';
import { EmployeeImportMappingEntity } from './employee-import-mapping.entity';
import { EmployeeImportMappingRepository } from './employee-import-mapping.repository';
import { parseMappedEmployeeCsv } from './mapped-employee-csv';
import { mappingProblems } from './mapping-rules';

/** Rows the preview shows. */
export const PREVIEW_ROWS = 20;

/** The HR system's CSV through the organisation's column mapping: the mapping, its preview, the import. */
@Injectable()
export class EmployeeImportMappingService {
  constructor(
    private readonly mappings: EmployeeImportMappingRepository,
    private readonly importer: EmployeeImportService,
    private readonly db: DataSource,
  ) {}

  async current(): Promise<EmployeeImportMappingState> {
    const entity = await this.mappings.current();
    return { mapping: entity ? await this.toContract(entity) : null };
  }

  async save(user: AuthenticatedUser, input: Partial<EmployeeImportMapping>): Promise<SavedEmployeeImportMapping> {
    const problems = mappingProblems(input);
    if (problems.length > 0) throw badRequest(problems.join(' '));
    const columns = Object.fromEntries(
      Object.entries(input.columns ?? {}).filter(([, c]) => !!c?.trim()).map(([f, c]) => [f, c!.trim()]),
    ) as Partial<Record<EmployeeField, string>>;
    const valueMappings = Object.fromEntries(
      Object.entries(input.valueMappings ?? {}).map(([f, pairs]) => [f, (pairs ?? []).map(({ from, to }) => ({ from: from.trim(), to: to.trim() }))]),
    );
    const saved = await this.mappings.save({ columns, dateFormat: input.dateFormat!, valueMappings }, user.id);
    return this.toContract(saved);
  }

  /** The header of an uploaded file, so the admin can choose among its columns. */
  columns(file: Buffer): ImportFileColumns {
    const table = readCsvTable(file);
    if ('problem' in table) throw badRequest(table.problem);
    const text = new TextDecoder('utf-8').decode(file);
    return { columns: table.header.cells, delimiter: detectDelimiter(text), rows: table.records.length };
  }

  /** The first rows as the import would write them, and every row's problems; nothing is written. */
  async preview(file: Buffer): Promise<ImportPreview> {
    const { rows, fileProblems } = await this.parse(file);
    if (fileProblems.length > 0) throw badRequest(fileProblems.join(' '));
    const checked = await this.db.transaction('REPEATABLE READ', (tx) => checkRowsAgainstDatabase(tx, rows));
    const errors = checked.filter((c) => c.reasons.length > 0).map(toRowError);
    return {
      totalRows: rows.length,
      validRows: rows.length - errors.length,
      rows: checked.slice(0, PREVIEW_ROWS).map(({ row, reasons }): PreviewRow => {
        const { problems: _problems, ...values } = row;
        return { ...values, reasons };
      }),
      errors,
    };
  }

  /** Through the same checks and the same transaction as the plain CSV import. */
  async import(file: Buffer, mode: ImportMode, actor: AuditActor): Promise<ImportReport> {
    return this.importer.importParsed(await this.parse(file), mode, actor);
  }

  /** The file read through the saved mapping (400 when none is saved). */
  async parse(file: Buffer): Promise<ParsedEmployeeCsv> {
    const entity = await this.mappings.current();
    if (!entity) {
      throw badRequest('No column mapping is saved yet. An admin sets it under Employees → Column mapping before a file in the HR system\'s own columns can be read.');
    }
    return parseMappedEmployeeCsv(file, entity);
  }

  private async toContract(entity: EmployeeImportMappingEntity): Promise<SavedEmployeeImportMapping> {
    const [user] = entity.updatedBy
      ? await this.db.query(`SELECT name FROM app_user WHERE id = $1`, [entity.updatedBy])
      : [];
    return {
      columns: entity.columns,
      dateFormat: entity.dateFormat,
      valueMappings: entity.valueMappings,
      updatedAt: entity.updatedAt.toISOString(),
      updatedBy: user?.name ?? null,
    };
  }
}

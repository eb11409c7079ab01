import { BadRequestException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CustomerMetricIngestReport, CustomerMetricRowError } from '@ex-pulse/contracts';
import { validateCustomerMetric } from '@ex-pulse/domain';
import { OrganisationService } from '../../common/organisation.service';
import { KnownDepartment, unknownDepartment } from '../../org/import/employee-import-references';
import { parseCustomerMetricCsv } from './customer-metric-csv';
import { MetricToWrite, upsertCustomerMetrics } from './customer-metric.sql';
import { IncomingMetricRow } from './incoming-metric-row';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface CheckedRow {
  incoming: IncomingMetricRow;
  write: MetricToWrite | null;
  reasons: string[];
}

/**
 * Customer scores in, from a CSV upload or an API push: every row checked (unit, month, metric,
 * the rules of its scale), then everything upserted in one transaction, or nothing when any row
 * has a problem (422 with the report).
 */
@Injectable()
export class CustomerMetricIngestionService {
  constructor(
    private readonly db: DataSource,
    private readonly organisation: OrganisationService,
  ) {}

  /** A CSV upload; its report names file lines. */
  importCsv(file: Buffer): Promise<CustomerMetricIngestReport> {
    const { rows, fileProblems } = parseCustomerMetricCsv(file);
    if (fileProblems.length > 0) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: fileProblems.join(' ') });
    return this.ingest(rows, 'line');
  }

  /** An API push; its report and messages name the position in `rows` ("Row 3: …"). */
  push(rows: IncomingMetricRow[]): Promise<CustomerMetricIngestReport> {
    if (rows.length === 0) throw new BadRequestException('rows is empty; send at least one row.');
    return this.ingest(rows, 'row');
  }

  private async ingest(rows: IncomingMetricRow[], naming: 'line' | 'row'): Promise<CustomerMetricIngestReport> {
    const today = await this.organisation.today();
    return this.db.transaction(async (tx) => {
      const departments: KnownDepartment[] = await tx.query('SELECT id::text, name FROM department ORDER BY name');
      const checked = checkRows(rows, departments, today, naming);
      const errors = checked.filter((c) => c.reasons.length > 0).map(toRowError);
      const report = { totalRows: rows.length, validRows: rows.length - errors.length, errors };
      if (errors.length > 0) {
        const first = errors[0];
        throw new UnprocessableEntityException({
          statusCode: 422,
          error: 'Unprocessable Entity',
          message:
            `${errors.length} of ${rows.length} rows have problems; nothing was stored. ` +
            (naming === 'line' ? `Line ${first.row}: ${first.reasons[0]}` : first.reasons[0]),
          report: { applied: false, created: 0, updated: 0, unchanged: 0, ...report } satisfies CustomerMetricIngestReport,
        });
      }
      const counts = await upsertCustomerMetrics(tx, checked.map((c) => c.write!));
      return { applied: true, ...counts, ...report };
    });
  }
}

function checkRows(rows: IncomingMetricRow[], departments: KnownDepartment[], today: string, naming: 'line' | 'row'): CheckedRow[] {
  const byName = new Map(departments.map((d) => [d.name.trim().toLowerCase(), d]));
  const byId = new Map(departments.map((d) => [d.id.toLowerCase(), d]));
  const seen = new Map<string, number>();
  return rows.map((incoming): CheckedRow => {
    const prefix = naming === 'row' ? `Row ${incoming.row}: ` : '';
    const reasons = incoming.problems.map((p) => prefix + p);
    const unitId = resolveUnit(incoming, byName, byId, departments, (p) => reasons.push(prefix + p));
    const result = validateCustomerMetric(incoming.input, { today, row: naming === 'row' ? incoming.row : undefined });
    reasons.push(...result.problems);
    if (!result.row || !unitId || reasons.length > 0) return { incoming, write: null, reasons };

    const key = [unitId, result.row.month, result.row.metric, result.row.criterion].join('|');
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      reasons.push(`${prefix}The same unit, month, metric and criterion are already on ${naming} ${earlier}; give each once.`);
      return { incoming, write: null, reasons };
    }
    seen.set(key, incoming.row);
    return { incoming, write: { departmentId: unitId, ...result.row }, reasons };
  });
}

function resolveUnit(
  row: IncomingMetricRow,
  byName: Map<string, KnownDepartment>,
  byId: Map<string, KnownDepartment>,
  departments: KnownDepartment[],
  problem: (text: string) => void,
): string | null {
  if (!row.unit && !row.unitId) {
    problem('The unit is missing; give the department name in unit or its id in unit_id.');
    return null;
  }
  let fromId: KnownDepartment | undefined;
  if (row.unitId) {
    fromId = UUID.test(row.unitId) ? byId.get(row.unitId.toLowerCase()) : undefined;
    if (!fromId) {
      problem(`Unknown unit_id "${row.unitId}"; no department has this id.`);
      return null;
    }
  }
  if (row.unit) {
    const fromName = byName.get(row.unit.trim().toLowerCase());
    if (!fromName) {
      problem(unknownDepartment(row.unit, departments).replace('Unknown department', 'Unknown unit'));
      return null;
    }
    if (fromId && fromId.id !== fromName.id) {
      problem(`unit "${row.unit}" and unit_id ${row.unitId} name different departments; give one of them.`);
      return null;
    }
    return fromName.id;
  }
  return fromId!.id;
}

function toRowError(c: CheckedRow): CustomerMetricRowError {
  return { row: c.incoming.row, unit: c.incoming.unit ?? c.incoming.unitId, reasons: c.reasons };
}

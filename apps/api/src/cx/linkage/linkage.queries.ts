import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CustomerMetricKind } from '@ex-pulse/contracts';
import { KeptByRevision } from '../../common/kept-by-revision';

export interface CustomerScore {
  departmentId: string;
  month: string; // YYYY-MM
  value: number;
  n: number;
}

export interface ProviderCsat {
  departmentId: string;
  month: string;
  n: number;
  satisfied: number;
}

/** Windows of customer scores kept per process (metrics × the windows leaders look at). */
const KEPT_WINDOWS = 16;

/** The customer side of the linkage: one query per source, aggregated in SQL. */
@Injectable()
export class LinkageQueries {
  private readonly kept = new KeptByRevision<Map<string, CustomerScore[]>>(KEPT_WINDOWS);

  constructor(private readonly db: DataSource) {}

  /**
   * Each unit's scores by month counted from `from` (byUnitAndMonth); a CX index is the mean of its
   * criteria (n: the smallest criterion's).
   * A window once read is kept until customer_metric_revision changes (migration 1764600000000):
   * reading 500 units × 27 months takes PostgreSQL tens of milliseconds, and the scores change a
   * month at a time. The revision is read first, so a write in between is read on the next request.
   */
  async customerScores(metric: CustomerMetricKind, from: string, to: string): Promise<Map<string, CustomerScore[]>> {
    const [{ revision }]: { revision: string }[] = await this.db.query(`SELECT revision FROM customer_metric_revision`);
    const key = `${metric}|${from}|${to}`;
    const kept = this.kept.get(key, revision);
    if (kept) return kept;
    const scores = byUnitAndMonth(await this.readCustomerScores(metric, from, to), from);
    this.kept.set(key, revision, scores);
    return scores;
  }

  private readCustomerScores(metric: CustomerMetricKind, from: string, to: string): Promise<CustomerScore[]> {
    return this.document(
      `SELECT department_id AS "departmentId", to_char(month, 'YYYY-MM') AS month,
              avg(value::float8) AS value, min(n)::int AS n
         FROM customer_metric
        WHERE metric = $1 AND month BETWEEN $2::date AND $3::date
        GROUP BY department_id, month`,
      [metric, `${from}-01`, `${to}-01`],
    );
  }

  /** Each internal provider's ratings per month, over all its consumers. */
  providerCsat(from: string, to: string): Promise<ProviderCsat[]> {
    return this.document(
      `SELECT provider_department_id AS "departmentId", to_char(month, 'YYYY-MM') AS month,
              sum(n)::int AS n, sum(satisfied)::int AS satisfied
         FROM provider_csat_month_rollup
        WHERE month BETWEEN $1::date AND $2::date
        GROUP BY provider_department_id, month`,
      [`${from}-01`, `${to}-01`],
    );
  }

  /** The rows of a query as one JSON document: 500 units × 27 months are read by one JSON.parse, not field by field. */
  private async document<T>(sql: string, params: unknown[]): Promise<T[]> {
    const [{ rows }]: { rows: T[] }[] = await this.db.query(`SELECT coalesce(json_agg(r), '[]') AS rows FROM (${sql}) r`, params);
    return rows;
  }
}

/** Rows by unit, each unit's in an array by month counted from `from` (units in the order of their first row). */
export function byUnitAndMonth<T extends { departmentId: string; month: string }>(rows: T[], from: string): Map<string, T[]> {
  const [fromYear, fromMonth] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const index = (Number(r.month.slice(0, 4)) - fromYear) * 12 + Number(r.month.slice(5, 7)) - fromMonth;
    let unit = out.get(r.departmentId);
    if (!unit) out.set(r.departmentId, (unit = []));
    unit[index] = r;
  }
  return out;
}

import { EntityManager } from 'typeorm';
import type { CustomerMetricDto, CustomerMetricKind } from '@ex-pulse/contracts';
import type { CustomerMetricRow } from '@ex-pulse/domain';

export interface MetricToWrite extends CustomerMetricRow {
  departmentId: string;
}

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Upserts by (unit, month, metric, criterion) in one statement. A stored row whose values are all
 * the same is left untouched (its updated_at too), so sending the same rows again changes nothing.
 * csat_counts travels as five int arrays, since unnest flattens an array of arrays.
 */
export async function upsertCustomerMetrics(tx: EntityManager, rows: readonly MetricToWrite[]): Promise<WriteCounts> {
  if (rows.length === 0) return { created: 0, updated: 0, unchanged: 0 };
  const countAt = (i: number) => (r: MetricToWrite) => r.csatCounts?.[i] ?? null;
  const written: { created: boolean }[] = await tx.query(
    `INSERT INTO customer_metric AS c (department_id, month, metric, criterion, n, promoters, passives, detractors,
                                       csat_counts, share_top, share_bottom, mean, value)
     SELECT r.department_id, r.month, r.metric, r.criterion, r.n, r.promoters, r.passives, r.detractors,
            CASE WHEN r.c1 IS NULL THEN NULL ELSE ARRAY[r.c1, r.c2, r.c3, r.c4, r.c5] END,
            r.share_top, r.share_bottom, r.mean, r.value
       FROM unnest($1::uuid[], $2::date[], $3::text[], $4::text[], $5::int[], $6::int[], $7::int[], $8::int[],
                   $9::int[], $10::int[], $11::int[], $12::int[], $13::int[], $14::numeric[], $15::numeric[], $16::numeric[], $17::numeric[])
         AS r(department_id, month, metric, criterion, n, promoters, passives, detractors,
              c1, c2, c3, c4, c5, share_top, share_bottom, mean, value)
     ON CONFLICT (department_id, month, metric, criterion) DO UPDATE
        SET n = EXCLUDED.n, promoters = EXCLUDED.promoters, passives = EXCLUDED.passives, detractors = EXCLUDED.detractors,
            csat_counts = EXCLUDED.csat_counts, share_top = EXCLUDED.share_top, share_bottom = EXCLUDED.share_bottom,
            mean = EXCLUDED.mean, value = EXCLUDED.value, updated_at = now()
      WHERE (c.n, c.promoters, c.passives, c.detractors, c.csat_counts, c.share_top, c.share_bottom, c.mean, c.value)
            IS DISTINCT FROM
            (EXCLUDED.n, EXCLUDED.promoters, EXCLUDED.passives, EXCLUDED.detractors, EXCLUDED.csat_counts,
             EXCLUDED.share_top, EXCLUDED.share_bottom, EXCLUDED.mean, EXCLUDED.value)
     RETURNING (xmax = 0) AS created`,
    [
      rows.map((r) => r.departmentId), rows.map((r) => r.month), rows.map((r) => r.metric), rows.map((r) => r.criterion),
      rows.map((r) => r.n), rows.map((r) => r.promoters), rows.map((r) => r.passives), rows.map((r) => r.detractors),
      rows.map(countAt(0)), rows.map(countAt(1)), rows.map(countAt(2)), rows.map(countAt(3)), rows.map(countAt(4)),
      rows.map((r) => r.shareTop), rows.map((r) => r.shareBottom), rows.map((r) => r.mean), rows.map((r) => r.value),
    ],
  );
  const created = written.filter((w) => w.created).length;
  return { created, updated: written.length - created, unchanged: rows.length - written.length };
}

export interface MetricListFilter {
  /** First days of the first and last month. */
  from: string;
  to: string;
  metric: CustomerMetricKind | null;
  /** null: every unit. */
  departmentIds: string[] | null;
}

export const MAX_LISTED_METRICS = 20_000;

/** Stored rows for the table, by unit name, month, metric and criterion. */
export function listCustomerMetrics(db: Pick<EntityManager, 'query'>, f: MetricListFilter): Promise<CustomerMetricDto[]> {
  return db.query(
    `SELECT c.department_id AS "unitId", d.name AS "unitName", to_char(c.month, 'YYYY-MM') AS month, c.metric, c.criterion,
            c.n, c.promoters, c.passives, c.detractors, c.csat_counts AS "csatCounts",
            c.share_top::float8 AS "shareTop", c.share_bottom::float8 AS "shareBottom", c.mean::float8 AS mean,
            c.value::float8 AS value, c.updated_at AS "updatedAt"
       FROM customer_metric c JOIN department d ON d.id = c.department_id
      WHERE c.month BETWEEN $1::date AND $2::date
        AND ($3::text IS NULL OR c.metric = $3)
        AND ($4::uuid[] IS NULL OR c.department_id = ANY($4::uuid[]))
      ORDER BY lower(d.name), c.month, c.metric, c.criterion
      LIMIT ${MAX_LISTED_METRICS}`,
    [f.from, f.to, f.metric, f.departmentIds],
  );
}

import { DataSource } from 'typeorm';

/** One row of provider_csat_month_rollup. */
export interface CsatRollupRow {
  month: string; // YYYY-MM-01
  consumerId: string;
  providerId: string;
  n: number;
  satisfied: number;
  total: number;
  totalSq: number;
}

export interface NamedDepartment {
  id: string;
  name: string;
}

/** The rollup rows of one calendar year (the anonymity rules need every month of the year), optionally of one provider. */
export function csatRollupOfYear(db: DataSource, year: number, providerId: string | null): Promise<CsatRollupRow[]> {
  return db.query(
    `SELECT to_char(month, 'YYYY-MM-DD') AS month, consumer_department_id AS "consumerId",
            provider_department_id AS "providerId", n, satisfied, total, total_sq AS "totalSq"
       FROM provider_csat_month_rollup
      WHERE month BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 1) AND n > 0
        AND ($2::uuid IS NULL OR provider_department_id = $2::uuid)`,
    [year, providerId],
  );
}

/** Providers flagged today, and every provider and consumer named in the given ids. */
export function providerDepartments(db: DataSource): Promise<NamedDepartment[]> {
  return db.query(`SELECT id, name FROM department WHERE internal_provider ORDER BY lower(name)`);
}

/** Consumer → provider links of today. */
export function providerLinks(db: DataSource): Promise<{ consumerId: string; providerId: string }[]> {
  return db.query(
    `SELECT consumer_department_id AS "consumerId", provider_department_id AS "providerId" FROM department_provider`,
  );
}

export function departmentNames(db: DataSource, ids: string[]): Promise<NamedDepartment[]> {
  return db.query(`SELECT id, name FROM department WHERE id = ANY($1::uuid[])`, [ids]);
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Month rollups by location and by tenure band, for dashboards filtered by one of them.
 *
 * Those filters were read from enps_segment_rollup, whose rows are per week × location × tenure
 * band: measured with 5 million answers, a year of one tenure band is 73,649 rows there and of one
 * location 45,365, while the same counts per month are 10,964 and 12,989 rows. The dashboards ask
 * for months (the weekly trend, and both filters at once, still read the segment rollup).
 *
 * Kept current like the others (1764000000000-AddAnswersAndRollups): statement-level triggers on
 * response, one upsert per rollup row a statement touches. Each table's key leads with its filter
 * and the month, and carries the counts (INCLUDE), so a filtered year is read from the index.
 * Filled once here from enps_segment_rollup, which holds the same counts per week.
 */
export class AddLocationAndTenureMonthRollups1764500000000 implements MigrationInterface {
  name = 'AddLocationAndTenureMonthRollups1764500000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, column] of ROLLUPS) {
      await q.query(`
        CREATE TABLE ${table} (
          ${column} text NOT NULL,
          month date NOT NULL,
          department_id uuid NOT NULL,
          phase text NOT NULL,
          programme_id uuid NOT NULL,
          promoters int NOT NULL,
          passives int NOT NULL,
          detractors int NOT NULL,
          PRIMARY KEY (${column}, month, department_id, phase, programme_id) INCLUDE (promoters, passives, detractors)
        )`);
    }
    // sign = 1 on insert, -1 on delete, as in expulse_roll_responses().
    await q.query(`
      CREATE FUNCTION expulse_roll_location_tenure_months() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE sign int := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END;
      BEGIN
        INSERT INTO enps_location_month_rollup AS r (location, month, department_id, phase, programme_id, promoters, passives, detractors)
        SELECT location, expulse_month(answered_on), department_id, phase, programme_id,
               sign * count(*) FILTER (WHERE score >= 9), sign * count(*) FILTER (WHERE score BETWEEN 7 AND 8),
               sign * count(*) FILTER (WHERE score <= 6)
          FROM changed GROUP BY 1, 2, 3, 4, 5
        ON CONFLICT (location, month, department_id, phase, programme_id) DO UPDATE
          SET promoters = r.promoters + excluded.promoters, passives = r.passives + excluded.passives,
              detractors = r.detractors + excluded.detractors;

        INSERT INTO enps_tenure_month_rollup AS r (tenure_band, month, department_id, phase, programme_id, promoters, passives, detractors)
        SELECT tenure_band, expulse_month(answered_on), department_id, phase, programme_id,
               sign * count(*) FILTER (WHERE score >= 9), sign * count(*) FILTER (WHERE score BETWEEN 7 AND 8),
               sign * count(*) FILTER (WHERE score <= 6)
          FROM changed GROUP BY 1, 2, 3, 4, 5
        ON CONFLICT (tenure_band, month, department_id, phase, programme_id) DO UPDATE
          SET promoters = r.promoters + excluded.promoters, passives = r.passives + excluded.passives,
              detractors = r.detractors + excluded.detractors;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER response_location_tenure_insert AFTER INSERT ON response
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION expulse_roll_location_tenure_months()`);
    await q.query(`
      CREATE TRIGGER response_location_tenure_delete AFTER DELETE ON response
        REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION expulse_roll_location_tenure_months()`);
    for (const [table, column] of ROLLUPS) await q.query(backfill(table, column));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS response_location_tenure_delete ON response`);
    await q.query(`DROP TRIGGER IF EXISTS response_location_tenure_insert ON response`);
    await q.query(`DROP FUNCTION IF EXISTS expulse_roll_location_tenure_months()`);
    for (const [table] of ROLLUPS) await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}

const ROLLUPS = [
  ['enps_location_month_rollup', 'location'],
  ['enps_tenure_month_rollup', 'tenure_band'],
] as const;

/** A table's rows from the segment rollup's weeks. */
function backfill(table: string, column: string): string {
  return `
    INSERT INTO ${table} (${column}, month, department_id, phase, programme_id, promoters, passives, detractors)
    SELECT ${column}, month, department_id, phase, programme_id, sum(promoters), sum(passives), sum(detractors)
      FROM enps_segment_rollup GROUP BY 1, 2, 3, 4, 5`;
}

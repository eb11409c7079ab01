import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboards read the year rollups (1764500000000-AddYearRollups); the month rollups of eNPS
 * and invitations hold the same counts and nothing reads them any more, yet every answer and every
 * invitation paid for keeping them. They go, and expulse_roll_responses() keeps only the weekly
 * segment rollup and the items' rollup. Down brings both back, filled from the year rollups.
 */
export class DropMonthRollups1764700000000 implements MigrationInterface {
  name = 'DropMonthRollups1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(rollResponses(SEGMENT_AND_ITEMS));
    await q.query(`DROP TRIGGER invitation_rollup_delete ON invitation`);
    await q.query(`DROP TRIGGER invitation_rollup_insert ON invitation`);
    await q.query(`DROP FUNCTION expulse_roll_invitations()`);
    await q.query(`DROP TABLE enps_month_rollup, invitation_month_rollup`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE enps_month_rollup (
        month date NOT NULL,
        department_id uuid NOT NULL,
        phase text NOT NULL,
        programme_id uuid NOT NULL,
        promoters int NOT NULL,
        passives int NOT NULL,
        detractors int NOT NULL,
        PRIMARY KEY (month, department_id, phase, programme_id)
      )`);
    await q.query(`
      CREATE TABLE invitation_month_rollup (
        month date NOT NULL,
        department_id uuid NOT NULL,
        phase text NOT NULL,
        programme_id uuid NOT NULL,
        invited int NOT NULL,
        PRIMARY KEY (month, department_id, phase, programme_id)
      )`);
    await q.query(rollResponses(`${MONTH}\n${SEGMENT_AND_ITEMS}`));
    await q.query(`
      CREATE FUNCTION expulse_roll_invitations() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE sign int := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END;
      BEGIN
        INSERT INTO invitation_month_rollup AS r (month, department_id, phase, programme_id, invited)
        SELECT expulse_month(sent_on), department_id, phase, programme_id, sign * count(*)
          FROM changed GROUP BY 1, 2, 3, 4
        ON CONFLICT (month, department_id, phase, programme_id) DO UPDATE SET invited = r.invited + excluded.invited;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER invitation_rollup_insert AFTER INSERT ON invitation
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION expulse_roll_invitations()`);
    await q.query(`
      CREATE TRIGGER invitation_rollup_delete AFTER DELETE ON invitation
        REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION expulse_roll_invitations()`);
    // Each year row's months, unfolded; months with nothing counted stay out.
    const months = (prefix: string) => `(ARRAY[${MONTHS.map((m) => `${prefix}_${m}`).join(', ')}])[m]`;
    await q.query(`
      INSERT INTO enps_month_rollup (month, department_id, phase, programme_id, promoters, passives, detractors)
      SELECT * FROM (SELECT make_date(year, m, 1), department_id, phase, programme_id, ${months('pro')} AS p, ${months('pas')} AS s, ${months('det')} AS d
                       FROM enps_year_rollup CROSS JOIN generate_series(1, 12) AS m) x
       WHERE p <> 0 OR s <> 0 OR d <> 0`);
    await q.query(`
      INSERT INTO invitation_month_rollup (month, department_id, phase, programme_id, invited)
      SELECT * FROM (SELECT make_date(year, m, 1), department_id, phase, programme_id, ${months('inv')} AS i
                       FROM invitation_year_rollup CROSS JOIN generate_series(1, 12) AS m) x
       WHERE i <> 0`);
  }
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** The trigger function of 1764000000000-AddAnswersAndRollups, with the given statements. */
const rollResponses = (statements: string) => `
  CREATE OR REPLACE FUNCTION expulse_roll_responses() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE sign int := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END;
  BEGIN
    ${statements}
    RETURN NULL;
  END $$`;

/** As in 1764000000000-AddAnswersAndRollups. */
const MONTH = `
    INSERT INTO enps_month_rollup AS r (month, department_id, phase, programme_id, promoters, passives, detractors)
    SELECT expulse_month(answered_on), department_id, phase, programme_id,
           sign * count(*) FILTER (WHERE score >= 9), sign * count(*) FILTER (WHERE score BETWEEN 7 AND 8),
           sign * count(*) FILTER (WHERE score <= 6)
      FROM changed GROUP BY 1, 2, 3, 4
    ON CONFLICT (month, department_id, phase, programme_id) DO UPDATE
      SET promoters = r.promoters + excluded.promoters, passives = r.passives + excluded.passives,
          detractors = r.detractors + excluded.detractors;`;

/** As in 1764000000000-AddAnswersAndRollups. */
const SEGMENT_AND_ITEMS = `
    INSERT INTO enps_segment_rollup AS r (bucket, month, department_id, phase, programme_id, location, tenure_band,
                                          promoters, passives, detractors)
    SELECT expulse_week_bucket(answered_on), expulse_month(answered_on), department_id, phase, programme_id,
           location, tenure_band,
           sign * count(*) FILTER (WHERE score >= 9), sign * count(*) FILTER (WHERE score BETWEEN 7 AND 8),
           sign * count(*) FILTER (WHERE score <= 6)
      FROM changed GROUP BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (bucket, department_id, phase, programme_id, location, tenure_band) DO UPDATE
      SET promoters = r.promoters + excluded.promoters, passives = r.passives + excluded.passives,
          detractors = r.detractors + excluded.detractors;

    INSERT INTO item_month_rollup AS r (month, department_id, phase, item_key, n, total, total_sq)
    SELECT expulse_month(answered_on), department_id, phase, item_key,
           sign * count(*), sign * sum(item_score), sign * sum(item_score * item_score)
      FROM changed WHERE item_key IS NOT NULL GROUP BY 1, 2, 3, 4
    ON CONFLICT (month, department_id, phase, item_key) DO UPDATE
      SET n = r.n + excluded.n, total = r.total + excluded.total, total_sq = r.total_sq + excluded.total_sq;`;

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The answers beside the eNPS score, and the rollups the dashboards read.
 *
 * A response keeps, on the same anonymous row: the 1–5 answer to the programme's statement or
 * rotating driver (item_key says which), the reason for leaving of an exit survey, and the
 * sentiment of its comment (computed once, at submit time).
 *
 * Rollups are kept current by statement-level triggers, so every writer (the answer endpoint,
 * the demo seed, test factories, bulk loads) keeps them right in the same transaction, and one
 * multi-row INSERT updates each rollup row once:
 * - enps_month_rollup: month × department × phase × programme (the common dashboard filters);
 * - enps_segment_rollup: the same by "week" bucket (days 1–7, 8–14, 15–21, 22–end of a month,
 *   so weeks partition months exactly) and by location and tenure band;
 * - item_month_rollup: count, sum and sum of squares of the 1–5 answers per item;
 * - invitation_month_rollup: invitations per month × department × phase × programme.
 * Responses are never updated (they are anonymous facts), so updates of what they count in are
 * refused; only manager_id may change (set to null when a manager's record is deleted).
 */
export class AddAnswersAndRollups1764000000000 implements MigrationInterface {
  name = 'AddAnswersAndRollups1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE response
        ADD COLUMN item_key text CHECK (item_key IS NULL OR item_key ~ '^[a-z][a-z_]{0,39}$'),
        ADD COLUMN item_score smallint CHECK (item_score IS NULL OR item_score BETWEEN 1 AND 5),
        ADD COLUMN leaving_reason text CHECK (leaving_reason IS NULL OR leaving_reason ~ '^[a-z][a-z_]{0,39}$'),
        ADD COLUMN sentiment smallint CHECK (sentiment IS NULL OR sentiment BETWEEN -1 AND 1),
        ADD CONSTRAINT response_item_pair CHECK ((item_key IS NULL) = (item_score IS NULL)),
        ADD CONSTRAINT response_sentiment_needs_comment CHECK (sentiment IS NULL OR comment IS NOT NULL)`);
    await q.query(`CREATE INDEX response_manager_day_idx ON response (manager_id, answered_on)`);
    await q.query(`CREATE INDEX response_commented_day_idx ON response (answered_on DESC) WHERE comment IS NOT NULL`);
    await q.query(`CREATE INDEX response_comment_words_idx ON response USING gin (to_tsvector('simple', comment)) WHERE comment IS NOT NULL`);

    await q.query(`
      CREATE FUNCTION expulse_week_bucket(d date) RETURNS date
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN make_date(extract(year FROM d)::int, extract(month FROM d)::int,
                         least(22, ((extract(day FROM d)::int - 1) / 7) * 7 + 1))`);
    await q.query(`
      CREATE FUNCTION expulse_month(d date) RETURNS date
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN make_date(extract(year FROM d)::int, extract(month FROM d)::int, 1)`);

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
      CREATE TABLE enps_segment_rollup (
        bucket date NOT NULL,
        month date NOT NULL,
        department_id uuid NOT NULL,
        phase text NOT NULL,
        programme_id uuid NOT NULL,
        location text NOT NULL,
        tenure_band text NOT NULL,
        promoters int NOT NULL,
        passives int NOT NULL,
        detractors int NOT NULL,
        PRIMARY KEY (bucket, department_id, phase, programme_id, location, tenure_band)
      )`);
    await q.query(`CREATE INDEX enps_segment_rollup_location_idx ON enps_segment_rollup (location, month)`);
    await q.query(`CREATE INDEX enps_segment_rollup_tenure_idx ON enps_segment_rollup (tenure_band, month)`);
    await q.query(`
      CREATE TABLE item_month_rollup (
        month date NOT NULL,
        department_id uuid NOT NULL,
        phase text NOT NULL,
        item_key text NOT NULL,
        n int NOT NULL,
        total int NOT NULL,
        total_sq int NOT NULL,
        PRIMARY KEY (month, department_id, phase, item_key)
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

    // sign = 1 on insert, -1 on delete; rows that reach zero stay (harmless, and rare).
    await q.query(`
      CREATE FUNCTION expulse_roll_responses() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE sign int := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END;
      BEGIN
        INSERT INTO enps_month_rollup AS r (month, department_id, phase, programme_id, promoters, passives, detractors)
        SELECT expulse_month(answered_on), department_id, phase, programme_id,
               sign * count(*) FILTER (WHERE score >= 9), sign * count(*) FILTER (WHERE score BETWEEN 7 AND 8),
               sign * count(*) FILTER (WHERE score <= 6)
          FROM changed GROUP BY 1, 2, 3, 4
        ON CONFLICT (month, department_id, phase, programme_id) DO UPDATE
          SET promoters = r.promoters + excluded.promoters, passives = r.passives + excluded.passives,
              detractors = r.detractors + excluded.detractors;

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
          SET n = r.n + excluded.n, total = r.total + excluded.total, total_sq = r.total_sq + excluded.total_sq;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER response_rollup_insert AFTER INSERT ON response
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION expulse_roll_responses()`);
    await q.query(`
      CREATE TRIGGER response_rollup_delete AFTER DELETE ON response
        REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION expulse_roll_responses()`);
    await q.query(`
      CREATE FUNCTION expulse_refuse_response_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'Responses are anonymous facts and are never changed.';
      END $$`);
    await q.query(`
      CREATE TRIGGER response_never_updated
        BEFORE UPDATE OF programme_id, department_id, location, phase, tenure_band, answered_on, score, comment,
                         item_key, item_score, leaving_reason, sentiment ON response
        FOR EACH STATEMENT EXECUTE FUNCTION expulse_refuse_response_update()`);

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

    // Existing rows: fill the rollups once, the same way the triggers would have.
    await q.query(`
      INSERT INTO enps_month_rollup (month, department_id, phase, programme_id, promoters, passives, detractors)
      SELECT expulse_month(answered_on), department_id, phase, programme_id, count(*) FILTER (WHERE score >= 9),
             count(*) FILTER (WHERE score BETWEEN 7 AND 8), count(*) FILTER (WHERE score <= 6)
        FROM response GROUP BY 1, 2, 3, 4`);
    await q.query(`
      INSERT INTO enps_segment_rollup (bucket, month, department_id, phase, programme_id, location, tenure_band,
                                       promoters, passives, detractors)
      SELECT expulse_week_bucket(answered_on), expulse_month(answered_on), department_id, phase, programme_id,
             location, tenure_band, count(*) FILTER (WHERE score >= 9),
             count(*) FILTER (WHERE score BETWEEN 7 AND 8), count(*) FILTER (WHERE score <= 6)
        FROM response GROUP BY 1, 2, 3, 4, 5, 6, 7`);
    await q.query(`
      INSERT INTO invitation_month_rollup (month, department_id, phase, programme_id, invited)
      SELECT expulse_month(sent_on), department_id, phase, programme_id, count(*) FROM invitation GROUP BY 1, 2, 3, 4`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS invitation_rollup_delete ON invitation`);
    await q.query(`DROP TRIGGER IF EXISTS invitation_rollup_insert ON invitation`);
    await q.query(`DROP TRIGGER IF EXISTS response_never_updated ON response`);
    await q.query(`DROP TRIGGER IF EXISTS response_rollup_delete ON response`);
    await q.query(`DROP TRIGGER IF EXISTS response_rollup_insert ON response`);
    await q.query(`DROP FUNCTION IF EXISTS expulse_roll_invitations()`);
    await q.query(`DROP FUNCTION IF EXISTS expulse_refuse_response_update()`);
    await q.query(`DROP FUNCTION IF EXISTS expulse_roll_responses()`);
    for (const table of ['invitation_month_rollup', 'item_month_rollup', 'enps_segment_rollup', 'enps_month_rollup']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS expulse_month(date)`);
    await q.query(`DROP FUNCTION IF EXISTS expulse_week_bucket(date)`);
    await q.query(`DROP INDEX IF EXISTS response_comment_words_idx`);
    await q.query(`DROP INDEX IF EXISTS response_commented_day_idx`);
    await q.query(`DROP INDEX IF EXISTS response_manager_day_idx`);
    await q.query(`
      ALTER TABLE response DROP CONSTRAINT IF EXISTS response_sentiment_needs_comment,
        DROP CONSTRAINT IF EXISTS response_item_pair, DROP COLUMN IF EXISTS sentiment,
        DROP COLUMN IF EXISTS leaving_reason, DROP COLUMN IF EXISTS item_score, DROP COLUMN IF EXISTS item_key`);
  }
}

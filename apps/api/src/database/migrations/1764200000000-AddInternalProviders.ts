import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Internal customers (PRODUCT.md): which internal providers each department uses, and the
 * anonymous answers of the internal service pulse.
 *
 * - department_provider: consumer department → provider department. That a provider is a
 *   department with internal_provider = true is checked by the API (a clear 400), not here,
 *   so turning the flag off later does not fail on existing links.
 * - provider_rating: one anonymous 1–5 answer about one provider, like `response`: only the
 *   segment it counts in (programme, the answering employee's department at answer time, the
 *   provider, phase, day). No employee id, no invitation id, no time finer than the day.
 *   Internal service answers have no eNPS score, so they never go to `response`.
 * - provider_csat_month_rollup: month × consumer × provider: n, satisfied (answers 4–5), total
 *   (sum of scores) and total_sq (sum of squares), kept current by statement-level triggers like
 *   the rollups of 1764000000000-AddAnswersAndRollups.
 */
export class AddInternalProviders1764200000000 implements MigrationInterface {
  name = 'AddInternalProviders1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE department_provider (
        consumer_department_id uuid NOT NULL REFERENCES department(id) ON DELETE CASCADE,
        provider_department_id uuid NOT NULL REFERENCES department(id) ON DELETE CASCADE,
        PRIMARY KEY (consumer_department_id, provider_department_id),
        CONSTRAINT department_provider_not_itself CHECK (consumer_department_id <> provider_department_id)
      )`);
    await q.query(`CREATE INDEX department_provider_provider_idx ON department_provider (provider_department_id)`);

    await q.query(`
      CREATE TABLE provider_rating (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES programme(id) ON DELETE RESTRICT,
        consumer_department_id uuid NOT NULL REFERENCES department(id) ON DELETE RESTRICT,
        provider_department_id uuid NOT NULL REFERENCES department(id) ON DELETE RESTRICT,
        phase text NOT NULL CHECK (phase IN
          ('onboarding', 'initial_development', 'ongoing_development', 'separation')),
        answered_on date NOT NULL,
        score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
        comment text CHECK (comment IS NULL OR length(comment) <= 2000),
        CHECK (consumer_department_id <> provider_department_id)
      )`);
    await q.query(`CREATE INDEX provider_rating_provider_day_idx ON provider_rating (provider_department_id, answered_on)`);

    await q.query(`
      CREATE TABLE provider_csat_month_rollup (
        month date NOT NULL,
        consumer_department_id uuid NOT NULL,
        provider_department_id uuid NOT NULL,
        n int NOT NULL,
        satisfied int NOT NULL,
        total int NOT NULL,
        total_sq int NOT NULL,
        PRIMARY KEY (month, consumer_department_id, provider_department_id)
      )`);

    // sign = 1 on insert, -1 on delete; rows that reach zero stay (harmless, and rare).
    await q.query(`
      CREATE FUNCTION expulse_roll_provider_ratings() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE sign int := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END;
      BEGIN
        INSERT INTO provider_csat_month_rollup AS r (month, consumer_department_id, provider_department_id, n, satisfied, total, total_sq)
        SELECT expulse_month(answered_on), consumer_department_id, provider_department_id,
               sign * count(*), sign * count(*) FILTER (WHERE score >= 4), sign * sum(score), sign * sum(score * score)
          FROM changed GROUP BY 1, 2, 3
        ON CONFLICT (month, consumer_department_id, provider_department_id) DO UPDATE
          SET n = r.n + excluded.n, satisfied = r.satisfied + excluded.satisfied,
              total = r.total + excluded.total, total_sq = r.total_sq + excluded.total_sq;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER provider_rating_rollup_insert AFTER INSERT ON provider_rating
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION expulse_roll_provider_ratings()`);
    await q.query(`
      CREATE TRIGGER provider_rating_rollup_delete AFTER DELETE ON provider_rating
        REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION expulse_roll_provider_ratings()`);
    // Like responses, ratings are anonymous facts: never changed (expulse_refuse_response_update raises).
    await q.query(`
      CREATE TRIGGER provider_rating_never_updated BEFORE UPDATE ON provider_rating
        FOR EACH STATEMENT EXECUTE FUNCTION expulse_refuse_response_update()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS provider_rating_never_updated ON provider_rating`);
    await q.query(`DROP TRIGGER IF EXISTS provider_rating_rollup_delete ON provider_rating`);
    await q.query(`DROP TRIGGER IF EXISTS provider_rating_rollup_insert ON provider_rating`);
    await q.query(`DROP FUNCTION IF EXISTS expulse_roll_provider_ratings()`);
    await q.query(`DROP TABLE IF EXISTS provider_csat_month_rollup`);
    await q.query(`DROP TABLE IF EXISTS provider_rating`);
    await q.query(`DROP TABLE IF EXISTS department_provider`);
  }
}

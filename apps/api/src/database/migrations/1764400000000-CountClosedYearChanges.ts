import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A revision number per closed year of answers, so a year's decided figures can be kept and
 * reused until an answer of that year is added or removed.
 *
 * Answers are dated the day they are given, so a year that has ended normally never changes
 * again; seeds, imports and tests can still write answers dated in the past. Every statement that
 * inserts or deletes responses dated before the current year (PostgreSQL's current_date) raises
 * the revision of each year it touched, in the same transaction. Answers of the current year do
 * not touch this table, so the answer endpoint does not queue on one row. Readers treat a year as
 * closed only from 3 January (see EmployeeMonths), so a transaction that began on 31 December and
 * commits after midnight is still seen. A year without a row is at revision 0.
 */
export class CountClosedYearChanges1764400000000 implements MigrationInterface {
  name = 'CountClosedYearChanges1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE closed_year_revision (
        year int PRIMARY KEY,
        revision bigint NOT NULL
      )`);
    await q.query(`
      CREATE FUNCTION expulse_count_closed_year_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO closed_year_revision AS r (year, revision)
        SELECT DISTINCT extract(year FROM answered_on)::int, 1
          FROM changed WHERE answered_on < date_trunc('year', current_date)::date
        ON CONFLICT (year) DO UPDATE SET revision = r.revision + 1;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER response_closed_year_insert AFTER INSERT ON response
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION expulse_count_closed_year_changes()`);
    await q.query(`
      CREATE TRIGGER response_closed_year_delete AFTER DELETE ON response
        REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION expulse_count_closed_year_changes()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS response_closed_year_delete ON response`);
    await q.query(`DROP TRIGGER IF EXISTS response_closed_year_insert ON response`);
    await q.query(`DROP FUNCTION IF EXISTS expulse_count_closed_year_changes()`);
    await q.query(`DROP TABLE IF EXISTS closed_year_revision`);
  }
}

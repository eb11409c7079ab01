import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A revision number for the customer scores, so the linkage can keep a window of them read until
 * they change. Customer scores arrive a month at a time (CSV uploads, pushes from CX tools), so
 * every statement that writes to customer_metric raises the one revision, in the same transaction;
 * pushes that run at the same moment wait for each other on that row, which at their rate is
 * nothing. Readers read the revision before the scores, so a change that lands in between is read
 * again on the next request.
 */
export class CountCustomerMetricChanges1764600000000 implements MigrationInterface {
  name = 'CountCustomerMetricChanges1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customer_metric_revision (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        revision bigint NOT NULL
      )`);
    await q.query(`INSERT INTO customer_metric_revision (revision) VALUES (1)`);
    await q.query(`
      CREATE FUNCTION expulse_count_customer_metric_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE customer_metric_revision SET revision = revision + 1;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER customer_metric_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON customer_metric
        FOR EACH STATEMENT EXECUTE FUNCTION expulse_count_customer_metric_changes()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS customer_metric_changed ON customer_metric`);
    await q.query(`DROP FUNCTION IF EXISTS expulse_count_customer_metric_changes()`);
    await q.query(`DROP TABLE IF EXISTS customer_metric_revision`);
  }
}

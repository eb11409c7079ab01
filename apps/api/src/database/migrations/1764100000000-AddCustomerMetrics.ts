import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * External customer scores, and the API keys CX tools push them with.
 *
 * customer_metric replaces customer_nps: one row per unit (department), month, metric and CX index
 * criterion ('' for the other metrics), with the answers behind it (n) and what the metric needs
 * to compute intervals (NPS counts, CSAT counts or share, CES mean, CX index shares). `value` is
 * the headline number, computed by libs/domain customer-metrics.ts at ingestion:
 * NPS −100…100, CSAT % of 4–5 (0…100), CES mean 1…7, CX index criterion %top − %bottom.
 * The CHECK constraints repeat the domain rules, so no writer can store an inconsistent row.
 *
 * The customer_nps rows move over as metric 'nps' (rows with no answers at all cannot: n > 0).
 * `down` moves the NPS rows back; the other metrics and the API keys are lost.
 *
 * api_key holds only the SHA-256 of a key (256 random bits, base64url, "exk_" in front) and its
 * first 8 characters, which HR sees to tell keys apart.
 */
export class AddCustomerMetrics1764100000000 implements MigrationInterface {
  name = 'AddCustomerMetrics1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customer_metric (
        department_id uuid NOT NULL REFERENCES department(id) ON DELETE CASCADE,
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        metric text NOT NULL CHECK (metric IN ('nps', 'csat', 'ces', 'cx_index')),
        criterion text NOT NULL DEFAULT '',
        n int NOT NULL CHECK (n > 0),
        promoters int,
        passives int,
        detractors int,
        csat_counts int[],
        share_top numeric,
        share_bottom numeric,
        mean numeric,
        value numeric NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (department_id, month, metric, criterion),
        CONSTRAINT customer_metric_criterion CHECK ((metric = 'cx_index') = (criterion <> '') AND length(criterion) <= 60),
        CONSTRAINT customer_metric_nps CHECK (
          (metric = 'nps') = (promoters IS NOT NULL AND passives IS NOT NULL AND detractors IS NOT NULL)
          AND (metric <> 'nps' OR (promoters >= 0 AND passives >= 0 AND detractors >= 0
               AND promoters + passives + detractors = n AND value BETWEEN -100 AND 100))),
        CONSTRAINT customer_metric_csat_counts CHECK (csat_counts IS NULL OR (metric = 'csat'
          AND array_ndims(csat_counts) = 1 AND cardinality(csat_counts) = 5 AND array_position(csat_counts, NULL) IS NULL
          AND csat_counts[1] >= 0 AND csat_counts[2] >= 0 AND csat_counts[3] >= 0 AND csat_counts[4] >= 0 AND csat_counts[5] >= 0
          AND csat_counts[1] + csat_counts[2] + csat_counts[3] + csat_counts[4] + csat_counts[5] = n)),
        CONSTRAINT customer_metric_csat CHECK (metric <> 'csat' OR (share_top BETWEEN 0 AND 1 AND value BETWEEN 0 AND 100
          AND share_bottom IS NULL AND (mean IS NULL OR mean BETWEEN 1 AND 5))),
        CONSTRAINT customer_metric_ces CHECK (metric <> 'ces' OR (mean BETWEEN 1 AND 7 AND value = mean
          AND share_top IS NULL AND share_bottom IS NULL)),
        CONSTRAINT customer_metric_cx_index CHECK (metric <> 'cx_index' OR (share_top BETWEEN 0 AND 1
          AND share_bottom BETWEEN 0 AND 1 AND share_top + share_bottom <= 1 AND value BETWEEN -100 AND 100 AND mean IS NULL)),
        CONSTRAINT customer_metric_nps_plain CHECK (metric <> 'nps' OR (share_top IS NULL AND share_bottom IS NULL AND mean IS NULL))
      )`);
    await q.query(`CREATE INDEX customer_metric_month_idx ON customer_metric (metric, month)`);
    await q.query(`
      INSERT INTO customer_metric (department_id, month, metric, n, promoters, passives, detractors, value)
      SELECT department_id, month, 'nps', promoters + passives + detractors, promoters, passives, detractors,
             100.0 * (promoters - detractors) / (promoters + passives + detractors)
        FROM customer_nps
       WHERE promoters + passives + detractors > 0`);
    await q.query(`DROP TABLE customer_nps`);

    await q.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
        prefix text NOT NULL CHECK (length(prefix) = 8),
        key_hash bytea NOT NULL CHECK (length(key_hash) = 32),
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX api_key_hash_uq ON api_key (key_hash)`);
    await q.query(`CREATE INDEX api_key_prefix_idx ON api_key (prefix)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS api_key`);
    await q.query(`
      CREATE TABLE customer_nps (
        department_id uuid NOT NULL REFERENCES department(id) ON DELETE CASCADE,
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        promoters int NOT NULL CHECK (promoters >= 0),
        passives int NOT NULL CHECK (passives >= 0),
        detractors int NOT NULL CHECK (detractors >= 0),
        PRIMARY KEY (department_id, month)
      )`);
    await q.query(`
      INSERT INTO customer_nps (department_id, month, promoters, passives, detractors)
      SELECT department_id, month, promoters, passives, detractors FROM customer_metric WHERE metric = 'nps'`);
    await q.query(`DROP TABLE customer_metric`);
  }
}

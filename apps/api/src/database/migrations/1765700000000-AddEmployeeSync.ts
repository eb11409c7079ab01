import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * From the HR system (issue 13).
 *
 * - `employee_import_mapping`: the organisation's one column mapping for the HR system's own CSV:
 *   for each of our fields the file's column (`columns`, field → header), the date format chosen
 *   by the admin (never guessed), and value mappings (`value_mappings`, field → [{from, to}]).
 * - `api_key.purpose`: a key pushes customer scores or syncs the employee list, never both; the
 *   keys made before are CX tools' keys.
 * - `employee_sync`: every sync received through an API key, with its report, whatever became of
 *   it (applied, held by the safety stop, discarded by HR, failed). `rows` keeps the list of a held
 *   sync so HR can confirm it, and is cleared once the sync is decided: no personal data stays in
 *   the history longer than needed.
 */
export class AddEmployeeSync1765700000000 implements MigrationInterface {
  name = 'AddEmployeeSync1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE employee_import_mapping (
        organisation_id smallint PRIMARY KEY DEFAULT 1 REFERENCES organisation(id) ON DELETE CASCADE,
        columns jsonb NOT NULL CHECK (jsonb_typeof(columns) = 'object'),
        date_format text NOT NULL CHECK (date_format IN ('YYYY-MM-DD', 'DD.MM.YYYY', 'MM/DD/YYYY')),
        value_mappings jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(value_mappings) = 'object'),
        updated_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      ALTER TABLE api_key
        ADD COLUMN purpose text NOT NULL DEFAULT 'customer_scores' CHECK (purpose IN ('customer_scores', 'employee_sync'))`);
    await q.query(`
      CREATE TABLE employee_sync (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        received_at timestamptz NOT NULL,
        sync_date date NOT NULL,
        source text NOT NULL CHECK (source IN ('json', 'csv')),
        api_key_id uuid REFERENCES api_key(id) ON DELETE SET NULL,
        api_key_name text NOT NULL,
        status text NOT NULL CHECK (status IN ('applied', 'held', 'discarded', 'failed')),
        report jsonb NOT NULL,
        rows jsonb,
        decided_at timestamptz,
        decided_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        CHECK ((status = 'held') = (rows IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX employee_sync_received_idx ON employee_sync (received_at DESC)`);
    await q.query(`CREATE INDEX employee_sync_held_idx ON employee_sync (received_at) WHERE status = 'held'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE employee_sync`);
    await q.query(`ALTER TABLE api_key DROP COLUMN purpose`);
    await q.query(`DROP TABLE employee_import_mapping`);
  }
}

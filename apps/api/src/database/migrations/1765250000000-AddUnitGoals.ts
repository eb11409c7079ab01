import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Units set eNPS goals (issue 12): unit_goal holds one target per unit (a department, or the
 * organisation when department_id is null) and calendar period, a whole number from −100 to 100.
 * One goal per unit and period, the organisation's included: the unique index is on the department
 * with null folded to the nil UUID, since a plain UNIQUE lets any number of nulls through.
 * A department's goals go with it; a goal outlives the account that set it.
 */
export class AddUnitGoals1765250000000 implements MigrationInterface {
  name = 'AddUnitGoals1765250000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE unit_goal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        department_id uuid REFERENCES department(id) ON DELETE CASCADE,
        period text NOT NULL CHECK (period ~ '^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$'),
        target smallint NOT NULL CHECK (target BETWEEN -100 AND 100),
        set_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE UNIQUE INDEX unit_goal_unit_period_key
        ON unit_goal ((coalesce(department_id, '00000000-0000-0000-0000-000000000000'::uuid)), period)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE unit_goal`);
  }
}

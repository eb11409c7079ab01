import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Closing the loop (PRODUCT.md): the follow-up queue and the units' action plans.
 *
 * follow_up_item is a detractor or negative comment in the list of the unit it counts in, taken in
 * from the comment lists as the guard decides them at the comment threshold (FollowUpIntake). It
 * holds what that list shows — the text, its quarter, its sentiment, the band where shown — and
 * nothing of the answer: no response id, no day, no segment. Its id is random (gen_random_uuid) and
 * is the key on the wire. source_digest (HMAC under a key derived from APP_SECRET of the quarter, the
 * answer's department, the text and its ordinal among equal texts) only lets the intake take each
 * comment in once; without the secret it cannot be recomputed from the responses. created_on is the
 * start of the calendar week (1st, 8th, 15th, 22nd) whose intake took the item in.
 *
 * follow_up_intake records each week's intake, so it runs once per week on any number of instances.
 *
 * follow_up_audit records every change users make to items and plans (who, when, what); it never
 * holds an employee's comment: only the fields that changed, and a note's id rather than its text.
 *
 * Departments are RESTRICTed like response's: a unit with follow-up work is not deleted silently.
 */
export class AddFollowUpsAndActionPlans1765300000000 implements MigrationInterface {
  name = 'AddFollowUpsAndActionPlans1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE follow_up_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source_digest bytea NOT NULL CHECK (length(source_digest) = 32),
        department_id uuid NOT NULL REFERENCES department(id) ON DELETE RESTRICT,
        quarter text NOT NULL CHECK (quarter ~ '^[0-9]{4}-Q[1-4]$'),
        comment text NOT NULL CHECK (length(comment) BETWEEN 1 AND 2000),
        sentiment smallint CHECK (sentiment IN (-1, 0, 1)),
        detractor boolean NOT NULL,
        status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'acknowledged', 'in_discussion', 'resolved')),
        owner_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        due_on date,
        created_on date NOT NULL,
        resolved_on date,
        CHECK ((status = 'resolved') = (resolved_on IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX follow_up_item_source_uq ON follow_up_item (source_digest)`);
    await q.query(`CREATE INDEX follow_up_item_department_idx ON follow_up_item (department_id, status)`);

    await q.query(`
      CREATE TABLE follow_up_intake (
        week date PRIMARY KEY,
        items integer NOT NULL CHECK (items >= 0)
      )`);

    await q.query(`
      CREATE TABLE follow_up_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES follow_up_item(id) ON DELETE CASCADE,
        author_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX follow_up_note_item_idx ON follow_up_note (item_id, created_at)`);

    await q.query(`
      CREATE TABLE action_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        department_id uuid NOT NULL REFERENCES department(id) ON DELETE RESTRICT,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        owner_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX action_plan_department_idx ON action_plan (department_id, status)`);

    await q.query(`
      CREATE TABLE action_plan_focus (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('driver', 'theme', 'item')),
        driver text,
        theme text CHECK (theme IS NULL OR length(theme) BETWEEN 1 AND 200),
        item_id uuid REFERENCES follow_up_item(id) ON DELETE CASCADE,
        position integer NOT NULL,
        CHECK ((kind = 'driver') = (driver IS NOT NULL)),
        CHECK ((kind = 'theme') = (theme IS NOT NULL)),
        CHECK ((kind = 'item') = (item_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX action_plan_focus_plan_idx ON action_plan_focus (plan_id)`);

    await q.query(`
      CREATE TABLE plan_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        owner_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        due_on date,
        status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done')),
        shown_to_employees boolean NOT NULL DEFAULT false,
        done_on date,
        position integer NOT NULL,
        CHECK ((status = 'done') = (done_on IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX plan_action_plan_idx ON plan_action (plan_id, position)`);

    await q.query(`
      CREATE TABLE action_progress_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES plan_action(id) ON DELETE CASCADE,
        author_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX action_progress_note_action_idx ON action_progress_note (action_id, created_at)`);

    await q.query(`
      CREATE TABLE follow_up_audit (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        user_name text NOT NULL,
        subject text NOT NULL CHECK (subject IN ('item', 'plan', 'action')),
        subject_id uuid NOT NULL,
        change text NOT NULL,
        from_value text,
        to_value text
      )`);
    await q.query(`CREATE INDEX follow_up_audit_subject_idx ON follow_up_audit (subject, subject_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'follow_up_audit', 'action_progress_note', 'plan_action', 'action_plan_focus', 'action_plan',
      'follow_up_note', 'follow_up_intake', 'follow_up_item',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}

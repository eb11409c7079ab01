import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foundation: organisation, departments, employees, accounts and sessions, programmes,
 * invitations, anonymous responses and external customer NPS.
 *
 * Anonymity (PRODUCT.md): a response row holds no employee id, no invitation id and no time
 * finer than the day. An invitation records that it was answered, not when.
 */
export class CreateFoundationSchema1763830000000 implements MigrationInterface {
  name = 'CreateFoundationSchema1763830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);

    await q.query(`
      CREATE TABLE organisation (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        name text NOT NULL,
        time_zone text NOT NULL DEFAULT 'Europe/Tallinn',
        onboarding_until_day int NOT NULL DEFAULT 90,
        initial_development_until_day int NOT NULL DEFAULT 270,
        CHECK (onboarding_until_day > 0 AND initial_development_until_day > onboarding_until_day)
      )`);

    await q.query(`
      CREATE TABLE department (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        parent_id uuid REFERENCES department(id) ON DELETE RESTRICT,
        customer_facing boolean NOT NULL DEFAULT false,
        internal_provider boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (parent_id IS NULL OR parent_id <> id)
      )`);
    await q.query(`CREATE UNIQUE INDEX department_name_uq ON department (lower(name))`);
    await q.query(`CREATE INDEX department_parent_idx ON department (parent_id)`);

    await q.query(`
      CREATE TABLE employee (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        external_id text NOT NULL CHECK (length(trim(external_id)) > 0),
        name text NOT NULL,
        work_email text NOT NULL,
        personal_email text,
        department_id uuid NOT NULL REFERENCES department(id) ON DELETE RESTRICT,
        manager_id uuid REFERENCES employee(id) ON DELETE SET NULL,
        location text NOT NULL,
        language text NOT NULL CHECK (language IN ('en', 'et')),
        start_date date NOT NULL,
        notice_date date,
        end_date date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (end_date IS NULL OR end_date >= start_date),
        CHECK (notice_date IS NULL OR end_date IS NULL OR notice_date <= end_date),
        CHECK (manager_id IS NULL OR manager_id <> id)
      )`);
    await q.query(`CREATE UNIQUE INDEX employee_external_id_uq ON employee (external_id)`);
    await q.query(`CREATE INDEX employee_department_idx ON employee (department_id)`);
    await q.query(`CREATE INDEX employee_manager_idx ON employee (manager_id)`);

    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'leader', 'manager')),
        scope_department_id uuid REFERENCES department(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (role <> 'manager' OR scope_department_id IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_uq ON app_user (lower(email))`);

    await q.query(`
      CREATE TABLE user_session (
        id_hash bytea PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX user_session_user_idx ON user_session (user_id)`);

    await q.query(`
      CREATE TABLE failed_login (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX failed_login_email_time_idx ON failed_login (lower(email), attempted_at)`);

    await q.query(`
      CREATE TABLE programme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL UNIQUE,
        name_en text NOT NULL,
        name_et text NOT NULL,
        target_phase text NOT NULL CHECK (target_phase IN
          ('onboarding', 'initial_development', 'ongoing_development', 'separation', 'all')),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employee_id uuid NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
        programme_id uuid NOT NULL REFERENCES programme(id) ON DELETE RESTRICT,
        occurrence_key text NOT NULL,
        token_hash bytea NOT NULL,
        language text NOT NULL CHECK (language IN ('en', 'et')),
        department_id uuid NOT NULL REFERENCES department(id) ON DELETE RESTRICT,
        phase text NOT NULL,
        sent_on date NOT NULL,
        expires_at timestamptz NOT NULL,
        answered boolean NOT NULL DEFAULT false,
        submission_hash bytea,
        CHECK (answered OR submission_hash IS NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX invitation_occurrence_uq ON invitation (employee_id, programme_id, occurrence_key)`);
    await q.query(`CREATE UNIQUE INDEX invitation_token_hash_uq ON invitation (token_hash)`);
    await q.query(`CREATE INDEX invitation_department_sent_idx ON invitation (department_id, sent_on)`);

    await q.query(`
      CREATE TABLE response (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES programme(id) ON DELETE RESTRICT,
        department_id uuid NOT NULL REFERENCES department(id) ON DELETE RESTRICT,
        manager_id uuid REFERENCES employee(id) ON DELETE SET NULL,
        location text NOT NULL,
        phase text NOT NULL CHECK (phase IN
          ('onboarding', 'initial_development', 'ongoing_development', 'separation')),
        tenure_band text NOT NULL,
        answered_on date NOT NULL,
        score smallint NOT NULL CHECK (score BETWEEN 0 AND 10),
        comment text CHECK (comment IS NULL OR length(comment) <= 2000)
      )`);
    await q.query(`CREATE INDEX response_department_day_idx ON response (department_id, answered_on)`);
    await q.query(`CREATE INDEX response_day_idx ON response (answered_on)`);

    await q.query(`
      CREATE TABLE customer_nps (
        department_id uuid NOT NULL REFERENCES department(id) ON DELETE CASCADE,
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        promoters int NOT NULL CHECK (promoters >= 0),
        passives int NOT NULL CHECK (passives >= 0),
        detractors int NOT NULL CHECK (detractors >= 0),
        PRIMARY KEY (department_id, month)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'customer_nps', 'response', 'invitation', 'programme', 'failed_login', 'user_session',
      'app_user', 'employee', 'department', 'organisation',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pulse engine: programmes as data (trigger, questions, expiry, reminder), the five default
 * programmes of PRODUCT.md, the organisation's send hour and fatigue guard, invitation delivery
 * state, the outbox the delivery worker sends from, and the dev mailbox used when no SMTP server
 * is configured.
 *
 * expulse_phase() mirrors phaseOn() of libs/domain for set-based SQL; a test holds the two equal.
 */
export class CreatePulseEngine1763900000000 implements MigrationInterface {
  name = 'CreatePulseEngine1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organisation
        ADD COLUMN send_hour int NOT NULL DEFAULT 10 CHECK (send_hour BETWEEN 0 AND 23),
        ADD COLUMN fatigue_days int NOT NULL DEFAULT 14 CHECK (fatigue_days BETWEEN 0 AND 365)`);

    await q.query(`
      ALTER TABLE programme
        ADD COLUMN trigger_kind text NOT NULL DEFAULT 'manual'
          CHECK (trigger_kind IN ('days_after_start', 'every_n_days', 'on_notice', 'manual')),
        ADD COLUMN trigger_days int[] NOT NULL DEFAULT '{}',
        ADD COLUMN interval_days int CHECK (interval_days IS NULL OR interval_days BETWEEN 7 AND 366),
        ADD COLUMN questions jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN expiry_days int NOT NULL DEFAULT 14 CHECK (expiry_days BETWEEN 1 AND 60),
        ADD COLUMN reminder_after_days int CHECK (reminder_after_days IS NULL OR reminder_after_days BETWEEN 1 AND 30),
        ADD COLUMN catch_up_days int NOT NULL DEFAULT 7 CHECK (catch_up_days BETWEEN 1 AND 60),
        ADD COLUMN fatigue_exempt boolean NOT NULL DEFAULT false,
        ADD COLUMN priority int NOT NULL DEFAULT 0,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT programme_trigger_ck CHECK (
          (trigger_kind = 'days_after_start' AND cardinality(trigger_days) > 0) OR
          (trigger_kind = 'every_n_days' AND interval_days IS NOT NULL) OR
          trigger_kind IN ('on_notice', 'manual'))`);

    await q.query(`
      INSERT INTO programme (key, name_en, name_et, target_phase, trigger_kind, trigger_days, interval_days,
                             questions, reminder_after_days, fatigue_exempt, priority, active)
      VALUES
        ('onboarding', 'Onboarding check-in', 'Sisseelamise küsitlus', 'onboarding', 'days_after_start',
         '{7,30,60,90}', NULL,
         '[{"kind":"enps"},{"kind":"statement","key":"tools","textEn":"I have what I need to do my job well.","textEt":"Mul on olemas kõik, mida vajan oma töö heaks tegemiseks."},{"kind":"comment"}]',
         3, false, 30, true),
        ('development', 'Development pulse', 'Arengupulss', 'initial_development', 'every_n_days',
         '{}', 30, '[{"kind":"enps"},{"kind":"driver"},{"kind":"comment"}]', 3, false, 20, true),
        ('quarterly', 'Quarterly pulse', 'Kvartaliküsitlus', 'ongoing_development', 'every_n_days',
         '{}', 90, '[{"kind":"enps"},{"kind":"driver"},{"kind":"comment"}]', 3, false, 10, true),
        ('exit', 'Exit survey', 'Lahkumisküsitlus', 'separation', 'on_notice',
         '{}', NULL, '[{"kind":"enps"},{"kind":"choice","key":"leaving_reason"},{"kind":"comment"}]', 3, true, 100, true),
        ('internal_service', 'Internal service pulse', 'Sisekliendi teenuse pulss', 'all', 'every_n_days',
         '{}', 90, '[{"kind":"provider_csat"},{"kind":"comment"}]', 3, false, 5, false)
      ON CONFLICT (key) DO NOTHING`);

    await q.query(`
      ALTER TABLE invitation
        ADD COLUMN due_on date,
        ADD COLUMN opened boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE INDEX invitation_employee_sent_idx ON invitation (employee_id, sent_on)`);

    await q.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        invitation_id uuid NOT NULL REFERENCES invitation(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('invitation', 'reminder')),
        to_address text NOT NULL,
        -- The raw answer-link token, needed to write the email; removed once the message is sent.
        token text,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'skipped')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (invitation_id, kind),
        CHECK (status = 'pending' OR token IS NULL OR status = 'failed')
      )`);
    await q.query(`CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE status = 'pending'`);

    await q.query(`
      CREATE TABLE dev_mail (
        id bigserial PRIMARY KEY,
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        delivered_at timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE FUNCTION expulse_phase(start_date date, notice_date date, end_date date, on_date date,
                                    onboarding_until int, initial_until int) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE
          WHEN on_date < start_date THEN 'pre_start'
          WHEN end_date IS NOT NULL AND on_date > end_date THEN 'departed'
          WHEN notice_date IS NOT NULL AND on_date >= notice_date THEN 'separation'
          WHEN on_date - start_date + 1 <= onboarding_until THEN 'onboarding'
          WHEN on_date - start_date + 1 <= initial_until THEN 'initial_development'
          ELSE 'ongoing_development'
        END
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS expulse_phase(date, date, date, date, int, int)`);
    await q.query(`DROP TABLE IF EXISTS dev_mail`);
    await q.query(`DROP TABLE IF EXISTS outbox`);
    await q.query(`DROP INDEX IF EXISTS invitation_employee_sent_idx`);
    await q.query(`ALTER TABLE invitation DROP COLUMN IF EXISTS due_on, DROP COLUMN IF EXISTS opened`);
    await q.query(`DELETE FROM programme WHERE key IN ('onboarding', 'development', 'quarterly', 'exit', 'internal_service')
                     AND NOT EXISTS (SELECT 1 FROM invitation WHERE invitation.programme_id = programme.id)`);
    await q.query(`ALTER TABLE programme DROP CONSTRAINT IF EXISTS programme_trigger_ck,
      DROP COLUMN IF EXISTS trigger_kind, DROP COLUMN IF EXISTS trigger_days, DROP COLUMN IF EXISTS interval_days,
      DROP COLUMN IF EXISTS questions, DROP COLUMN IF EXISTS expiry_days, DROP COLUMN IF EXISTS reminder_after_days,
      DROP COLUMN IF EXISTS catch_up_days, DROP COLUMN IF EXISTS fatigue_exempt, DROP COLUMN IF EXISTS priority,
      DROP COLUMN IF EXISTS updated_at`);
    await q.query(`ALTER TABLE organisation DROP COLUMN IF EXISTS send_hour, DROP COLUMN IF EXISTS fatigue_days`);
  }
}

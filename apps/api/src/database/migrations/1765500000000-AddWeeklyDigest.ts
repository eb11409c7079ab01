import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The weekly digest (issue 12): one email a week to each manager and leader (admins who opt in),
 * through the outbox.
 *
 * - `app_user.language` ('en' default, or 'et'): the language of the user's mail.
 * - `app_user.weekly_digest`: null follows the role (on for managers and leaders, off for admins);
 *   true or false is the user's own choice.
 * - `outbox` carries user mail too: `invitation_id` becomes nullable, `user_id` names the recipient,
 *   kind 'digest', and the digest's subject and bodies are rendered when it is planned (its figures
 *   are those of the Monday it was planned on, whenever a retry sends it). A CHECK keeps each row one
 *   or the other.
 * - `weekly_digest` (user_id, week) is the key that plans a user's digest once per week, however
 *   many instances plan at once; `seen_comments` holds keyed digests (HMAC under APP_SECRET) of the
 *   comments the recipient's lists showed, so next week's digest can tell which are new, and `figures`
 *   a SHA-256 of the figures it showed, to tell a week when nothing moved. No text, no figure.
 */
export class AddWeeklyDigest1765500000000 implements MigrationInterface {
  name = 'AddWeeklyDigest1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user
        ADD COLUMN language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'et')),
        ADD COLUMN weekly_digest boolean`);
    await q.query(`ALTER TABLE outbox ALTER COLUMN invitation_id DROP NOT NULL`);
    await q.query(`ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check`);
    await q.query(`
      ALTER TABLE outbox
        ADD COLUMN user_id uuid REFERENCES app_user(id) ON DELETE CASCADE,
        ADD COLUMN subject text,
        ADD COLUMN text_body text,
        ADD COLUMN html_body text,
        ADD CONSTRAINT outbox_kind_check CHECK (kind IN ('invitation', 'reminder', 'digest')),
        ADD CONSTRAINT outbox_recipient_check CHECK (
          CASE WHEN kind = 'digest'
               THEN invitation_id IS NULL AND user_id IS NOT NULL AND subject IS NOT NULL AND text_body IS NOT NULL AND html_body IS NOT NULL
               ELSE invitation_id IS NOT NULL AND user_id IS NULL END)`);
    await q.query(`
      CREATE TABLE weekly_digest (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        week date NOT NULL,
        outbox_id bigint REFERENCES outbox(id) ON DELETE SET NULL,
        seen_comments bytea[] NOT NULL DEFAULT '{}',
        figures bytea,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, week)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE weekly_digest`);
    await q.query(`DELETE FROM outbox WHERE kind = 'digest'`);
    await q.query(`
      ALTER TABLE outbox
        DROP CONSTRAINT outbox_recipient_check,
        DROP CONSTRAINT outbox_kind_check,
        DROP COLUMN html_body,
        DROP COLUMN text_body,
        DROP COLUMN subject,
        DROP COLUMN user_id`);
    await q.query(`ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check CHECK (kind IN ('invitation', 'reminder'))`);
    await q.query(`ALTER TABLE outbox ALTER COLUMN invitation_id SET NOT NULL`);
    await q.query(`ALTER TABLE app_user DROP COLUMN weekly_digest, DROP COLUMN language`);
  }
}

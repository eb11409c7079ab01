import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts HR manages (issue 13) and an audit log of administrative changes.
 *
 * - `app_user.password_hash` may be NULL: an invited account has no password until its owner sets
 *   one from the invitation link (a NULL hash never signs in). `deactivated_at` ends an account:
 *   its sessions are deleted in the same transaction and no session of it resolves again.
 *   `invited_by` names the admin who invited it.
 * - `account_token`: a set-password link (purpose 'invite' or 'reset'). The link's token is derived
 *   from the row id with a key of the application secret when the message is sent (AccountLinks),
 *   and only its SHA-256 is stored (`token_hash`), so no usable link is at rest. Single use
 *   (`used_at`, set by a conditional UPDATE) and expiring (`expires_at`).
 * - `outbox` carries account mail: kind 'account' with `user_id` and `account_token_id`, rendered
 *   when queued with the placeholder {{account-link}} where the link goes (put in as it is sent).
 * - `audit_log`: who (the actor's id, and email at the time), what (action, target), when, and
 *   details as JSON. Never an employee's answer or comment.
 */
export class AddAccountsAndAuditLog1765600000000 implements MigrationInterface {
  name = 'AddAccountsAndAuditLog1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user
        ALTER COLUMN password_hash DROP NOT NULL,
        ADD COLUMN deactivated_at timestamptz,
        ADD COLUMN invited_by uuid REFERENCES app_user(id) ON DELETE SET NULL`);
    await q.query(`
      CREATE TABLE account_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('invite', 'reset')),
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX account_token_user_idx ON account_token (user_id)`);
    await q.query(`ALTER TABLE outbox DROP CONSTRAINT outbox_recipient_check, DROP CONSTRAINT outbox_kind_check`);
    await q.query(`
      ALTER TABLE outbox
        ADD COLUMN account_token_id uuid REFERENCES account_token(id) ON DELETE CASCADE,
        ADD CONSTRAINT outbox_kind_check CHECK (kind IN ('invitation', 'reminder', 'digest', 'account')),
        ADD CONSTRAINT outbox_recipient_check CHECK (
          CASE WHEN kind = 'digest'
               THEN invitation_id IS NULL AND account_token_id IS NULL AND user_id IS NOT NULL
                    AND subject IS NOT NULL AND text_body IS NOT NULL AND html_body IS NOT NULL
               WHEN kind = 'account'
               THEN invitation_id IS NULL AND account_token_id IS NOT NULL AND user_id IS NOT NULL
                    AND subject IS NOT NULL AND text_body IS NOT NULL AND html_body IS NOT NULL
               ELSE invitation_id IS NOT NULL AND user_id IS NULL AND account_token_id IS NULL END)`);
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        actor_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        actor_email text NOT NULL,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id text,
        target_label text,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DELETE FROM outbox WHERE kind = 'account'`);
    await q.query(`ALTER TABLE outbox DROP CONSTRAINT outbox_recipient_check, DROP CONSTRAINT outbox_kind_check, DROP COLUMN account_token_id`);
    await q.query(`
      ALTER TABLE outbox
        ADD CONSTRAINT outbox_kind_check CHECK (kind IN ('invitation', 'reminder', 'digest')),
        ADD CONSTRAINT outbox_recipient_check CHECK (
          CASE WHEN kind = 'digest'
               THEN invitation_id IS NULL AND user_id IS NOT NULL AND subject IS NOT NULL AND text_body IS NOT NULL AND html_body IS NOT NULL
               ELSE invitation_id IS NOT NULL AND user_id IS NULL END)`);
    await q.query(`DROP TABLE account_token`);
    // Accounts that never set a password cannot satisfy NOT NULL: they go.
    await q.query(`DELETE FROM app_user WHERE password_hash IS NULL`);
    await q.query(`ALTER TABLE app_user DROP COLUMN invited_by, DROP COLUMN deactivated_at, ALTER COLUMN password_hash SET NOT NULL`);
  }
}

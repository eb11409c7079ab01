import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * No usable answer link at rest (issue 16). Until now the planner made a random token per
 * invitation and kept it in `outbox.token` until its messages were sent: days for a reminder, for
 * ever for a failed message; and the dev mailbox kept every email with its working link. Whoever
 * read the database (a dump, a backup, HR through the mailbox) could answer as anyone.
 *
 * From now on a link's token is derived when a message is sent, from the invitation id and a key
 * of the application secret, which the database never holds (AnswerLinks,
 * responses/answer-token.ts). So:
 * - `outbox.token` goes (with the CHECK that tied it to the status);
 * - `invitation.token_hash` may be NULL: new invitations have none. Links sent before keep working
 *   through it until their invitations expire (the answer page falls back to it for the old
 *   43-character tokens);
 * - `dev_mail` names its invitation (`invitation_id`) and keeps the placeholder `{{answer-link}}`
 *   (ANSWER_LINK_PLACEHOLDER) where the link was; the mailbox derives a link as it shows a message,
 *   for demo employees only. The rows kept before are matched to their invitations by the SHA-256
 *   of the token in their text, and their links replaced the same way;
 * - `organisation.demo_seeded_at` records that the demo seed created this organisation (the dev
 *   mailbox answers only then). Set here for an organisation the demo seed made before: named
 *   Nordlight Retail with employees at the demo's address domain (nordlight.example, which
 *   cannot receive mail); the time is that of its first such employee.
 *
 * Down restores the columns but not the tokens, which are not kept anywhere: messages still pending
 * then fail ("no longer stored"), and invitations made since get a random token_hash (no link opens
 * them under the old code). The mailbox's rows keep the placeholder.
 */
export class DeriveAnswerLinksWhenSending1765100000000 implements MigrationInterface {
  name = 'DeriveAnswerLinksWhenSending1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox DROP COLUMN token`);
    await q.query(`ALTER TABLE invitation ALTER COLUMN token_hash DROP NOT NULL`);

    await q.query(`ALTER TABLE dev_mail ADD COLUMN invitation_id uuid REFERENCES invitation(id) ON DELETE SET NULL`);
    await q.query(`
      UPDATE dev_mail m SET invitation_id = i.id
        FROM invitation i
       WHERE i.token_hash = sha256(convert_to(substring(m.text_body FROM '/s#([A-Za-z0-9_-]{43})'), 'UTF8'))`);
    await q.query(`
      UPDATE dev_mail
         SET text_body = regexp_replace(text_body, '[^\\s"<>]*/s#[A-Za-z0-9_-]{43}', '{{answer-link}}', 'g'),
             html_body = regexp_replace(html_body, '[^\\s"<>]*/s#[A-Za-z0-9_-]{43}', '{{answer-link}}', 'g')`);

    await q.query(`ALTER TABLE organisation ADD COLUMN demo_seeded_at timestamptz`);
    await q.query(`
      UPDATE organisation
         SET demo_seeded_at = (SELECT min(created_at) FROM employee WHERE lower(work_email) LIKE '%@nordlight.example')
       WHERE id = 1 AND name = 'Nordlight Retail'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisation DROP COLUMN IF EXISTS demo_seeded_at`);
    await q.query(`ALTER TABLE dev_mail DROP COLUMN IF EXISTS invitation_id`);
    await q.query(`UPDATE invitation SET token_hash = gen_random_bytes(32) WHERE token_hash IS NULL`);
    await q.query(`ALTER TABLE invitation ALTER COLUMN token_hash SET NOT NULL`);
    await q.query(`ALTER TABLE outbox ADD COLUMN token text`);
    await q.query(`ALTER TABLE outbox ADD CONSTRAINT outbox_check CHECK (status = 'pending' OR token IS NULL OR status = 'failed')`);
  }
}

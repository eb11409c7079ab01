import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Anonymous conversations (issue 12): HR or a unit's manager replies to a comment from its follow-up
 * item; the employee who wrote it reads and answers from a private link (/c#<secret>) made by their
 * page when they answered. No row links a conversation to an invitation or an employee
 * (README, "Anonymous conversations").
 *
 * conversation is written at the flush of the answer's day, in the same transaction as the day's
 * responses and in a shuffle of its own (AnswerInbox). secret_digest is an HMAC, under a key derived
 * from APP_SECRET, of the 256-bit secret only the employee's link holds; response_ref an HMAC, under
 * another derived key, of the response's id, which the follow-up intake computes for the comments it
 * takes in and so sets item_id. Without the secret neither can be computed from any stored value.
 * language is the invitation's, so the employee's page speaks it. No date: the response has its day.
 *
 * conversation_message holds the thread, in the order of its id. A staff reply keeps who (author_id)
 * and when (written_at); an employee's message keeps only its day (written_on) and is written at the
 * day's end from conversation_inbox, with the other employee messages of that day in a random order,
 * so neither its row version (xmin) nor its place tells the time of day it was sent.
 *
 * conversation_inbox holds an employee's message until its day ends: sealed (AES-256-GCM, one length),
 * claim = HMAC of the conversation id (so the employee's page can show it as waiting).
 */
export class AddConversations1765400000000 implements MigrationInterface {
  name = 'AddConversations1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE conversation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        secret_digest bytea NOT NULL CHECK (length(secret_digest) = 32),
        response_ref bytea NOT NULL CHECK (length(response_ref) = 32),
        language text NOT NULL CHECK (language IN ('en', 'et')),
        item_id uuid REFERENCES follow_up_item(id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX conversation_secret_uq ON conversation (secret_digest)`);
    await q.query(`CREATE UNIQUE INDEX conversation_response_uq ON conversation (response_ref)`);
    await q.query(`CREATE UNIQUE INDEX conversation_item_uq ON conversation (item_id) WHERE item_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE conversation_message (
        id bigserial PRIMARY KEY,
        conversation_id uuid NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
        from_staff boolean NOT NULL,
        author_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
        written_on date NOT NULL,
        written_at timestamptz,
        CHECK (from_staff = (written_at IS NOT NULL)),
        CHECK (from_staff OR author_id IS NULL)
      )`);
    await q.query(`CREATE INDEX conversation_message_thread_idx ON conversation_message (conversation_id, id)`);

    await q.query(`
      CREATE TABLE conversation_inbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        claim bytea NOT NULL CHECK (length(claim) = 32),
        held_on date NOT NULL,
        sealed bytea NOT NULL CHECK (length(sealed) = 16412)
      )`);
    await q.query(`ALTER TABLE conversation_inbox ALTER COLUMN sealed SET STORAGE EXTERNAL`);
    await q.query(`CREATE INDEX conversation_inbox_claim_idx ON conversation_inbox (claim)`);
    await q.query(`CREATE INDEX conversation_inbox_day_idx ON conversation_inbox (held_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE conversation_inbox`);
    await q.query(`DROP TABLE conversation_message`);
    await q.query(`DROP TABLE conversation`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Answers wait, sealed, until their day has ended, then all of a day's answers are written at once,
 * in a random order, and their invitations are marked answered together (AnswerInbox). Until then
 * the answer path used to mark the invitation and insert the response in one statement, so both
 * rows carried the same transaction id (xmin): `JOIN invitation i ON i.xmin = r.xmin` named the
 * author of every answer, and xmin and the heap order told the time finer than the day.
 *
 * A row here holds:
 * - claim: HMAC of the invitation id under a key derived from APP_SECRET. Unique, so an invitation
 *   is answered once; the database alone cannot tell which invitation a claim is.
 * - answered_on: the day (in the organisation's time zone) the answer counts on, which the
 *   response row will carry anyway.
 * - sealed: the answer, the invitation id and the submission's hash, AES-256-GCM, padded to one
 *   length for every answer (16,384 bytes of plaintext + 28), so its size says nothing of its comment.
 * No id, no timestamp, no default from a sequence. STORAGE EXTERNAL: ciphertext does not compress.
 */
export class HoldAnswersUntilTheDayEnds1765050000000 implements MigrationInterface {
  name = 'HoldAnswersUntilTheDayEnds1765050000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE answer_inbox (
        claim bytea PRIMARY KEY CHECK (length(claim) = 32),
        answered_on date NOT NULL,
        sealed bytea NOT NULL CHECK (length(sealed) = 16412)
      )`);
    await q.query(`ALTER TABLE answer_inbox ALTER COLUMN sealed SET STORAGE EXTERNAL`);
    await q.query(`CREATE INDEX answer_inbox_day_idx ON answer_inbox (answered_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Answers still waiting would be lost: refuse rather than drop them.
    const [{ n }] = await q.query(`SELECT count(*)::int AS n FROM answer_inbox`);
    if (n > 0) throw new Error(`answer_inbox holds ${n} answers not yet written: let the flush run before reverting.`);
    await q.query(`DROP TABLE answer_inbox`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each outbox message was planned, kept apart from next_attempt_at, which a failed attempt
 * moves. HR's employee page shows a reminder's planned time: the worker skips the reminder of an
 * answered invitation and retries only the others, so next_attempt_at (and status, attempts,
 * sent_at) would tell whether that person had answered; planned_at does not change after the row
 * is written (a trigger fills it from next_attempt_at on insert and keeps it on update).
 *
 * The dev mailbox's reminders go, for the same reason (see DevMailboxTransport).
 *
 * Rows written before this migration: exact when never attempted; a retried reminder (planned at
 * the send hour of a day, retries waiting at most an hour each) gets the last send hour at or
 * before its next attempt; a retried invitation email its creation time.
 */
export class KeepOutboxPlannedAt1764800000000 implements MigrationInterface {
  name = 'KeepOutboxPlannedAt1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN planned_at timestamptz`);
    await q.query(`
      UPDATE outbox o
         SET planned_at = CASE
               WHEN o.attempts = 0 THEN o.next_attempt_at
               WHEN o.kind = 'invitation' THEN least(o.created_at, o.next_attempt_at)
               ELSE coalesce((
                 SELECT ((((o.next_attempt_at AT TIME ZONE org.time_zone) - make_interval(hours => org.send_hour))::date
                          + make_interval(hours => org.send_hour)) AT TIME ZONE org.time_zone)
                   FROM organisation org WHERE org.id = 1), o.next_attempt_at)
             END`);
    await q.query(`ALTER TABLE outbox ALTER COLUMN planned_at SET NOT NULL`);
    await q.query(`
      CREATE FUNCTION expulse_outbox_planned_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          NEW.planned_at := coalesce(NEW.planned_at, NEW.next_attempt_at);
        ELSE
          NEW.planned_at := OLD.planned_at;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER outbox_planned_at BEFORE INSERT OR UPDATE OF planned_at ON outbox
        FOR EACH ROW EXECUTE FUNCTION expulse_outbox_planned_at()`);
    // The dev mailbox keeps invitations only from now on (DevMailboxTransport): reminders it kept
    // before go too, found by the first words renderInvitationEmail gives a reminder.
    await q.query(`DELETE FROM dev_mail WHERE text_body LIKE 'A reminder: %' OR text_body LIKE 'Meeldetuletus: %'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS outbox_planned_at ON outbox`);
    await q.query(`DROP FUNCTION IF EXISTS expulse_outbox_planned_at()`);
    await q.query(`ALTER TABLE outbox DROP COLUMN IF EXISTS planned_at`);
  }
}

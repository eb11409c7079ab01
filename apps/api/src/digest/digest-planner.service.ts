import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { OrganisationService } from '../common/organisation.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DigestComposer, DigestRecipient } from './digest-composer.service';
import { renderDigestEmail } from './digest-email';
import { digestDay } from './digest-week';

const DIGEST_LOCK = 'expulse:weekly-digest';
/**
 * Weeks a recipient's digest row is kept: the row of this week keeps its digest exactly-once, the last
 * one before it tells which comments are new. Older rows tell nothing more and are removed on the
 * digest's day (a recipient whose last digest is older gets every shown comment counted as new).
 */
export const DIGEST_KEPT_WEEKS = 8;

/** Who gets a digest: managers and leaders unless they turned it off, admins only when they turned it on. */
const RECIPIENTS = `
  SELECT u.id::text AS id, u.email, u.name, u.role, u.scope_department_id::text AS "scopeDepartmentId", u.language
    FROM app_user u
   WHERE coalesce(u.weekly_digest, u.role IN ('manager', 'leader'))
     AND u.deactivated_at IS NULL AND u.password_hash IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM weekly_digest d WHERE d.user_id = u.id AND d.week = $1)
   ORDER BY u.id`;

export interface DigestPlanResult {
  /** The digest's day, or null when now is not its day and hour. */
  week: string | null;
  planned: number;
}

/**
 * Plans the weekly digest on DIGEST_WEEKDAY from the organisation's send hour (its time zone): for
 * each recipient one outbox message, rendered now, and the (user, week) row that makes it the only one.
 * Several instances may run it at once: they queue on a transaction-scoped advisory lock, and the
 * primary key of weekly_digest keeps a second row out even without it. The delivery worker sends it.
 * Rows older than DIGEST_KEPT_WEEKS are pruned in the same transaction.
 */
@Injectable()
export class DigestPlanner {
  private readonly logger = new Logger('Digest');

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly organisation: OrganisationService,
    private readonly composer: DigestComposer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async planDue(): Promise<DigestPlanResult> {
    const now = this.clock.now();
    const [org] = await this.db.query(`SELECT name, time_zone, send_hour FROM organisation WHERE id = 1`);
    const week = org ? digestDay(now, org.time_zone, org.send_hour, this.config.digestWeekday) : null;
    if (!week) return { week: null, planned: 0 };
    const planned = await this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [DIGEST_LOCK]);
      await tx.query(`DELETE FROM weekly_digest WHERE week < $1::date - $2::int * 7`, [week, DIGEST_KEPT_WEEKS]);
      const recipients: DigestRecipient[] = await tx.query(RECIPIENTS, [week]);
      let count = 0;
      for (const recipient of recipients) {
        const [last] = await tx.query(
          `SELECT seen_comments, figures FROM weekly_digest WHERE user_id = $1 AND week < $2 ORDER BY week DESC LIMIT 1`,
          [recipient.id, week],
        );
        const before = { seen: last?.seen_comments ?? [], figures: last?.figures ?? null };
        const { content, seen, figures } = await this.composer.compose(recipient, week, org.name, before);
        const email = renderDigestEmail(content);
        const [kept] = await tx.query(
          `INSERT INTO weekly_digest (user_id, week, seen_comments, figures) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING user_id`,
          [recipient.id, week, seen, figures],
        );
        if (!kept) continue;
        const [{ id }] = await tx.query(
          `INSERT INTO outbox (user_id, kind, to_address, subject, text_body, html_body, next_attempt_at)
           VALUES ($1, 'digest', $2, $3, $4, $5, $6) RETURNING id`,
          [recipient.id, recipient.email, email.subject, email.text, email.html, now],
        );
        await tx.query(`UPDATE weekly_digest SET outbox_id = $3 WHERE user_id = $1 AND week = $2`, [recipient.id, week, id]);
        count++;
      }
      return count;
    });
    if (planned > 0) this.logger.log(`${planned} weekly digests planned for ${week}.`);
    return { week, planned };
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Language } from '@ex-pulse/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { OrganisationService } from '../common/organisation.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AnswerInbox } from '../responses/answer-inbox';
import { AnswerLinks } from '../responses/answer-token';
import { ACCOUNT_LINK_PLACEHOLDER } from '../users/account-email';
import { AccountLinks } from '../users/account-links';
import { retryDelaySeconds, trimError } from './delivery-backoff';
import { escapeHtml, OutboxKind, renderInvitationEmail } from './invitation-email';
import { isServerUnavailable, MAIL_TRANSPORT, MailTransport } from './mail-transport';

export interface DeliveryResult {
  sent: number;
  /** Gave up after DELIVERY_MAX_ATTEMPTS (the reason stays on the row for HR). */
  failed: number;
  /** Failed this time, tried again after the backoff. */
  retried: number;
  /** Not sent because it no longer makes sense (a reminder of an answered invitation, or expired). */
  skipped: number;
}

/** An invitation or reminder (joined to its invitation), or a digest (its invitation fields null, its email rendered when planned). */
interface DueMessage {
  id: string;
  invitation_id: string;
  kind: OutboxKind;
  to_address: string;
  attempts: number;
  language: Language;
  expires_at: Date;
  answered: boolean;
  name_en: string;
  name_et: string;
  subject: string | null;
  text_body: string | null;
  html_body: string | null;
  /** An account message's set-password link (account_token), and whether it still works. */
  account_token_id: string | null;
  link_usable: boolean | null;
}

type Outcome =
  | { id: string; status: 'sent' | 'skipped' }
  | { id: string; status: 'pending' | 'failed'; attempts: number; error: string; nextAttemptAt: Date };

/** Locks only the outbox rows (OF o), so answering an invitation is never blocked by a send. */
const CLAIM_DUE = `
  SELECT o.id::text AS id, o.invitation_id::text AS invitation_id, o.kind, o.to_address, o.attempts,
         i.language, i.expires_at, i.answered, p.name_en, p.name_et, o.subject, o.text_body, o.html_body,
         o.account_token_id::text AS account_token_id, (t.used_at IS NULL AND t.expires_at > $1) AS link_usable
    FROM outbox o
    LEFT JOIN invitation i ON i.id = o.invitation_id
    LEFT JOIN programme p ON p.id = i.programme_id
    LEFT JOIN account_token t ON t.id = o.account_token_id
   WHERE o.status = 'pending' AND o.next_attempt_at <= $1
   ORDER BY o.next_attempt_at, o.id
   LIMIT $2
     FOR UPDATE OF o SKIP LOCKED`;

const RECORD_OUTCOMES = `
  UPDATE outbox o
     SET status = u.status,
         attempts = coalesce(u.attempts, o.attempts),
         last_error = coalesce(u.last_error, o.last_error),
         next_attempt_at = coalesce(u.next_attempt_at, o.next_attempt_at),
         sent_at = CASE WHEN u.status = 'sent' THEN $6::timestamptz ELSE o.sent_at END
    FROM unnest($1::bigint[], $2::text[], $3::int[], $4::text[], $5::timestamptz[])
         AS u(id, status, attempts, last_error, next_attempt_at)
   WHERE o.id = u.id`;

/**
 * Sends the outbox messages that are due, each at most once however many workers run: a batch's
 * rows stay locked (SKIP LOCKED for the others) until its transaction records what happened.
 * The outbox holds no answer link: each message's link is derived from its invitation id with the
 * application secret as it is sent (AnswerLinks), so a waiting reminder or a failed message in the
 * database opens nothing.
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger('Delivery');

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly organisation: OrganisationService,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly links: AnswerLinks,
    private readonly inbox: AnswerInbox,
    private readonly accountLinks: AccountLinks,
  ) {}

  /**
   * At most `limit` due messages. Each is claimed, sent and recorded in its own short transaction,
   * so a message the server accepted is recorded as sent before the next one goes: a crash or a
   * `kill -9` leaves at most the one message in flight unrecorded (sent again after the restart if
   * the server had accepted it), never a whole batch. Once the server is found unavailable, the
   * rest are claimed together and wait their backoff unsent.
   */
  async deliverDue(limit = 50): Promise<DeliveryResult> {
    const result: DeliveryResult = { sent: 0, failed: 0, retried: 0, skipped: 0 };
    const now = this.clock.now();
    let unavailable: string | null = null;
    for (let left = limit; left > 0; ) {
      const outcomes = await this.db.transaction(async (manager) => {
        const due: DueMessage[] = await manager.query(CLAIM_DUE, [now, unavailable ? left : 1]);
        if (due.length === 0) return [];
        const sent = await this.sendAll(due, now, unavailable);
        unavailable = sent.unavailable;
        await this.record(manager, sent.outcomes, now);
        return sent.outcomes;
      });
      if (outcomes.length === 0) break;
      left -= outcomes.length;
      for (const outcome of outcomes) result[outcome.status === 'pending' ? 'retried' : outcome.status]++;
    }
    if (result.sent + result.failed + result.retried + result.skipped > 0) {
      this.logger.log(
        `${result.sent} sent, ${result.retried} to retry, ${result.failed} failed for good, ${result.skipped} skipped.`,
      );
    }
    return result;
  }

  private async sendAll(due: DueMessage[], now: Date, unavailableBefore: string | null): Promise<{ outcomes: Outcome[]; unavailable: string | null }> {
    const { name, timeZone } = await this.organisation.settings();
    const outcomes: Outcome[] = [];
    let unavailable = unavailableBefore;
    // An answer of today is held, sealed, until the day ends (AnswerInbox): it counts as answered.
    const held = await this.inbox.heldAmong(due.filter((m) => m.kind === 'reminder' && !m.answered).map((m) => m.invitation_id));
    for (const message of due) {
      if (message.kind === 'account') {
        // A set-password link that was used, replaced or expired meanwhile is not sent.
        if (!message.link_usable) outcomes.push({ id: message.id, status: 'skipped' });
        else if (unavailable) outcomes.push(this.failure(message, unavailable, now));
        else unavailable = await this.sendAccountMail(message, now, outcomes);
        continue;
      }
      if (message.kind === 'digest') {
        if (unavailable) outcomes.push(this.failure(message, unavailable, now));
        else unavailable = await this.sendDigest(message, now, outcomes);
        continue;
      }
      // A reminder is not sent once the invitation is answered. The invitation email itself is
      // skipped only when expired, never because of an answer (one given through the reminder's
      // link while it was still being retried): HR's employee page shows its state, which must
      // not tell whether that person answered.
      const answered = message.answered || held.has(message.invitation_id);
      if ((message.kind === 'reminder' && answered) || message.expires_at.getTime() <= now.getTime()) {
        outcomes.push({ id: message.id, status: 'skipped' });
        continue;
      }
      if (unavailable) {
        // The server is down: the rest of the batch waits its backoff rather than a timeout each.
        outcomes.push(this.failure(message, unavailable, now));
        continue;
      }
      const link = this.links.linkOf(this.config.publicUrl, message.invitation_id);
      const email = renderInvitationEmail({
        kind: message.kind,
        language: message.language,
        organisationName: name,
        programmeName: message.language === 'et' ? message.name_et : message.name_en,
        link,
        expiresAt: message.expires_at,
        timeZone,
        anonymityK: this.config.anonymityK,
      });
      try {
        await this.transport.send({ to: message.to_address, kind: message.kind, invitationId: message.invitation_id, link, ...email });
        outcomes.push({ id: message.id, status: 'sent' });
      } catch (error) {
        const reason = trimError(error);
        if (isServerUnavailable(error)) unavailable = reason;
        outcomes.push(this.failure(message, reason, now));
      }
    }
    return { outcomes, unavailable };
  }

  /** A weekly digest as it was rendered when planned (DigestPlanner); returns the server's unavailability, if found. */
  private async sendDigest(message: DueMessage, now: Date, outcomes: Outcome[]): Promise<string | null> {
    const email = { subject: message.subject!, text: message.text_body!, html: message.html_body! };
    try {
      await this.transport.send({ to: message.to_address, kind: 'digest', invitationId: null, link: '', ...email });
      outcomes.push({ id: message.id, status: 'sent' });
      return null;
    } catch (error) {
      const reason = trimError(error);
      outcomes.push(this.failure(message, reason, now));
      return isServerUnavailable(error) ? reason : null;
    }
  }

  /** An invitation to an account or a password reset, rendered when queued; its link is derived now (AccountLinks). */
  private async sendAccountMail(message: DueMessage, now: Date, outcomes: Outcome[]): Promise<string | null> {
    const link = this.accountLinks.linkOf(this.config.publicUrl, message.account_token_id!);
    const email = {
      subject: message.subject!,
      text: message.text_body!.split(ACCOUNT_LINK_PLACEHOLDER).join(link),
      html: message.html_body!.split(ACCOUNT_LINK_PLACEHOLDER).join(escapeHtml(link)),
    };
    try {
      await this.transport.send({ to: message.to_address, kind: 'account', invitationId: null, link, ...email });
      outcomes.push({ id: message.id, status: 'sent' });
      return null;
    } catch (error) {
      const reason = trimError(error);
      outcomes.push(this.failure(message, reason, now));
      return isServerUnavailable(error) ? reason : null;
    }
  }

  private failure(message: DueMessage, error: string, now: Date): Outcome {
    const attempts = message.attempts + 1;
    const nextAttemptAt = new Date(now.getTime() + retryDelaySeconds(attempts) * 1000);
    const status = attempts >= this.config.deliveryMaxAttempts ? 'failed' : 'pending';
    return { id: message.id, status, attempts, error, nextAttemptAt };
  }

  private async record(manager: EntityManager, outcomes: Outcome[], now: Date): Promise<void> {
    const failures = outcomes.map((o) => ('attempts' in o ? o : null));
    await manager.query(RECORD_OUTCOMES, [
      outcomes.map((o) => o.id),
      outcomes.map((o) => o.status),
      failures.map((f) => f?.attempts ?? null),
      failures.map((f) => f?.error ?? null),
      failures.map((f) => f?.nextAttemptAt ?? null),
      now,
    ]);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SessionService } from '../auth/session.service';
import { SignInThrottle } from '../auth/sign-in-throttle';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { removeInvitationsKeepingFigures } from './personal-data-removal';

export interface PruneResult {
  /** false: another instance was pruning. */
  ran: boolean;
  invitations: number;
  messages: number;
  devMail: number;
  sessions: number;
}

const PRUNE_LOCK = 'prune-personal-data';

/**
 * Keeps personal data only as long as configured (README, "Data kept and erased"): invitations
 * INVITATION_RETENTION_DAYS after they expired (with their emails; the figures keep them),
 * sent, skipped and failed emails OUTBOX_RETENTION_DAYS after they were last tried (the dev
 * mailbox's copies too), ended sessions, and the sign-in limits' old counters and refusals.
 * One instance at a time (an advisory lock); safe to run any time.
 */
@Injectable()
export class RetentionService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async prune(): Promise<PruneResult> {
    const now = this.clock.now();
    const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 3600_000);
    const pruned = await this.db.transaction(async (m) => {
      const [{ locked }] = await m.query(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`, [PRUNE_LOCK]);
      if (!locked) return null;
      const invitations = await removeInvitationsKeepingFigures(m, `i.expires_at < $1`, [daysAgo(this.config.invitationRetentionDays)]);
      const [, messages] = await m.query(
        `DELETE FROM outbox WHERE status <> 'pending' AND coalesce(sent_at, next_attempt_at, created_at) < $1`,
        [daysAgo(this.config.outboxRetentionDays)],
      );
      const [, devMail] = await m.query(`DELETE FROM dev_mail WHERE delivered_at < $1`, [daysAgo(this.config.outboxRetentionDays)]);
      return { invitations, messages, devMail };
    });
    if (!pruned) return { ran: false, invitations: 0, messages: 0, devMail: 0, sessions: 0 };
    const sessions = await this.sessions.pruneEnded(now);
    await this.throttle.forgetOld(now);
    return { ran: true, ...pruned, sessions };
  }
}

import { BadRequestException, GoneException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { passwordProblem, MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH } from '@ex-pulse/domain';
import type { PasswordLinkProblem, PasswordLinkState, PasswordResetAccepted } from '@ex-pulse/contracts';
import { AuditLog } from '../audit/audit-log.service';
import { hashPassword } from '../auth/password';
import { Clock } from '../common/clock';
import { AccountMailer } from './account-mailer';
import { ACCOUNT_TOKEN, hashAccountToken } from './account-links';
import { AccountToken } from './account-token.entity';
import { AppUser } from './app-user.entity';

/** The one answer to every reset request, whether or not the address is an account's. */
export const RESET_ACCEPTED: PasswordResetAccepted = {
  message: 'If this address belongs to an EX Pulse account, a link to choose a new password is on its way. It works for 2 hours.',
};

/** A second reset email to the same account waits this long (the first link still works meanwhile). */
const RESET_EVERY_MS = 5 * 60_000;

interface LinkRow {
  token: AccountToken;
  user: AppUser;
}

/**
 * The public side of accounts: a person opens a set-password link (an invitation or a reset), and
 * asks for a reset by email. A link works once (a conditional UPDATE of used_at that succeeds
 * once), until it expires, and never for a deactivated account.
 */
@Injectable()
export class PasswordLinksService {
  private readonly logger = new Logger('Accounts');

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly mailer: AccountMailer,
    private readonly audit: AuditLog,
  ) {}

  /** What the page shows before the person types: whose link it is, and until when it works. */
  async check(token: string): Promise<PasswordLinkState> {
    const { token: link, user } = await this.usable(this.db.manager, token);
    return { purpose: link.purpose, email: user.email, expiresAt: link.expiresAt.toISOString() };
  }

  async setPassword(token: string, password: string): Promise<void> {
    // The ~0.4 s hash first, outside the transaction; the link is checked (and spent) inside it.
    const { user: owner } = await this.usable(this.db.manager, token);
    const problem = passwordProblem(password, owner.email);
    if (problem) throw new BadRequestException(PASSWORD_PROBLEMS[problem]);
    const hash = await hashPassword(password);
    await this.db.transaction(async (tx) => {
      const now = this.clock.now();
      const { token: link, user } = await this.usable(tx, token);
      const [, spent] = await tx.query(
        `UPDATE account_token SET used_at = $2 WHERE id = $1 AND used_at IS NULL AND expires_at > $2`,
        [link.id, now],
      );
      if (spent !== 1) throw usedLink();
      await tx.getRepository(AppUser).update({ id: user.id }, { passwordHash: hash });
      // Every other link of the account stops working; after a reset, so does every session (a stolen one included).
      await tx.query(`UPDATE account_token SET expires_at = least(expires_at, $2) WHERE user_id = $1 AND used_at IS NULL`, [user.id, now]);
      if (link.purpose === 'reset') await tx.query(`DELETE FROM user_session WHERE user_id = $1`, [user.id]);
      await this.audit.record({ id: user.id, email: user.email }, 'user.password_set', { type: 'user', id: user.id, label: user.email }, { through: link.purpose }, tx);
    });
  }

  /**
   * Queues a reset email when the address is an active account's (not more than once per
   * RESET_EVERY_MS); the caller answers RESET_ACCEPTED either way.
   */
  async requestReset(email: string): Promise<void> {
    try {
      await this.db.transaction(async (tx) => {
        const user = await tx
          .getRepository(AppUser)
          .createQueryBuilder('u')
          .where('lower(u.email) = lower(:email) AND u.deactivated_at IS NULL', { email: email.trim() })
          .setLock('for_no_key_update')
          .getOne();
        if (!user) return;
        const now = this.clock.now();
        const [recent] = await tx.query(
          `SELECT 1 FROM account_token WHERE user_id = $1 AND purpose = 'reset' AND created_at > $2`,
          [user.id, new Date(now.getTime() - RESET_EVERY_MS)],
        );
        if (recent) return;
        await this.mailer.issue(tx, user, 'reset');
        await this.audit.record(null, 'user.password_reset_requested', { type: 'user', id: user.id, label: user.email }, {}, tx);
      });
    } catch (error) {
      // The answer never tells whether the address is an account's, not even by failing.
      this.logger.error(`A password reset request could not be queued: ${(error as Error).message}`);
    }
  }

  /** The link's token row and account, or the reason it no longer works (404 unknown, 410 used or expired). */
  private async usable(manager: EntityManager, token: string): Promise<LinkRow> {
    if (!ACCOUNT_TOKEN.test(token)) throw unknownLink();
    const link = await manager.getRepository(AccountToken).findOneBy({ tokenHash: hashAccountToken(token) });
    if (!link) throw unknownLink();
    const user = await manager.getRepository(AppUser).findOneBy({ id: link.userId });
    if (!user || user.deactivatedAt) throw gone('deactivated', 'This account is deactivated. Ask HR if you need access again.');
    if (link.usedAt) throw usedLink();
    if (link.expiresAt.getTime() <= this.clock.now().getTime()) {
      throw gone(
        link.purpose === 'invite' ? 'invitation_expired' : 'expired',
        link.purpose === 'invite'
          ? 'This invitation link has expired. Ask HR to send you a new invitation.'
          : 'This link has expired. Ask for a new one with "Forgot password" on the sign-in page.',
      );
    }
    return { token: link, user };
  }
}

const PASSWORD_PROBLEMS = {
  too_short: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`,
  too_long: `A password can be at most ${MAX_PASSWORD_LENGTH} characters.`,
  is_email: 'Choose a password other than your email address.',
} as const;

function unknownLink(): NotFoundException {
  const problem: PasswordLinkProblem = 'unknown';
  return new NotFoundException({ statusCode: 404, error: 'Not Found', problem, message: 'This link is not valid. Copy the whole link from the email, or ask for a new one.' });
}

function usedLink(): GoneException {
  return gone('used', 'This link has been used already. Sign in with your password, or use "Forgot password" on the sign-in page.');
}

/** 410 with the reason as a code, so the page can say it in the reader's language. */
function gone(problem: PasswordLinkProblem, message: string): GoneException {
  return new GoneException({ statusCode: 410, error: 'Gone', problem, message });
}

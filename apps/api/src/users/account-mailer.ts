import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { OrganisationService } from '../common/organisation.service';
import { renderAccountEmail } from './account-email';
import { AccountLinks } from './account-links';
import { AccountToken, AccountTokenPurpose } from './account-token.entity';
import { AppUser } from './app-user.entity';

/** How long a link works. */
export const LINK_HOURS: Record<AccountTokenPurpose, number> = { invite: 72, reset: 2 };

/**
 * Issues a set-password link and queues its email in the outbox, in the caller's transaction:
 * earlier unused links of the account stop working (only the newest one opens), the new link's
 * SHA-256 is stored, and the email (rendered now, in the account's language) waits for the
 * delivery worker, which puts the link in as it sends.
 */
@Injectable()
export class AccountMailer {
  constructor(
    private readonly clock: Clock,
    private readonly organisation: OrganisationService,
    private readonly links: AccountLinks,
  ) {}

  async issue(tx: EntityManager, user: AppUser, purpose: AccountTokenPurpose, inviterName?: string): Promise<AccountToken> {
    const now = this.clock.now();
    const tokens = tx.getRepository(AccountToken);
    await tokens
      .createQueryBuilder()
      .update()
      .set({ expiresAt: now })
      .where('user_id = :userId AND used_at IS NULL AND expires_at > :now', { userId: user.id, now })
      .execute();
    const expiresAt = new Date(now.getTime() + LINK_HOURS[purpose] * 3600_000);
    const id = (await tx.query(`SELECT gen_random_uuid()::text AS id`))[0].id as string;
    const token = await tokens.save(tokens.create({ id, userId: user.id, purpose, tokenHash: this.links.hashOf(id), createdAt: now, expiresAt }));
    const { name, timeZone } = await this.organisation.settings();
    const email = renderAccountEmail({
      purpose, language: user.language, organisationName: name, recipientName: user.name, inviterName, expiresAt, timeZone,
    });
    await tx.query(
      `INSERT INTO outbox (user_id, account_token_id, kind, to_address, subject, text_body, html_body, next_attempt_at)
       VALUES ($1, $2, 'account', $3, $4, $5, $6, $7)`,
      [user.id, token.id, user.email, email.subject, email.text, email.html, now],
    );
    return token;
  }
}

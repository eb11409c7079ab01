import { ConflictException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { AppUser } from './app-user.entity';

/**
 * Refuses to leave the organisation without an active admin (one who can sign in: a password set,
 * not deactivated). The active admins' rows are locked first, so two admins demoting each other at
 * once cannot both pass.
 */
export async function lastActiveAdminGuard(
  tx: EntityManager,
  user: AppUser,
  actor: AuthenticatedUser,
  change: 'demote' | 'deactivate',
): Promise<void> {
  const admins: { id: string }[] = await tx.query(
    `SELECT id FROM app_user WHERE role = 'admin' AND deactivated_at IS NULL AND password_hash IS NOT NULL ORDER BY id FOR UPDATE`,
  );
  if (admins.some((a) => a.id !== user.id)) return;
  const who = user.id === actor.id ? 'You are' : `${user.email} is`;
  const verb = change === 'demote' ? 'change your role' : 'deactivate this account';
  throw new ConflictException(
    `${who} the last active admin, so EX Pulse cannot ${change === 'demote' ? 'take the admin role away' : 'deactivate the account'}. ` +
      `Invite another admin (and let them set a password) first, then ${user.id === actor.id ? verb : 'try again'}.`,
  );
}

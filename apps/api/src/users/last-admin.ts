import { ConflictException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { AppUser } from './app-user.entity';

/**
 * Refuses to leave the organisation without an active admin (one who can sign in: a password set,
 * not deactivated). Changes that could remove an admin queue on one transaction-scoped advisory
 * lock, and each then reads the admins as committed (READ COMMITTED: a fresh snapshot per
 * statement), so two admins demoting each other at once cannot both pass, and no row locks are
 * taken in an order that could deadlock.
 */
export async function lastActiveAdminGuard(
  tx: EntityManager,
  user: AppUser,
  actor: AuthenticatedUser,
  change: 'demote' | 'deactivate',
): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('expulse:active-admins'))`);
  const admins: { id: string }[] = await tx.query(
    `SELECT id FROM app_user WHERE role = 'admin' AND deactivated_at IS NULL AND password_hash IS NOT NULL`,
  );
  if (admins.some((a) => a.id !== user.id)) return;
  const who = user.id === actor.id ? 'You are' : `${user.email} is`;
  const what = change === 'demote' ? 'take the admin role away' : 'deactivate the account';
  throw new ConflictException(
    `${who} the last active admin, so EX Pulse cannot ${what}. Invite another admin and let them set a password first, then try again.`,
  );
}

import type { EntityManager } from 'typeorm';
import type { Role, SessionUser } from '@ex-pulse/contracts';

/**
 * The active (not deactivated) account of an email, any case, as a session sees it, with its
 * password hash (null: invited, no password yet): what a password sign-in and a single sign-on
 * both start from.
 */
export async function activeUserByEmail(
  db: Pick<EntityManager, 'query'>,
  email: string,
): Promise<{ user: SessionUser; passwordHash: string | null } | null> {
  const [row] = await db.query(
    `SELECT id, email, name, role, scope_department_id, password_hash FROM app_user WHERE lower(email) = lower($1) AND deactivated_at IS NULL`,
    [email],
  );
  if (!row) return null;
  const role = row.role as Role;
  return {
    user: { id: row.id, email: row.email, name: row.name, role, scopeDepartmentId: role === 'manager' ? row.scope_department_id : null },
    passwordHash: row.password_hash,
  };
}

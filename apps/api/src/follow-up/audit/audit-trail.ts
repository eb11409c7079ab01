import { EntityManager, In } from 'typeorm';
import type { AuditEntryView } from '@ex-pulse/contracts';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { AuditSubject, FollowUpAudit } from './follow-up-audit.entity';

/** One field that changed: its name, and the values before and after (null: none). */
export interface AuditChange {
  change: string;
  from?: string | null;
  to?: string | null;
}

/** Records users' changes to items, plans and actions, in the caller's transaction. */
export async function recordAudit(
  tx: EntityManager, user: AuthenticatedUser, at: Date, subject: AuditSubject, subjectId: string, changes: AuditChange[],
): Promise<void> {
  if (!changes.length) return;
  await tx.getRepository(FollowUpAudit).insert(
    changes.map((c) => ({
      at, userId: user.id, userName: user.name, subject, subjectId, change: c.change, fromValue: c.from ?? null, toValue: c.to ?? null,
    })),
  );
}

/** The recorded changes of these subjects, oldest first. */
export async function auditHistory(tx: EntityManager, subject: AuditSubject, ids: string[]): Promise<AuditEntryView[]> {
  if (!ids.length) return [];
  const rows = await tx.getRepository(FollowUpAudit).find({ where: { subject, subjectId: In(ids) }, order: { at: 'ASC', id: 'ASC' } });
  return rows.map(auditView);
}

export function auditView(row: FollowUpAudit): AuditEntryView {
  return {
    at: row.at.toISOString(),
    user: { id: row.userId, name: row.userName },
    change: row.change,
    from: row.fromValue,
    to: row.toValue,
  };
}

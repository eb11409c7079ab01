import { NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Removes invitations (and through the foreign keys their outbox messages) without changing any
 * figure: the invitation rollups' DELETE triggers, which would take them out of the invited
 * population of their periods, are off for this transaction only (ALTER TABLE … DISABLE TRIGGER
 * USER is transactional; it needs the table's owner, the role that ran the migrations). The dev
 * mailbox's copies of their emails go first, since its link to them would only be set null.
 * `where` selects from `invitation i`; returns how many invitations went.
 */
export async function removeInvitationsKeepingFigures(m: EntityManager, where: string, params: unknown[]): Promise<number> {
  const ids: { id: string }[] = await m.query(`SELECT i.id FROM invitation i WHERE ${where}`, params);
  if (ids.length === 0) return 0;
  await m.query(`DELETE FROM dev_mail WHERE invitation_id = ANY($1::uuid[])`, [ids.map((r) => r.id)]);
  await m.query(`ALTER TABLE invitation DISABLE TRIGGER USER`);
  await m.query(`DELETE FROM invitation WHERE id = ANY($1::uuid[])`, [ids.map((r) => r.id)]);
  await m.query(`ALTER TABLE invitation ENABLE TRIGGER USER`);
  return ids.length;
}

/**
 * Erases an employee in one transaction (DELETE /api/employees/:id): the employee row (name, work
 * and personal email, external id, dates), their invitations and every email to them (outbox, dev
 * mailbox, matched by invitation and by address). Figures stay as they were: the invited
 * population keeps their invitations and their anonymous answers stay (a response names no one);
 * people who reported to them keep no manager, and answers counted in their team lose that team.
 */
export async function eraseEmployee(
  db: DataSource,
  employeeId: string,
  /** Runs in the erasure's transaction, after it (the audit entry). */
  alsoInTransaction?: (m: EntityManager) => Promise<void>,
): Promise<void> {
  await db.transaction(async (m) => {
    const [person] = await m.query(`SELECT work_email, personal_email FROM employee WHERE id = $1 FOR UPDATE`, [employeeId]);
    if (!person) throw new NotFoundException(`Employee ${employeeId} does not exist.`);
    await removeInvitationsKeepingFigures(m, `i.employee_id = $1`, [employeeId]);
    const addresses = [person.work_email, person.personal_email].filter(Boolean).map((a: string) => a.toLowerCase());
    await m.query(`DELETE FROM dev_mail WHERE lower(to_address) = ANY($1::text[])`, [addresses]);
    await m.query(`DELETE FROM employee WHERE id = $1`, [employeeId]);
    await alsoInTransaction?.(m);
  });
}

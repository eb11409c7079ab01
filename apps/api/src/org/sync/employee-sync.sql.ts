import type { EntityManager } from 'typeorm';
import type { CurrentEmployee, Leaver } from './sync-plan';

/** The whole directory in the terms of a sync row. Call after locking employee. */
export function loadDirectory(tx: EntityManager): Promise<CurrentEmployee[]> {
  return tx.query(
    `SELECT e.external_id AS "externalId", e.name, e.work_email AS "workEmail", e.personal_email AS "personalEmail",
            e.department_id::text AS "departmentId", m.external_id AS "managerExternalId", e.location, e.language,
            e.start_date::text AS "startDate", e.notice_date::text AS "noticeDate", e.end_date::text AS "endDate"
       FROM employee e LEFT JOIN employee m ON m.id = e.manager_id
      ORDER BY e.external_id`,
  );
}

/** Gives the leavers their end date, set-based; one who has an end date meanwhile keeps it. */
export async function endLeavers(tx: EntityManager, leavers: Leaver[]): Promise<void> {
  if (leavers.length === 0) return;
  await tx.query(
    `UPDATE employee e SET end_date = v.end_date, updated_at = now()
       FROM unnest($1::text[], $2::date[]) AS v(external_id, end_date)
      WHERE e.external_id = v.external_id AND e.end_date IS NULL`,
    [leavers.map((l) => l.externalId), leavers.map((l) => l.endDate)],
  );
}

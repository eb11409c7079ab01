import type { EntityManager } from 'typeorm';
import type { ParsedEmployeeRow } from './employee-row-rules';

export interface EmployeeToWrite {
  row: ParsedEmployeeRow;
  departmentId: string;
}

/** Rows per statement: arrays travel as single parameters, so this only bounds statement size. */
export const WRITE_BATCH_SIZE = 10_000;

// A manager that exists already (in the database or an earlier batch) is set here; the others,
// listed later in the file, are set by LINK_MANAGERS once every row exists.
const UPSERT = `
  INSERT INTO employee (external_id, name, work_email, personal_email, department_id, location,
                        language, start_date, notice_date, end_date, manager_id)
  SELECT v.external_id, v.name, v.work_email, v.personal_email, v.department_id, v.location,
         v.language, v.start_date, v.notice_date, v.end_date, m.id
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[],
                $7::text[], $8::date[], $9::date[], $10::date[], $11::text[])
         AS v(external_id, name, work_email, personal_email, department_id, location,
              language, start_date, notice_date, end_date, manager_external_id)
    LEFT JOIN employee m ON m.external_id = v.manager_external_id
  ON CONFLICT (external_id) DO UPDATE SET
    name = EXCLUDED.name,
    work_email = EXCLUDED.work_email,
    personal_email = EXCLUDED.personal_email,
    department_id = EXCLUDED.department_id,
    manager_id = EXCLUDED.manager_id,
    location = EXCLUDED.location,
    language = EXCLUDED.language,
    start_date = EXCLUDED.start_date,
    notice_date = EXCLUDED.notice_date,
    end_date = EXCLUDED.end_date,
    updated_at = now()
  RETURNING (xmax = 0) AS inserted`;

// An empty manager_external_id clears the manager: the file is the truth for the rows it holds.
const LINK_MANAGERS = `
  UPDATE employee e SET manager_id = m.id
  FROM unnest($1::text[], $2::text[]) AS v(external_id, manager_external_id)
  LEFT JOIN employee m ON m.external_id = v.manager_external_id
  WHERE e.external_id = v.external_id AND e.manager_id IS DISTINCT FROM m.id`;

/**
 * Upserts the rows by external id, then links the managers that did not exist yet in a second
 * pass, so a file may list an employee before their manager. Set-based: one statement per
 * batch, never one per row.
 * Call inside the import transaction; every manager must be among the rows or already exist.
 */
export async function writeEmployees(
  tx: EntityManager,
  employees: EmployeeToWrite[],
): Promise<{ created: number; updated: number }> {
  let created = 0;
  let updated = 0;
  for (const batch of batches(employees)) {
    const result: { inserted: boolean }[] = await tx.query(UPSERT, [
      batch.map((e) => e.row.externalId),
      batch.map((e) => e.row.name),
      batch.map((e) => e.row.workEmail),
      batch.map((e) => e.row.personalEmail),
      batch.map((e) => e.departmentId),
      batch.map((e) => e.row.location),
      batch.map((e) => e.row.language),
      batch.map((e) => e.row.startDate),
      batch.map((e) => e.row.noticeDate),
      batch.map((e) => e.row.endDate),
      batch.map((e) => e.row.managerExternalId),
    ]);
    const inserted = result.filter((r) => r.inserted).length;
    created += inserted;
    updated += result.length - inserted;
  }
  for (const batch of batches(employees)) {
    await tx.query(LINK_MANAGERS, [batch.map((e) => e.row.externalId), batch.map((e) => e.row.managerExternalId)]);
  }
  return { created, updated };
}

function* batches<T>(items: T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += WRITE_BATCH_SIZE) yield items.slice(i, i + WRITE_BATCH_SIZE);
}

import type { EntityManager } from 'typeorm';
import { CheckedEmployeeRow, KnownDepartment, checkReferences } from './employee-import-references';
import type { ParsedEmployeeRow } from './employee-row-rules';

/**
 * The rows checked against the database (departments, managers), as every way in checks them:
 * the CSV import, the mapped import, its preview and the HR sync. Call inside the transaction
 * that writes, after locking employee, so what was checked is what is written.
 */
export async function checkRowsAgainstDatabase(tx: EntityManager, rows: ParsedEmployeeRow[]): Promise<CheckedEmployeeRow[]> {
  return checkReferences(rows, {
    departments: await tx.query<KnownDepartment[]>('SELECT id, name FROM department ORDER BY name'),
    existingEmployeeIds: await existingManagers(tx, rows),
  });
}

async function existingManagers(tx: EntityManager, rows: ParsedEmployeeRow[]): Promise<Set<string>> {
  const wanted = [...new Set(rows.map((r) => r.managerExternalId).filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Set();
  const found: { external_id: string }[] = await tx.query(
    'SELECT external_id FROM employee WHERE external_id = ANY($1::text[])',
    [wanted],
  );
  return new Set(found.map((r) => r.external_id));
}

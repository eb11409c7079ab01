import { leaverEndDate } from '@ex-pulse/domain';
import type { EmployeeToWrite } from '../import/employee-import.sql';

/** An employee as the database holds them, in the terms of an import row. */
export interface CurrentEmployee {
  externalId: string;
  name: string;
  workEmail: string;
  personalEmail: string | null;
  departmentId: string;
  managerExternalId: string | null;
  location: string;
  language: string;
  startDate: string;
  noticeDate: string | null;
  endDate: string | null;
}

export interface Leaver {
  externalId: string;
  endDate: string;
}

/** What a sync changes: nothing for a list equal to the directory (the same list twice). */
export interface SyncPlan {
  create: EmployeeToWrite[];
  update: EmployeeToWrite[];
  leavers: Leaver[];
  /** Employees without an end date: those a sync can end. */
  currentEmployees: number;
  /** Current employees the sync ends: the leavers, and those whose row newly gives an end date. */
  ending: number;
}

/**
 * The change from the directory to the list: rows not in the directory are created, rows that
 * differ in any field are updated, and employees missing from the list who have no end date get
 * one (leaverEndDate: the sync date, or their start or notice date when later). An employee with
 * an end date already is left as they are; no one is deleted.
 */
export function planSync(rows: EmployeeToWrite[], directory: CurrentEmployee[], syncDate: string): SyncPlan {
  const byId = new Map(directory.map((e) => [e.externalId, e]));
  const listed = new Set(rows.map((r) => r.row.externalId));
  const create: EmployeeToWrite[] = [];
  const update: EmployeeToWrite[] = [];
  let newlyEnded = 0;
  for (const row of rows) {
    const existing = byId.get(row.row.externalId);
    if (!existing) create.push(row);
    else if (differs(row, existing)) {
      update.push(row);
      if (existing.endDate === null && row.row.endDate !== null) newlyEnded++;
    }
  }
  const leavers = directory
    .filter((e) => e.endDate === null && !listed.has(e.externalId))
    .map((e) => ({ externalId: e.externalId, endDate: leaverEndDate(syncDate, e.startDate, e.noticeDate) }));
  const currentEmployees = directory.filter((e) => e.endDate === null).length;
  return { create, update, leavers, currentEmployees, ending: leavers.length + newlyEnded };
}

function differs({ row, departmentId }: EmployeeToWrite, e: CurrentEmployee): boolean {
  return (
    row.name !== e.name || row.workEmail !== e.workEmail || row.personalEmail !== e.personalEmail ||
    departmentId !== e.departmentId || row.managerExternalId !== e.managerExternalId || row.location !== e.location ||
    row.language !== e.language || row.startDate !== e.startDate || row.noticeDate !== e.noticeDate || row.endDate !== e.endDate
  );
}

import type { DateFormat } from '@ex-pulse/domain';
import type { ImportRowError } from './org';

export type { DateFormat } from '@ex-pulse/domain';

/** Our fields of an employee, as the import's columns name them. */
export type EmployeeField =
  | 'external_id' | 'name' | 'work_email' | 'personal_email' | 'department' | 'manager_external_id'
  | 'location' | 'language' | 'start_date' | 'notice_date' | 'end_date';

/** Fields whose values can be translated from the HR system's words to ours. */
export type MappedValueField = 'department' | 'location' | 'language';

export interface ValueMapping {
  /** The value as the file writes it (compared ignoring case and surrounding spaces). */
  from: string;
  /** Our value: a department's name, a location, en or et. */
  to: string;
}

/** How the HR system's file reads as our employee import; one per organisation. */
export interface EmployeeImportMapping {
  /** For each of our fields, the file's column that holds it (a required field must have one). */
  columns: Partial<Record<EmployeeField, string>>;
  dateFormat: DateFormat;
  valueMappings: Partial<Record<MappedValueField, ValueMapping[]>>;
}

export interface SavedEmployeeImportMapping extends EmployeeImportMapping {
  updatedAt: string;
  updatedBy: string | null;
}

/** GET /api/employees/import/mapping: null until an admin saves one. */
export interface EmployeeImportMappingState {
  mapping: SavedEmployeeImportMapping | null;
}

/** POST /api/employees/import/columns: the header of an uploaded file, to map its columns. */
export interface ImportFileColumns {
  columns: string[];
  delimiter: ',' | ';';
  rows: number;
}

/** One row as the mapped import would write it (dates in ISO). */
export interface PreviewRow {
  line: number;
  externalId: string;
  name: string;
  workEmail: string;
  personalEmail: string | null;
  department: string;
  managerExternalId: string | null;
  location: string;
  language: string;
  startDate: string;
  noticeDate: string | null;
  endDate: string | null;
  /** Empty when the row would be imported. */
  reasons: string[];
}

/** POST /api/employees/import/preview: the first rows, and the problems of every row. */
export interface ImportPreview {
  totalRows: number;
  validRows: number;
  /** At most the first 20 rows. */
  rows: PreviewRow[];
  errors: ImportRowError[];
}

export type EmployeeSyncStatus = 'applied' | 'held' | 'discarded' | 'failed';
export type EmployeeSyncSource = 'json' | 'csv';

/** An employee of the JSON sync list: our fields, the department by name. */
export interface SyncEmployee {
  externalId: string;
  name: string;
  workEmail: string;
  personalEmail?: string | null;
  department: string;
  managerExternalId?: string | null;
  location: string;
  language: string;
  startDate: string;
  noticeDate?: string | null;
  endDate?: string | null;
}

/** PUT /api/employees/sync (application/json): the whole current employee list. */
export interface EmployeeSyncRequest {
  employees: SyncEmployee[];
}

export interface EmployeeSyncReport {
  totalRows: number;
  created: number;
  updated: number;
  /** Employees missing from the list who get an end date. */
  ended: number;
  /** External ids of those (at most the first 200). */
  endedExternalIds: string[];
  /** Employees current before the sync: those without an end date, whom a sync can end. */
  currentEmployees: number;
  /** Why the sync was held, failed or discarded; null when applied. */
  note: string | null;
  errors: ImportRowError[];
}

export interface EmployeeSyncDto {
  id: string;
  receivedAt: string;
  /** The date leavers' end dates are set to (the organisation's local date when received). */
  syncDate: string;
  source: EmployeeSyncSource;
  apiKeyName: string;
  status: EmployeeSyncStatus;
  report: EmployeeSyncReport;
  decidedAt: string | null;
  decidedBy: string | null;
}

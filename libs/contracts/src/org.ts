export type Language = 'en' | 'et';

/** One definition of the phases, in the domain rules. */
export type { LifecyclePhase } from '@ex-pulse/domain';
import type { LifecyclePhase } from '@ex-pulse/domain';

export interface DepartmentDto {
  id: string;
  name: string;
  parentId: string | null;
  customerFacing: boolean;
  internalProvider: boolean;
}

export interface DepartmentInput {
  name: string;
  parentId?: string | null;
  customerFacing?: boolean;
  internalProvider?: boolean;
}

export interface EmployeeDto {
  id: string;
  externalId: string;
  name: string;
  workEmail: string;
  personalEmail: string | null;
  departmentId: string;
  departmentName: string;
  managerId: string | null;
  managerName: string | null;
  location: string;
  language: Language;
  startDate: string; // ISO date, YYYY-MM-DD
  noticeDate: string | null;
  endDate: string | null;
  /** Phase on the day of the request, in the organisation's time zone. */
  phase: LifecyclePhase;
  tenureBand: string;
}

export interface EmployeeInput {
  externalId: string;
  name: string;
  workEmail: string;
  personalEmail?: string | null;
  departmentId: string;
  managerId?: string | null;
  location: string;
  language: Language;
  startDate: string;
  noticeDate?: string | null;
  endDate?: string | null;
}

export interface EmployeePage {
  items: EmployeeDto[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ImportRowError {
  /** Line number in the file, the header being line 1. */
  line: number;
  externalId: string | null;
  reasons: string[];
}

export interface ImportReport {
  /** True when the database was changed. */
  applied: boolean;
  totalRows: number;
  validRows: number;
  created: number;
  updated: number;
  errors: ImportRowError[];
}

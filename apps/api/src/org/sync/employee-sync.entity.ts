import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EmployeeSyncReport, EmployeeSyncSource, EmployeeSyncStatus } from '@ex-pulse/contracts';
import type { EmployeeRowValues } from '../import/employee-row-rules';

/** A list as the sync received it, normalised: our fields, dates in ISO, line = row number. */
export type HeldSyncRow = EmployeeRowValues & { line: number };

/** One sync of the employee list from the HR system (migration 1765700000000-AddEmployeeSync). */
@Entity({ name: 'employee_sync' })
export class EmployeeSyncEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  /** The organisation's local date when received: leavers' end date. */
  @Column({ name: 'sync_date', type: 'date' })
  syncDate: string;

  @Column({ type: 'text' })
  source: EmployeeSyncSource;

  @Column({ name: 'api_key_id', type: 'uuid', nullable: true })
  apiKeyId: string | null;

  @Column({ name: 'api_key_name', type: 'text' })
  apiKeyName: string;

  @Column({ type: 'text' })
  status: EmployeeSyncStatus;

  @Column({ type: 'jsonb' })
  report: EmployeeSyncReport;

  /** The list of a held sync, to apply on confirmation; null once decided. */
  @Column({ type: 'jsonb', nullable: true })
  rows: HeldSyncRow[] | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;
}

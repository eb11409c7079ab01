import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { EmployeeField, MappedValueField, ValueMapping } from '@ex-pulse/contracts';
import type { DateFormat } from '@ex-pulse/domain';

/** The organisation's column mapping for the HR system's CSV (migration 1765700000000-AddEmployeeSync). */
@Entity({ name: 'employee_import_mapping' })
export class EmployeeImportMappingEntity {
  /** The single organisation (id 1). */
  @PrimaryColumn({ name: 'organisation_id', type: 'smallint' })
  organisationId: number;

  /** Our field → the file's column. */
  @Column({ type: 'jsonb' })
  columns: Partial<Record<EmployeeField, string>>;

  @Column({ name: 'date_format', type: 'text' })
  dateFormat: DateFormat;

  @Column({ name: 'value_mappings', type: 'jsonb' })
  valueMappings: Partial<Record<MappedValueField, ValueMapping[]>>;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

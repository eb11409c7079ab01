import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import type { EmployeeSyncRequest, SyncEmployee } from '@ex-pulse/contracts';
import { MAX_IMPORT_ROWS } from '../import/employee-csv';

const text = (max: number): PropertyDecorator[] => [IsString(), MaxLength(max)];
const optionalText = (max: number): PropertyDecorator[] => [IsOptional(), ValidateIf((_, v) => v !== null), IsString(), MaxLength(max)];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

/**
 * One employee of the list. Only the types are checked here (a wrong type is a broken client:
 * 400); what a person fixes in the HR system (an empty name, a bad date, an unknown department)
 * comes back per row in the sync's report, like the CSV import's.
 */
export class SyncEmployeeDto implements SyncEmployee {
  @apply(text(100)) externalId: string;
  @apply(text(1000)) name: string;
  @apply(text(1000)) workEmail: string;
  @apply(optionalText(1000)) personalEmail?: string | null;
  @apply(text(1000)) department: string;
  @apply(optionalText(100)) managerExternalId?: string | null;
  @apply(text(1000)) location: string;
  @apply(text(10)) language: string;
  @apply(text(20)) startDate: string;
  @apply(optionalText(20)) noticeDate?: string | null;
  @apply(optionalText(20)) endDate?: string | null;
}

export class EmployeeSyncRequestDto implements EmployeeSyncRequest {
  @IsArray({ message: 'employees must be the list of every current employee.' })
  @ArrayMaxSize(MAX_IMPORT_ROWS, { message: `employees may list at most ${MAX_IMPORT_ROWS} employees.` })
  @ValidateNested({ each: true })
  @Type(() => SyncEmployeeDto)
  employees: SyncEmployeeDto[];
}

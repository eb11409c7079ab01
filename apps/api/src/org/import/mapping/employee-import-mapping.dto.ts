import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import type { EmployeeField, EmployeeImportMapping, MappedValueField, ValueMapping } from '@ex-pulse/contracts';
import type { DateFormat } from '@ex-pulse/domain';
import { MAX_VALUE_MAPPINGS } from './mapping-rules';

const column = () => [IsOptional(), IsString(), MaxLength(200, { message: 'A column name is at most 200 characters.' })];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

/** Our field → the file's column; an unmapped optional field is left out (or empty). */
export class MappingColumnsDto implements Partial<Record<EmployeeField, string>> {
  @apply(column()) external_id?: string;
  @apply(column()) name?: string;
  @apply(column()) work_email?: string;
  @apply(column()) personal_email?: string;
  @apply(column()) department?: string;
  @apply(column()) manager_external_id?: string;
  @apply(column()) location?: string;
  @apply(column()) language?: string;
  @apply(column()) start_date?: string;
  @apply(column()) notice_date?: string;
  @apply(column()) end_date?: string;
}

export class ValueMappingDto implements ValueMapping {
  @IsString() @MaxLength(200) from: string;
  @IsString() @MaxLength(200) to: string;
}

const pairs = (): PropertyDecorator[] => [
  IsOptional(), IsArray(), ArrayMaxSize(MAX_VALUE_MAPPINGS), ValidateNested({ each: true }), Type(() => ValueMappingDto),
];

export class ValueMappingsDto implements Partial<Record<MappedValueField, ValueMapping[]>> {
  @apply(pairs()) department?: ValueMappingDto[];
  @apply(pairs()) location?: ValueMappingDto[];
  @apply(pairs()) language?: ValueMappingDto[];
}

/** The whole mapping; the rules that need more than types (required fields, the date format) are the service's. */
export class EmployeeImportMappingDto implements Partial<EmployeeImportMapping> {
  @ValidateNested() @Type(() => MappingColumnsDto)
  columns: MappingColumnsDto;

  @ApiProperty({ enum: ['YYYY-MM-DD', 'DD.MM.YYYY', 'MM/DD/YYYY'], description: 'How the file writes dates; chosen, never guessed' })
  @IsOptional() @IsString()
  dateFormat?: DateFormat;

  @IsOptional() @ValidateNested() @Type(() => ValueMappingsDto)
  valueMappings?: ValueMappingsDto;
}

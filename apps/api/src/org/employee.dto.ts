import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import type { EmployeeInput, Language } from '@ex-pulse/contracts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMessage = (field: string) => `${field} must be a date written YYYY-MM-DD.`;

export class EmployeeInputDto implements EmployeeInput {
  @IsString() @Length(1, 100) externalId: string;
  @IsString() @Length(1, 200) name: string;
  @IsEmail({}, { message: 'workEmail must be an email address.' }) workEmail: string;

  @IsOptional() @ValidateIf((_, v) => v !== null)
  @IsEmail({}, { message: 'personalEmail must be an email address or null.' })
  personalEmail?: string | null;

  @IsUUID('all', { message: 'departmentId must be the id of an existing department.' }) departmentId: string;

  @IsOptional() @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'managerId must be the id of an existing employee or null.' })
  managerId?: string | null;

  @IsString() @Length(1, 200) location: string;
  @IsIn(['en', 'et'], { message: 'language must be en or et.' }) language: Language;
  @Matches(ISO_DATE, { message: dateMessage('startDate') }) startDate: string;

  @IsOptional() @ValidateIf((_, v) => v !== null)
  @Matches(ISO_DATE, { message: dateMessage('noticeDate') })
  noticeDate?: string | null;

  @IsOptional() @ValidateIf((_, v) => v !== null)
  @Matches(ISO_DATE, { message: dateMessage('endDate') })
  endDate?: string | null;
}

export class EmployeeQueryDto {
  @IsOptional() @IsString() @Length(0, 200) search?: string;
  @IsOptional() @IsUUID('all', { message: 'departmentId must be a department id.' }) departmentId?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) page?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) pageSize?: number;
}

import { IsBoolean, IsOptional, IsString, IsUUID, Length, ValidateIf } from 'class-validator';
import type { DepartmentInput } from '@ex-pulse/contracts';
import { PartialType } from '@nestjs/swagger';

export class CreateDepartmentDto implements DepartmentInput {
  @IsString()
  @Length(1, 200, { message: 'A department name has 1 to 200 characters.' })
  name: string;

  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'parentId must be the id of an existing department, or null for a top-level one.' })
  parentId?: string | null;

  @IsOptional()
  @IsBoolean()
  customerFacing?: boolean;

  @IsOptional()
  @IsBoolean()
  internalProvider?: boolean;
}

export class UpdateDepartmentDto extends PartialType(CreateDepartmentDto) {}

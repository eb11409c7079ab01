import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { ApiKeyPurpose } from '@ex-pulse/contracts';

export const API_KEY_PURPOSES: readonly ApiKeyPurpose[] = ['customer_scores', 'employee_sync'];

export class CreateApiKeyDto {
  @ApiProperty({ example: 'Qualtrics export', description: 'What the key is for, so HR can tell keys apart' })
  @IsString()
  @Matches(/\S/, { message: 'name is empty; say what the key is for (e.g. the CX tool).' })
  @MaxLength(100, { message: 'name must be at most 100 characters.' })
  name!: string;

  @ApiProperty({ enum: API_KEY_PURPOSES, required: false, description: 'customer_scores (default): a CX tool pushes scores; employee_sync: the HR system syncs the employee list' })
  @IsOptional()
  @IsIn(API_KEY_PURPOSES, { message: 'purpose must be customer_scores (a CX tool pushing scores) or employee_sync (the HR system syncing employees).' })
  purpose?: ApiKeyPurpose;
}

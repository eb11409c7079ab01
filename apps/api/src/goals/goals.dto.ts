import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import type { CreateUnitGoalRequest, UpdateUnitGoalRequest } from '@ex-pulse/contracts';

const TARGET = 'target must be a whole number from -100 to 100 (an eNPS).';

export class CreateUnitGoalDto implements CreateUnitGoalRequest {
  @ApiPropertyOptional({ description: 'Department id; absent or null: the organisation', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'department must be a department id (a UUID), or null for the organisation.' })
  department?: string | null;

  @ApiProperty({ description: 'A year (2026), half (2026-H2), quarter (2026-Q4) or month (2026-11)' })
  @IsString({ message: 'period must be a year (2026), a half (2026-H2), a quarter (2026-Q4) or a month (2026-11).' })
  @MaxLength(10, { message: 'period must be a year (2026), a half (2026-H2), a quarter (2026-Q4) or a month (2026-11).' })
  period: string;

  @ApiProperty({ minimum: -100, maximum: 100 })
  @IsInt({ message: TARGET })
  @Min(-100, { message: TARGET })
  @Max(100, { message: TARGET })
  target: number;
}

export class UpdateUnitGoalDto implements UpdateUnitGoalRequest {
  @ApiProperty({ minimum: -100, maximum: 100 })
  @IsInt({ message: TARGET })
  @Min(-100, { message: TARGET })
  @Max(100, { message: TARGET })
  target: number;
}

export class UnitGoalsQueryDto {
  @ApiPropertyOptional({ description: 'Only the goals of this period' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  period?: string;

  @ApiPropertyOptional({ description: 'Only the goals of this department' })
  @IsOptional()
  @IsUUID('all', { message: 'department must be a department id (a UUID).' })
  department?: string;
}

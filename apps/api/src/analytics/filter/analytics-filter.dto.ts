import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PHASES_WITH_PULSES, TENURE_BANDS } from '@ex-pulse/domain';
import type { AnalyticsFilterQuery, LifecyclePhase } from '@ex-pulse/contracts';

const TENURE_KEYS = TENURE_BANDS.map((b) => b.band).filter((b) => b !== 'not_started');

/** The filter bar, as query parameters; every analytics endpoint takes it. */
export class AnalyticsFilterDto implements AnalyticsFilterQuery {
  @ApiPropertyOptional({ description: 'A year (2026), half (2026-H2), quarter (2026-Q4) or month (2026-11); default: the current year' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  period?: string;

  @ApiPropertyOptional({ description: 'Department id: that department and everything under it' })
  @IsOptional()
  @IsUUID('all', { message: 'department must be a department id (a UUID).' })
  department?: string;

  @ApiPropertyOptional({ description: 'Employee id of a manager: the people who report to them' })
  @IsOptional()
  @IsUUID('all', { message: 'manager must be an employee id (a UUID).' })
  manager?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  location?: string;

  @ApiPropertyOptional({ enum: PHASES_WITH_PULSES })
  @IsOptional()
  @IsIn(PHASES_WITH_PULSES, { message: `phase must be one of ${PHASES_WITH_PULSES.join(', ')}.` })
  phase?: LifecyclePhase;

  @ApiPropertyOptional({ enum: TENURE_KEYS })
  @IsOptional()
  @IsIn(TENURE_KEYS, { message: `tenure must be one of ${TENURE_KEYS.join(', ')}.` })
  tenure?: string;

  @ApiPropertyOptional({ description: 'Programme id' })
  @IsOptional()
  @IsUUID('all', { message: 'programme must be a programme id (a UUID).' })
  programme?: string;
}

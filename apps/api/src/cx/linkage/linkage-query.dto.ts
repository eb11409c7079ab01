import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import type { CustomerMetricKind, LinkageQuery } from '@ex-pulse/contracts';

export const CUSTOMER_METRICS: readonly CustomerMetricKind[] = ['nps', 'csat', 'ces', 'cx_index'];
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class LinkageQueryDto implements LinkageQuery {
  @ApiPropertyOptional({ description: 'First employee month, YYYY-MM (default: 12 months before `to`)' })
  @IsOptional()
  @Matches(MONTH, { message: 'from must be a month written YYYY-MM.' })
  from?: string;

  @ApiPropertyOptional({ description: 'Last employee month, YYYY-MM (default: last month)' })
  @IsOptional()
  @Matches(MONTH, { message: 'to must be a month written YYYY-MM.' })
  to?: string;

  @ApiPropertyOptional({ enum: CUSTOMER_METRICS })
  @IsOptional()
  @IsIn(CUSTOMER_METRICS, { message: `metric must be one of ${CUSTOMER_METRICS.join(', ')}.` })
  metric?: CustomerMetricKind;

  @ApiPropertyOptional({ minimum: 0, maximum: 3 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'lag must be a whole number of months from 0 to 3.' })
  @Min(0, { message: 'lag must be a whole number of months from 0 to 3.' })
  @Max(3, { message: 'lag must be a whole number of months from 0 to 3.' })
  lag?: number;

  @ApiPropertyOptional({ enum: ['months'], description: "'months': each unit's months too (the month-by-month table); otherwise units carry months: null" })
  @IsOptional()
  @IsIn(['months'], { message: "include must be 'months' (or left out)." })
  include?: 'months';
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** ?from=YYYY-MM&to=YYYY-MM&department=<uuid> of the lifecycle overview. */
export class LifecycleOverviewQueryDto {
  @ApiPropertyOptional({ description: 'First month, YYYY-MM; default: 11 months before `to`' })
  @IsOptional()
  @Matches(MONTH, { message: 'from must be a month written YYYY-MM, e.g. 2026-01.' })
  from?: string;

  @ApiPropertyOptional({ description: 'Last month, YYYY-MM; default: the current month' })
  @IsOptional()
  @Matches(MONTH, { message: 'to must be a month written YYYY-MM, e.g. 2026-06.' })
  to?: string;

  @ApiPropertyOptional({ description: 'Count only this department and the departments below it' })
  @IsOptional()
  @IsUUID('all', { message: 'department must be the id of a department (a UUID).' })
  department?: string;
}

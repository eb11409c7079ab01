import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import type { WindowQuery } from './calendar-window';

/** ?period=2026|2026-H1|2026-Q2|2026-05 of a report over time; from/to are read only to be refused (calendarWindow). */
export class CalendarWindowQueryDto implements WindowQuery {
  @ApiPropertyOptional({ description: 'A year (2026), half (2026-H1), quarter (2026-Q2) or month (2026-05); default: the current year' })
  @IsOptional()
  @IsString()
  period?: string;

  @ApiPropertyOptional({ description: 'Not accepted (400): windows are calendar periods, see `period`', deprecated: true })
  @IsOptional()
  from?: string;

  @ApiPropertyOptional({ description: 'Not accepted (400): windows are calendar periods, see `period`', deprecated: true })
  @IsOptional()
  to?: string;
}

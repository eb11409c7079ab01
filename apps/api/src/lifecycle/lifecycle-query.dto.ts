import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { CalendarWindowQueryDto } from '../common/calendar-window.dto';

/** ?period=2026|2026-H1|2026-Q2|2026-05&department=<uuid> of the lifecycle overview. */
export class LifecycleOverviewQueryDto extends CalendarWindowQueryDto {
  @ApiPropertyOptional({ description: 'Count only this department and the departments below it' })
  @IsOptional()
  @IsUUID('all', { message: 'department must be the id of a department (a UUID).' })
  department?: string;
}

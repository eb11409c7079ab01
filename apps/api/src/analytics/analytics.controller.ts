import { Controller, Get, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { EnpsDashboard } from '@ex-pulse/contracts';
import { CurrentUser } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { EnpsReportService } from './enps-report.service';

@ApiTags('analytics')
@Controller('analytics')
export class AnalyticsController {
  constructor(private readonly reports: EnpsReportService) {}

  /** Managers get their own part of the organisation only; every group under k is withheld. */
  @Get('enps')
  @ApiQuery({ name: 'from', required: false, description: 'YYYY-MM-DD; default: the first day of the month 11 months ago' })
  @ApiQuery({ name: 'to', required: false, description: 'YYYY-MM-DD; default: today' })
  enps(@CurrentUser() user: AuthenticatedUser, @Query('from') from?: string, @Query('to') to?: string): Promise<EnpsDashboard> {
    return this.reports.dashboard(user, from, to);
  }
}

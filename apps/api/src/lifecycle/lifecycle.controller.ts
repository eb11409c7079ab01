import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { EmployeeLifecycle, LifecycleOverview } from '@ex-pulse/contracts';
import { CurrentUser } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { EmployeeLifecycleService } from './employee-lifecycle.service';
import { LifecycleOverviewService } from './lifecycle-overview.service';
import { LifecycleOverviewQueryDto } from './lifecycle-query.dto';

/** The lifecycle tracker for HR and leaders; managers get their own part of the organisation only. */
@ApiTags('lifecycle')
@Controller('lifecycle')
export class LifecycleController {
  constructor(
    private readonly overviews: LifecycleOverviewService,
    private readonly employees: EmployeeLifecycleService,
  ) {}

  @Get('overview')
  overview(@CurrentUser() user: AuthenticatedUser, @Query() query: LifecycleOverviewQueryDto): Promise<LifecycleOverview> {
    return this.overviews.overview(user, query);
  }

  @Get('employees/:id')
  employee(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<EmployeeLifecycle> {
    return this.employees.employee(user, id);
  }
}

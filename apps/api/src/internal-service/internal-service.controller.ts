import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { DepartmentProviders, InternalCsatReport, InternalProvidersOverview } from '@ex-pulse/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { DepartmentProvidersService } from './department-providers.service';
import { InternalCsatQueryDto, SetDepartmentProvidersDto } from './internal-service.dto';
import { ProviderCsatService } from './provider-csat.service';

/** Internal customers: which providers each department uses, and how they rate them. */
@ApiTags('internal-service')
@Controller('internal-service')
export class InternalServiceController {
  constructor(
    private readonly providers: DepartmentProvidersService,
    private readonly csat: ProviderCsatService,
  ) {}

  @Get('providers')
  overview(@CurrentUser() user: AuthenticatedUser): Promise<InternalProvidersOverview> {
    return this.providers.overview(user);
  }

  @Roles('admin')
  @Put('departments/:id/providers')
  setProviders(@Param('id', ParseUUIDPipe) id: string, @Body() dto: SetDepartmentProvidersDto): Promise<DepartmentProviders> {
    return this.providers.replace(id, dto.providerIds);
  }

  @Get('csat')
  report(@CurrentUser() user: AuthenticatedUser, @Query() q: InternalCsatQueryDto): Promise<InternalCsatReport> {
    return this.csat.report(user, q);
  }
}

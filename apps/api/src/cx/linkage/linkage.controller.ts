import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AnalyticsLinkage } from '@ex-pulse/contracts';
import { CurrentUser } from '../../auth/auth.decorators';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { LinkageQueryDto } from './linkage-query.dto';
import { LinkageService } from './linkage.service';

@ApiTags('cx')
@Controller('cx')
export class LinkageController {
  constructor(private readonly linkageReport: LinkageService) {}

  /** Employee eNPS beside customer scores per unit and month, with the between- and within-unit correlations at lags 0–3. */
  @Get('linkage')
  linkage(@CurrentUser() user: AuthenticatedUser, @Query() q: LinkageQueryDto): Promise<AnalyticsLinkage> {
    return this.linkageReport.linkage(user, q);
  }
}

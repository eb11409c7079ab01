import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CampaignCount, CampaignLaunch } from '@ex-pulse/contracts';
import { Roles } from '../auth/auth.decorators';
import { CampaignSegmentDto } from './campaign.dto';
import { CampaignsService } from './campaigns.service';

@ApiTags('programmes')
@Roles('admin')
@Controller('programmes/:id/campaign')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Post('count')
  @HttpCode(200)
  count(@Param('id', ParseUUIDPipe) id: string, @Body() segment: CampaignSegmentDto): Promise<CampaignCount> {
    return this.campaigns.count(id, segment);
  }

  @Post()
  launch(@Param('id', ParseUUIDPipe) id: string, @Body() segment: CampaignSegmentDto): Promise<CampaignLaunch> {
    return this.campaigns.launch(id, segment);
  }
}

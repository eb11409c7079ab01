import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';

@Module({ imports: [OrgModule], controllers: [CampaignsController], providers: [CampaignsService] })
export class CampaignsModule {}

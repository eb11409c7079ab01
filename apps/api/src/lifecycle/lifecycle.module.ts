import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module';
import { EmployeeLifecycleService } from './employee-lifecycle.service';
import { LifecycleController } from './lifecycle.controller';
import { LifecycleOverviewService } from './lifecycle-overview.service';
import { LifecycleQueries } from './lifecycle.queries';

@Module({
  imports: [OrgModule],
  controllers: [LifecycleController],
  providers: [LifecycleQueries, LifecycleOverviewService, EmployeeLifecycleService],
})
export class LifecycleModule {}

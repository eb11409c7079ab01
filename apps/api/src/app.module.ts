import { DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnalyticsModule } from './analytics/analytics.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { Clock, SystemClock } from './common/clock';
import { CommonModule } from './common/common.module';
import { ConversationsModule } from './conversations/conversations.module';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source';
import { CxModule } from './cx/cx.module';
import { DeliveryModule } from './delivery/delivery.module';
import { DeliveryStatusModule } from './delivery-status/delivery-status.module';
import { DigestModule } from './digest/digest.module';
import { FollowUpModule } from './follow-up/follow-up.module';
import { LinkageModule } from './cx/linkage/linkage.module';
import { HealthModule } from './health/health.module';
import { InternalServiceModule } from './internal-service/internal-service.module';
import { LifecycleModule } from './lifecycle/lifecycle.module';
import { OrgModule } from './org/org.module';
import { PrivacyModule } from './privacy/privacy.module';
import { ProgrammesModule } from './programmes/programmes.module';
import { ResponsesModule } from './responses/responses.module';
import { surveyThrottlerOptions } from './responses/survey-rate-limit.guard';
import { SchedulingModule } from './scheduling/scheduling.module';
import { SimulationModule } from './simulation/simulation.module';
import { UsersModule } from './users/users.module';

export interface AppModuleOptions {
  config: AppConfig;
  /** The database to use (DATABASE_URL, or the embedded server's URL). */
  databaseUrl: string;
  clock?: Clock;
}

@Module({})
export class AppModule {
  static register({ config, databaseUrl, clock = new SystemClock() }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CommonModule.register(config, clock),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        // One scheduler registry; the planner and the delivery worker add their intervals to it.
        ScheduleModule.forRoot(),
        // In-memory request limits; only the answer-link endpoints use them (the sign-in's are in PostgreSQL).
        ThrottlerModule.forRootAsync({ inject: [APP_CONFIG], useFactory: surveyThrottlerOptions }),
        AuthModule,
        OrgModule,
        ResponsesModule,
        AnalyticsModule,
        HealthModule,
        DeliveryModule,
        SchedulingModule,
        ProgrammesModule,
        DeliveryStatusModule,
        SimulationModule,
        CampaignsModule,
        LinkageModule,
        LifecycleModule,
        CxModule,
        InternalServiceModule,
        FollowUpModule,
        PrivacyModule,
        ConversationsModule,
        DigestModule,
        AuditModule,
        UsersModule,
      ],
    };
  }
}

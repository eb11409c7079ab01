import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PersonalDataController } from './personal-data.controller';
import { PersonalDataService } from './personal-data.service';
import { RetentionJob } from './retention.job';
import { RetentionService } from './retention.service';

/** Personal data: its export and its retention (the erasure, eraseEmployee, runs through DELETE /api/employees/:id). */
@Module({
  imports: [AuthModule],
  controllers: [PersonalDataController],
  providers: [PersonalDataService, RetentionService, RetentionJob],
})
export class PrivacyModule {}

import { Module } from '@nestjs/common';
import { ApiKeyGuard } from './api-keys/api-key.guard';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeysService } from './api-keys/api-keys.service';
import { CustomerMetricIngestionService } from './metrics/customer-metric-ingestion.service';
import { CustomerMetricsController } from './metrics/customer-metrics.controller';
import { CustomerMetricsQueryService } from './metrics/customer-metrics-query.service';

/**
 * External customer scores: CSV upload, API keys and the push endpoint, the stored table.
 * The upload's raw CSV body (Content-Type: text/csv) is read with the other body parsers, and
 * their limits, in app-setup.ts.
 */
@Module({
  controllers: [CustomerMetricsController, ApiKeysController],
  providers: [CustomerMetricIngestionService, CustomerMetricsQueryService, ApiKeysService, ApiKeyGuard],
  // The employee sync (org) authenticates the HR system with a key of its own purpose.
  exports: [ApiKeysService, ApiKeyGuard],
})
export class CxModule {}

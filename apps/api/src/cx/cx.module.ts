import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import express from 'express';
import { ApiKeyGuard } from './api-keys/api-key.guard';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeysService } from './api-keys/api-keys.service';
import { CustomerMetricIngestionService } from './metrics/customer-metric-ingestion.service';
import { CustomerMetricsController, MAX_METRIC_CSV_BYTES } from './metrics/customer-metrics.controller';
import { CustomerMetricsQueryService } from './metrics/customer-metrics-query.service';

/** External customer scores: CSV upload, API keys and the push endpoint, the stored table. */
@Module({
  controllers: [CustomerMetricsController, ApiKeysController],
  providers: [CustomerMetricIngestionService, CustomerMetricsQueryService, ApiKeysService, ApiKeyGuard],
})
export class CxModule implements NestModule {
  /** The CSV upload also takes the file as the raw body (Content-Type: text/csv), besides multipart. */
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(express.raw({ type: ['text/csv', 'application/csv', 'text/plain'], limit: MAX_METRIC_CSV_BYTES }))
      .forRoutes({ path: 'cx/metrics/import', method: RequestMethod.POST });
  }
}

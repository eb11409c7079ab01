import { BadRequestException, Body, Controller, Get, HttpCode, Post, Put, Query, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { CustomerMetricDto, CustomerMetricIngestReport } from '@ex-pulse/contracts';
import { CurrentUser, Roles } from '../../auth/auth.decorators';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { ApiKeyAuth } from '../api-keys/api-key.guard';
import { CustomerMetricIngestionService } from './customer-metric-ingestion.service';
import { CustomerMetricPushDto, CustomerMetricQueryDto } from './customer-metric.dto';
import { CustomerMetricsQueryService } from './customer-metrics-query.service';
import { incomingFromPush } from './incoming-metric-row';

export const MAX_METRIC_CSV_BYTES = 20 * 1024 * 1024;

/** External customer scores per unit and month: CSV upload (HR), push (CX tools), table. */
@ApiTags('customer scores')
@Controller('cx/metrics')
export class CustomerMetricsController {
  constructor(
    private readonly ingestion: CustomerMetricIngestionService,
    private readonly query: CustomerMetricsQueryService,
  ) {}

  @Roles('admin', 'leader', 'manager')
  @Get()
  list(@CurrentUser() user: AuthenticatedUser, @Query() q: CustomerMetricQueryDto): Promise<CustomerMetricDto[]> {
    return this.query.list(user, q);
  }

  /** All or nothing: with any bad row, 422 with the report and nothing stored. */
  @Roles('admin')
  @Post('import')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data', 'text/csv')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_METRIC_CSV_BYTES, files: 1 } }))
  import(@UploadedFile() file: { buffer: Buffer } | undefined, @Req() req: Request): Promise<CustomerMetricIngestReport> {
    const body: unknown = req.body;
    const csv = file?.buffer ?? (Buffer.isBuffer(body) ? body : null);
    if (!csv) {
      throw new BadRequestException('Send the CSV as the request body (Content-Type: text/csv) or in the multipart form field "file".');
    }
    return this.ingestion.importCsv(csv);
  }

  /** For CX tools, with an API key; the same rules and report as the CSV upload. */
  @ApiKeyAuth()
  @Put()
  push(@Body() dto: CustomerMetricPushDto): Promise<CustomerMetricIngestReport> {
    return this.ingestion.push(dto.rows.map((row, i) => incomingFromPush(row, i + 1)));
  }
}

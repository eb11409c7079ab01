import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuditLogPage } from '@ex-pulse/contracts';
import { Roles } from '../auth/auth.decorators';
import { PageNumber } from '../common/page-number.decorator';
import { AuditLog } from './audit-log.service';

export class AuditLogQueryDto {
  @PageNumber()
  page?: number;
}

@ApiTags('audit')
@Controller('audit-log')
export class AuditLogController {
  constructor(private readonly audit: AuditLog) {}

  /** HR: administrative changes, newest first. */
  @Roles('admin')
  @Get()
  page(@Query() query: AuditLogQueryDto): Promise<AuditLogPage> {
    return this.audit.page(query.page ?? 1);
  }
}

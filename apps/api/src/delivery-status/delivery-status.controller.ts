import { Controller, Get, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { DeliveryStatus } from '@ex-pulse/contracts';
import { Roles } from '../auth/auth.decorators';
import { DeliveryStatusService } from './delivery-status.service';

@ApiTags('delivery')
@Roles('admin')
@Controller('delivery')
export class DeliveryStatusController {
  constructor(private readonly deliveryStatus: DeliveryStatusService) {}

  @Get('status')
  @ApiQuery({ name: 'from', required: false, description: 'YYYY-MM-DD; default: the first day of the month two months ago' })
  @ApiQuery({ name: 'to', required: false, description: 'YYYY-MM-DD; default: today' })
  status(@Query('from') from?: string, @Query('to') to?: string): Promise<DeliveryStatus> {
    return this.deliveryStatus.status(from, to);
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { DeliveryStatus } from '@ex-pulse/contracts';
import { Roles } from '../auth/auth.decorators';
import { CalendarWindowQueryDto } from '../common/calendar-window.dto';
import { DeliveryStatusService } from './delivery-status.service';

@ApiTags('delivery')
@Roles('admin')
@Controller('delivery')
export class DeliveryStatusController {
  constructor(private readonly deliveryStatus: DeliveryStatusService) {}

  @Get('status')
  status(@Query() query: CalendarWindowQueryDto): Promise<DeliveryStatus> {
    return this.deliveryStatus.status(query);
  }
}

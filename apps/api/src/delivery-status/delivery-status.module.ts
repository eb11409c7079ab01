import { Module } from '@nestjs/common';
import { DeliveryStatusController } from './delivery-status.controller';
import { DeliveryStatusService } from './delivery-status.service';

@Module({ controllers: [DeliveryStatusController], providers: [DeliveryStatusService] })
export class DeliveryStatusModule {}

import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { ResponsesModule } from '../responses/responses.module';
import { SimulationController } from './simulation.controller';
import { SimulationService } from './simulation.service';

@Module({ imports: [DeliveryModule, ResponsesModule], controllers: [SimulationController], providers: [SimulationService] })
export class SimulationModule {}

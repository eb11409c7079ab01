import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { SimulationController } from './simulation.controller';
import { SimulationService } from './simulation.service';

@Module({ imports: [DeliveryModule], controllers: [SimulationController], providers: [SimulationService] })
export class SimulationModule {}

import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import type { SimulateDayRequest, SimulateDayResult, SimulationInfo } from '@ex-pulse/contracts';
import { Roles } from '../auth/auth.decorators';
import { SimulationService } from './simulation.service';

class SimulateDayDto implements SimulateDayRequest {
  @IsString() date: string;
}

@ApiTags('admin')
@Roles('admin')
@Controller('admin')
export class SimulationController {
  constructor(private readonly simulation: SimulationService) {}

  @Get('simulation')
  info(): SimulationInfo {
    return this.simulation.info();
  }

  @Post('simulate-day')
  @HttpCode(200)
  simulateDay(@Body() dto: SimulateDayDto): Promise<SimulateDayResult> {
    return this.simulation.simulateDay(dto.date);
  }
}

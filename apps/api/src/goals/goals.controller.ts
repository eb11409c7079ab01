import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { UnitGoal, UnitGoalList } from '@ex-pulse/contracts';
import { CurrentUser } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CreateUnitGoalDto, UnitGoalsQueryDto, UpdateUnitGoalDto } from './goals.dto';
import { GoalsService } from './goals.service';

/** eNPS goals per unit and period. Every role may set them, each within its own part of the organisation. */
@ApiTags('goals')
@Controller('goals')
export class GoalsController {
  constructor(private readonly goals: GoalsService) {}

  @Get()
  list(@CurrentUser() user: AuthenticatedUser, @Query() q: UnitGoalsQueryDto): Promise<UnitGoalList> {
    return this.goals.list(user, q);
  }

  @Post()
  create(@CurrentUser() user: AuthenticatedUser, @Body() dto: CreateUnitGoalDto): Promise<UnitGoal> {
    return this.goals.create(user, dto);
  }

  @Patch(':id')
  update(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateUnitGoalDto): Promise<UnitGoal> {
    return this.goals.update(user, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.goals.remove(user, id);
  }
}

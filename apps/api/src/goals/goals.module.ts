import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GoalProgressService } from './goal-progress.service';
import { GoalsController } from './goals.controller';
import { GoalsService } from './goals.service';
import { UnitGoalEntity } from './unit-goal.entity';
import { UnitGoalRepository } from './unit-goal.repository';

/** Units' eNPS goals; the dashboards read their progress through GoalProgressService. */
@Module({
  imports: [TypeOrmModule.forFeature([UnitGoalEntity])],
  controllers: [GoalsController],
  providers: [UnitGoalRepository, GoalsService, GoalProgressService],
  exports: [GoalProgressService],
})
export class GoalsModule {}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsWhere, In, IsNull, Repository } from 'typeorm';
import { UnitGoalEntity } from './unit-goal.entity';

/** A unit of the organisation: a department id, or null for the organisation as a whole. */
export type UnitId = string | null;

/** Where goals are read and written: the one place that knows unit_goal's shape. */
@Injectable()
export class UnitGoalRepository {
  constructor(@InjectRepository(UnitGoalEntity) private readonly goals: Repository<UnitGoalEntity>) {}

  /**
   * Goals of these units (null: every unit, the organisation's included; a list never includes the
   * organisation's), optionally of one period, by period then unit.
   */
  list(units: string[] | null, period?: string): Promise<UnitGoalEntity[]> {
    const where: FindOptionsWhere<UnitGoalEntity> = {
      ...(units ? { departmentId: In(units) } : {}),
      ...(period ? { period } : {}),
    };
    return this.goals.find({ where, order: { period: 'ASC', departmentId: 'ASC' } });
  }

  /** The goals of these units in any of these periods (for the progress of what a dashboard shows). */
  forUnits(units: readonly UnitId[], periods: readonly string[]): Promise<UnitGoalEntity[]> {
    const departments = units.filter((u): u is string => u !== null);
    const where: FindOptionsWhere<UnitGoalEntity>[] = [];
    if (departments.length) where.push({ departmentId: In(departments), period: In([...periods]) });
    if (units.includes(null)) where.push({ departmentId: IsNull(), period: In([...periods]) });
    return where.length ? this.goals.find({ where }) : Promise.resolve([]);
  }

  byId(id: string): Promise<UnitGoalEntity | null> {
    return this.goals.findOneBy({ id });
  }

  /** Inserts a goal; a second goal for the same unit and period fails with a unique violation. */
  create(goal: Pick<UnitGoalEntity, 'departmentId' | 'period' | 'target' | 'setBy'>): Promise<UnitGoalEntity> {
    return this.goals.save(this.goals.create(goal));
  }

  save(goal: UnitGoalEntity): Promise<UnitGoalEntity> {
    return this.goals.save(goal);
  }

  async remove(goal: UnitGoalEntity): Promise<void> {
    await this.goals.delete({ id: goal.id });
  }
}

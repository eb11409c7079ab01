import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, parsePeriod } from '@ex-pulse/domain';
import type { UnitGoal, UnitGoalList } from '@ex-pulse/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { isUniqueViolation } from '../database/pg-errors';
import { CreateUnitGoalDto, UnitGoalsQueryDto, UpdateUnitGoalDto } from './goals.dto';
import { assertUnitInScope } from './unit-scope';
import { UnitGoalEntity } from './unit-goal.entity';
import { UnitGoalRepository } from './unit-goal.repository';

export const ORGANISATION_LABEL = 'Organisation';

/** The wire form of a goal. */
export function unitGoalView(goal: UnitGoalEntity, unitLabel: string): UnitGoal {
  return {
    id: goal.id,
    department: goal.departmentId,
    unitLabel,
    period: goal.period,
    target: goal.target,
    updatedAt: goal.updatedAt.toISOString(),
  };
}

/** eNPS goals: HR and leaders for any unit and the organisation, managers for their own departments. */
@Injectable()
export class GoalsService {
  constructor(
    private readonly goals: UnitGoalRepository,
    private readonly db: DataSource,
  ) {}

  async list(user: AuthenticatedUser, q: UnitGoalsQueryDto): Promise<UnitGoalList> {
    const period = q.period === undefined ? undefined : periodKey(q.period);
    if (q.department) await this.assertUnit(user, q.department);
    const units = q.department ? [q.department] : user.visibleDepartmentIds;
    const goals = await this.goals.list(units, period);
    const names = await this.names(goals.map((g) => g.departmentId));
    return { goals: goals.map((g) => unitGoalView(g, labelOf(g.departmentId, names))) };
  }

  async create(user: AuthenticatedUser, dto: CreateUnitGoalDto): Promise<UnitGoal> {
    const department = dto.department ?? null;
    const period = periodKey(dto.period);
    const label = await this.assertUnit(user, department);
    try {
      const goal = await this.goals.create({ departmentId: department, period, target: dto.target, setBy: user.id });
      return unitGoalView(goal, label);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictException(`${label} has a goal for ${period} already: change its target (PATCH /api/goals/:id) instead.`);
      }
      throw error;
    }
  }

  async update(user: AuthenticatedUser, id: string, dto: UpdateUnitGoalDto): Promise<UnitGoal> {
    const goal = await this.goalOf(id);
    const label = await this.assertUnit(user, goal.departmentId);
    goal.target = dto.target;
    goal.setBy = user.id;
    return unitGoalView(await this.goals.save(goal), label);
  }

  async remove(user: AuthenticatedUser, id: string): Promise<void> {
    const goal = await this.goalOf(id);
    await this.assertUnit(user, goal.departmentId);
    await this.goals.remove(goal);
  }

  private async goalOf(id: string): Promise<UnitGoalEntity> {
    const goal = await this.goals.byId(id);
    if (!goal) throw new NotFoundException(`There is no goal ${id}.`);
    return goal;
  }

  /** The unit's label, once the user may act on it (403 outside their part, 404 for no such department). */
  private async assertUnit(user: AuthenticatedUser, department: string | null): Promise<string> {
    const names = department === null ? new Map<string, string>() : await this.names([department]);
    assertUnitInScope(user, department, department !== null && names.has(department));
    return labelOf(department, names);
  }

  private async names(ids: (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (!wanted.length) return new Map();
    const rows: { id: string; name: string }[] = await this.db.query(`SELECT id, name FROM department WHERE id = ANY($1::uuid[])`, [wanted]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}

function labelOf(department: string | null, names: Map<string, string>): string {
  return department === null ? ORGANISATION_LABEL : names.get(department) ?? department;
}

/** A calendar period's key as the dashboards name it (400 with the accepted forms otherwise). */
function periodKey(key: string): string {
  try {
    return parsePeriod(key).key;
  } catch (e) {
    if (e instanceof DomainError) throw new BadRequestException(e.message);
    throw e;
  }
}

import { Injectable } from '@nestjs/common';
import { enpsFromCounts, goalGap, oneDecimal, Period, PeriodKind, periodContaining } from '@ex-pulse/domain';
import type { EnpsCell, GoalProgress } from '@ex-pulse/contracts';
import { populationOf } from '../analytics/enps-cell';
import { unitGoalView } from './goals.service';
import { UnitGoalEntity } from './unit-goal.entity';
import { UnitGoalRepository, UnitId } from './unit-goal.repository';

/** A unit as a dashboard shows it: its department (null: the organisation) and its decided eNPS figure. */
export interface ShownUnit {
  department: UnitId;
  cell: EnpsCell;
}

const ENCLOSING: Record<PeriodKind, PeriodKind[]> = {
  month: ['quarter', 'half', 'year'],
  quarter: ['half', 'year'],
  half: ['year'],
  year: [],
};

/** The period and the periods holding it, nearest first: 2026-05, 2026-Q2, 2026-H1, 2026. */
export function periodAndEnclosing(period: Period): string[] {
  return [period.key, ...ENCLOSING[period.kind].map((kind) => periodContaining(kind, period.from).key)];
}

/**
 * Progress against eNPS goals for what a dashboard shows: each unit's figure for the period against
 * the goal of that period, or of the nearest period holding it. The figure is the decided cell
 * itself, so a withheld unit's progress is withheld too, and the gap's significance uses the same
 * counts and population as the cell's interval.
 */
@Injectable()
export class GoalProgressService {
  constructor(private readonly goals: UnitGoalRepository) {}

  async progress(units: readonly ShownUnit[], period: Period): Promise<GoalProgress[]> {
    if (!units.length) return [];
    const periods = periodAndEnclosing(period);
    const goals = await this.goals.forUnits(units.map((u) => u.department), periods);
    const out: GoalProgress[] = [];
    for (const unit of units) {
      const goal = nearest(goals.filter((g) => g.departmentId === unit.department), periods);
      if (goal) out.push(progressOf(unit, goal, period));
    }
    return out;
  }
}

function nearest(goals: UnitGoalEntity[], periods: string[]): UnitGoalEntity | null {
  for (const key of periods) {
    const goal = goals.find((g) => g.period === key);
    if (goal) return goal;
  }
  return null;
}

function progressOf({ cell }: ShownUnit, goal: UnitGoalEntity, period: Period): GoalProgress {
  const base = { unitKey: cell.key, goal: unitGoalView(goal, cell.label), period: period.key, withheld: cell.withheld };
  if (cell.withheld || !cell.n) {
    return { ...base, current: null, gap: null, threshold: null, beyondChance: null, indicative: false };
  }
  // The cell's own counts and population, as its interval has them.
  const counts = { promoters: cell.promoters!, passives: cell.passives!, detractors: cell.detractors! };
  const current = enpsFromCounts(counts, populationOf(cell.n, cell.invited));
  const gap = goalGap(current, goal.target)!;
  return {
    ...base,
    current: oneDecimal(current.enps!),
    gap: oneDecimal(gap.gap),
    threshold: oneDecimal(gap.threshold),
    beyondChance: gap.beyondChance,
    indicative: current.indicative,
  };
}

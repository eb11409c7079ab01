import { DataSource } from 'typeorm';
import { addDays, DONE_ACTION_SHOWN_DAYS } from '@ex-pulse/domain';
import type { SurveyTeamAction } from '@ex-pulse/contracts';
import { ActionPlan } from './action-plan.entity';
import { PlanAction } from './plan-action.entity';

/** At most this many actions on the answer page: a pulse stays short. */
export const TEAM_ACTIONS_SHOWN = 5;

/**
 * "You said, we did" for the answer page: the current actions of one department that their plan's
 * owner chose to show — on an open plan, not done, or done in the last DONE_ACTION_SHOWN_DAYS — title
 * and status only, done ones first. The department's own plans only, not a parent's or a sibling's.
 */
export async function teamActionsOf(db: DataSource, departmentId: string, today: string): Promise<SurveyTeamAction[]> {
  const rows: SurveyTeamAction[] = await db
    .getRepository(PlanAction)
    .createQueryBuilder('a')
    .innerJoin(ActionPlan, 'p', 'p.id = a.plan_id')
    .select('a.title', 'title')
    .addSelect('a.status', 'status')
    .where('p.department_id = :departmentId', { departmentId })
    .andWhere(`p.status = 'open'`)
    .andWhere('a.shown_to_employees')
    .andWhere(`(a.status <> 'done' OR a.done_on >= :since)`, { since: addDays(today, -DONE_ACTION_SHOWN_DAYS) })
    .orderBy(`CASE a.status WHEN 'done' THEN 0 WHEN 'in_progress' THEN 1 ELSE 2 END`)
    .addOrderBy('p.created_at')
    .addOrderBy('a.position')
    .limit(TEAM_ACTIONS_SHOWN)
    .getRawMany();
  return rows.map((r) => ({ title: r.title, status: r.status }));
}

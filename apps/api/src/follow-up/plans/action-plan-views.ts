import { EntityManager, In } from 'typeorm';
import type { ActionPlanView, FollowUpUser, PlanActionView } from '@ex-pulse/contracts';
import type { DepartmentTree } from '../../analytics/filter/department-tree';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { FollowUpItem } from '../queue/follow-up-item.entity';
import { noteView } from '../queue/follow-up-views';
import type { UnitAccess } from '../unit-access';
import { ActionPlanFocus } from './action-plan-focus.entity';
import { ActionPlan } from './action-plan.entity';
import { ActionProgressNote } from './action-progress-note.entity';
import { PlanAction } from './plan-action.entity';

/** Plans as the wire carries them, their parts read in a few statements for all of them at once. */
export async function planViews(
  tx: EntityManager, access: UnitAccess, user: AuthenticatedUser, plans: ActionPlan[], tree: DepartmentTree, today: string,
): Promise<ActionPlanView[]> {
  if (!plans.length) return [];
  const ids = plans.map((p) => p.id);
  const focus = await tx.getRepository(ActionPlanFocus).find({ where: { planId: In(ids) }, order: { position: 'ASC' } });
  const actions = await tx.getRepository(PlanAction).find({ where: { planId: In(ids) }, order: { position: 'ASC' } });
  const progress = actions.length
    ? await tx.getRepository(ActionProgressNote).find({ where: { actionId: In(actions.map((a) => a.id)) }, order: { createdAt: 'ASC', id: 'ASC' } })
    : [];
  const itemIds = focus.flatMap((f) => (f.itemId ? [f.itemId] : []));
  const items = new Map((itemIds.length ? await tx.getRepository(FollowUpItem).findBy({ id: In(itemIds) }) : []).map((i) => [i.id, i]));
  const users = await access.users([...plans.map((p) => p.ownerId), ...actions.map((a) => a.ownerId), ...progress.map((n) => n.authorId)]);
  const owner = (id: string | null): FollowUpUser | null => (id ? (users.get(id) ?? null) : null);

  return plans.map((plan) => ({
    id: plan.id,
    unitId: plan.departmentId,
    unitName: tree.get(plan.departmentId)?.name ?? '',
    title: plan.title,
    owner: owner(plan.ownerId),
    status: plan.status,
    createdAt: plan.createdAt.toISOString(),
    focus: focus.filter((f) => f.planId === plan.id).map((f) => {
      const item = f.itemId ? items.get(f.itemId) : undefined;
      return {
        id: f.id, kind: f.kind, driver: f.driver, theme: f.theme,
        item: item ? { key: item.id, quarter: item.quarter, text: item.comment } : null,
      };
    }),
    actions: actions.filter((a) => a.planId === plan.id).map((a): PlanActionView => ({
      id: a.id,
      title: a.title,
      owner: owner(a.ownerId),
      dueOn: a.dueOn,
      status: a.status,
      shownToEmployees: a.shownToEmployees,
      doneOn: a.doneOn,
      overdue: a.status !== 'done' && a.dueOn !== null && a.dueOn < today,
      progress: progress.filter((n) => n.actionId === a.id).map((n) => noteView(n, users)),
    })),
    canAct: access.acts(user, plan.departmentId),
    isOwner: plan.ownerId === user.id,
  }));
}

import { BadRequestException, ForbiddenException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { assertIsoDate, isDriver } from '@ex-pulse/domain';
import type { DepartmentTree } from '../../analytics/filter/department-tree';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { FollowUpItem } from '../queue/follow-up-item.entity';
import type { UnitAccess } from '../unit-access';
import type { ActionPlanFocus } from './action-plan-focus.entity';
import type { ActionPlan } from './action-plan.entity';
import type { FocusInputDto, UpdatePlanActionDto } from './action-plan.dto';
import type { PlanAction } from './plan-action.entity';

export type ActionFields = Partial<Pick<PlanAction, 'ownerId' | 'dueOn' | 'status' | 'doneOn' | 'shownToEmployees'>>;

/** The checks of what a plan's focus areas and actions may hold, for one unit on one day. */
export class PlanInputs {
  constructor(
    readonly access: UnitAccess,
    readonly tree: DepartmentTree,
    readonly unitId: string,
    readonly today: string,
  ) {}

  /**
   * The columns an action input sets (`current`: the action as it is, null for a new one): an owner
   * who may own the unit's work, a real due date not in the past, the done date that follows from the
   * status; showing or hiding it to employees only by the plan's owner.
   */
  async actionFields(user: AuthenticatedUser, plan: ActionPlan, dto: UpdatePlanActionDto, current: PlanAction | null): Promise<ActionFields> {
    const fields: ActionFields = {};
    if (dto.ownerId !== undefined) {
      if (dto.ownerId !== (current?.ownerId ?? null)) await this.access.assertOwner(this.tree, this.unitId, dto.ownerId);
      fields.ownerId = dto.ownerId;
    }
    if (dto.dueOn !== undefined) {
      if (dto.dueOn !== null) {
        assertIsoDate(dto.dueOn, 'dueOn');
        if (dto.dueOn !== current?.dueOn && dto.dueOn < this.today) {
          throw new BadRequestException(`dueOn ${dto.dueOn} is in the past; choose today or a later day.`);
        }
      }
      fields.dueOn = dto.dueOn;
    }
    if (dto.status !== undefined) {
      fields.status = dto.status;
      fields.doneOn = dto.status !== 'done' ? null : current?.status === 'done' ? current.doneOn : this.today;
    }
    if (dto.shownToEmployees !== undefined) {
      if (dto.shownToEmployees !== (current?.shownToEmployees ?? false) && plan.ownerId !== user.id) {
        throw new ForbiddenException("Only the plan's owner chooses which actions the unit's employees see.");
      }
      fields.shownToEmployees = dto.shownToEmployees;
    }
    return fields;
  }
}

/** The row of a focus area: a driver key, a theme, or a queue item of the plan's unit or a unit below it. */
export async function focusRow(
  tx: EntityManager, inputs: PlanInputs, user: AuthenticatedUser, dto: FocusInputDto,
): Promise<Pick<ActionPlanFocus, 'kind' | 'driver' | 'theme' | 'itemId'>> {
  const given = (['driver', 'theme', 'itemKey'] as const).filter((f) => dto[f] !== undefined);
  const needs = { driver: 'driver', theme: 'theme', item: 'itemKey' }[dto.kind];
  if (given.length !== 1 || given[0] !== needs) {
    throw new BadRequestException(`A focus of kind ${dto.kind} takes ${needs}, and nothing of driver, theme and itemKey else.`);
  }
  if (dto.kind === 'driver') {
    if (!isDriver(dto.driver!)) throw new BadRequestException(`"${dto.driver}" is not a driver.`);
    return { kind: 'driver', driver: dto.driver!, theme: null, itemId: null };
  }
  if (dto.kind === 'theme') return { kind: 'theme', driver: null, theme: dto.theme!, itemId: null };
  const item = await tx.getRepository(FollowUpItem).findOneBy({ id: dto.itemKey! });
  if (!item) throw new BadRequestException(`There is no follow-up item ${dto.itemKey}.`);
  if (!inputs.tree.subtree(inputs.unitId).includes(item.departmentId)) {
    throw new BadRequestException(`That follow-up item belongs to ${inputs.tree.get(item.departmentId)?.name}, not to this plan's unit or a unit below it.`);
  }
  inputs.access.assertSees(user, inputs.tree, item.departmentId);
  return { kind: 'item', driver: null, theme: null, itemId: item.id };
}

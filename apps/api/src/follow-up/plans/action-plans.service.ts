import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import type { ActionPlanList, ActionPlanView, AuditEntryView } from '@ex-pulse/contracts';
import type { DepartmentTree } from '../../analytics/filter/department-tree';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { Clock } from '../../common/clock';
import { OrganisationService } from '../../common/organisation.service';
import { AuditChange, auditHistory, recordAudit } from '../audit/audit-trail';
import { AddNoteDto } from '../queue/follow-up.dto';
import { UnitAccess } from '../unit-access';
import { ActionPlanFocus } from './action-plan-focus.entity';
import { ActionPlan } from './action-plan.entity';
import {
  ActionPlanQueryDto, CreateActionPlanDto, FocusInputDto, MAX_ACTIONS, MAX_FOCUS, PlanActionInputDto, UpdateActionPlanDto,
  UpdatePlanActionDto,
} from './action-plan.dto';
import { planViews } from './action-plan-views';
import { ActionProgressNote } from './action-progress-note.entity';
import { PlanAction } from './plan-action.entity';
import { focusRow, PlanInputs } from './plan-inputs';

/** What a change to a plan works with: the plan (locked), the tree, today, now. */
interface Editing {
  tx: EntityManager;
  plan: ActionPlan;
  tree: DepartmentTree;
  today: string;
  now: Date;
}

/**
 * Units' action plans: focus areas, actions (owner, due date, status, whether employees see them) and
 * progress notes. The same access rules as the queue (UnitAccess); a closed plan changes only by being
 * reopened; every change is recorded with who and when, in the transaction that makes it.
 */
@Injectable()
export class ActionPlansService {
  constructor(
    private readonly db: DataSource,
    @InjectRepository(ActionPlan) private readonly plans: Repository<ActionPlan>,
    private readonly access: UnitAccess,
    private readonly organisation: OrganisationService,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthenticatedUser, q: ActionPlanQueryDto): Promise<ActionPlanList> {
    const tree = await this.access.tree();
    if (q.unit) this.access.assertSees(user, tree, q.unit);
    const query = this.plans.createQueryBuilder('p');
    if (q.unit) query.andWhere('p.department_id = :unit', { unit: q.unit });
    if (user.visibleDepartmentIds) query.andWhere('p.department_id = ANY(:visible)', { visible: user.visibleDepartmentIds });
    const rows = await query.orderBy('p.status', 'DESC').addOrderBy('p.created_at', 'DESC').addOrderBy('p.id').getMany();
    return { unitId: q.unit ?? null, plans: await planViews(this.db.manager, this.access, user, rows, tree, await this.organisation.today()) };
  }

  async get(user: AuthenticatedUser, id: string): Promise<ActionPlanView> {
    const plan = await this.find(this.db.manager, id);
    const tree = await this.access.tree();
    this.access.assertSees(user, tree, plan.departmentId);
    return (await planViews(this.db.manager, this.access, user, [plan], tree, await this.organisation.today()))[0];
  }

  async history(user: AuthenticatedUser, id: string): Promise<AuditEntryView[]> {
    const plan = await this.find(this.db.manager, id);
    this.access.assertSees(user, await this.access.tree(), plan.departmentId);
    const actions = await this.db.getRepository(PlanAction).find({ where: { planId: id }, select: { id: true } });
    const entries = [
      ...(await auditHistory(this.db.manager, 'plan', [id])),
      ...(await auditHistory(this.db.manager, 'action', actions.map((a) => a.id))),
    ];
    return entries.sort((a, b) => a.at.localeCompare(b.at));
  }

  /** The plan, its focus areas and its first actions, in one transaction. */
  async create(user: AuthenticatedUser, dto: CreateActionPlanDto): Promise<ActionPlanView> {
    const tree = await this.access.tree();
    this.access.assertActs(user, tree, dto.unitId);
    // The creator owns the plan unless they name someone else (or null: nobody yet).
    const ownerId = dto.ownerId === undefined ? user.id : dto.ownerId;
    await this.access.assertOwner(tree, dto.unitId, ownerId);
    const today = await this.organisation.today();
    const inputs = new PlanInputs(this.access, tree, dto.unitId, today);
    return this.db.transaction(async (tx) => {
      const now = this.clock.now();
      const plan = await tx.getRepository(ActionPlan).save({ departmentId: dto.unitId, title: dto.title, ownerId, status: 'open', createdAt: now });
      await recordAudit(tx, user, now, 'plan', plan.id, [{ change: 'created', to: plan.title }, ...(ownerId ? [{ change: 'owner', to: ownerId }] : [])]);
      const editing: Editing = { tx, plan, tree, today, now };
      for (const [position, focus] of (dto.focus ?? []).entries()) await this.insertFocus(editing, user, focus, position, inputs);
      for (const [position, action] of (dto.actions ?? []).entries()) await this.insertAction(editing, user, action, position, inputs);
      return this.viewOf(editing, user);
    });
  }

  async update(user: AuthenticatedUser, id: string, dto: UpdateActionPlanDto): Promise<ActionPlanView> {
    if (dto.title === undefined && dto.ownerId === undefined && dto.status === undefined) {
      throw new BadRequestException('Nothing to change: send title, ownerId or status.');
    }
    return this.edit(user, id, async (e) => {
      const changes: AuditChange[] = [];
      if (dto.status !== undefined && dto.status !== e.plan.status) {
        changes.push({ change: 'status', from: e.plan.status, to: dto.status });
        e.plan.status = dto.status;
      } else if (e.plan.status === 'closed') {
        throw new ConflictException('This plan is closed: reopen it (status open) to change it.');
      }
      if (dto.title !== undefined && dto.title !== e.plan.title) {
        changes.push({ change: 'title', from: e.plan.title, to: dto.title });
        e.plan.title = dto.title;
      }
      if (dto.ownerId !== undefined && dto.ownerId !== e.plan.ownerId) {
        await this.access.assertOwner(e.tree, e.plan.departmentId, dto.ownerId);
        changes.push({ change: 'owner', from: e.plan.ownerId, to: dto.ownerId });
        e.plan.ownerId = dto.ownerId;
      }
      if (changes.length) {
        await e.tx.getRepository(ActionPlan).save(e.plan);
        await recordAudit(e.tx, user, e.now, 'plan', e.plan.id, changes);
      }
    }, { closedToo: true });
  }

  async addFocus(user: AuthenticatedUser, id: string, dto: FocusInputDto): Promise<ActionPlanView> {
    return this.edit(user, id, async (e) => {
      const count = await e.tx.getRepository(ActionPlanFocus).countBy({ planId: e.plan.id });
      if (count >= MAX_FOCUS) throw new BadRequestException(`A plan has at most ${MAX_FOCUS} focus areas.`);
      await this.insertFocus(e, user, dto, await this.nextPosition(e.tx, ActionPlanFocus, e.plan.id), this.inputs(e));
    });
  }

  async removeFocus(user: AuthenticatedUser, id: string, focusId: string): Promise<ActionPlanView> {
    return this.edit(user, id, async (e) => {
      const focus = await e.tx.getRepository(ActionPlanFocus).findOneBy({ id: focusId, planId: e.plan.id });
      if (!focus) throw new NotFoundException(`This plan has no focus area ${focusId}.`);
      await e.tx.getRepository(ActionPlanFocus).delete({ id: focus.id });
      await recordAudit(e.tx, user, e.now, 'plan', e.plan.id, [{ change: 'focus_removed', from: focus.driver ?? focus.theme ?? focus.itemId }]);
    });
  }

  async addAction(user: AuthenticatedUser, id: string, dto: PlanActionInputDto): Promise<ActionPlanView> {
    return this.edit(user, id, async (e) => {
      const count = await e.tx.getRepository(PlanAction).countBy({ planId: e.plan.id });
      if (count >= MAX_ACTIONS) throw new BadRequestException(`A plan has at most ${MAX_ACTIONS} actions.`);
      await this.insertAction(e, user, dto, await this.nextPosition(e.tx, PlanAction, e.plan.id), this.inputs(e));
    });
  }

  async updateAction(user: AuthenticatedUser, id: string, actionId: string, dto: UpdatePlanActionDto): Promise<ActionPlanView> {
    if (Object.values(dto).every((v) => v === undefined)) {
      throw new BadRequestException('Nothing to change: send title, ownerId, dueOn, status or shownToEmployees.');
    }
    return this.edit(user, id, async (e) => {
      const action = await this.actionOf(e, actionId);
      const fields = await this.inputs(e).actionFields(user, e.plan, dto, action);
      const changes: AuditChange[] = [];
      for (const key of ['title', 'ownerId', 'dueOn', 'status', 'shownToEmployees'] as const) {
        const next = key === 'title' ? dto.title : fields[key];
        if (next === undefined || next === action[key]) continue;
        changes.push({ change: AUDIT_NAMES[key], from: String(action[key] ?? '') || null, to: String(next ?? '') || null });
      }
      if (!changes.length) return;
      Object.assign(action, { ...fields, ...(dto.title !== undefined ? { title: dto.title } : {}) });
      await e.tx.getRepository(PlanAction).save(action);
      await recordAudit(e.tx, user, e.now, 'action', action.id, changes);
    });
  }

  async addProgress(user: AuthenticatedUser, id: string, actionId: string, dto: AddNoteDto): Promise<ActionPlanView> {
    return this.edit(user, id, async (e) => {
      const action = await this.actionOf(e, actionId);
      const note = await e.tx.getRepository(ActionProgressNote).save({ actionId: action.id, authorId: user.id, body: dto.body, createdAt: e.now });
      await recordAudit(e.tx, user, e.now, 'action', action.id, [{ change: 'progress', to: note.id }]);
    });
  }

  /** Locks the plan, checks the user may change it (and that it is open), runs the change, returns the plan. */
  private async edit(
    user: AuthenticatedUser, id: string, change: (e: Editing) => Promise<void>, o: { closedToo?: boolean } = {},
  ): Promise<ActionPlanView> {
    const tree = await this.access.tree();
    const today = await this.organisation.today();
    return this.db.transaction(async (tx) => {
      const plan = await this.find(tx, id, true);
      this.access.assertActs(user, tree, plan.departmentId);
      if (plan.status === 'closed' && !o.closedToo) throw new ConflictException('This plan is closed: reopen it (status open) to change it.');
      const editing: Editing = { tx, plan, tree, today, now: this.clock.now() };
      await change(editing);
      return this.viewOf(editing, user);
    });
  }

  private inputs(e: Editing): PlanInputs {
    return new PlanInputs(this.access, e.tree, e.plan.departmentId, e.today);
  }

  private async insertFocus(e: Editing, user: AuthenticatedUser, dto: FocusInputDto, position: number, inputs: PlanInputs): Promise<void> {
    const row = await focusRow(e.tx, inputs, user, dto);
    const focus = await e.tx.getRepository(ActionPlanFocus).save({ ...row, planId: e.plan.id, position });
    await recordAudit(e.tx, user, e.now, 'plan', e.plan.id, [{ change: 'focus_added', to: focus.driver ?? focus.theme ?? focus.itemId }]);
  }

  private async insertAction(e: Editing, user: AuthenticatedUser, dto: PlanActionInputDto, position: number, inputs: PlanInputs): Promise<void> {
    const fields = await inputs.actionFields(user, e.plan, dto, null);
    const action = await e.tx.getRepository(PlanAction).save({
      planId: e.plan.id, title: dto.title, position, ownerId: null, dueOn: null, status: 'planned', shownToEmployees: false, doneOn: null, ...fields,
    });
    await recordAudit(e.tx, user, e.now, 'action', action.id, [{ change: 'created', to: action.title }]);
  }

  private async actionOf(e: Editing, actionId: string): Promise<PlanAction> {
    const action = await e.tx.getRepository(PlanAction).findOne({ where: { id: actionId, planId: e.plan.id }, lock: { mode: 'pessimistic_write' } });
    if (!action) throw new NotFoundException(`This plan has no action ${actionId}.`);
    return action;
  }

  private async nextPosition(tx: EntityManager, entity: typeof PlanAction | typeof ActionPlanFocus, planId: string): Promise<number> {
    const row = await tx.getRepository(entity).createQueryBuilder('x').select('coalesce(max(x.position) + 1, 0)::int', 'next').where('x.plan_id = :planId', { planId }).getRawOne();
    return row.next;
  }

  private async find(tx: EntityManager, id: string, lock = false): Promise<ActionPlan> {
    const plan = await tx.getRepository(ActionPlan).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!plan) throw new NotFoundException(`There is no action plan ${id}.`);
    return plan;
  }

  private async viewOf(e: Editing, user: AuthenticatedUser): Promise<ActionPlanView> {
    return (await planViews(e.tx, this.access, user, [e.plan], e.tree, e.today))[0];
  }
}

const AUDIT_NAMES = { title: 'title', ownerId: 'owner', dueOn: 'due', status: 'status', shownToEmployees: 'shown' } as const;


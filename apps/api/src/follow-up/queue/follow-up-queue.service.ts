import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { assertIsoDate, canMoveFollowUp, nextFollowUpStatuses } from '@ex-pulse/domain';
import type { FollowUpItemDetail, FollowUpOwners, FollowUpQueue, FollowUpShow, FollowUpUnitSummary } from '@ex-pulse/contracts';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { Clock } from '../../common/clock';
import { OrganisationService } from '../../common/organisation.service';
import { AuditChange, auditHistory, recordAudit } from '../audit/audit-trail';
import { UnitAccess } from '../unit-access';
import { AddNoteDto, FollowUpQueueQueryDto, UpdateFollowUpDto } from './follow-up.dto';
import { FollowUpIntake } from './follow-up-intake.service';
import { FollowUpItem } from './follow-up-item.entity';
import { FollowUpNote } from './follow-up-note.entity';
import { itemView, noteView } from './follow-up-views';

export const FOLLOW_UP_PAGE_SIZE = 50;

/**
 * The follow-up queue: items per unit, their status, owner, due date and notes. Every read first lets
 * the week's intake run (FollowUpIntake); every change is checked against the user's part of the
 * organisation (UnitAccess) and recorded, with who and when, in the same transaction (follow_up_audit).
 */
@Injectable()
export class FollowUpQueueService {
  constructor(
    private readonly db: DataSource,
    @InjectRepository(FollowUpItem) private readonly items: Repository<FollowUpItem>,
    private readonly intake: FollowUpIntake,
    private readonly access: UnitAccess,
    private readonly organisation: OrganisationService,
    private readonly clock: Clock,
  ) {}

  async queue(user: AuthenticatedUser, q: FollowUpQueueQueryDto): Promise<FollowUpQueue> {
    await this.intake.takeIn();
    const [tree, today] = await Promise.all([this.access.tree(), this.organisation.today()]);
    if (q.unit) this.access.assertSees(user, tree, q.unit);
    const show: FollowUpShow = q.show ?? 'open';
    const page = q.page ?? 1;
    const visible = user.visibleDepartmentIds;

    const counts: { unit: string; open: number; overdue: number }[] = await this.items
      .createQueryBuilder('i')
      .select('i.department_id', 'unit')
      .addSelect(`count(*) FILTER (WHERE i.status <> 'resolved')::int`, 'open')
      .addSelect(`count(*) FILTER (WHERE i.status <> 'resolved' AND i.due_on < :today)::int`, 'overdue')
      .where(visible ? 'i.department_id = ANY(:visible)' : 'true', { visible, today })
      .groupBy('i.department_id')
      .getRawMany();
    const units: FollowUpUnitSummary[] = counts
      .filter((c) => tree.has(c.unit))
      .map((c) => ({ unitId: c.unit, unitName: tree.get(c.unit)!.name, open: c.open, overdue: c.overdue }));
    const order = new Map(tree.walk(tree.children(null)).map((w, i) => [w.node.id, i]));
    units.sort((a, b) => order.get(a.unitId)! - order.get(b.unitId)!);

    const list = this.items.createQueryBuilder('i');
    if (visible) list.andWhere('i.department_id = ANY(:visible)', { visible });
    if (q.unit) list.andWhere('i.department_id = :unit', { unit: q.unit });
    if (show === 'open') list.andWhere(`i.status <> 'resolved'`);
    if (show === 'overdue') list.andWhere(`i.status <> 'resolved' AND i.due_on < :today`, { today });
    if (show === 'resolved') list.andWhere(`i.status = 'resolved'`);
    // Due first, newest quarter first; then by the random key: nothing orders items by their answers.
    list.orderBy('i.due_on', 'ASC', 'NULLS LAST').addOrderBy('i.quarter', 'DESC').addOrderBy('i.id', 'ASC');
    const [rows, total] = await list.skip((page - 1) * FOLLOW_UP_PAGE_SIZE).take(FOLLOW_UP_PAGE_SIZE).getManyAndCount();
    const users = await this.access.users(rows.map((r) => r.ownerId));
    return {
      today,
      units,
      unitId: q.unit ?? null,
      show,
      total,
      page,
      pageSize: FOLLOW_UP_PAGE_SIZE,
      items: rows.map((r) => itemView(r, tree, users, today)),
      canAct: user.role !== 'leader',
    };
  }

  async detail(user: AuthenticatedUser, key: string): Promise<FollowUpItemDetail> {
    const item = await this.find(this.db.manager, user, key);
    return this.detailOf(this.db.manager, user, item);
  }

  async owners(user: AuthenticatedUser, unitId: string): Promise<FollowUpOwners> {
    const tree = await this.access.tree();
    this.access.assertSees(user, tree, unitId);
    return { owners: await this.access.owners(tree, unitId) };
  }

  /** Status, owner and due date, each checked, changed and recorded in one transaction. */
  async update(user: AuthenticatedUser, key: string, dto: UpdateFollowUpDto): Promise<FollowUpItemDetail> {
    if (dto.status === undefined && dto.ownerId === undefined && dto.dueOn === undefined) {
      throw new BadRequestException('Nothing to change: send status, ownerId or dueOn.');
    }
    const today = await this.organisation.today();
    if (dto.dueOn) assertIsoDate(dto.dueOn, 'dueOn');
    return this.db.transaction(async (tx) => {
      const item = await this.find(tx, user, key, true);
      const tree = await this.access.tree();
      this.access.assertActs(user, tree, item.departmentId);
      const changes: AuditChange[] = [];
      if (dto.status !== undefined && dto.status !== item.status) {
        if (!canMoveFollowUp(item.status, dto.status)) {
          const next = nextFollowUpStatuses(item.status).join(' or ');
          throw new ConflictException(`An item that is ${item.status} can move to ${next}, not to ${dto.status}.`);
        }
        changes.push({ change: 'status', from: item.status, to: dto.status });
        item.status = dto.status;
        item.resolvedOn = dto.status === 'resolved' ? today : null;
      }
      if (dto.ownerId !== undefined && dto.ownerId !== item.ownerId) {
        await this.access.assertOwner(tree, item.departmentId, dto.ownerId);
        changes.push({ change: 'owner', from: item.ownerId, to: dto.ownerId });
        item.ownerId = dto.ownerId;
      }
      if (dto.dueOn !== undefined && dto.dueOn !== item.dueOn) {
        if (dto.dueOn !== null && dto.dueOn < today) throw new BadRequestException(`dueOn ${dto.dueOn} is in the past; choose today or a later day.`);
        changes.push({ change: 'due', from: item.dueOn, to: dto.dueOn });
        item.dueOn = dto.dueOn;
      }
      if (changes.length) {
        await tx.getRepository(FollowUpItem).save(item);
        await recordAudit(tx, user, this.clock.now(), 'item', item.id, changes);
      }
      return this.detailOf(tx, user, item);
    });
  }

  async addNote(user: AuthenticatedUser, key: string, dto: AddNoteDto): Promise<FollowUpItemDetail> {
    return this.db.transaction(async (tx) => {
      const item = await this.find(tx, user, key, true);
      this.access.assertActs(user, await this.access.tree(), item.departmentId);
      const now = this.clock.now();
      const note = await tx.getRepository(FollowUpNote).save({ itemId: item.id, authorId: user.id, body: dto.body, createdAt: now });
      await recordAudit(tx, user, now, 'item', item.id, [{ change: 'note', to: note.id }]);
      return this.detailOf(tx, user, item);
    });
  }

  /** 404 for an unknown key, 403 for an item outside the user's part. */
  private async find(tx: EntityManager, user: AuthenticatedUser, key: string, lock = false): Promise<FollowUpItem> {
    const item = await tx.getRepository(FollowUpItem).findOne({ where: { id: key }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!item) throw new NotFoundException(`There is no follow-up item ${key}.`);
    this.access.assertSees(user, await this.access.tree(), item.departmentId);
    return item;
  }

  private async detailOf(tx: EntityManager, user: AuthenticatedUser, item: FollowUpItem): Promise<FollowUpItemDetail> {
    // One after the other: inside a transaction they share one connection.
    const [tree, today] = await Promise.all([this.access.tree(), this.organisation.today()]);
    const notes = await tx.getRepository(FollowUpNote).find({ where: { itemId: item.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const history = await auditHistory(tx, 'item', [item.id]);
    const users = await this.access.users([item.ownerId, ...notes.map((n) => n.authorId)]);
    return {
      ...itemView(item, tree, users, today),
      notes: notes.map((n) => noteView(n, users)),
      history,
      canAct: this.access.acts(user, item.departmentId),
    };
  }
}

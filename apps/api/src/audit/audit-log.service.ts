import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { AuditAction, AuditEntry, AuditLogPage, AuditTargetType } from '@ex-pulse/contracts';
import { Clock } from '../common/clock';
import { AuditLogEntry } from './audit-log.entity';

/** Who made a change: a signed-in account (AuthenticatedUser fits), or the system. */
export interface AuditActor {
  id: string | null;
  email: string;
}

/** What the change was made to. */
export interface AuditTarget {
  type: AuditTargetType;
  id?: string | null;
  /** A name a person recognises (a department's name, an account's email); never an answer or a comment. */
  label?: string | null;
}

export const AUDIT_PAGE_SIZE = 50;

/**
 * The audit log of administrative changes. Features call `record` with the EntityManager of the
 * transaction that makes the change, so the entry commits (or rolls back) with it. Details name
 * what changed (fields, from and to); never an employee's answer, comment or password.
 */
@Injectable()
export class AuditLog {
  constructor(
    @InjectRepository(AuditLogEntry) private readonly entries: Repository<AuditLogEntry>,
    private readonly clock: Clock,
  ) {}

  async record(
    actor: AuditActor | null,
    action: AuditAction,
    target: AuditTarget,
    details: Record<string, unknown> = {},
    manager?: EntityManager,
  ): Promise<void> {
    const repository = manager ? manager.getRepository(AuditLogEntry) : this.entries;
    await repository.save(repository.create({
      at: this.clock.now(),
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? 'system',
      action,
      targetType: target.type,
      targetId: target.id ?? null,
      targetLabel: target.label ?? null,
      details,
    }));
  }

  /** Newest first, AUDIT_PAGE_SIZE a page. */
  async page(page = 1): Promise<AuditLogPage> {
    const [rows, total] = await this.entries.findAndCount({
      order: { at: 'DESC', id: 'DESC' },
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    });
    return { page, pageSize: AUDIT_PAGE_SIZE, total, items: rows.map(toEntry) };
  }
}

function toEntry(row: AuditLogEntry): AuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorEmail: row.actorEmail,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    targetLabel: row.targetLabel,
    details: row.details,
  };
}

import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { assertProgramme } from '@ex-pulse/domain';
import type { ProgrammeDto, ProgrammeInput } from '@ex-pulse/contracts';
import { AuditActor, AuditLog } from '../audit/audit-log.service';
import { isUniqueViolation } from '../database/pg-errors';

const SELECT = `
  SELECT p.id, p.key, p.name_en AS "nameEn", p.name_et AS "nameEt", p.target_phase AS "targetPhase",
         p.trigger_kind AS "triggerKind", p.trigger_days AS "triggerDays", p.interval_days AS "intervalDays",
         p.questions, p.expiry_days AS "expiryDays", p.reminder_after_days AS "reminderAfterDays",
         p.catch_up_days AS "catchUpDays", p.active, p.fatigue_exempt AS "fatigueExempt", p.priority,
         (SELECT count(*)::int FROM invitation i WHERE i.programme_id = p.id) AS invitations
    FROM programme p`;

/** Programmes as data: HR lists, creates, edits, pauses and resumes them. */
@Injectable()
export class ProgrammesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditLog,
  ) {}

  list(): Promise<ProgrammeDto[]> {
    return this.db.query(`${SELECT} ORDER BY p.priority DESC, p.name_en`);
  }

  async get(id: string): Promise<ProgrammeDto> {
    const [row] = await this.db.query(`${SELECT} WHERE p.id = $1`, [id]);
    if (!row) throw new NotFoundException(`Programme ${id} does not exist.`);
    return row;
  }

  async create(actor: AuditActor, input: ProgrammeInput): Promise<ProgrammeDto> {
    assertProgramme(input);
    const key = `${slug(input.nameEn)}-${Date.now().toString(36)}`;
    try {
      const id = await this.db.transaction(async (tx) => {
        const [row] = await tx.query(
          `INSERT INTO programme (key, name_en, name_et, target_phase, trigger_kind, trigger_days, interval_days, questions,
                                  expiry_days, reminder_after_days, catch_up_days, fatigue_exempt, priority)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
          [key, ...columns(input), input.triggerKind === 'on_notice', input.triggerKind === 'on_notice' ? 100 : 1],
        );
        await this.audit.record(actor, 'programme.created', target(row.id, input.nameEn), { targetPhase: input.targetPhase, triggerKind: input.triggerKind }, tx);
        return row.id as string;
      });
      return this.get(id);
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException('A programme with this name was just created; try again.');
      throw error;
    }
  }

  async update(actor: AuditActor, id: string, input: ProgrammeInput): Promise<ProgrammeDto> {
    assertProgramme(input);
    await this.db.transaction(async (tx) => {
      const before = await settingsOf(tx, id);
      await tx.query(
        `UPDATE programme SET name_en = $2, name_et = $3, target_phase = $4, trigger_kind = $5, trigger_days = $6,
                interval_days = $7, questions = $8, expiry_days = $9, reminder_after_days = $10, catch_up_days = $11,
                updated_at = now()
          WHERE id = $1`,
        [id, ...columns(input)],
      );
      const after = await settingsOf(tx, id);
      const fields = Object.keys(after).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
      if (fields.length) await this.audit.record(actor, 'programme.updated', target(id, input.nameEn), { fields }, tx);
    });
    return this.get(id);
  }

  async setActive(actor: AuditActor, id: string, active: boolean): Promise<ProgrammeDto> {
    await this.db.transaction(async (tx) => {
      const before = await settingsOf(tx, id);
      if (before.active === active) return;
      await tx.query(`UPDATE programme SET active = $2, updated_at = now() WHERE id = $1`, [id, active]);
      await this.audit.record(actor, active ? 'programme.resumed' : 'programme.paused', target(id, String(before.name_en)), {}, tx);
    });
    return this.get(id);
  }
}

function columns(p: ProgrammeInput): unknown[] {
  return [
    p.nameEn.trim(), p.nameEt.trim(), p.targetPhase, p.triggerKind,
    p.triggerKind === 'days_after_start' ? p.triggerDays : [],
    p.triggerKind === 'every_n_days' ? p.intervalDays : null,
    JSON.stringify(p.questions), p.expiryDays, p.reminderAfterDays, p.catchUpDays,
  ];
}

function slug(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'programme';
}

function target(id: string, name: string) {
  return { type: 'programme' as const, id, label: name };
}

/** The programme's settings as stored, locked for the change (NotFound when there is none). */
async function settingsOf(tx: EntityManager, id: string): Promise<Record<string, unknown>> {
  const [row] = await tx.query(
    `SELECT name_en, name_et, target_phase, trigger_kind, trigger_days, interval_days, questions, expiry_days,
            reminder_after_days, catch_up_days, active
       FROM programme WHERE id = $1 FOR UPDATE`,
    [id],
  );
  if (!row) throw new NotFoundException(`Programme ${id} does not exist.`);
  return row;
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { PLAN_DUE_INVITATIONS } from './due-invitations.sql';
import { INVITATION_WRITE_LOCK } from './invitation-writes.sql';
import { sendingSlot } from './sending-slot';

export type PlanResult =
  | { ran: true; today: string; invitations: number; reminders: number }
  | { ran: false; today: string; reason: 'weekend' | 'before-send-hour' | 'another-instance' | 'no-organisation' };


/** Creates the invitations due now, each exactly once, with their emails in the outbox. */
@Injectable()
export class InvitationPlannerService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async planDue(): Promise<PlanResult> {
    const now = this.clock.now();
    const slot = await sendingSlot(this.db, now);
    if (!slot) return { ran: false, today: now.toISOString().slice(0, 10), reason: 'no-organisation' };
    if (!slot.open) return { ran: false, today: slot.today, reason: slot.reason };
    const today = slot.day;

    return this.db.transaction(async (tx) => {
      const [{ locked }] = await tx.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [INVITATION_WRITE_LOCK]);
      if (!locked) return { ran: false, today, reason: 'another-instance' } as const;
      const [row] = await tx.query(PLAN_DUE_INVITATIONS, [today, now]);
      return { ran: true, today, invitations: row.invitations, reminders: row.reminders } as const;
    });
  }
}

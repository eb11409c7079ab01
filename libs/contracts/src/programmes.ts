import type { ProgrammeQuestion, ProgrammeTarget, TriggerKind } from '@ex-pulse/domain';

export type { ProgrammeQuestion, ProgrammeTarget, TriggerKind };

export interface ProgrammeInput {
  nameEn: string;
  nameEt: string;
  targetPhase: ProgrammeTarget;
  triggerKind: TriggerKind;
  /** days_after_start: employment days, in increasing order (the start date is day 1). */
  triggerDays: number[];
  /** every_n_days: the interval, counted from the first day of the target phase. */
  intervalDays: number | null;
  questions: ProgrammeQuestion[];
  expiryDays: number;
  /** null: no reminder. */
  reminderAfterDays: number | null;
  catchUpDays: number;
}

export interface ProgrammeDto extends ProgrammeInput {
  id: string;
  key: string;
  active: boolean;
  fatigueExempt: boolean;
  priority: number;
  /** Invitations sent so far (a programme with history can be paused, not deleted). */
  invitations: number;
}

/** Who a manual campaign reaches: any combination; empty means everyone with pulses. */
export interface CampaignSegment {
  /** The department and everything below it. */
  departmentId?: string | null;
  location?: string | null;
  phase?: 'onboarding' | 'initial_development' | 'ongoing_development' | 'separation' | null;
}

/** POST /api/programmes/:id/campaign/count: who would receive it now. */
export interface CampaignCount {
  recipients: number;
  /** In the segment but invited to something in the last 14 days (the fatigue guard). */
  heldBackByFatigue: number;
  /**
   * The fewest recipients a campaign may have (the anonymity threshold k): a pulse to fewer people
   * would collect answers of a group below k. Launching below it is refused with 400.
   */
  minimumRecipients: number;
}

/** POST /api/programmes/:id/campaign: sent today, emails queued. */
export interface CampaignLaunch {
  invitations: number;
  reminders: number;
}

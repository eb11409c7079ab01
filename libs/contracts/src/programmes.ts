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

import type { LifecyclePhase, TenureBand, WithheldReason } from '@ex-pulse/domain';

/*
 * The lifecycle tracker (HR and leaders): headcount by phase, movements between phases and
 * exits are facts about employment, shown as counts (each person's dates are on the Employees
 * page of everyone who may see them); reasons for leaving come from anonymous exit-survey answers
 * and pass the anonymity guard. Every figure is over a calendar period: a year, half, quarter or month.
 */

/**
 * The phases someone employed on a day can be in: from the start date to the last working day.
 * Pre-start (hired, not yet started) and departed people are not counted.
 */
export type HeadcountPhase = Exclude<LifecyclePhase, 'pre_start' | 'departed'>;

/** The tenure phase someone was in when they gave notice (or left without notice). */
export type PhaseAtNotice = Exclude<LifecyclePhase, 'separation' | 'departed'>;

/** Headcount by phase on one month's last day (or today, for the current month). */
export interface LifecycleHeadcountMonth {
  month: string; // YYYY-MM
  /** The day counted: the month's last day, or today while the month is under way. */
  asOf: string; // YYYY-MM-DD
  byPhase: Record<HeadcountPhase, number>;
  /** Everyone employed on the day (the sum of byPhase). */
  total: number;
}

/**
 * People who moved from one phase to another during a month (each change counted on the day it
 * happened); pre_start → onboarding is joining, → departed is leaving.
 */
export interface LifecycleMovement {
  month: string; // YYYY-MM
  from: LifecyclePhase;
  to: LifecyclePhase;
  count: number;
}

/** People whose last working day fell in the month. */
export interface LifecycleExitMonth {
  month: string; // YYYY-MM
  total: number;
  byPhaseAtNotice: Record<PhaseAtNotice, number>;
  /** Completed tenure on the last working day. */
  byTenureBand: Record<Exclude<TenureBand, 'not_started'>, number>;
}

/** One reason for leaving; n is null when withheld. */
export interface LeavingReasonCount {
  /** The choice's key (e.g. "career"); the web shows its label. */
  reason: string;
  n: number | null;
  withheld: WithheldReason | null;
}

/** Exit-survey reasons, every count through the anonymity guard. */
export interface LeavingReasons {
  /**
   * The calendar period counted: the one asked for, or, when its answers may not be shown, the
   * smallest quarter, half or year around it that may (small exit cohorts pooled until they reach k).
   */
  period: string;
  /** Exit answers with a reason in that period; null when withheld. */
  n: number | null;
  /** Why the whole list is withheld (then `reasons` is empty), even over the year: fewer than k, or to protect a smaller group. */
  withheld: WithheldReason | null;
  /** Shown reasons by n (largest first), then the withheld ones. */
  reasons: LeavingReasonCount[];
}

/** GET /api/lifecycle/overview?period=2026|2026-H1|2026-Q2|2026-05&department=<uuid> */
export interface LifecycleOverview {
  /** The calendar period: "2026", "2026-H1", "2026-Q2" or "2026-05". */
  period: string;
  /** The department whose subtree is counted; null: everything the user may see. */
  departmentId: string | null;
  k: number;
  /** One entry per month of the period that has begun. */
  headcount: LifecycleHeadcountMonth[];
  movements: LifecycleMovement[];
  exits: LifecycleExitMonth[];
  leavingReasons: LeavingReasons;
}

/** A stretch of one phase; null ends are open (before the start, after today's known dates). */
export interface PhaseInterval {
  phase: LifecyclePhase;
  from: string | null; // YYYY-MM-DD, inclusive
  to: string | null; // YYYY-MM-DD, inclusive
}

export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'skipped';

/**
 * One invitation as HR may see it: that it was sent, when it expires and when its reminder was
 * planned. Nothing here changes when the person opens or answers it (PRODUCT.md: no user sees
 * whether a named person opened or answered an invitation; only group counts).
 */
export interface EmployeeInvitationRow {
  programmeKey: string;
  programmeNameEn: string;
  programmeNameEt: string;
  occurrence: string;
  sentOn: string; // YYYY-MM-DD
  expiresAt: string; // ISO instant
  /**
   * The invitation email's delivery state; null when no email was queued. The worker never skips
   * it because of an answer (only when the invitation expired first), so it says nothing of one.
   */
  delivery: OutboxStatus | null;
  /**
   * When the reminder was planned (ISO instant), fixed when the invitation was written; null when
   * the invitation has none. Not whether it went out: it is not sent to someone who answered.
   */
  reminderPlannedAt: string | null;
}

/** GET /api/lifecycle/employees/:id */
export interface EmployeeLifecycle {
  id: string;
  externalId: string;
  name: string;
  departmentId: string;
  departmentName: string;
  startDate: string;
  noticeDate: string | null;
  endDate: string | null;
  /** Today in the organisation's time zone, and the phase and tenure band on it. */
  today: string;
  phase: LifecyclePhase;
  tenureBand: TenureBand;
  onboardingUntilDay: number;
  initialDevelopmentUntilDay: number;
  timeline: PhaseInterval[];
  /** Newest first. */
  invitations: EmployeeInvitationRow[];
}

import type { WithheldReason } from '@ex-pulse/domain';
import type { SurveyView } from './survey';

/**
 * Invitations of one group (a programme and month they went out, or all of a period) and what
 * became of them. Invited and the email's state are HR's own knowledge (the employee page shows
 * each person's invitations and their emails); opened and answered are not: they pass the
 * anonymity guard with the invitations as the group, so they are shown only for groups of at
 * least k invitations that no other figure shown narrows to fewer.
 */
export interface DeliveryCounts {
  invited: number;
  /** Invitation emails sent (reminders not counted). */
  emailed: number;
  pending: number;
  failed: number;
  /** Invitations whose answer page was opened; null when withheld. */
  opened: number | null;
  /** null when withheld. */
  answered: number | null;
  /** answered / invited, 0–1; null when withheld or nobody was invited. */
  responseRate: number | null;
  /** Why opened and answered are withheld: fewer than k invitations, or to protect a smaller group. */
  withheld: WithheldReason | null;
}

/** Delivery and response per programme and month the invitations went out (GET /api/delivery/status). */
export interface DeliveryStatusRow extends DeliveryCounts {
  programmeId: string;
  programmeName: string;
  month: string; // YYYY-MM-01
}

/**
 * An invitation email the worker gave up on, for HR to fix the address or the mail server.
 * Failed reminders are never listed: a reminder is tried only while its invitation is unanswered.
 */
export interface FailedDelivery {
  id: string;
  programmeName: string;
  kind: 'invitation';
  to: string;
  attempts: number;
  lastError: string | null;
  createdAt: string; // ISO instant
}

/** GET /api/delivery/status?period=2026|2026-H1|2026-Q2|2026-05 */
export interface DeliveryStatus {
  /** The calendar period: a year, half, quarter or month. */
  period: string;
  k: number;
  /** Newest month first; only groups with invitations. */
  rows: DeliveryStatusRow[];
  /** Every programme over the whole period. */
  total: DeliveryCounts;
  failures: FailedDelivery[];
}

/** POST /api/admin/simulate-day (demo instances): plan and deliver as if it were that day at 10:30. */
export interface SimulateDayRequest {
  date: string; // YYYY-MM-DD
}

export interface SimulateDayResult {
  date: string;
  /** Why nothing was planned (a weekend), or null. */
  skipped: string | null;
  invitations: number;
  reminders: number;
  sent: number;
  failed: number;
}

/** GET /api/programmes/:id/preview?language=en|et: what the employee will see. */
export interface ProgrammePreview {
  language: 'en' | 'et';
  survey: SurveyView;
  email: { subject: string; text: string; html: string };
}

/** GET /api/admin/simulation: whether this instance lets an admin simulate days (demo instances only). */
export interface SimulationInfo {
  enabled: boolean;
}

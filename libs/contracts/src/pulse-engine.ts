import type { SurveyView } from './survey';

/** Delivery and response per programme and month the invitations went out (GET /api/delivery/status). */
export interface DeliveryStatusRow {
  programmeId: string;
  programmeName: string;
  month: string; // YYYY-MM-01
  invited: number;
  /** Invitation emails sent (reminders not counted). */
  emailed: number;
  pending: number;
  failed: number;
  /** Invitations whose answer page was opened. */
  opened: number;
  answered: number;
  /** answered / invited, 0–1; null when nobody was invited. */
  responseRate: number | null;
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

export interface DeliveryStatus {
  from: string;
  to: string;
  rows: DeliveryStatusRow[];
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

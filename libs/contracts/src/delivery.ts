/** One message in the dev mailbox (used when no SMTP server is configured). */
export interface DevMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  /** The email's HTML as sent; show it sandboxed (e.g. an iframe with `sandbox` and `srcdoc`). */
  html: string;
  deliveredAt: string; // ISO instant
}

/**
 * GET /api/dev-mailbox?page= (admins), newest first; on the seeded demo only (404 elsewhere).
 * Invitation emails only: a reminder goes only to people who have not answered, so listing
 * reminders would tell who had. Only demo employees' messages carry a working answer link.
 */
export interface DevMailPage {
  /** True when no SMTP server is configured, so outgoing email lands here. */
  enabled: boolean;
  page: number;
  pageSize: number;
  total: number;
  items: DevMail[];
}

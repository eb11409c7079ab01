/** GET /api/employees/:id/personal-data: what EX Pulse holds about one employee (never their answers). */
export interface EmployeePersonalData {
  exportedAt: string;
  employee: {
    id: string;
    externalId: string;
    name: string;
    workEmail: string;
    personalEmail: string | null;
    department: string;
    manager: string | null;
    location: string;
    language: string;
    startDate: string;
    noticeDate: string | null;
    endDate: string | null;
    createdAt: string;
    updatedAt: string;
  };
  /** The invitations sent to them and the emails for each (a reminder with its planned time only). */
  invitations: {
    programme: string;
    sentOn: string;
    expiresAt: string;
    language: string;
    emails: { kind: string; to: string; plannedAt: string | null; status: string | null; sentAt: string | null }[];
  }[];
  /** Copies of their emails in the demo's dev mailbox. */
  devMailbox: { to: string; subject: string; deliveredAt: string }[];
  /** Why no answer is in the export. */
  answers: string;
}

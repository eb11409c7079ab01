/** What an audit entry records; the list grows as features call AuditLog.record. */
export type AuditAction =
  | 'user.invited' | 'user.invitation_resent' | 'user.updated' | 'user.deactivated' | 'user.reactivated'
  | 'user.password_set' | 'user.password_reset_requested'
  | 'department.created' | 'department.updated' | 'department.deleted'
  | 'employee.created' | 'employee.updated' | 'employee.deleted' | 'employee_import.applied'
  | 'programme.created' | 'programme.updated' | 'programme.paused' | 'programme.resumed';

export type AuditTargetType = 'user' | 'department' | 'employee' | 'employee_import' | 'programme';

/** One administrative change: who, what, when. Never an employee's answer or comment. */
export interface AuditEntry {
  id: string;
  at: string;
  /** The actor's account (null once it is deleted), and their email at the time. */
  actorId: string | null;
  actorEmail: string;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string | null;
  targetLabel: string | null;
  details: Record<string, unknown>;
}

/** GET /api/audit-log?page=1: newest first. */
export interface AuditLogPage {
  page: number;
  pageSize: number;
  total: number;
  items: AuditEntry[];
}

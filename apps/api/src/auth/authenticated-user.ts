import type { Role, SessionUser } from '@ex-pulse/contracts';

/** The account behind a request, with the part of the organisation it may see. */
export interface AuthenticatedUser extends SessionUser {
  role: Role;
  /** null: the whole organisation; otherwise the department ids the user may see. */
  visibleDepartmentIds: string[] | null;
}

import type { Role } from './auth';

/** invited: no password set yet; active: can sign in; deactivated: cannot, and has no sessions. */
export type AccountStatus = 'invited' | 'active' | 'deactivated';

export type AccountLanguage = 'en' | 'et';

/** An account as HR sees it (GET /api/users). */
export interface UserAccount {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** For a manager: the root of the department subtree they see; null for other roles. */
  scopeDepartmentId: string | null;
  scopeDepartmentName: string | null;
  language: AccountLanguage;
  status: AccountStatus;
  createdAt: string;
  deactivatedAt: string | null;
  /** When the latest invitation link expires (invited accounts only). */
  invitationExpiresAt: string | null;
}

/** POST /api/users: invite someone; they get an email with a link to set their password. */
export interface InviteUserRequest {
  email: string;
  name: string;
  role: Role;
  /** Required for a manager, refused for other roles. */
  scopeDepartmentId?: string | null;
  language?: AccountLanguage;
}

/** PATCH /api/users/:id: change role and scope (a manager needs a scope). */
export interface UpdateUserRequest {
  role?: Role;
  scopeDepartmentId?: string | null;
  name?: string;
  language?: AccountLanguage;
}

/** POST /api/auth/password: the token from the link's fragment and the new password. */
export interface SetPasswordRequest {
  token: string;
  password: string;
}

/** POST /api/auth/password-reset: always answered 202 with the same body. */
export interface PasswordResetRequest {
  email: string;
}

export interface PasswordResetAccepted {
  message: string;
}

/** Why a set-password link no longer works: the `problem` of its 404 or 410. */
export type PasswordLinkProblem = 'unknown' | 'used' | 'expired' | 'invitation_expired' | 'deactivated';

/** POST /api/auth/password/check: whether a link still works, before the person types a password. */
export interface PasswordLinkState {
  purpose: 'invite' | 'reset';
  email: string;
  expiresAt: string;
}

export type Role = 'admin' | 'leader' | 'manager';

export interface LoginRequest {
  email: string;
  password: string;
}

/** The signed-in account. The CSRF token is also set as the `XSRF-TOKEN` cookie. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** For managers: the root of the part of the organisation they may see. */
  scopeDepartmentId: string | null;
}

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

/**
 * The sign-in limit that refused an attempt: `client` one client address and account (growing
 * delays), `device` a browser that signed in to the account before (growing delays), `address`
 * one client address across accounts, `account` one account from browsers new to it.
 */
export type SignInLimit = 'client' | 'device' | 'address' | 'account';

/** Refused sign-in attempts of one hour, limit, typed name and client address (HR: GET /api/auth/blocked-sign-ins). */
export interface BlockedSignIn {
  limit: SignInLimit;
  /** The account the typed name belongs to; null when it is no account's. */
  account: { id: string; email: string; name: string; role: Role } | null;
  /** The typed name, masked: its first character and domain (e•••@example.com). */
  emailHint: string;
  /** The client address (an IPv6 address as its /64). */
  address: string;
  attempts: number;
  firstAt: string;
  lastAt: string;
}

/** The body of a 429 from POST /api/auth/login. */
export interface SignInRefusal {
  statusCode: 429;
  message: string;
  limit: SignInLimit;
  retryAfterSeconds: number;
}

/** GET /api/auth/sign-in-methods: what the login page offers. */
export interface SignInMethods {
  /** Email and password (false when LOCAL_PASSWORDS=false). */
  password: boolean;
  /** Single sign-on with OpenID Connect, when configured: the button says "Sign in with {label}". */
  oidc: { label: string; startUrl: string } | null;
}

/** Why a single sign-on was refused: `/login?sso=<code>` after the provider sent the browser back. */
export type SsoRefusal = 'unknown-user' | 'unverified-email' | 'expired' | 'failed';

import type { CookieOptions, Response } from 'express';
import { DEVICE_COOKIE } from './known-device';

export const SESSION_COOKIE = 'expulse_session';
/** Read by Angular's HttpClient and echoed in the X-XSRF-TOKEN header (double submit). */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';

export function setSessionCookies(res: Response, sessionToken: string, csrfToken: string, secure: boolean, maxAgeMs: number): void {
  const base: CookieOptions = { secure, sameSite: 'strict', path: '/', maxAge: maxAgeMs };
  res.cookie(SESSION_COOKIE, sessionToken, { ...base, httpOnly: true });
  res.cookie(CSRF_COOKIE, csrfToken, { ...base, httpOnly: false });
}

/**
 * The known-browser cookie (KnownDevices): sent to the sign-in only, kept across sign-outs, since
 * it says which account this browser signed in to before, not that it is signed in now.
 */
export function setDeviceCookie(res: Response, value: string, secure: boolean, maxAgeMs: number): void {
  res.cookie(DEVICE_COOKIE, value, { secure, sameSite: 'strict', path: '/api/auth', maxAge: maxAgeMs, httpOnly: true });
}

export function clearSessionCookies(res: Response, secure: boolean): void {
  const base: CookieOptions = { secure, sameSite: 'strict', path: '/' };
  res.clearCookie(SESSION_COOKIE, { ...base, httpOnly: true });
  res.clearCookie(CSRF_COOKIE, base);
}

import type { CookieOptions, Response } from 'express';

export const SESSION_COOKIE = 'expulse_session';
/** Read by Angular's HttpClient and echoed in the X-XSRF-TOKEN header (double submit). */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';

export function setSessionCookies(res: Response, sessionToken: string, csrfToken: string, secure: boolean, maxAgeMs: number): void {
  const base: CookieOptions = { secure, sameSite: 'strict', path: '/', maxAge: maxAgeMs };
  res.cookie(SESSION_COOKIE, sessionToken, { ...base, httpOnly: true });
  res.cookie(CSRF_COOKIE, csrfToken, { ...base, httpOnly: false });
}

export function clearSessionCookies(res: Response, secure: boolean): void {
  const base: CookieOptions = { secure, sameSite: 'strict', path: '/' };
  res.clearCookie(SESSION_COOKIE, { ...base, httpOnly: true });
  res.clearCookie(CSRF_COOKIE, base);
}

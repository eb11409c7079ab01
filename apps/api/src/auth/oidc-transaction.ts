import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { CookieOptions, Response } from 'express';
import { AppSecret } from '../common/app-secret';

/** The single sign-on in progress, between /api/auth/oidc/start and the provider's callback. */
export const OIDC_TRANSACTION_COOKIE = 'expulse_oidc';
const COOKIE_PATH = '/api/auth/oidc';
/** Minutes a person has at the provider before the sign-in must start again. */
export const OIDC_TRANSACTION_MINUTES = 10;

/** What the callback checks the provider's answer against; only this browser holds it. */
export interface OidcTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Where to go once signed in (a path of this site, checked by the caller). */
  returnTo: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/**
 * The transaction travels in a short-lived httpOnly cookie, sealed with AES-256-GCM under a key
 * derived from the application secret: the browser can neither read the PKCE verifier and nonce
 * nor alter them, any instance can open it, and nothing is stored server-side. SameSite=Lax, since
 * the provider's redirect back is a cross-site top-level GET (Strict would leave the cookie behind).
 */
export class OidcTransactionSeal {
  private readonly key: Buffer;

  constructor(secret: AppSecret) {
    this.key = secret.key('oidc-transaction');
  }

  seal(transaction: OidcTransaction): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(transaction), 'utf8'), cipher.final()]);
    return [iv, body, cipher.getAuthTag()].map((part) => part.toString('base64url')).join('.');
  }

  /** The transaction of a cookie this API sealed and that has not expired; null otherwise. */
  open(cookie: unknown, now: Date): OidcTransaction | null {
    if (typeof cookie !== 'string') return null;
    const parts = cookie.split('.');
    if (parts.length !== 3) return null;
    const [iv, body, tag] = parts.map((part) => Buffer.from(part, 'base64url'));
    if (iv.length !== 12 || tag.length !== 16) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
      decipher.setAuthTag(tag);
      const transaction = JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')) as OidcTransaction;
      return transaction.expiresAt > now.getTime() ? transaction : null;
    } catch {
      return null;
    }
  }
}

export function setOidcTransactionCookie(res: Response, value: string, secure: boolean): void {
  res.cookie(OIDC_TRANSACTION_COOKIE, value, { ...cookieBase(secure), maxAge: OIDC_TRANSACTION_MINUTES * 60_000 });
}

export function clearOidcTransactionCookie(res: Response, secure: boolean): void {
  res.clearCookie(OIDC_TRANSACTION_COOKIE, cookieBase(secure));
}

function cookieBase(secure: boolean): CookieOptions {
  return { secure, httpOnly: true, sameSite: 'lax', path: COOKIE_PATH };
}

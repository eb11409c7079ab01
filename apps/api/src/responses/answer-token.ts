import { createHash, randomBytes } from 'node:crypto';

/** An answer-link token: 256 random bits, base64url. Only its SHA-256 is stored. */
export interface AnswerToken {
  token: string;
  hash: Buffer;
}

export function newAnswerToken(): AnswerToken {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashAnswerToken(token) };
}

export function hashAnswerToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** A well-formed token is 43 base64url characters (32 bytes, no padding). */
export function isWellFormedAnswerToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

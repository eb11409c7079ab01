import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** What every EX Pulse API key starts with, so a leaked one is recognisable in code and logs. */
export const API_KEY_PREFIX = 'exk_';
/** How many leading characters of a key are stored and shown to HR. */
export const SHOWN_PREFIX_LENGTH = 8;
const KEY_SHAPE = /^exk_[A-Za-z0-9_-]{43}$/;

export interface NewApiKey {
  key: string;
  prefix: string;
  hash: Buffer;
}

/** 256 random bits, base64url, after "exk_"; only its SHA-256 and first 8 characters are kept. */
export function newApiKey(): NewApiKey {
  const key = API_KEY_PREFIX + randomBytes(32).toString('base64url');
  return { key, prefix: key.slice(0, SHOWN_PREFIX_LENGTH), hash: hashApiKey(key) };
}

export function hashApiKey(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

export function looksLikeApiKey(value: string): boolean {
  return KEY_SHAPE.test(value);
}

/** Constant-time comparison of two SHA-256 hashes. */
export function sameHash(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

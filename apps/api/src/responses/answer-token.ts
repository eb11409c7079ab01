import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { AppSecret } from '../common/app-secret';

/** The application secret's key for answer links (AppSecret.key). */
export const ANSWER_LINK_PURPOSE = 'answer-link';

const ID_BYTES = 16;
const MAC_BYTES = 32;
/** base64url of 16 + 32 bytes, no padding. */
const TOKEN = /^[A-Za-z0-9_-]{64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Answer-link tokens, computed when a message is sent and never stored: base64url of the
 * invitation id's 16 bytes followed by HMAC-SHA256(key, 'answer-link:' + id), 64 characters.
 * The key comes from the application secret, which the database never holds, so whoever reads
 * the database (a dump, a backup) cannot make a link from an invitation id.
 */
export class AnswerLinks {
  private readonly key: Buffer;

  constructor(secret: AppSecret) {
    this.key = secret.key(ANSWER_LINK_PURPOSE);
  }

  tokenOf(invitationId: string): string {
    const id = invitationId.toLowerCase();
    if (!UUID.test(id)) throw new Error(`An invitation id is a UUID, got "${invitationId}".`);
    return Buffer.concat([Buffer.from(id.replace(/-/g, ''), 'hex'), this.mac(id)]).toString('base64url');
  }

  /** The link an email carries: the token in the fragment, so it never reaches a server log. */
  linkOf(publicUrl: string, invitationId: string): string {
    return `${publicUrl}/s#${this.tokenOf(invitationId)}`;
  }

  /** The invitation a token names, or null when it is not one of ours (the MAC compared in constant time). */
  invitationIdOf(token: string): string | null {
    if (!TOKEN.test(token)) return null;
    const bytes = Buffer.from(token, 'base64url');
    const hex = bytes.subarray(0, ID_BYTES).toString('hex');
    const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    return timingSafeEqual(bytes.subarray(ID_BYTES, ID_BYTES + MAC_BYTES), this.mac(id)) ? id : null;
  }

  private mac(id: string): Buffer {
    return createHmac('sha256', this.key).update(`answer-link:${id}`, 'utf8').digest();
  }
}

/**
 * Links sent before tokens were derived (migration 1765100000000) carry 256 random bits,
 * base64url (43 characters), of which the invitation keeps only the SHA-256 (token_hash). They
 * keep working until their invitations expire.
 */
export function isLegacyAnswerToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

export function hashLegacyAnswerToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

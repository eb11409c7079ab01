import { Injectable } from '@nestjs/common';
import { createHash, createHmac } from 'node:crypto';
import { AppSecret } from '../common/app-secret';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** base64url of 16 + 32 bytes. */
export const ACCOUNT_TOKEN = /^[A-Za-z0-9_-]{64}$/;

/** Where a set-password link opens; the token sits in the fragment, so it never reaches a server log. */
export const SET_PASSWORD_PATH = '/set-password';

/**
 * Set-password link tokens, like answer links (responses/answer-token.ts): base64url of the
 * account_token id's 16 bytes and HMAC-SHA256(key, 'account-link:' + id), computed when the email
 * is sent. The database keeps only the token's SHA-256, and without the application secret's key
 * an id makes no link.
 */
@Injectable()
export class AccountLinks {
  private readonly key: Buffer;

  constructor(secret: AppSecret) {
    this.key = secret.key('account-link');
  }

  tokenOf(tokenId: string): string {
    const id = tokenId.toLowerCase();
    if (!UUID.test(id)) throw new Error(`An account token id is a UUID, got "${tokenId}".`);
    const mac = createHmac('sha256', this.key).update(`account-link:${id}`, 'utf8').digest();
    return Buffer.concat([Buffer.from(id.replace(/-/g, ''), 'hex'), mac]).toString('base64url');
  }

  hashOf(tokenId: string): Buffer {
    return hashAccountToken(this.tokenOf(tokenId));
  }

  linkOf(publicUrl: string, tokenId: string): string {
    return `${publicUrl}${SET_PASSWORD_PATH}#${this.tokenOf(tokenId)}`;
  }
}

export function hashAccountToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

import { CONVERSATION_SECRET } from '@ex-pulse/domain';

/**
 * The secret of a comment's private conversation link: 256 random bits from the browser's
 * `crypto.getRandomValues`, base64url without padding (43 characters), made by the page so that a
 * retried submission carries the same one and the server needs to remember nothing. Null when the
 * browser has no JavaScript crypto: the comment then goes without a link.
 */
export function newConversationSecret(cryptoImpl: Pick<Crypto, 'getRandomValues'> | null = globalThis.crypto ?? null): string | null {
  if (typeof cryptoImpl?.getRandomValues !== 'function') return null;
  const bytes = cryptoImpl.getRandomValues(new Uint8Array(32));
  const base64 = btoa(String.fromCharCode(...bytes));
  return base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The private link: the secret sits in the fragment, so it never reaches a server log or a Referer header. */
export function conversationLink(origin: string, secret: string): string {
  return `${origin}/c#${secret}`;
}

export type SecretFromFragment = { kind: 'secret'; secret: string } | { kind: 'missing' | 'malformed' };

/** The secret of /c#<secret>: missing when there is no fragment, malformed when it cannot be one of ours. */
export function secretFromFragment(fragment: string | null | undefined): SecretFromFragment {
  const secret = (fragment ?? '').trim().replace(/^#/, '');
  if (!secret) return { kind: 'missing' };
  return CONVERSATION_SECRET.test(secret) ? { kind: 'secret', secret } : { kind: 'malformed' };
}
